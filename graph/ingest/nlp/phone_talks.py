"""Talking on the phone is no turn at an event: "Milei habló por teléfono con el presidente
chileno, X" is a call between the two, whatever gathering the text is about. A verb of speaking
read as taking the floor ("hablaron A y B") takes part in nothing when the phone carries it."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_SPEAKING = {"hablar", "conversar", "charlar", "dialogar", "intervenir"}
_PHONE = {"telefono", "telefonicamente", "movil", "celular"}


def without_phone_talks(parsed, found: list[Found]) -> list[Found]:
    return [c for c in found if not _on_the_phone(parsed, c)]


def _on_the_phone(parsed, claim: Found) -> bool:
    if claim.relation != "participatedIn":
        return False
    verb = parsed.doc[claim.trigger]
    if verb_lemma(verb) not in _SPEAKING:
        return False
    return any(folded_lemma(c) in _PHONE or fold(c.lower_) in _PHONE for c in verb.children)
