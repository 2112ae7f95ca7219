"""A sentence without a verb that repeats the denial before it: "El líder de X no fue
invitado. Tampoco la presidenta del Consejo italiano, Y." The "tampoco" stands for the
previous sentence's denied invitation or attendance, now said of Y."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.ends import End
from graph.ingest.reading import fold

_RELATIONS = {"participatedIn", "invitedTo"}


def elliptic_denials(parsed, found: list) -> list:
    """The previous sentence's denied attendances and invitations, said again of the
    persons a verbless "Tampoco ..." names."""
    out = []
    for sentence in parsed.doc.sents:
        root = sentence.root
        if root.pos_ not in ("NOUN", "PROPN") or not any(
                c.dep_ == "advmod" and fold(c.lower_) in ("tampoco", "ni") and c.i < root.i
                for c in root.children):
            continue
        people = [e for e in parsed.ends(root) if not e.reference and parsed.is_person(e.key)]
        here = parsed.sentence_of(root.idx)
        before = [f for f in found if f.relation in _RELATIONS and f.negated and
                  parsed.sentence_of(parsed.doc[f.trigger].idx) == here - 1]
        for person in people:
            for claim in before:
                if person.key == claim.subject.key or \
                        not parsed.kb.fits(claim.relation, person.key, claim.object.key):
                    continue
                out.append(replace(claim, subject=person, trigger=root.i, cue="reference",
                                   object=End(claim.object.key, root.i, root.i,
                                              reference=True)))
    return out
