"""What a person does during an event they take part in: "X y Y defendieron la creación de un
eje durante el Encuentro de las Américas" says they were at it, whatever the verb, and so
does saying something "en" it ("Milei defendió en la CPAC la reducción del Estado"). Not said
of an act denied ("no habló durante la cumbre" says nothing of being there)."""

from __future__ import annotations

from graph.ingest.knowledge import ELECTION, EVENT, ROUND
from graph.ingest.nlp.clause_objects import arguments
from graph.ingest.nlp.clauses import is_passive, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.triggers import NEGATORS, SAYING
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_DURING = frozenset({"durante"})
# "el acto sirvió para que X ...", "la cumbre permitió que Y ..."
_SERVING = {"servir", "permitir"}
_IN = frozenset({"en"})
# What one does from a stage besides saying: "defendió en la CPAC", "arremetió en el foro".
_STAGED = {"defender", "pedir", "reclamar", "criticar", "elogiar", "arremeter", "cargar",
           "reivindicar", "llamar", "instar", "prometer", "presentar", "lanzar", "alertar",
           "exigir", "abogar", "apostar", "cuestionar", "atacar", "ensalzar", "homenajear",
           "lamentar", "acusar", "celebrar", "agradecer", "presumir"}


def during_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or is_passive(verb) or any(
            fold(c.lower_) in NEGATORS for c in verb.children):
        return []
    events = _events(parsed, arguments(parsed, verb, _DURING))
    if not events and verb_lemma(verb) in SAYING | _STAGED:
        events = _events(parsed, arguments(parsed, verb, _IN))
    if not events:
        events = _served_by(parsed, verb)
    if not events:
        return []
    people = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    return [Found("participatedIn", person, events[0], 0.6, f"verb:{verb_lemma(verb)}", verb.i)
            for person in people if parsed.kb.fits("participatedIn", person.key, events[0].key)]


def _events(parsed: Parsed, ends) -> list:
    """The events among a phrase's ends, not an election ("asegurarse un lugar en la segunda
    vuelta" is no stage)."""
    return [e for e in ends if parsed.kb.is_a(e.key, EVENT) and (
        not e.reference or _told_again(parsed, e)) and
            not parsed.kb.is_a(e.key, ELECTION) and not parsed.kb.is_a(e.key, ROUND)]


def _told_again(parsed: Parsed, end) -> bool:
    """"lamentó en el pleno", "criticó en el acto": the kind noun that points back to the
    gathering the text reports without naming it (described_events) is that gathering."""
    return end.key in parsed.named_events and end.key in parsed.described.values()


def _served_by(parsed: Parsed, verb) -> list:
    """"El acto sirvió para que X proclamara a Y candidata": what the gathering served for was
    done at it, by whoever did it."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "advcl") or head.i == verb.i or \
            verb_lemma(head) not in _SERVING or "Ind" not in head.morph.get("Mood"):
        return []
    return _events(parsed, [e for c in head.children if c.dep_ == "nsubj"
                            for e in parsed.ends(c)])
