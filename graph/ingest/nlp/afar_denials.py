"""A "no" on going that the same sentence takes back: "X no asistió, pero envió un saludo
grabado", "Y no acudió, aunque intervino por videoconferencia", "Z no asistió al foro y mandó
un vídeo". One who sent a message or spoke by video took part from afar, as the extractor
reads it elsewhere ("no pudo viajar, pero envió un mensaje"); the denied attendance is no
absence from the event, only from the room. Someone sent in one's place ("envió a su
canciller") is no message of one's own, and "tampoco envió mensaje alguno" sends nothing.
Denying the taking part itself is another matter: "no participó en el acto, pero envió un
mensaje" says the sender took no part, and the message does not take that back."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.stayed_away import FROM_AFAR, MESSAGES
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_LINKS = ("conj", "advcl", "parataxis")
# Verbs that name the relation itself, whose denial no message undoes.
_TAKING_PART = {"participar"}


def without_denials_from_afar(parsed, found: list) -> list:
    # what was sent, by whom to what, in which sentence ("no asistió. Al día siguiente
    # envió una carta" leaves the absence standing)
    afar = {_told(parsed, f) for f in found if f.relation == "participatedIn" and
            not _denied(parsed, f) and _by_message(parsed.doc[f.trigger])}
    refused = {_told(parsed, f) for f in found if f.relation == "participatedIn" and
               _denied(parsed, f) and verb_lemma(parsed.doc[f.trigger]) in _TAKING_PART}
    out, seen = [], set()
    for f in found:
        if f.relation == "participatedIn" and _denied(parsed, f):
            pair = (f.subject.key, f.object.key)
            told = _told(parsed, f)
            if told in afar and told not in refused:
                continue
            sent = None if told in refused else _sent_instead(parsed.doc[f.trigger])
            if sent is not None:
                if pair not in seen:
                    seen.add(pair)
                    out.append(replace(f, negated=False, trigger=sent.i,
                                       cue="verb:" + verb_lemma(sent),
                                       qualifiers={**f.qualifiers, "role": "by video"}))
                continue
        elif f.relation == "participatedIn" and _told(parsed, f) in refused and \
                _by_message(parsed.doc[f.trigger]):
            continue  # the message of one who, the sentence says, took no part
        out.append(f)
    return out


def _told(parsed, f) -> tuple[str, str, int]:
    """Who, at what, in which sentence."""
    return f.subject.key, f.object.key, parsed.doc[f.trigger].sent.start


def _denied(parsed, f) -> bool:
    return f.negated or modality(parsed.doc[f.trigger]).negated


def _sent_instead(verb):
    """The verb coordinated with the denied one by which its subject took part from afar."""
    for c in verb.children:
        if c.dep_ in _LINKS and c.i > verb.i and c.pos_ in ("VERB", "AUX") and \
                verb_lemma(c) in FROM_AFAR and not any(
                    g.dep_.startswith("nsubj") or fold(g.lower_) in NEGATORS
                    for g in c.children) and _by_message(c):
            return c
    return None


def _by_message(verb) -> bool:
    """"envió un saludo grabado", "intervino por videoconferencia": a message or a link
    among the verb's own words (not "envió a su canciller")."""
    return any(t.i > verb.i and folded_lemma(t) in MESSAGES and t.sent == verb.sent and
               _within(verb, t) for t in verb.subtree)


def _within(verb, token) -> bool:
    """The token hangs on the verb, not on a clause or a verb of its own below it."""
    head = token.head
    while head != verb:
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("amod", "acl"):
            return False
        if head == head.head:
            return False
        head = head.head
    return True
