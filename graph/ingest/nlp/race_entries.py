"""Entering or staying in a race told by the race as a contest: "se anotó en la carrera por la
gobernación", "se sumó a la contienda por la alcaldía de X", "entra en la pugna por la
presidencia", "sigue en la carrera presidencial". The one who enters is a candidate of the
race the contest noun names by the office it is for (or an election noun in its phrase); a
contest with no office named ("entró en la carrera") says no race. Leaving the race ("se bajó
de la carrera", "abandonó la contienda") is not running, and is not read here."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# Verbs of joining, entering or staying in a contest ("anotarse en", "sumarse a", "seguir en").
_ENTERING = {"anotar", "anotarse", "sumar", "sumarse", "entrar", "meter", "meterse", "lanzar",
             "lanzarse", "incorporar", "incorporarse", "inscribir", "inscribirse", "apuntar",
             "apuntarse", "subir", "subirse", "saltar", "ingresar", "irrumpir", "unir",
             "unirse", "estar", "seguir", "continuar", "permanecer", "mantener", "mantenerse",
             "competir", "participar", "quedar", "volver", "regresar", "reingresar",
             "terciar", "colarse", "colar", "concurrir"}
# Nouns of a contest for an office.
_CONTESTS = {"carrera", "contienda", "pugna", "puja", "disputa", "lucha", "pelea",
             "competencia", "competicion", "batalla", "liza", "justa", "porfia", "corrida"}
# Prepositions of the contest after the verb: "en la carrera", "a la contienda".
_INTO = {"en", "a", "al", "hacia"}
# Prepositions of the office the contest is for: "por la gobernación", "a la alcaldía".
_FOR = {"por", "a", "al", "para", "hacia"}


def race_entry_claims(parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX") or folded_lemma(verb) not in _ENTERING:
        return []
    found = []
    for contest in verb.children:
        if contest.dep_ not in ("obl", "obj", "obl:arg", "nmod") or \
                fold(contest.lower_) not in _CONTESTS or preposition(contest) not in _INTO:
            continue
        key = _race_of(parsed, contest, verb)
        if key is None:
            continue
        for person in subject_ends(parsed, verb):
            if parsed.is_person(person.key) and parsed.kb.fits("candidateIn", person.key, key):
                parsed.candidates_named.add(person.key)
                found.append(Found("candidateIn", person, End(key, contest.i, contest.i), 0.6,
                                   f"verb:{folded_lemma(verb)}", verb.i))
    return found


def _race_of(parsed, contest, verb) -> str | None:
    """The race the contest is for: an election noun in its phrase ("la carrera hacia las
    presidenciales"), the office after "por"/"a" ("por la gobernación de Salta"), or
    "presidencial" said of it ("la carrera presidencial")."""
    elections = parsed.elections
    for t in contest.subtree:
        if t.i == contest.i or t.i - contest.i > 8:
            continue
        if is_election_noun(t):
            key = elections.named(t)
            if key:
                return key
        if t.head.i == contest.i and t.dep_ in ("nmod", "obl") and preposition(t) in _FOR:
            key = elections.for_office(t)
            if key:
                return key
    # the small model may hang "por la gobernación" on the verb rather than on the contest
    for t in verb.children:
        if t.i > contest.i and t.dep_ in ("obl", "nmod") and preposition(t) in ("por", "para"):
            key = elections.for_office(t)
            if key:
                return key
    if any(c.dep_ == "amod" and fold(c.lower_).startswith("presidencial")
           for c in contest.children):
        return elections.presidential(contest)
    return None
