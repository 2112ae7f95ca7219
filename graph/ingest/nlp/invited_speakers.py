"""Guests who then spoke: "Vox había invitado a tres figuras: A, B y C. Los tres hablaron en
español", "X, invitado por la organización, intervino al final". One invited to the gathering
whom the text then has speaking there took part in it; speaking with someone ("habló con X",
"por teléfono") is a conversation, not a turn at the gathering."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.stage_speech import said_denied
from graph.ingest.nlp.words import folded_lemma, verb_lemma

_SPEAKING = {"hablar", "intervenir", "disertar", "exponer", "arengar"}
_TALKS = {"telefono", "llamada", "videollamada", "whatsapp", "mensaje", "chat"}


def invited_speakers(parsed, found: list[Found]) -> list[Found]:
    invited = {(c.subject.key): c for c in found if c.relation == "invitedTo" and not c.negated}
    if not invited:
        return []
    taken = {(c.subject.key, c.object.key) for c in found if c.relation == "participatedIn"}
    out: list[Found] = []
    for verb in parsed.doc:
        if not _a_turn(parsed, verb):
            continue
        for subject in subject_ends(parsed, verb):
            claim = invited.get(subject.key)
            if claim is None or claim.trigger >= verb.i or \
                    (subject.key, claim.object.key) in taken or \
                    not parsed.kb.fits("participatedIn", subject.key, claim.object.key):
                continue
            taken.add((subject.key, claim.object.key))
            out.append(Found("participatedIn", subject, claim.object, 0.6,
                             f"verb:{verb_lemma(verb)}", verb.i, {"role": "speaker"}))
    return out


def _a_turn(parsed, verb) -> bool:
    """A speaking verb said of what happened, not denied, to come or wished, and not a talk
    with someone."""
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _SPEAKING or said_denied(verb) or \
            verb.morph.get("VerbForm") != ["Fin"] or "Fut" in verb.morph.get("Tense") or \
            {"Cnd", "Sub"} & set(verb.morph.get("Mood")):
        return False
    return not any(c.dep_ in ("obl", "obl:arg", "nmod") and (
        folded_lemma(c) in _TALKS or preposition(c) == "con" and any(
            parsed.is_person(e.key) for e in phrase_ends(parsed, c))) for c in verb.children)
