""""Respaldó a su anfitriona", "se despidió del anfitrión": the host a text has shown before
stands for one person, the one who received, convened, invited or gathered the others, or
organized what they came to ("X reunió a la derecha nórdica en un congreso", "invitado por
X", "X recibió a Y en Budapest"). Read only when one person fits: the host is not the one
who acts in the host's clause, and two hosts (or none) leave the noun unread."""

from __future__ import annotations

from graph.ingest.nlp.ends import End, gender_of
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_HOSTS = {"anfitrion", "anfitriona"}
# Verbs whose person subject hosts the persons it acts on ("recibió el apoyo de" receives no
# one; the reflexive "se reunió con" is a meeting between equals)
_HOSTING = {"recibir", "reunir", "convocar", "invitar", "agasajar", "hospedar", "congregar"}
_STAGING = {"acoger", "albergar", "organizar"}  # "acogió la cumbre": what it hosts
_CLITICS = {"lo", "la", "los", "las", "le", "les"}
_PARTICIPLES = ("organizad", "convocad", "invitad", "patrocinad", "recibid", "acogid")
_POINTING = {"el", "la", "su", "al", "del", "nuestro", "nuestra", "este", "esta"}


def is_host_noun(token) -> bool:
    return token.pos_ == "NOUN" and fold(token.lower_) in _HOSTS


def host_of(parsed, token) -> list[End]:
    """The one person the text showed as host before `token`, else nothing."""
    if not any(fold(c.lower_) in _POINTING for c in token.children if c.i < token.i):
        return []  # "un anfitrión generoso" points back to no one
    gender = gender_of(token)
    excluded = set(parsed._clause_persons(token))
    hosts: dict[str, int] = {}
    for verb in parsed.doc[:token.sent.start]:
        for key in _hosts_of(parsed, verb):
            if key not in excluded and (not gender or parsed.gender_fits(key, gender)):
                hosts[key] = verb.i
    if len(hosts) != 1:
        return []
    key, at = hosts.popitem()
    distance = parsed.sentence_of(token.idx) - parsed.sentence_of(parsed.doc[at].idx)
    return [End(key, token.i, token.i, reference=True, distance=distance)]


def _hosts_of(parsed, verb) -> list[str]:
    lemma = folded_lemma(verb)
    children = list(verb.children)
    if verb.morph.get("VerbForm") == ["Part"] and fold(verb.lower_).startswith(_PARTICIPLES):
        # "organizado por X", "invitada por X" (the small model keeps the participle as lemma)
        agents = [c for c in children if any(g.dep_ == "case" and g.lower_ == "por"
                                             for g in c.children)]
        return _persons(parsed, agents[0]) if agents else []
    if verb.pos_ != "VERB":
        return []
    if lemma not in _HOSTING | _STAGING or any(c.lower_ == "se" for c in children):
        return []
    if lemma in _STAGING:
        guests = [c for c in children if c.dep_ == "obj"]
    else:  # those received: "a" before a noun (often an oblique to the small model), a clitic
        guests = [c for c in children if c.dep_ in ("obj", "iobj", "obl") and (
            c.lower_ in _CLITICS or any(g.dep_ == "case" and g.lower_ == "a"
                                        for g in c.children))]
    if not guests:
        return []
    subjects = [c for c in children if c.dep_ == "nsubj"]
    return _persons(parsed, subjects[0]) if subjects else []


def _persons(parsed, token) -> list[str]:
    return [e.key for e in parsed.ends(token, conj=False) if parsed.is_person(e.key)]
