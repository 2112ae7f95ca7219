"""The province a story is in, for a governor's race its phrase leaves unplaced ("fue
candidata a vicegobernadora en 2023" in a story from Mendoza): the last one the text named
before it by a governor's title ("el gobernador de Salta") or a demonym ("el radicalismo
mendocino", "los diputados bonaerenses")."""

from __future__ import annotations

from graph.ingest.nlp.election_kinds import PROVINCE_DEMONYMS
from graph.ingest.reading import fold

# Titles and offices of a province's government: "de X" after them is the province.
_GOVERNMENT = {"gobernador", "gobernadora", "gobernacion", "vicegobernador",
               "vicegobernadora"}


def province_told_before(doc, index: int, is_body=None) -> str | None:
    """The province named last before token `index`; `is_body(i)` says the name at token i is
    a party's or a body's ("gobernador de La Libertad Avanza"), no province."""
    for token in reversed(doc[:index]):
        word = fold(token.lower_)
        if word in PROVINCE_DEMONYMS:
            return PROVINCE_DEMONYMS[word]
        if word in _GOVERNMENT and token.i + 2 < index and doc[token.i + 1].lower_ == "de" \
                and doc[token.i + 2].text[:1].isupper() and \
                not (is_body is not None and is_body(token.i + 2)):
            return _name(doc, token.i + 2)
    return None


def _name(doc, start: int) -> str:
    """The capitalized words from `start` ("Buenos Aires", "Santiago del Estero")."""
    end = start + 1
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in ("del", "de") and
                              end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
        end += 1
    return doc[start:end].text
