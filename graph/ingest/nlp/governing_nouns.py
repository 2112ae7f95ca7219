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
from graph.ingest.reading import fold

_MAX_ADJECTIVES = 3
_BODIES = {PARTY, COALITION, NETWORK, ORGANIZATION, MEDIA}
# Group nouns that introduce an organization's name ("la plataforma Atenea").
_GROUPS = frozenset({("red",), ("plataforma",), ("asociacion",), ("fundacion",),
                     ("movimiento",), ("organizacion",), ("agrupacion",), ("colectivo",),
                     ("coalicion",), ("federacion",), ("confederacion",), ("liga",),
                     ("sindicato",), ("patronal",), ("gremio",), ("cooperativa",)})


def governed(r, start: int) -> bool:
    """"la red municipal Alcaldes por el Orden", "la asociación de regantes Agua para Todos":
    a name a group noun introduces, past an adjective or the "de" of whom the group gathers,
    is that group's whole name, a title word ("Alcaldes") and its connectors included."""
    return group_noun(r, start) is not None


def group_noun(r, start: int) -> int | None:
    """The token of the group noun that introduces the name starting at `start`, if one does."""
    i = start - 1
    while i >= 0 and i > start - 3 and r.pos[i] == "ADJ" and not r.caps[i]:
        i -= 1
    if i >= 2 and gathered(r.texts[i], r.pos[i]) and r.keys[i - 1] == ("de",) and \
            r.keys[i - 2] in _GROUPS:
        i -= 2  # "la asociación de regantes X", "el sindicato de transportistas X": its members
    return i if i >= 0 and not r.caps[i] and r.pos[i] == "NOUN" and r.keys[i] in _GROUPS \
        else None


def gathered(text: str, pos: str) -> bool:
    """Whether a word is the bare plural of whom a group gathers ("de regantes", "de
    afectados"), not a title ("del presidente X") nor a name."""
    return pos in ("NOUN", "PROPN") and text.islower() and text.endswith("s") and \
        gz.title((fold(text),)) is None


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
        noun = noun_before(r, mention.start)
        kind = entity_types.GOVERNORS.get(" ".join(r.keys[noun])) if noun is not None else None
        if kind not in _BODIES:
            continue
        linker.linked.entities[mention.key].cls = kind
        for other in linker.linked.mentions:
            if other.key == mention.key:
                other.cls = kind


def noun_before(r, start: int) -> int | None:
    if start > 0 and not r.caps[start - 1] and r.pos[start - 1] == "NOUN" and r.keys[start - 1]:
        return start - 1
    noun = governing_noun(r, start)
    if noun is not None:
        return next(i for i in range(start - 1, -1, -1) if r.texts[i] == noun)
    if start > 1 and not r.caps[start - 1] and not r.caps[start - 2] and \
            r.pos[start - 1] in ("ADJ", "PROPN") and r.pos[start - 2] == "NOUN":
        return start - 2  # "el partido búlgaro X"
    return None
