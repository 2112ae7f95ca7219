"""Titles said where two persons stand side by side. After "Votan Isabel Quintana y Carmen
Salas" or "Quintana habló y Salas respondió", "la exministra" is either woman: the first-named
subject is no more the topic than the second. And "el magnate checo y el primer ministro
húngaro se reunieron" are two persons of two countries: the one named before, whose country
the text never said, is not taken for the Hungarian."""

from __future__ import annotations

from graph.ingest.nlp.words import demonym_label


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


def other_nationality(token, labels: set[str]) -> bool:
    """Whether the title is coordinated with another person's description of another
    nationality ("el magnate checo y el primer ministro húngaro se reunieron"): two persons,
    so one the text gave no country is not read as the Hungarian for being named before."""
    others = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        others.append(token.head)
    if token.dep_.startswith("nsubj"):
        # the small model may hang both subjects on the verb, with no conjunct between them
        others += [c for c in token.head.children if c.dep_ == token.dep_ and c != token]
    return any(o.pos_ == "NOUN" and demonym_label(t) and demonym_label(t) not in labels
               for o in others for t in [o, *o.children] if t == o or t.dep_ == "amod")
