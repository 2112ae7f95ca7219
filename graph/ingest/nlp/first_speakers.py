"""The speaker as the dropped subject of a verb in the first person: "Viajé en representación
de Vox" in an interview's answer or a quotation is the interviewee's or the quoted one's act.
A verb in another person, or one with a subject of its own, names no speaker."""

from __future__ import annotations

from graph.ingest.nlp.clauses import first_person_speaker
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import first_person


def speaker(parsed: Parsed, verb) -> list[End]:
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ != "PRON" for c in verb.children):
        return []
    finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "cop")]
    if not any(first_person(t) for t in finite):
        return []
    return first_person_speaker(parsed, verb)
