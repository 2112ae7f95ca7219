"""Calling oneself someone's ally: "se declara amiga y aliada de X", "se considera aliado de
Y", "me siento socio de Z", and the relative "X, del que se declara «amiga y aliada»". The
one who says it of himself is allied with the one whose ally he says he is. The small model
hangs the title as object, subject or conjunct, and the "de X" on the title or on the verb;
a title with no "de" owner ("se declara aliada") names no one."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import ROLE_WORDS, folded_lemma
from graph.ingest.reading import fold

_DECLARING = {"declarar", "considerar", "definir", "proclamar", "decir", "sentir", "confesar",
              "reconocer", "autodefinir", "describir", "mostrar", "presentar", "calificar"}
_REFLEXIVE = {"se", "me", "nos"}
_RELATIVES = {"que", "quien", "quienes", "cual", "cuales"}


def self_declared_claims(parsed: Parsed, verb) -> list[Found]:
    if folded_lemma(verb) not in _DECLARING or not any(
            c.pos_ == "PRON" and fold(c.lower_) in _REFLEXIVE and c.i < verb.i
            for c in verb.children):
        return []
    titles = [c for c in verb.children if _ally(c)]
    titles += [d for t in list(titles) for d in t.children if d.dep_ == "conj" and _ally(d)]
    titles += [d for c in verb.children if c.dep_ in ("obj", "nsubj", "xcomp")
               for d in c.children if d.dep_ == "conj" and _ally(d)]
    if not titles:
        return []
    owners = [e for t in titles for c in t.children if c.dep_ in ("nmod", "obl") and
              preposition(c) == "de" for e in phrase_ends(parsed, c)]
    owners += [e for c in verb.children if c.dep_ in ("obj", "obl", "nmod") and
               preposition(c) == "de" and c.i > min(t.i for t in titles) or
               c.pos_ == "PRON" and fold(c.lower_) in _RELATIVES and preposition(c) == "de"
               for e in phrase_ends(parsed, c)]
    owners = [e for e in owners if parsed.is_agent(e.key)]
    return [Found("allied", s, o, 0.6, f"verb:{folded_lemma(verb)}", verb.i)
            for s in subject_ends(parsed, verb) for o in owners
            if s.key != o.key and parsed.is_agent(s.key) and
            parsed.kb.fits("allied", s.key, o.key)]


def _ally(token) -> bool:
    return token.pos_ in ("NOUN", "ADJ") and token.dep_ != "det" and \
        ROLE_WORDS.get(fold(token.lower_)) == "ally"
