"""Governing or running "de la mano de" another: "el PSOE gobernó ocho años de la mano de Més",
"llegó al gobierno de la mano de Vox", "concurrirá a las municipales de la mano del PP". The
subject and the one whose hand it took are allies. A handshake ("estrechó la mano de X") is
no such phrase: the hand is the verb's object there, not its "de la mano" adjunct."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# Verbs of holding office or of running for it, and of reaching it
_TOGETHER = {"gobernar", "cogobernar", "concurrir", "llegar", "presentar", "presentarse",
             "acceder", "volver", "regresar", "entrar", "competir", "ir", "alcanzar",
             "conquistar", "recuperar", "dirigir", "administrar"}


def hand_in_hand_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _TOGETHER:
        return []
    out: list[Found] = []
    for hand in verb.subtree:
        if fold(hand.lower_) != "mano" or hand.dep_ not in ("obl", "advmod", "nmod") or \
                not _in_clause(hand, verb) or \
                preposition(hand) != "de" or not any(
                    c.dep_ == "det" and fold(c.lower_) == "la" for c in hand.children):
            continue
        partners = [e for c in hand.children if c.dep_ == "nmod" and preposition(c) == "de"
                    for e in phrase_ends(parsed, c)]
        subjects = subject_ends(parsed, verb)
        out += [Found("allied", s, p, 0.65, "verb:" + verb_lemma(verb), verb.i)
                for s in subjects for p in partners
                if s.key != p.key and parsed.is_agent(s.key) and parsed.is_agent(p.key)
                and parsed.kb.fits("allied", s.key, p.key)]
    return out


def _in_clause(hand, verb) -> bool:
    """Whether the phrase is the verb's own, or hangs on a noun of it ("gobernó ocho años de
    la mano de X", where the small model hangs it on the years), not in a clause below."""
    head = hand.head
    while head != verb:
        if head.pos_ in ("VERB", "AUX") or head == head.head:
            return False
        head = head.head
    return True
