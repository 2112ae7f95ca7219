"""Gatherings the small model hangs on the people gathered: in "congregó a varios de los
dirigentes de la derecha europea, en la tradicional concentración de su partido" it makes the
concentration a modifier of "varios", so where the host gathered them is never read. An "en"
phrase headed by an event noun, set off by a comma after the verb's object, is turned back
into a complement of the verb."""

from __future__ import annotations

from graph.ingest.nlp.events import is_event_noun

# What the gathering may wrongly hang on: the object's pronoun or noun, and what modifies it.
_CHAIN = {"nmod", "appos", "obj", "obl", "conj"}


def events_on_verbs(doc):
    for noun in doc:
        if noun.dep_ != "nmod" or not is_event_noun(noun) or \
                not any(c.dep_ == "case" and c.lower_ == "en" for c in noun.children):
            continue
        first = noun.left_edge
        if first.text != "," and (first.i == 0 or doc[first.i - 1].text != ","):
            continue
        head = noun.head
        while head.dep_ in _CHAIN and head.pos_ in ("NOUN", "PRON", "PROPN") and \
                not is_event_noun(head) and head.head != head:
            if head.dep_ in ("obj", "obl"):
                break
            head = head.head
        verb = head.head
        if head.dep_ not in ("obj", "obl") or verb.pos_ != "VERB" or head.pos_ not in (
                "NOUN", "PRON") or is_event_noun(head):
            continue
        noun.head, noun.dep_ = verb, "obl"
    return doc
