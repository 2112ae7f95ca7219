"""Coordinated names the small model hangs on a word inside the name before: in "Rocío de
Meer y Paloma Valencia" the second name is a conjunct of "Meer", which the parse makes a
part of "Rocío"; the phrase headed by "Rocío" names both."""

from __future__ import annotations


def inner_conjuncts(doc, mention, head) -> list:
    """The conjuncts of the tokens of `mention` other than `head` that stand after the name
    (a conjunct inside it belongs to the name: "Libertad y Refundación")."""
    if not mention.start <= head.i < mention.end:
        return []
    return [c for i in range(mention.start, mention.end) if i != head.i
            for c in doc[i].children if c.dep_ == "conj" and c.i >= mention.end]
