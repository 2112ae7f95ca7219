"""A candidate of "su partido": "Alejandro Nolasco, candidato de su partido a la Presidencia de
Aragón", "la aspirante de su formación, Ana Gil". The party is the one the text gave the person
"su" stands for (the one the clause is about: "Abascal arropó a X, candidato de su partido"),
and the candidate stands for it."""

from __future__ import annotations

from graph.ingest.nlp.candidate_parties import CANDIDATE_NOUNS
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_PARTY_NOUNS = {"partido", "formacion", "colectividad", "coalicion", "fuerza"}


def own_party_candidate_claims(parsed: Parsed, token) -> list[Found]:
    if fold(token.lower_) not in CANDIDATE_NOUNS and folded_lemma(token) not in CANDIDATE_NOUNS:
        return []
    party_noun = next((c for c in token.children if c.dep_ == "nmod" and
                       folded_lemma(c) in _PARTY_NOUNS and
                       any(fold(d.lower_) in ("su", "sus") for d in c.children)), None)
    if party_noun is None:
        return []
    person = _holder(parsed, token)
    party = parsed.own_party(party_noun) if person is not None else None
    if party is None or not parsed.kb.fits("represents", person.key, party):
        return []
    target = End(party, party_noun.i, party_noun.i, reference=True, distance=1)
    return [Found("represents", End.of(person), target, 0.6, "apposition", token.i)]


def _holder(parsed: Parsed, noun):
    """The person the candidate noun is said of: the name it stands in apposition to ("X,
    candidato de su partido") or the name apposed to it ("el candidato de su partido, X")."""
    for token in [noun.head] + [c for c in noun.children if c.dep_ == "appos"]:
        named = parsed.mention(token)
        if named is not None and parsed.is_person(named.key) and token != noun and \
                (noun.dep_ == "appos" or token.i > noun.i):
            return named
    return None
