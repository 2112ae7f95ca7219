"""Object relatives the small model reads as a conjunction: in "una cita que el partido
organiza cada año" or "el congreso que la fundación celebró en Tudela" it tags "que" as a
subordinating word hung as an oblique, so the clause has a subject and no object, and what the
verb does to the noun before it is never read. A "que" that opens a relative clause on a noun,
whose verb has a subject of its own before it and no object, is that verb's object."""

from __future__ import annotations

_MISREAD = {"obl", "mark", "advmod", "obj"}


def object_relatives(doc):
    for pronoun in doc:
        verb = pronoun.head
        if pronoun.lower_ != "que" or pronoun.pos_ != "SCONJ" or pronoun.dep_ not in _MISREAD \
                or verb.dep_ not in ("acl", "acl:relcl") or verb.pos_ != "VERB" or \
                verb.head.pos_ not in ("NOUN", "PROPN") or not verb.head.i < pronoun.i < verb.i:
            continue
        if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":")
               for t in doc[verb.head.i + 1:pronoun.i]) and \
                pronoun.i != verb.head.right_edge.i + 1:
            continue
        children = list(verb.children)
        if any(c.dep_ in ("obj", "nsubj:pass", "ccomp", "xcomp") and c != pronoun or
               c.lower_ == "se" for c in children):
            continue  # "que se celebró": "que" is the subject
        if not any(c.dep_ == "nsubj" and pronoun.i < c.i < verb.i for c in children):
            continue
        if any(c.dep_ in ("aux", "cop") and c.lemma_ in ("ser", "estar") for c in children):
            continue
        pronoun.pos_, pronoun.dep_ = "PRON", "obj"
    return doc
