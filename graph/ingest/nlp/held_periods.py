"""The period a sentence opened by a copula gives the office it states: "Fue concejal de Cuenca
entre 2014 y 2019, perdió la prefectura en 2023": a career told post by post, each dated by its
own span, from its first year. Offices told by a title are not dated by the sentence's other
times (the meeting of "ayer" is not when the seat was won), nor by a span in a relative or an
aside on the holder ("X, que fue alcalde de Lima entre 2023 y 2025, llega ..."), which recalls
the post as background to what the sentence tells."""

from __future__ import annotations

from graph.ingest.nlp.election_nouns import year_of
from graph.ingest.reading import fold

# Prepositions that open the span a post was held in
_SPANS = {"entre", "desde"}
# Cues of a title a copula states of its holder, named or not
_COPULAS = {"copula", "reference"}


def held_since(parsed, found) -> tuple[str, str] | None:
    """The first year (ISO) of the span the copula's title `found` was told held in, and its
    words; None when its phrase gives none."""
    if found.relation != "holdsOffice" or found.cue not in _COPULAS:
        return None
    title = parsed.doc[found.trigger]
    if not any(c.dep_ == "cop" and c.i == title.sent.start for c in title.children):
        return None
    for child in title.children:
        year = year_of(child.text) if child.dep_ in ("obl", "nmod") else None
        if year and any(c.dep_ == "case" and fold(c.lower_) in _SPANS for c in child.children):
            span = parsed.doc[child.left_edge.i:child.right_edge.i + 1]
            return str(year), span.text
    return None
