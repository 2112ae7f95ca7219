"""Being in touch with someone, said with a state verb: "sigue en contacto con X", "se puso
en contacto con X", "entró en comunicación con X", "se mantiene en contacto con X", "Con X sigo
en contacto", "está en contacto permanente con X". The small model hangs the "con" phrase on
the verb beside "en contacto", or on the noun itself; the subject is in touch with it (a dropped
first person in a quotation is its speaker, as the verb's subject is found everywhere)."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma

_TOUCH = {"contacto", "comunicacion", "contactos"}
# Verbs of being, staying, getting or keeping in touch.
_STATES = {"estar", "seguir", "continuar", "permanecer", "mantener", "poner", "entrar",
           "quedar", "volver"}


def in_contact_claims(parsed: Parsed, verb) -> list[Found]:
    touch = _touch(verb)
    if touch is None:
        return []
    partners = [e for c in [*verb.children, *touch.children]
                if c.dep_ in ("obl", "nmod") and preposition(c) == "con"
                for e in phrase_ends(parsed, c) if parsed.is_agent(e.key)]
    if not partners:
        return []
    return [Found("contactWith", s, o, 0.7, "verb:contacto", verb.i)
            for s in subject_ends(parsed, verb) for o in partners
            if s.key != o.key and parsed.is_agent(s.key) and
            parsed.kb.fits("contactWith", s.key, o.key)]


def _touch(token):
    """The "en contacto" of a state verb, or the noun itself when the small model makes it
    the predicate of "está en contacto"."""
    if token.pos_ == "NOUN" and folded_lemma(token) in _TOUCH and preposition(token) == "en":
        return token if any(c.dep_ == "cop" and verb_lemma(c) in _STATES
                            for c in token.children) else None
    if token.pos_ not in ("VERB", "AUX") or verb_lemma(token) not in _STATES:
        return None
    return next((c for c in token.children if c.dep_ == "obl" and
                 folded_lemma(c) in _TOUCH and preposition(c) == "en"), None)
