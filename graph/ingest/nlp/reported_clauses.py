"""A clause coordinated after a reported one: "dijo que X había sido invitado, pero declinó
asistir". The small model coordinates the second verb with the verb of saying, though it goes
on with what was reported, whose subject it shares."""

from __future__ import annotations

from graph.ingest.nlp.triggers import SAYING
from graph.ingest.nlp.words import verb_lemma

# Conjunctions that go on with the reported clause's subject: a contrast or an addition
_GOING_ON = {"pero", "aunque", "mas", "sino", "y", "e"}


def reported_host(verb):
    """The reported clause a coordinated verb continues, or None: the verb of saying has a
    clause ("que ...") with its own subject between it and the coordinated verb, and the
    coordinated verb has no subject of its own."""
    host = verb.head
    if verb.dep_ != "conj" or host == verb or verb_lemma(host) not in SAYING or any(
            c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in _GOING_ON for c in verb.children):
        return None
    said = [c for c in host.children if c.dep_ == "ccomp" and host.i < c.i < verb.i and
            any(k.dep_ in ("nsubj", "nsubj:pass") for k in c.children) and
            any(k.dep_ == "mark" and k.lower_ == "que" for k in c.children)]
    return said[-1] if said else None
