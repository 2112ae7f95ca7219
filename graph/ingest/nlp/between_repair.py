"""The second member of an "entre" phrase hung on the noun before it: in "la alianza entre
Cambia Mendoza, el frente que lidera el gobernador, y La Libertad Avanza" the small model
makes "La Libertad Avanza" a conjunct of "alianza", so the alliance seems to have one party
and the speaker becomes the other. "entre" takes two members or more: a name coordinated with
the noun after its "entre" phrase is that phrase's second member."""

from __future__ import annotations

from graph.ingest.reading import fold


def betweens_joined(doc):
    for member in doc:
        if member.dep_ != "nmod" or not any(
                c.dep_ == "case" and fold(c.lower_) == "entre" for c in member.children) or \
                any(c.dep_ == "conj" for c in member.children):
            continue
        noun = member.head
        second = next((c for c in noun.children if c.dep_ == "conj" and c.i > member.i and
                       c.pos_ == "PROPN" and any(g.dep_ == "cc" for g in c.children)), None)
        if second is not None and noun.pos_ == "NOUN":
            second.head = member
    return doc
