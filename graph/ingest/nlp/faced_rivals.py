"""The one a contest was won, lost or fought "frente a": "ganó las presidenciales frente al
alcalde de Varsovia, X", "fue elegido con 50 votos, frente a los 42 de Y", "evitó un balotaje
frente al socialdemócrata Z", "en la segunda vuelta frente a W". The locution's phrase names
the rival of the clause's subject (votes "de" someone stand for them), when the clause is about
a contest: a verb of winning, losing or voting, or an election noun the phrase hangs on."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma

# Verbs of a contest's outcome or of the votes one gets in it.
_CONTESTING = {"ganar", "vencer", "imponer", "obtener", "elegir", "lograr", "sumar",
               "conseguir", "perder", "quedar", "caer", "triunfar", "arrasar", "evitar",
               "cosechar", "reunir", "recibir", "alcanzar", "proclamar", "investir", "votar"}


def faced_rival_claims(parsed: Parsed, token) -> list[Found]:
    if folded_lemma(token) != "frente" or not any(c.dep_ == "fixed" and c.lower_ in ("a", "al")
                                                 for c in token.children) and not _followed_by_a(
            token):
        return []
    # the phrase the locution governs: "frente" as its case marker, or heading it
    phrase = token.head if token.dep_ == "case" else next(
        (c for c in token.children if c.dep_ in ("obl", "nmod")), None)
    if phrase is None:
        return []
    rivals = [e for e in phrase_ends(parsed, phrase) if parsed.is_person(e.key)]
    if not rivals and phrase.pos_ == "NUM":  # "frente a los 42 de X": X's votes
        rivals = [e for c in phrase.children if c.dep_ == "nmod" and preposition(c) in (
            "de", "del") for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    if not rivals:
        return []
    verb, election = phrase.head if token.dep_ == "case" else token.head, False
    for _ in range(4):
        election = election or is_election_noun(verb)
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not (election or verb_lemma(verb) in _CONTESTING):
        return []
    subjects = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    return [Found("opponentOf", s, r, 0.6, f"verb:{verb_lemma(verb)}", verb.i)
            for s in subjects for r in rivals
            if s.key != r.key and parsed.kb.fits("opponentOf", s.key, r.key)]


def _followed_by_a(token) -> bool:
    """"frente al presidente X" parsed as an adverb with the "a" on its own phrase."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in ("a", "al") and \
        following.dep_ == "case" and following.head.head == token
