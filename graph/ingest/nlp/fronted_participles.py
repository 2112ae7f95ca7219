"""A participle set before the clause it describes: "Organizada por la JCU, la conferencia contó
con ...", "Convocado por Vox, el mitin reunió a ...". The model hangs the participle on the main
verb (as a subject or a modifier of it); what it describes is that verb's subject, the noun that
agrees with it."""

from __future__ import annotations

_DETACHED = ("nsubj", "advcl", "amod", "obl", "acl", "xcomp", "advmod", "ccomp")


def fronted_subject(participle):
    """The main clause's subject a fronted participle describes, or None."""
    verb = participle.head
    if participle.dep_ not in _DETACHED or verb == participle or verb.i < participle.i:
        return None
    if verb.pos_ in ("NOUN", "PROPN"):
        # the model may hang it on the noun itself: "Convocado por X, el foro reunió a ..."
        return verb if _opens_clause(participle, verb) else None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if not _opens_clause(participle, verb):
        return None
    gender, number = participle.morph.get("Gender"), participle.morph.get("Number")
    return next((c for c in verb.children
                 if c.dep_ in ("nsubj", "nsubj:pass") and c != participle and
                 _comma_between(participle, c) and c.pos_ in ("NOUN", "PROPN") and
                 _agrees(c, gender, number)), None)


def _opens_clause(participle, after) -> bool:
    """The participle opens its sentence (no verb before it: not "dijo que, organizada por X,
    ...") and a comma closes its phrase before `after`."""
    before = participle.doc[participle.sent.start:participle.i]
    return not any(t.pos_ in ("VERB", "AUX") for t in before) and \
        _comma_between(participle, after)


def _comma_between(participle, after) -> bool:
    return after.i > participle.i and any(t.text == "," for t in
                                          participle.doc[participle.i + 1:after.i])


def _agrees(noun, gender, number) -> bool:
    own, count = noun.morph.get("Gender"), noun.morph.get("Number")
    return (not gender or not own or own == gender) and (not number or not count or
                                                         count == number)
