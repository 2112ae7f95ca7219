"""Alliances said of several at once: "Chega, Vox y la Liga integran el mismo grupo", "PP y
Vox comparten bancada", "Kast y Kaiser son aliados": each pair of those named is allied."""

from __future__ import annotations

from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Verbs of sharing a body, and the bodies that make those in them allies.
_SHARING = {"integrar", "formar", "compartir", "conformar", "componer", "pertenecer", "militar",
            "sentar"}
_BODIES = {"grupo", "bloque", "interbloque", "bancada", "coalicion", "alianza", "frente",
           "familia", "plataforma", "lista", "gobierno", "pacto"}
_ALLIES = {"socios", "aliados", "aliadas", "socias"}


def alliance_claims(parsed: Parsed, token) -> list[Found]:
    if token.pos_ in ("VERB", "AUX") and verb_lemma(token) in _SHARING:
        return _shared(parsed, token)
    if token.pos_ in ("NOUN", "VERB", "ADJ") and fold(token.lower_) in _ALLIES and \
            token.lower_.endswith("s") and any(c.dep_ == "cop" for c in token.children):
        # "Kast y Kaiser son aliados" (the small model may take "aliados" for a participle)
        members = [e for c in token.children if c.dep_ == "nsubj"
                   for e in parsed.ends(c)]
        return _pairs(parsed, members, token, "copula")
    return []


def _shared(parsed: Parsed, verb) -> list[Found]:
    """"integran el mismo grupo", "comparten bancada", "forman parte de la misma coalición"."""
    bodies = [t for t in verb.subtree if folded_lemma(t) in _BODIES and t.pos_ == "NOUN" and
              t.i > verb.i and (folded_lemma(verb) == "compartir" or any(
                  folded_lemma(w) == "mismo" for w in verb.doc[max(t.i - 2, 0):t.i]))]
    if not bodies:
        return []
    return _pairs(parsed, subject_ends(parsed, verb), verb, f"verb:{verb_lemma(verb)}")


def _pairs(parsed: Parsed, members, trigger, cue: str) -> list[Found]:
    members = [m for m in {e.key: e for e in members}.values() if parsed.is_agent(m.key)]
    return [Found("allied", a, b, 0.65, cue, trigger.i)
            for i, a in enumerate(members) for b in members[i + 1:]
            if parsed.kb.fits("allied", a.key, b.key)]
