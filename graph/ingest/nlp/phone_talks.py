"""Talking on the phone is no turn at an event: "Milei habló por teléfono con el presidente
chileno, X" is a call between the two, whatever gathering the text is about. A verb of speaking
read as taking the floor ("hablaron A y B") takes part in nothing when the phone carries it."""

from __future__ import annotations

from graph.ingest.nlp.distance_words import CALL, HANDSETS, PHONE, VIDEO_CALL
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_SPEAKING = {"hablar", "conversar", "charlar", "dialogar", "intervenir"}
_PHONE = PHONE | HANDSETS
# "en una llamada", "en una conversación telefónica", "por videoconferencia"
_CALLS = CALL | VIDEO_CALL


def without_phone_talks(parsed, found: list[Found]) -> list[Found]:
    return [c for c in found if not _on_the_phone(parsed, c)]


def _on_the_phone(parsed, claim: Found) -> bool:
    if claim.relation != "participatedIn":
        return False
    verb = parsed.doc[claim.trigger]
    if verb_lemma(verb) not in _SPEAKING:
        return False
    # by video one takes part ("intervino por videoconferencia"); only the phone says a call
    return any(folded_lemma(c) in _PHONE or fold(c.lower_) in _PHONE for c in verb.children)


def by_phone(verb) -> bool:
    """Whether the phone or a call carries the act: "lo felicitó por teléfono", "la felicitó
    en una conversación telefónica", "habló telefónicamente con X"."""
    words = _PHONE | _CALLS
    # the small model may take "en una llamada" for an object, or hang it on the object
    phrases = [c for c in verb.children if c.dep_ not in ("nsubj", "obj", "iobj") or
               _led_by_in_or_by(c)]
    phrases += [g for c in verb.children if c.dep_ == "obj" for g in c.children
                if g.dep_ == "nmod" and _led_by_in_or_by(g)]
    # "lo felicitó por su llamada a la unidad": someone's call is what was praised
    return any((folded_lemma(p) in words or fold(p.lower_) in words or
                any(folded_lemma(a) in words for a in p.children if a.dep_ == "amod")) and
               not any("Yes" in c.morph.get("Poss") for c in p.children)
               for p in phrases)


def _led_by_in_or_by(phrase) -> bool:
    return any(c.dep_ == "case" and fold(c.lower_) in ("en", "por") for c in phrase.children)
