"""Whether the person a text is about shares that place with another: after "Votan Isabel
Quintana y Carmen Salas" or "Quintana habló y Salas respondió", "la exministra" is either
woman, and the first-named subject is no more the topic than the second."""

from __future__ import annotations


def shares_focus(parsed, focus: str, sentence: int, before: int, others: set[str]) -> bool:
    """Whether one of `others` acted as a subject in the sentence `focus` was taken from (the
    one of token `before`, or one of the two before it)."""
    for index in (sentence, sentence - 1, sentence - 2):
        keys = {k for i, k in parsed.subjects.get(index, []) if index != sentence or i < before}
        if focus in keys:
            return bool(keys & (others - {focus}))
        if keys or index in parsed.carried:
            return False
    return False
