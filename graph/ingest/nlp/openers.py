"""Events a group opens or closes: a person who "inauguró el foro" took part in it, but an
institute, a party or a foundation that opens it ("el instituto X inauguró el III Foro ...",
"Vox clausuró su convención") is the host that organizes it; not when its sentence says
another organizes it ("abrieron una cumbre organizada por el ADR"), which claims neither
its hosting nor a guest's place."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.triggers import OPENING


def opened_by_groups(parsed, found: list[Found]) -> list[Found]:
    told = {(c.subject.key, parsed.sentence_of(parsed.doc[c.trigger])): c.object.key
            for c in found if c.relation == "organizedBy" and c.cue.startswith("passive:")}
    out = []
    for claim in found:
        if claim.relation == "participatedIn" and claim.cue.startswith("verb:") and \
                claim.cue[5:] in OPENING and not claim.subject.reference and \
                parsed.is_agent(claim.subject.key) and not parsed.is_person(claim.subject.key):
            host = told.get((claim.object.key, parsed.sentence_of(parsed.doc[claim.trigger])))
            if host is not None and host != claim.subject.key:
                continue  # a body opening another's gathering: neither its host nor a guest
            claim = replace(claim, relation="organizedBy", subject=claim.object,
                            object=claim.subject)
        out.append(claim)
    return out
