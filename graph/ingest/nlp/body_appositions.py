"""A body's description hung on the person before it: in "Babiš, presidente de ANO, formación
que se incorporó a Patriotas por Europa" the small model makes "formación" a second apposition
of Babiš, so the relative clause on it makes Babiš join the group. A noun for a body right
after an apposition that ends on a body's name ("presidente de ANO") describes that body: it
is hung on the name."""

from __future__ import annotations

from graph.ingest.nlp.described_bodies import BODY_NOUNS
from graph.ingest.reading import fold


def bodies_described(doc):
    for noun in doc:
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or \
                fold(noun.lemma_.lower()) not in BODY_NOUNS or noun.head.pos_ != "PROPN" or \
                any(c.dep_ == "det" for c in noun.children if c.i < noun.i):
            continue  # "X, el partido de Y" is the name's own apposition
        before = [c for c in noun.head.children if c.dep_ == "appos" and c.i < noun.i]
        if not before or noun.i < 2 or doc[noun.i - 1].text != ",":
            continue
        last = doc[noun.i - 2]  # the last word of the apposition before
        body = last
        while body.dep_ == "flat" and body.head.i < body.i:
            body = body.head
        if body.pos_ == "PROPN" and body.dep_ == "nmod" and body.head == before[-1] and \
                last.i == max(t.i for t in before[-1].subtree):
            noun.head = body
    return doc
