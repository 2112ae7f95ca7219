"""Who was first (or last, or the only one) to do something: "Bukele fue el primer jefe de
Estado en llamarlo", "Meloni fue la primera en reunirse con Milei", "será el único dirigente
europeo en asistir". The infinitive after "en" hangs on the copula's predicate, and its
subject is the copula's: the one said to be first did it."""

from __future__ import annotations

from graph.ingest.reading import fold

_RANKS = {"primero", "primera", "primer", "segundo", "segunda", "tercero", "tercera", "tercer",
          "ultimo", "ultima", "unico", "unica"}


def first_to_act(verb) -> bool:
    if verb.dep_ != "acl" or "Inf" not in verb.morph.get("VerbForm") or not any(
            c.dep_ == "mark" and c.lower_ == "en" and c.i < verb.i for c in verb.children):
        return False
    head = verb.head
    if head == verb or not any(c.dep_ == "cop" for c in head.children):
        return False
    return fold(head.lower_) in _RANKS or any(
        c.dep_ in ("amod", "nummod") and fold(c.lower_) in _RANKS for c in head.children)
