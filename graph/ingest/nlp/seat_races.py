"""The race a seat is won in, by where the seat is: "ganó su escaño en las europeas de 2024"
(the race named), "un escaño en el concejo" (the town's council: a municipal race), "una banca
en el Senado" (the country's legislative race), "un asiento en el Parlamento Europeo" (the
Union's race). A seat alone is the country's legislative race."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

SEAT_NOUNS = {"escano", "banca", "asiento", "curul", "acta"}
# Councils of a town, whose seats a municipal race fills
TOWN_COUNCILS = {"concejo", "cabildo", "ayuntamiento", "consistorio", "municipio",
                 "municipalidad", "concejo municipal"}


def seat_place(token):
    """The noun of the "en" phrase on the seat noun `token` ("en las europeas", "en el
    concejo"), or None."""
    if fold(token.lower_) not in SEAT_NOUNS and folded_lemma(token) not in SEAT_NOUNS:
        return None
    for child in list(token.children) + [c for c in token.head.children if c.i > token.i]:
        if child.dep_ in ("nmod", "obl") and any(
                c.dep_ == "case" and c.lower_ == "en" for c in child.children):
            return child
    return None


def european_chamber(token) -> bool:
    """"el Parlamento Europeo", "la Eurocámara"."""
    word = fold(token.lower_)
    return word == "eurocamara" or word == "parlamento" and any(
        fold(c.lower_).startswith("europe") for c in token.children)

