"""A backer named in a "with the support of" phrase on a verb is neither the verb's agent nor
its partner: "competirá con el respaldo del presidente X", "dejó el cargo para disputar la
gobernación con el apoyo de X" say who runs and who backs the run (X), not that X runs or is
a rival (a "con" read as the contest's "competir con Y"). The backing itself is the noun's
(see nominal)."""

from __future__ import annotations

from graph.ingest.nlp.triggers import NOUNS
from graph.ingest.nlp.words import folded_lemma

_BACKING = frozenset(noun for noun, nominal in NOUNS.items() if nominal.relation == "endorsed")


def _backing_spans(token) -> list[tuple[int, int]]:
    """The spans (first, last token) of the verb's "con el apoyo de …" phrases."""
    return [(c.left_edge.i, c.right_edge.i) for c in token.children
            if c.dep_ in ("obl", "nmod", "obj", "obl:arg") and folded_lemma(c) in _BACKING and
            any(m.dep_ == "case" and m.lower_ == "con" for m in c.children)]


def not_backers(token, ends: list) -> list:
    """The ends less those named inside a backing phrase of the verb."""
    spans = _backing_spans(token)
    if not spans:
        return ends
    return [e for e in ends if not any(first <= e.first <= last for first, last in spans)]
