"""Institutions of a state: chambers, governments, regional executives, town halls, courts.
Their heads and members hold an office ("Presidente de la Xunta de Galicia", "Vicepresidente
del Senado de Italia"); they do not lead or belong to them as to a party or a network, so a
title read on one names an office, never a leaderOf or memberOf."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, MEDIA, NETWORK, ORGANIZATION, PARTY
from graph.ingest.reading import fold

# head nouns of a state's bodies (the first word of the body's name)
INSTITUTION_NOUNS = frozenset({
    "senado", "congreso", "camara", "asamblea", "parlamento", "eurocamara", "cortes",
    "xunta", "junta", "generalitat", "gobierno", "ejecutivo", "ayuntamiento", "municipalidad",
    "alcaldia", "intendencia", "gobernacion", "prefectura", "diputacion", "cabildo",
    "legislatura", "tribunal", "corte", "fiscalia", "defensoria", "contraloria",
})

_NOT_STATE = (PARTY, COALITION, NETWORK, MEDIA)


def is_institution(kb, key: str) -> bool:
    """An organization whose name opens with the head noun of a state's body."""
    if not kb.is_a(key, ORGANIZATION) or any(kb.is_a(key, cls) for cls in _NOT_STATE):
        return False
    words = fold(kb.label(key)).split()
    if trade_chamber(words):
        return False
    # a "consejo" is often a party's or a firm's; the council of ministers is the cabinet; a
    # legislature is one by its own name too ("el presidente del Bundestag")
    return bool(words) and (words[0] in INSTITUTION_NOUNS | _LEGISLATURES or
                            words[:3] == _CABINET)


_CABINET = ["consejo", "de", "ministros"]
# what a chamber of firms is of: "la Cámara de Comercio de Tarragona", "la Cámara Oficial de
# Comercio e Industria", "la Cámara Agraria": an association its members run, whose president
# leads it, not a legislature's seat
_TRADES = frozenset({"comercio", "industria", "industrias", "agraria", "agricultura",
                     "empresarial", "empresarios", "navegacion", "construccion", "minera"})


def trade_chamber(words: list[str]) -> bool:
    """Folded words of a name that open with "cámara" and say a trade within three words."""
    return words[:1] == ["camara"] and any(w in _TRADES for w in words[1:4])


# titles held of a town or a province: what follows their "de" is a place
_SEATS_OF_PLACES = frozenset({"alcalde", "alcaldesa", "gobernador", "gobernadora", "intendente",
                              "intendenta", "prefecto", "prefecta", "regidor", "regidora"})


def seat_of_place(title: tuple[str, ...], link: tuple[str, ...]) -> bool:
    """"la alcaldesa de Marbella", "el exgobernador de Antioquia": whether a name after the
    folded words `title` and `link` is the place of such a title."""
    if link not in (("de",), ("del",)) or len(title) != 1:
        return False
    word = title[0][2:].lstrip("-") if title[0].startswith("ex") else title[0]
    return word in _SEATS_OF_PLACES


# A legislature's head nouns and proper names: one sits in it (a seat, holdsOffice), and a
# party has its group there; neither is its member
_LEGISLATURES = frozenset({"senado", "congreso", "asamblea", "parlamento", "eurocamara",
                           "cortes", "legislatura", "sejm", "bundestag", "knesset", "kneset",
                           "duma"})
_LOWER_UPPER = (["camara", "de", "diputados"], ["camara", "de", "representantes"],
                ["camara", "baja"], ["camara", "alta"])


def without_chamber_memberships(parsed, found: list) -> list:
    """The claims but memberships of a legislature: "Vox y AfD, que se sentaban en grupos
    distintos de la Eurocámara" says where their groups sit; "X, vicepresidente del Sejm" holds
    a post of it. (A committee of a chamber, "la Comisión de Igualdad del Congreso", has
    members.)"""
    return [c for c in found
            if c.relation != "memberOf" or not _legislature(parsed.kb, c.object.key)]


def _legislature(kb, key: str) -> bool:
    if not kb.is_a(key, ORGANIZATION) or any(kb.is_a(key, cls) for cls in _NOT_STATE):
        return False
    words = fold(kb.label(key)).split()
    return bool(words) and (words[0] in _LEGISLATURES or words[:3] in _LOWER_UPPER or
                            words[:2] in _LOWER_UPPER)
