"""Relative clauses the small model hangs on the main verb: in "No estuvo, en cambio, X Y,
que fue la candidata de Vox en 2022" it makes the clause a complement of "estuvo", so what
it says of X is never read. A clause opened by "que" or "quien" right after a name and a comma
is turned back into a relative clause on the name."""

from __future__ import annotations

_RELATIVES = {"que", "quien"}
_MISREAD = {"ccomp", "advcl", "parataxis", "xcomp", "conj"}


def relatives_on_names(doc):
    for pronoun in doc:
        i = pronoun.i
        if pronoun.lower_ not in _RELATIVES or pronoun.dep_ != "nsubj" or i < 2 or \
                doc[i - 1].text != "," or doc[i - 2].pos_ != "PROPN":
            continue
        name = doc[i - 2]
        while name.dep_ == "flat" and name.head.i < name.i and name.head.pos_ == "PROPN":
            name = name.head
        clause = pronoun.head
        if clause.i < i or clause.dep_ not in _MISREAD or clause.head.i >= name.i or \
                clause.is_ancestor(name) or clause == clause.head:
            continue
        clause.head, clause.dep_ = name, "acl"
    return doc
