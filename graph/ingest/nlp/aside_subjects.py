"""A subject inside brackets is an aside, not who the sentence goes on about: in "Presentó a X
como candidata («Rocío será alcaldesa»), reveló que había hablado con Y", the one who revealed
it is the speaker of the sentence before, not the "Rocío" of the quoted aside."""

from __future__ import annotations


def in_brackets(doc, i: int) -> bool:
    """Whether token `i` is between a "(" and its ")" in its sentence."""
    sent = doc[i].sent
    depth = 0
    for t in doc[sent.start:i]:
        depth += t.text == "("
        depth -= t.text == ")" and depth > 0
    return depth > 0 and any(t.text == ")" for t in doc[i:sent.end])
