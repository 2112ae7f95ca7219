"""A noun for a kind of body set after a person's title: "X, presidente de ANO, formación que
se incorporó a Patriotas por Europa". The small model hangs the second apposition on the
person, as it hangs the first; but "formación", "partido" say what a body is, never a person,
so the apposition is on the name closing the title before its comma, and the relative clause
on it says what that body did."""

from __future__ import annotations

from graph.ingest.nlp.described_bodies import BODY_NOUNS
from graph.ingest.reading import fold


def bodies_after_titles(doc):
    for token in doc:
        if token.dep_ != "appos" or token.pos_ != "NOUN" or \
                fold(token.lemma_.lower()) not in BODY_NOUNS:
            continue
        person = token.head
        start = min(t.i for t in token.subtree if not t.is_punct)
        if person.pos_ != "PROPN" or person.i >= start or start < 2 or \
                doc[start - 1].text != ",":
            continue
        name = doc[start - 2]
        if name.pos_ != "PROPN" or not _in_title(name, person, token):
            continue
        while name.dep_ == "flat" and name.head.i < name.i:
            name = name.head  # "Somos Soria": the name's first word heads it
        token.head = name
    return doc


def _in_title(name, person, body) -> bool:
    """Whether `name` is in the complement of another noun in apposition to `person` (the
    title before the body noun), not part of the person's own name."""
    return any(t.dep_ == "appos" and t != body and t.pos_ == "NOUN" and t.i < name.i and
               name in t.subtree for t in person.children)
