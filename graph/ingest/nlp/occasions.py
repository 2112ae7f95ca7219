"""What a person does during an event they take part in: "X y Y defendieron la creación de un
eje durante el Encuentro de las Américas" says they were at it, whatever the verb. Not said
of an act denied ("no habló durante la cumbre" says nothing of being there)."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import arguments, is_passive, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_DURING = frozenset({"durante"})


def during_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or is_passive(verb) or any(
            fold(c.lower_) in NEGATORS for c in verb.children):
        return []
    events = [e for e in arguments(parsed, verb, _DURING)
              if parsed.kb.is_a(e.key, EVENT) and not e.reference]
    if not events:
        return []
    people = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    return [Found("participatedIn", person, events[0], 0.6, f"verb:{verb_lemma(verb)}", verb.i)
            for person in people if parsed.kb.fits("participatedIn", person.key, events[0].key)]
