""""una cumbre convocada por él mismo", "el acto que organizó ella misma": a pronoun made
emphatic by "mismo" points to the subject of the clause it sits in, the one the sentence is
about, not to any person named before."""

from __future__ import annotations

from graph.ingest.reading import fold

_PERSONAL = {"el", "ella", "ellos", "ellas"}
_SAME = {"mismo", "misma", "mismos", "mismas"}


def emphatic_clause(token):
    """The verb whose subject "él mismo" stands for: the nearest one above it with a subject
    of its own; None for any other token, and for "él mismo" as a subject ("él mismo lo
    organizó"), which is the subject."""
    if token.pos_ != "PRON" or token.dep_.startswith("nsubj") or \
            fold(token.lower_) not in _PERSONAL or not any(
            fold(c.lower_) in _SAME for c in token.children):
        return None
    verb = token.head
    while verb.head.i != verb.i:
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubj:pass")
                                                for c in verb.children):
            return verb
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None
