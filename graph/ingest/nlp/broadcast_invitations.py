"""An invitation to a broadcast is to the broadcast: "Canal 44 había invitado también a X para
ofrecer la versión del PAN, pero el dirigente declinó participar en el programa" invites X to
a programme, and X declines the programme, not the gathering the text is about. A sentence
that invites or declines where a programme, an interview or a talk show is the occasion, or
whose inviter is a broadcaster or a paper, gives no invitation to, and no absence from, an
event it does not name."""

from __future__ import annotations

from graph.ingest.knowledge import MEDIA
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_INVITING = {"invitar", "convidar"}
_RELATIONS = {"invitedTo", "participatedIn"}
# Verbs of taking a turn a broadcast may be the occasion of, and their prepositions
_JOINING = {"participar", "acudir", "asistir", "ir", "intervenir", "sumarse", "sumar", "estar",
            "aparecer", "comparecer", "venir", "entrar"}
_TO = {"a", "al", "en", "para"}
# What is broadcast or published: the occasion of an invitation to the media
_BROADCASTS = {"programa", "entrevista", "tertulia", "plato", "magacin", "informativo",
               "telediario", "noticiero", "podcast", "emision", "retransmision", "reportaje",
               "documental", "emisora"}


def without_broadcast_invitations(parsed, found: list[Found]) -> list[Found]:
    return [c for c in found if not _to_a_broadcast(parsed, c)]


def _to_a_broadcast(parsed, claim: Found) -> bool:
    if claim.relation not in _RELATIONS:
        return False
    sentence = parsed.doc[claim.trigger].sent
    if sentence.start <= claim.object.first <= sentence.end - 1 and not claim.object.reference:
        return False  # the event is named here: "lo invitó a su programa en la cumbre X"
    inviting = [t for t in sentence if t.pos_ == "VERB" and verb_lemma(t) in _INVITING]
    if not inviting:
        return False
    if claim.relation == "participatedIn" and not claim.negated:
        return False  # taking part told beside the invitation is read on its own
    return any(_broadcast(parsed, t) for t in sentence) or any(
        _broadcaster(parsed, verb) for verb in inviting)


def _broadcast(parsed, token) -> bool:
    """"declinó participar en el programa", "lo invitó a una entrevista": a broadcast the
    invitation or the turn is for (not one a relative clause tells of the guest: "X, que habló
    después en un programa de radio")."""
    if token.pos_ != "NOUN" or folded_lemma(token) not in _BROADCASTS or \
            parsed.mention(token) is not None:
        return False
    verb = token.head
    return verb.pos_ == "VERB" and verb_lemma(verb) in _INVITING | _JOINING and \
        verb.dep_ not in ("acl", "acl:relcl") and any(
            c.dep_ == "case" and fold(c.lower_) in _TO for c in token.children)


def _broadcaster(parsed, verb) -> bool:
    """"Canal 44 invitó a X": the inviter is a broadcaster or a paper."""
    return any(c.dep_ == "nsubj" and (m := parsed.mention(c)) is not None and
               parsed.kb.is_a(m.key, MEDIA) for c in verb.children)
