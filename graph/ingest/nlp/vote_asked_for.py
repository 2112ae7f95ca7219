"""Asking for the vote for someone is supporting them: "pidió el voto por X", "solicitará el
voto para X", "reclamó el voto a favor de X", and in a quotation "pedirá el voto por
nosotros", "pide el voto por mí" (the one who speaks). The small model hangs the "por X"
phrase on the verb of asking as often as on "voto"; the vote asked "de" someone ("pidió el voto
de los indecisos") names the voters, not the one supported."""

from __future__ import annotations

from graph.ingest.nlp.clauses import first_person_speaker, phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.vote_appeals import APPEALING
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_VOTES = {"voto", "votos", "sufragio", "sufragios", "papeleta"}
_FOR = {"por", "para", "a favor de"}
_ME = {"mi", "nosotros", "nosotras"}


def vote_asked_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in APPEALING:
        return []
    vote = next((c for c in verb.children if c.dep_ == "obj" and folded_lemma(c) in _VOTES and
                 not preposition(c)), None)
    if vote is None:
        return []
    phrases = [c for c in vote.children if c.dep_ in ("nmod", "obl") and c.i > vote.i]
    phrases += [c for c in verb.children if c.dep_ in ("obj", "obl", "nmod") and c.i > vote.i]
    supported = []
    for phrase in phrases:
        if preposition(phrase) not in _FOR:
            continue
        if phrase.pos_ == "PRON" and fold(phrase.lower_) in _ME:
            supported += [e for e in first_person_speaker(parsed, verb)
                          if parsed.is_person(e.key)]
        else:
            supported += [e for e in phrase_ends(parsed, phrase) if parsed.is_agent(e.key)]
    return [Found("endorsed", s, o, 0.7, "verb:pedir_voto", verb.i)
            for s in subject_ends(parsed, verb) for o in supported
            if s.key != o.key and parsed.kb.fits("endorsed", s.key, o.key)]
