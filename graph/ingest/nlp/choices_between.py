"""The voters' choice between named people: "están llamados a elegir gobernador entre A,
candidato de Libre, y B", "los chilenos escogen hoy presidente entre A y B", "votarán entre
A y B para la alcaldía". Those chosen between run in the race for that office (else the race
the text named just before); the office is theirs to win, not one they hold."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.election_kinds import OFFICE_KINDS
from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_CHOOSING = {"elegir", "escoger", "votar", "decidir", "dirimir", "definir", "optar"}


def choice_between_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _CHOOSING:
        return []
    # the small model may hang "entre A y B" on the office chosen ("elegir gobernador")
    phrases = [*verb.children, *(t for c in verb.children if c.dep_ == "obj"
                                 for t in c.children)]
    between = [c for c in phrases if c.dep_ in ("obl", "obj", "nmod") and
               preposition(c) == "entre"]
    if not between:
        return []
    people = [e for c in between for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    if len(people) < 2:
        return []  # "elegir entre la continuidad y el cambio"
    key = _race(parsed, verb)
    if key is None:
        return []
    cue = f"verb:{verb_lemma(verb)}"
    return [Found("candidateIn", person, End(key, verb.i, verb.i), 0.6, cue, verb.i)
            for person in people if parsed.kb.fits("candidateIn", person.key, key)]


def _race(parsed: Parsed, verb) -> str | None:
    """The race named in the clause ("en la segunda vuelta"), else the one the text named
    just before, else the one that fills the office chosen ("elegir gobernador")."""
    elections = parsed.elections
    for child in verb.children:
        if is_election_noun(child):
            key = elections.named(child)
            if key:
                return key
    offices = [t for c in verb.children if c.dep_ in ("obj", "obl", "xcomp")
               for t in (c, *c.children) if fold(t.lower_) in OFFICE_KINDS]
    if not offices:
        return None
    return elections.before(verb.i) or elections.for_office(offices[0])
