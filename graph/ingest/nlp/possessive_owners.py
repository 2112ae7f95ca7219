"""Whom a sentence-opening "Su presidente, X" is of when the organization named last before it
sits inside another noun's "de" phrase: "La HSU, fundada por disidentes de la HDZ, obtuvo
cuatro escaños. Su secretaria general, X" and "Sanseito quiere replicar el modelo de Vox. Su
secretario general, Y" speak of the sentence's subject (the HSU, Sanseito), not of the party
named in passing; one named as the verb's own argument ("rivalizan con el PPE. Su
presidente") is still the nearest."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.ends import METONYM, End


def subject_over_passing(parsed, mention, whose: int) -> End | None:
    """The previous sentence's subject, when `mention` (the organization named last before
    "su" at token `whose`) is named in passing inside a "de" phrase and "su" opens its
    sentence."""
    doc = parsed.doc
    token = doc[mention.start]
    if doc[whose].sent.start != whose or token.sent.start == whose:
        return None
    head = token
    while head.dep_ == "flat" and head.head != head:
        head = head.head
    if head.dep_ != "nmod" or head.head.pos_ != "NOUN" or not any(
            c.dep_ == "case" and c.lower_ in ("de", "del") for c in head.children):
        return None
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None and subject.is_space:
        # a paragraph break the small model made the head of the name opening the paragraph
        subject = next((c for c in subject.children if parsed.mention(c) is not None), None)
    named = parsed.mention(subject) if subject is not None else None
    if named is None or named.key == mention.key or named.kind == METONYM or \
            parsed.is_person(named.key) or not parsed.kb.is_a(named.key, ORGANIZATION):
        return None
    return End.of(named, reference=True)
