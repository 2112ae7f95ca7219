"""A new name the text itself calls a party, before it: "el partido Alianza por la República",
"del partido ultraderechista Frente Nacional Y", "su partido, la Coalición por el Cambio".
The name's head word ("Alianza", "Coalición", "Frente", "Unión", "Movimiento") makes such a
name a coalition or an organization by default, and many are single parties; the noun the
text puts on it says which. Only the unambiguous nouns of a party count ("agrupación",
"movimiento" or "plataforma" may be said of any group)."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, NETWORK, ORGANIZATION, PARTY
from graph.ingest.model import NEW
from graph.ingest.nlp.governing_nouns import noun_before

_PARTY_NOUNS = frozenset({("partido",), ("formacion",)})
# Head words of names that a party bears as often as a coalition or a group ("Fundación X",
# "Instituto Y" are never a party, whatever noun the text puts near them)
_PARTY_HEADS = frozenset({"alianza", "coalicion", "frente", "union", "bloque", "movimiento",
                          "convergencia", "pacto", "concertacion", "agrupacion", "accion",
                          "fuerza", "unidad", "plataforma", "compromiso"})
_DETERMINERS = frozenset({("su",), ("el",), ("la",), ("del",), ("al",), ("un",), ("nuestro",),
                          ("mi",), ("otro",), ("este",), ("ese",), ("cuyo",)})
_ARTICLES = frozenset({("el",), ("la",), ("los",), ("las",)})


def parties_called_so(linker) -> None:
    """The new bodies of a head word's class that a party noun introduces become parties."""
    r = linker.r
    called = set()
    for mention in linker.linked.mentions:
        head = r.keys[mention.start][0] if r.keys[mention.start] else ""
        if mention.key.startswith(NEW) and mention.cls in (COALITION, ORGANIZATION, NETWORK) \
                and head in _PARTY_HEADS and _called_party(r, mention.start):
            called.add(mention.key)
    for key in called:
        linker.linked.entities[key].cls = PARTY
        for other in linker.linked.mentions:
            if other.key == key:
                other.cls = PARTY


def _called_party(r, start: int) -> bool:
    noun = noun_before(r, start)
    if noun is not None:
        return r.keys[noun] in _PARTY_NOUNS
    # "su partido, la Coalición X": a party noun set before the name in apposition
    i = start - 1
    if i >= 0 and r.keys[i] in _ARTICLES:
        i -= 1
    # (not "el laboratorio de ideas de su partido, la Fundación X": said of the first noun)
    return i >= 2 and r.texts[i] == "," and r.keys[i - 1] in _PARTY_NOUNS and \
        not r.caps[i - 1] and r.keys[i - 2] in _DETERMINERS and \
        not (i >= 3 and r.keys[i - 3] in (("de",), ("del",)))
