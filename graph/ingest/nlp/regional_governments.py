"""A Spanish region's government named by its institution alone: "el presidente de la Junta",
"la presidenta de la Comunidad", "el president de la Generalitat", "el presidente del
Principado". A regional paper leaves the region unsaid, as its readers know it: it is the
region the text names most, when the institution is that region's ("la Junta" governs
Andalucía, the two Castillas, Extremadura; "el Principado", Asturias)."""

from __future__ import annotations

from graph.ingest.nlp.document_places import region_counts
from graph.ingest.reading import fold

# each institution's name in a title, and the regions it governs with the full name of each
_GOVERNMENTS = {
    "junta": {"Andalucía": "de la Junta de Andalucía",
              "Castilla y León": "de la Junta de Castilla y León",
              "Castilla-La Mancha": "de la Junta de Castilla-La Mancha",
              "Extremadura": "de la Junta de Extremadura",
              "Galicia": "de la Xunta de Galicia"},
    "xunta": {"Galicia": "de la Xunta de Galicia"},
    "generalitat": {"Cataluña": "de la Generalitat de Cataluña",
                    "Comunidad Valenciana": "de la Generalitat Valenciana"},
    "consell": {"Comunidad Valenciana": "del Consell de la Generalitat Valenciana",
                "Baleares": "del Consell de Gobierno de las Islas Baleares"},
    "principado": {"Asturias": "del Principado de Asturias"},
    "comunidad": {"Madrid": "de la Comunidad de Madrid",
                  "Región de Murcia": "de la Comunidad de la Región de Murcia"},
}
_LINKS = {"de la", "del", "de"}  # "del" may be read back as "de"


def regional_government(complement: str, doc) -> str | None:
    """The complement of a title naming a regional institution alone ("de la Junta"), with
    the region the text names most among those the institution governs; None otherwise."""
    words = fold(complement.lower()).split()
    if len(words) < 2 or " ".join(words[:-1]) not in _LINKS or words[-1] not in _GOVERNMENTS:
        return None
    governed = _GOVERNMENTS[words[-1]]
    counts = [(n, region) for region, n in region_counts(doc).items() if region in governed]
    if not counts:
        return None
    counts.sort(reverse=True)
    if len(counts) > 1 and counts[0][0] == counts[1][0]:
        return None  # two regions as often: which one's is not known
    return governed[counts[0][1]]
