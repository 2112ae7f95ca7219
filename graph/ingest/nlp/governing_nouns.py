"""Group nouns that govern a name: "la red municipal X" (the name is the group's whole name),
and the noun that says a name's class past more than one adjective: "el partido nacionalista
búlgaro Vazrazhdane", "la formación ultraderechista neerlandesa PVV". The small model tags
a lower-case demonym as a proper noun as often as an adjective, so both count; the noun says
the name's class, whatever the tagger makes of the name itself (a party's foreign name is
often read as a person's). A demonym may even be tagged a noun ("búlgaro")."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, MEDIA, NETWORK, ORGANIZATION, PARTY, PERSON
from graph.ingest.model import NEW
from graph.ingest.nlp import entity_types
from graph.ingest.nlp import gazetteer as gz

_MAX_ADJECTIVES = 3
_BODIES = {PARTY, COALITION, NETWORK, ORGANIZATION, MEDIA}
# Group nouns that introduce an organization's name ("la plataforma Atenea").
_GROUPS = frozenset({("red",), ("plataforma",), ("asociacion",), ("fundacion",),
                     ("movimiento",), ("organizacion",), ("agrupacion",), ("colectivo",),
                     ("coalicion",), ("federacion",), ("confederacion",), ("liga",)})


def governed(r, start: int) -> bool:
    """"la red municipal Alcaldes por el Orden": a name a group noun introduces is that
    group's whole name, a title word ("Alcaldes") and its connectors included."""
    i = start - 1
    while i >= 0 and i > start - 3 and r.pos[i] == "ADJ" and not r.caps[i]:
        i -= 1
    return i >= 0 and not r.caps[i] and r.pos[i] == "NOUN" and r.keys[i] in _GROUPS


def governing_noun(r, start: int) -> str | None:
    """The governing noun's text when the words before `start` are lower-case adjectives
    (at least two, the parse already handles one) preceded by a noun that says a class."""
    i, between = start - 1, 0
    while i >= 0 and between < _MAX_ADJECTIVES and not r.caps[i] and r.keys[i] and (
            r.pos[i] in ("ADJ", "PROPN") or gz.demonym(r.keys[i][0])):
        i, between = i - 1, between + 1
    if between < 2 or i < 0 or r.caps[i] or r.pos[i] != "NOUN":
        return None
    return r.texts[i] if " ".join(r.keys[i]) in entity_types.GOVERNORS else None


def classes_of_governed_names(linker) -> None:
    """A new name the tagger made a person ("Vazrazhdane" in a headline) that a group noun
    governs in another mention ("el partido nacionalista búlgaro Vazrazhdane") is of the
    noun's class: the noun is said by the text, the person only guessed from the name. A
    name opening on a given name stays a person ("el partido de Viktor Orbán" is not here:
    there "de" stands between)."""
    r = linker.r
    for mention in linker.linked.mentions:
        if not mention.key.startswith(NEW) or mention.cls != PERSON or \
                gz.is_given_name(r.keys[mention.start][0] if r.keys[mention.start] else ""):
            continue
        noun = _noun_before(r, mention.start)
        kind = entity_types.GOVERNORS.get(" ".join(r.keys[noun])) if noun is not None else None
        if kind not in _BODIES:
            continue
        linker.linked.entities[mention.key].cls = kind
        for other in linker.linked.mentions:
            if other.key == mention.key:
                other.cls = kind


def _noun_before(r, start: int) -> int | None:
    if start > 0 and not r.caps[start - 1] and r.pos[start - 1] == "NOUN" and r.keys[start - 1]:
        return start - 1
    noun = governing_noun(r, start)
    if noun is not None:
        return next(i for i in range(start - 1, -1, -1) if r.texts[i] == noun)
    if start > 1 and not r.caps[start - 1] and not r.caps[start - 2] and \
            r.pos[start - 1] in ("ADJ", "PROPN") and r.pos[start - 2] == "NOUN":
        return start - 2  # "el partido búlgaro X"
    return None
