"""Regional races outside Spain: "las regionales de Madeira", "las elecciones regionales de
Baviera", "los comicios regionales de Lombardía". Spain's regions name their races by their
parliaments ("Elecciones al Parlamento de Canarias"); any other region's is "Elección
regional de <region>", the region the phrase names after its "de" or "en" — not the Spanish region
the rest of the text is about."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.election_kinds import region_of
from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.reading import fold

REGIONAL_RACE = "Elección regional"
# Words of a regional race's phrase that may stand between its noun and its region
_BETWEEN = {"regional", "regionales", "elecciones", "eleccion", "comicios", "autonomicas",
            "parlamentarias", "legislativas"}


def foreign_region(token) -> str | None:
    """The region other than Spain's that the race phrase headed by `token` names after
    "de", or None."""
    if not is_election_noun(token):
        return None  # "a la presidencia del Gobierno de X": an office, read by its house
    doc, sent = token.doc, token.sent
    i = token.i + 1
    while i < sent.end and fold(doc[i].lower_) in _BETWEEN:
        i += 1
    if i + 2 < sent.end and doc[i].lower_ == "de" and doc[i + 1].like_num:
        i += 2  # "las regionales de 2024 en Estiria": the year told before the region
    if i + 1 >= sent.end or doc[i].lower_ not in ("de", "del", "en"):
        return None
    name = region_name(doc, i + 1, sent.end)
    if not name or region_of([name]):
        return None
    place = gz.place(gz.fold_key(name))
    if place is not None and place.kind == "country":
        return None  # "las regionales de Francia": no one region's
    return place.name if place is not None else name


def region_name(doc, i: int, end: int) -> str:
    """The capitalized name of a region from token `i`, with the article that is part of it
    ("La Libertad", "El Oro", "Los Lagos"): a lower-case article is not ("del Cusco")."""
    j = i
    if j + 1 < end and doc[j].pos_ == "DET" and doc[j].text[:1].isupper() and \
            doc[j + 1].text[:1].isupper():
        j += 1
    if j == i + 1 and doc[j].pos_ not in ("PROPN", "NOUN", "ADJ"):
        return ""
    while j < end and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN", "ADJ"):
        j += 1
    return doc[i:j].text if j > i and doc[j - 1].pos_ != "DET" else ""


# Nouns of a region's government or race that "regional" makes a region's own: "el Gobierno
# Regional del Cusco", "la gobernación regional de Arequipa", "la elección regional de Piura"
_REGION_HEADS = {"gobierno", "gobernacion", "gobernador", "gobernadora", "presidencia",
                 "presidente", "presidenta", "consejo", "eleccion", "elecciones", "comicios"}


def sentence_region(token) -> str | None:
    """The one region other than Spain's whose government or race the sentence of `token`
    names with "regional" ("La candidata al Gobierno Regional del Cusco, que disputará la
    segunda vuelta"): a round or a race of that sentence is the region's."""
    regions = _regions(token.doc, token.sent.start, token.sent.end)
    return regions.pop() if len(regions) == 1 else None


def region_before(token) -> str | None:
    """The one such region the text names before the sentence of `token`: "la elección
    regional del 4 de octubre" in a story on the Gobierno Regional del Cusco."""
    regions = _regions(token.doc, 0, token.sent.start)
    return regions.pop() if len(regions) == 1 else None


def _regions(doc, start: int, end: int) -> set[str]:
    regions = set()
    for t in doc[start:end]:
        i = t.i + 1
        if fold(t.lower_) not in _REGION_HEADS or i + 2 >= doc[i].sent.end or \
                not fold(doc[i].lower_).startswith("regional") or \
                doc[i + 1].lower_ not in ("de", "del"):
            continue
        name = region_name(doc, i + 2, doc[i].sent.end)
        place = gz.place(gz.fold_key(name)) if name else None
        if not name or region_of([name]) or place is not None and place.kind == "country":
            continue
        regions.add(place.name if place is not None else name)
    return regions


def presidential_words(token) -> bool:
    """Whether the sentence of `token` speaks of a presidency ("la segunda vuelta
    presidencial"), which a regional round is not."""
    return any(fold(t.lower_).startswith(("presidencial", "presidenciales"))
               for t in token.sent)
