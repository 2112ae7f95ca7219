"""Readings of a verb that depend on the words around it: "se dejó ver con X" (being seen
together is a meeting) and "fundó su propio partido" (one who founds a party of one's own
leads it; a founder among others is only a member)."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_OWN = {"propio", "propia"}
_FOUNDING = {"fundar", "cofundar"}


def seen_together(verb, lemma: str) -> str:
    """"ver" for "se dejó ver", whose "con" phrase the small model hangs on "dejar" ("dejó
    ver su enfado", without the reflexive, shows a feeling and meets no one)."""
    if lemma == "dejar" and any(c.dep_ == "xcomp" and folded_lemma(c) == "ver"
                                for c in verb.children):
        return "ver"
    return lemma


def own_foundation(verb, lemma: str, found: list[Found]) -> list[Found]:
    """A founder's membership of the party "su propio" names is its lead; a party the text
    named before is not one's own new party ("había sido concejal del PSD antes de fundar su
    propio partido")."""
    owned = [(c.left_edge.i, c.right_edge.i) for c in verb.children
             if lemma in _FOUNDING and c.dep_ == "obj" and any(
                 fold(t.lower_) in _OWN for t in c.subtree if t.i < c.i)]
    kept = []
    for f in found:
        if f.relation == "memberOf" and f.trigger == verb.i and any(
                first <= f.object.first <= last for first, last in owned):
            if f.object.reference:
                continue
            f = replace(f, relation="leaderOf")
        kept.append(f)
    return kept
