"""Being a guest said with the guest noun rather than the verb "invitar": "X figuraba en el
programa como invitado de honor", "llegó como invitada especial de la organización", "X,
que asistió como invitado", "X no viajó, aunque su nombre figuraba como invitado", and the
guest noun as the subject of a copula: "El invitado estrella fue el líder de Y, X", "La gran
invitada de la jornada será X". Being billed as a guest is an invitation whether or not the
guest came; whether they came is the verb's business, read elsewhere."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends, subject_ends
from graph.ingest.nlp.companion_roles import companion_start
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.reading import fold

_GUESTS = {"invitado", "invitada", "invitados", "invitadas"}
# "el invitado de la cumbre", "invitada del Foro X": the gathering the guest is of
_OF = {"de", "del"}


def billed_guest_claims(parsed, token) -> list[Found]:
    if fold(token.lower_) not in _GUESTS or token.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return []
    if any(c.dep_ in ("mark", "case") and fold(c.lower_) == "como" for c in token.children):
        return _as_guest(parsed, token)
    return _guest_subject(parsed, token)


def _as_guest(parsed, noun) -> list[Found]:
    """"X asistió / figuraba / llegó como invitado (de honor)": the subject of the clause the
    "como" phrase belongs to, however the parse hangs the phrase."""
    if companion_start(parsed, noun) is not None:
        return []  # "con A y B como invitados": theirs (see companion_roles)
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or _denied(verb):
        return []
    guests = [e for e in subject_ends(parsed, verb) if parsed.is_agent(e.key)] or \
        _whose_name(parsed, verb)
    events = _named_event(parsed, noun) or [e for c in verb.children if c.dep_ in ("obl", "obj")
                                            for e in phrase_ends(parsed, c)
                                            if parsed.kb.is_a(e.key, EVENT)]
    return _claims(parsed, noun, guests, events)


def _whose_name(parsed, verb) -> list:
    """"X no viajó, aunque su nombre figuraba en el programa como invitado": the name billed
    is the one of the subject of the clause it is said against."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or fold(subject.lemma_.lower()) != "nombre" or verb.dep_ not in (
            "advcl", "conj") or not any(c.dep_ in ("det", "det:poss") and
                                        fold(c.lower_) == "su" for c in subject.children):
        return []
    return [e for e in subject_ends(parsed, verb.head) if parsed.is_person(e.key)]


def _guest_subject(parsed, noun) -> list[Found]:
    """"El invitado estrella fue X": the guest noun (or the noun it qualifies, as the small
    model reads "invitado estrella") is the subject of a copula whose predicate names X."""
    subject = noun if noun.dep_ == "nsubj" else noun.head if noun.dep_ in (
        "amod", "compound") and noun.head.dep_ == "nsubj" else None
    if subject is None:
        return []
    predicate = subject.head
    if not any(c.dep_ == "cop" and c.lemma_ == "ser" for c in predicate.children) or \
            _denied(predicate):
        return []
    guests = [e for e in phrase_ends(parsed, predicate) if parsed.is_agent(e.key)]
    return _claims(parsed, noun, guests, _named_event(parsed, subject) or
                   _named_event(parsed, noun))


def _claims(parsed, noun, guests, events) -> list[Found]:
    if not guests:
        return []
    if not events:
        topic = parsed.topic_end(noun.i)
        events = [] if topic is None else [topic]
    return [Found("invitedTo", g, e, 0.6, "copula", noun.i, {"role": "guest"})
            for g in guests for e in events
            if g.key != e.key and parsed.kb.fits("invitedTo", g.key, e.key)]


def _named_event(parsed, noun) -> list:
    return [e for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and any(
        k.dep_ == "case" and fold(k.lower_) in _OF for k in c.children)
        for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]


def _denied(word) -> bool:
    return any(c.dep_ in ("advmod", "cop") and fold(c.lower_) in NEGATORS
               for c in word.children)
