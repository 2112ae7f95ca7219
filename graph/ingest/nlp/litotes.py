"""Not hiding a bond is showing it: "no oculta su amistad con X", "nunca ha disimulado su
cercanía a Y", "no esconde su admiración por Z ni su relación con W". The "no" (and the "ni"
that carries it on) denies the hiding, not the bond the hidden noun names."""

from __future__ import annotations

from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import folded_lemma, verb_above
from graph.ingest.reading import fold

_HIDING = {"ocultar", "esconder", "disimular", "disfrazar", "camuflar", "encubrir", "callar",
           "silenciar", "tapar"}
# The links from the noun up to the verb that hides it: its object, or a noun coordinated
# with (or hung by the small model under) that object
_UP = ("obj", "conj", "nmod")


def shown_by_not_hiding(trigger) -> bool:
    """Whether `trigger` (a noun naming a bond) is the object of a negated verb of hiding."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    above = verb_above(trigger, _UP, 4)
    if above is None:
        return False
    verb = above[0]
    return folded_lemma(verb) in _HIDING and any(
        c.dep_ in ("advmod", "neg") and fold(c.lower_) in NEGATORS and c.i < verb.i
        for c in verb.children)
