"""A mayor's lieutenant ("teniente de alcalde") after a copula: in "X es teniente de alcalde
de Y" the small model makes "teniente" the predicate, a word no title list holds, so the seat
was read only in apposition ("X, teniente de alcalde de Y"), where the mayor's word is found
by its position. The mayor's word is put at the predicate's head, as the apposition reads it;
the lieutenancy is still named from the words before it ("Teniente de alcalde de Y"), and a
first one keeps its rank ("es primera teniente de alcalde": "Primer teniente de alcalde")."""

from __future__ import annotations

from graph.ingest.reading import fold

LIEUTENANTS = {"teniente", "tenienta", "exteniente", "extenienta"}
MAYORS = {"alcalde", "alcaldesa"}
FIRST = {"primer", "primera", "primero"}
_MOVED = {"cop", "nsubj", "punct", "advmod", "obl", "mark", "cc", "conj", "amod", "det"}


def lieutenants_under_copulas(doc):
    for token in doc:
        if fold(token.lower_).replace("-", "") not in LIEUTENANTS or \
                token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "de":
            continue
        mayor = doc[token.i + 2]
        if fold(mayor.lower_) not in MAYORS or mayor.head != token or \
                not any(c.dep_ == "cop" for c in token.children):
            continue
        root = token.head == token
        moved = [c for c in token.children if c.dep_ in _MOVED and c.i != token.i + 1
                 and not (c.dep_ in ("amod", "det") and c.i < token.i)]
        mayor.head = mayor if root else token.head
        mayor.dep_ = token.dep_
        token.head, token.dep_ = mayor, "nmod"
        for child in moved:
            child.head = mayor
    return doc


def lieutenancy(doc, token: int) -> str:
    """The lieutenancy's words before the mayor's at `token`: "Primer teniente de" after
    "primera teniente de", else "Teniente de"."""
    first = token >= 3 and fold(doc[token - 3].lower_) in FIRST
    return "Primer teniente de" if first else "Teniente de"
