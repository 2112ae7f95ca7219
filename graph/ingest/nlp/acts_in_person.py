"""What one person says, asks or hands to another at a meeting, or in person: "le pidió a X,
durante una reunión en la Casa Rosada, que...", "en la cena, Milei le explicó a Kast su plan",
"se lo entregó en persona". The two were together: they met. The meeting noun with a partner
of its own ("durante su reunión con Y") is read by the nominal rules; a call or a letter is
no meeting."""

from __future__ import annotations

from graph.ingest.nlp.clause_objects import arguments, clitic_object
from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.distance_words import CALL, PHONE, VIDEO_CALL, WRITTEN
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Verbs of telling, asking, offering and handing to someone.
_ADDRESSING = {"pedir", "decir", "explicar", "entregar", "prometer", "trasladar", "transmitir",
               "regalar", "mostrar", "agradecer", "ofrecer", "proponer", "plantear", "contar",
               "confesar", "asegurar", "reiterar", "expresar", "comunicar", "exponer",
               "presentar", "garantizar", "confiar", "preguntar", "reclamar", "exigir",
               "solicitar", "sugerir", "advertir", "anunciar", "obsequiar"}
_GATHERINGS = {"reunion", "encuentro", "cena", "almuerzo", "desayuno", "comida", "cita",
               "entrevista", "visita", "audiencia"}
_DISTANCE = PHONE | CALL | VIDEO_CALL | WRITTEN | {"video"}


def in_person_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _ADDRESSING or not _together(verb):
        return []
    subjects = [s for s in subject_ends(parsed, verb) if parsed.is_person(s.key)]
    partners = [e for e in arguments(parsed, verb, frozenset({"a", "al"}))
                if parsed.is_person(e.key)] or [
        e for e in clitic_object(parsed, verb, dative=True) if parsed.is_person(e.key)]
    return [Found("met", s, p, 0.6, f"verb:{verb_lemma(verb)}", verb.i)
            for s in subjects for p in partners
            if s.key != p.key and parsed.kb.fits("met", s.key, p.key)]


def _together(verb) -> bool:
    """Whether the clause holds the act at a meeting or face to face, and not at a
    distance."""
    phrases = [c for c in verb.children if c.dep_ in ("obl", "advmod", "nmod", "obl:arg")]
    words = {fold(t.lower_) for c in phrases for t in c.subtree}
    if words & _DISTANCE:
        return False
    if "persona" in words and any(preposition(c) == "en" and folded_lemma(c) == "persona"
                                  for c in phrases) or "personalmente" in words or \
            {"cara"} <= words and "a" in words:
        return True
    return any(preposition(c) in ("durante", "en") and folded_lemma(c) in _GATHERINGS and
               not any(preposition(g) in ("con", "entre") for g in c.children)
               for c in phrases)
