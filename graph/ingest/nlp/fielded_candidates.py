"""A candidate a clause fields "con X como candidato": "el Partido Socialdemócrata, que lidera
las encuestas con X como candidato", "Vox concurre a las municipales con X como cabeza de
lista", "el PP irá a las elecciones con X como aspirante a la alcaldía". X runs in the race the
phrase, the clause or the text names; when the clause's subject is a party, X runs for it
(represents). Who is fielded with another title ("con X como portavoz") runs in nothing."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.candidacy import race
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import base_role, role_kind

# Titles that make the one a clause goes with its candidate ("abanderado" is a party's too).
_KINDS = ("candidate", "representative")


def fielded_candidates(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    fielded = [c for c in verb.children if c.dep_ in ("obl", "obj") and preposition(c) == "con"]
    # the "como" phrase hangs on the verb or, for the small model, on the name itself
    roles = [c for h in [verb] + fielded for c in h.children
             if c.dep_ in ("obj", "obl", "xcomp", "advcl", "nmod", "appos") and any(
                 m.dep_ == "mark" and m.lower_ == "como" for m in c.children) and
             _candidate_title(c)]
    if not roles:
        return []
    # the one named just before the "como" phrase, after "con"
    people = [e for c in fielded if c.i < roles[0].i and roles[0].i - c.i <= 6
              for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    if len(people) != 1:
        return []
    person, role = people[0], roles[0]
    cue = f"nominal:{base_role(role)[0]}"
    found = []
    key = race(parsed, role)
    if key is not None and parsed.kb.fits("candidateIn", person.key, key):
        parsed.candidates_named.add(person.key)
        found.append(Found("candidateIn", person, End(key, role.i, role.i), 0.6, cue, verb.i))
    found += [Found("represents", person, party, 0.6, cue, verb.i)
              for party in subject_ends(parsed, verb)
              if parsed.kb.is_a(party.key, PARTY) and not parsed.is_person(party.key)
              and parsed.kb.fits("represents", person.key, party.key)]
    return found


def _candidate_title(role) -> bool:
    word = base_role(role)[0]
    return bool(word) and role_kind(word) in _KINDS
