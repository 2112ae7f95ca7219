"""Staying away from an event said with a noun: "declinó la invitación" (invited, and absent),
"excusó su asistencia", "canceló su viaje", "justificó su ausencia" (absent). The event is
the one the text is about at the verb."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import AGENT
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Verbs that turn down or call off what their object names.
_DECLINING = {"declinar", "rechazar", "desestimar"}
_CALLING_OFF = _DECLINING | {"excusar", "cancelar", "suspender", "anular"}
# Verbs that give notice of what their object names: with an absence, one stayed away.
_EXCUSING = {"excusar", "justificar", "anunciar", "comunicar", "confirmar", "explicar"}
_ATTENDANCE = {"asistencia", "presencia", "participacion", "viaje", "visita", "intervencion",
               "comparecencia", "desplazamiento"}
_ABSENCE = {"ausencia", "inasistencia", "no asistencia"}
# Taking part by video after calling off the trip: absent in person, present all the same.
_REMOTE = {"video", "videoconferencia", "videomensaje", "grabado", "telematico", "virtual",
           "videollamada", "grabacion"}

WITHDRAWING = _CALLING_OFF | _EXCUSING


def withdrawal_claims(parsed: Parsed, verb, slots) -> list[Found]:
    """`slots` fills the verb's arguments (the subject is the one staying away)."""
    lemma = verb_lemma(verb)
    if slots.passive and lemma in _CALLING_OFF:
        return _called_off(parsed, verb)
    nouns = {folded_lemma(c) for c in verb.children if c.dep_ == "obj"}
    invited = lemma in _DECLINING and "invitacion" in nouns
    absent = invited or (lemma in _CALLING_OFF and nouns & _ATTENDANCE) or (
        lemma in _EXCUSING and nouns & _ABSENCE)
    # taking part by video said in the withdrawal's own clause ("canceló su viaje y habló por
    # videoconferencia"), not in another's beside it ("Bannon participó por videoconferencia,
    # mientras que X canceló su viaje")
    if not absent or (not invited and any(folded_lemma(t) in _REMOTE for t in verb.subtree)):
        return []
    if not invited and any(_another(c) for c in verb.children if c.dep_ == "obj"):
        return []  # "ya había cancelado una visita similar hace un año": not this one
    event = parsed.topic_end(verb.i)
    if not event:
        return []
    relations = (("invitedTo", False), ("participatedIn", True)) if invited else (
        ("participatedIn", True),)
    if invited and _to_come(verb):
        relations = (("invitedTo", False),)  # "rechazó una invitación a la próxima CPAC"
    out = []
    for person in slots.fill(AGENT):
        for relation, negated in relations:
            if parsed.kb.fits(relation, person.key, event.key):
                out.append(Found(relation, person, event, 0.6, "verb:" + lemma, verb.i,
                                 negated=negated))
    return out


_OTHER = {"similar", "parecido", "parecida", "anterior", "previo", "previa", "otro", "otra"}


def _another(noun) -> bool:
    """"una visita similar", "otro viaje": a trip other than the one to the event."""
    return any(fold(c.lower_) in _OTHER or c.dep_ == "det" and fold(c.lower_) in ("un", "una")
               for c in noun.children)


_COMING = {"proximo", "proxima", "futuro", "futura", "siguiente", "venidero", "venidera"}


def _to_come(verb) -> bool:
    """An invitation to an occasion still to come: turning it down says nothing yet of an
    attendance."""
    return any(fold(t.lower_) in _COMING for c in verb.children if c.dep_ == "obj" and
               folded_lemma(c) == "invitacion" for t in c.subtree)


def _called_off(parsed: Parsed, verb) -> list[Found]:
    """"su intervención fue cancelada", "la participación de X quedó suspendida": the one
    whose turn it was stayed away."""
    out = []
    for noun in (c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and
                 folded_lemma(c) in _ATTENDANCE):
        people = [e for c in noun.children if c.dep_ == "nmod" and preposition(c) == "de"
                  for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
        if not people and any(c.dep_ == "det" and c.lower_ == "su" for c in noun.children):
            # "X no viajó y su intervención fue cancelada": the first clause's subject
            coordinated = verb.dep_ == "conj" and verb.head != verb
            people = [e for e in subject_ends(parsed, verb.head) if parsed.is_person(e.key)] \
                if coordinated else []
            focus = None if coordinated else parsed.focus(parsed.sentence_of(noun.idx),
                                                          before=noun.i)
            people += [End(focus, noun.i, noun.i, reference=True, distance=1)] if focus else []
        event = parsed.topic_end(verb.i) if people else None
        if event is None or any(folded_lemma(t) in _REMOTE for t in verb.sent):
            continue
        out += [Found("participatedIn", p, event, 0.6, "passive:" + verb_lemma(verb), verb.i,
                      negated=True)
                for p in people if parsed.kb.fits("participatedIn", p.key, event.key)]
    return out


def drop_contradicted(parsed: Parsed, found: list[Found]) -> list[Found]:
    """"X, que figuraba en el programa, canceló su viaje", "excusó su asistencia": a clause that
    says one stayed away outweighs the attendance its own parts imply; taking part by video is
    no contradiction."""
    denied: dict[tuple, list] = {}
    for f in found:
        if f.negated:
            denied.setdefault((f.relation, f.subject.key, f.object.key), []).append(
                parsed.doc[f.trigger])
    return [f for f in found if f.negated or f.qualifiers.get("role") == "by video" or not any(
        verb == parsed.doc[f.trigger] or verb.is_ancestor(parsed.doc[f.trigger])
        for verb in denied.get((f.relation, f.subject.key, f.object.key), []))]
