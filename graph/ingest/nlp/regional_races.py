"""Regional races outside Spain: "las regionales de Madeira", "las elecciones regionales de
Baviera", "los comicios regionales de Lombardía". Spain's regions name their races by their
parliaments ("Elecciones al Parlamento de Canarias"); any other region's is "Elección
regional de <region>", the region the phrase names after its "de" — not the Spanish region
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
    if i + 1 >= sent.end or doc[i].lower_ not in ("de", "del"):
        return None
    j = i + 1
    while j < sent.end and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN", "ADJ"):
        j += 1
    name = doc[i + 1:j].text
    if not name or region_of([name]):
        return None
    place = gz.place(gz.fold_key(name))
    if place is not None and place.kind == "country":
        return None  # "las regionales de Francia": no one region's
    return place.name if place is not None else name
