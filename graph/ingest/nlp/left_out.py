"""A race one was left out of: "quedó fuera de la segunda vuelta", "se quedó fuera del
balotaje", "quedaron fuera de las legislativas". One who stays out of a round did not run in it
(the first round, which left them out, is read elsewhere)."""

from __future__ import annotations

from graph.ingest.knowledge import ELECTION, ROUND
from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# Verbs that, with "fuera de", leave one out of what follows
_LEFT = {"quedar", "quedarse", "dejar", "resultar", "terminar", "acabar"}
# Nouns of a round, whose phrase names a race the way an election noun does
_ROUND_NOUNS = {"vuelta", "balotaje", "ballotage", "ronda"}


def left_out_claims(parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in _LEFT:
        return []
    out = next((c for c in verb.children if fold(c.lower_) == "fuera"), None)
    if out is None:
        return []
    found = []
    for noun in out.children:
        if noun.dep_ not in ("obl", "nmod") or not any(
                fold(c.lower_) in ("de", "del") for c in noun.children):
            continue
        if not (is_election_noun(noun) or fold(noun.lower_) in _ROUND_NOUNS):
            continue
        key = parsed.elections.named(noun)
        if not key or not (parsed.kb.is_a(key, ELECTION) or parsed.kb.is_a(key, ROUND)):
            continue
        for person in subject_ends(parsed, verb):
            if parsed.is_person(person.key) and parsed.kb.fits("candidateIn", person.key, key):
                found.append(Found("candidateIn", person, End(key, noun.i, noun.i), 0.65,
                                   "verb:" + verb_lemma(verb), verb.i, negated=True))
    return found
