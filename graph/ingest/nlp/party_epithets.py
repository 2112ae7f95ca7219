"""The adjectives a country's press calls its parties' members by: in Uruguay "el diputado
blanco" is of the Partido Nacional and "el senador colorado" of the Partido Colorado, in the
United States "la congresista demócrata" of the Partido Demócrata, in Peru "el congresista
fujimorista" of Fuerza Popular, in Argentina "el radical X" of the Unión Cívica Radical. Read
only in a text about that country (a text naming no country, about the towns of one: that
one), where the word can mean nothing else beside a title. (Not "peronista": a movement one
may belong to outside the Partido Justicialista.)

Paraguay's Partido Colorado is the Asociación Nacional Republicana, and its press writes ANR:
the party is the one of those names the graph or the text holds."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.mentions import slug
from graph.ingest.model import NEW
from graph.ingest.nlp.document_places import towns_country
from graph.ingest.nlp.named_party_adjectives import adjective_forms
from graph.ingest.nlp.proposals import known_keys, known_or_proposed

# By country (as the gazetteer names it): the adjective's masculine or only form, the party
# (or its names: the first the graph or the text holds, else the first)
_EPITHETS = {
    "Uruguay": {"blanco": "Partido Nacional", "colorado": "Partido Colorado",
                "frenteamplista": "Frente Amplio", "cabildante": "Cabildo Abierto"},
    "Argentina": {"radical": "Unión Cívica Radical"},
    "Paraguay": {"colorado": ("Partido Colorado", "ANR", "Asociación Nacional Republicana")},
    "Estados Unidos": {"democrata": "Partido Demócrata"},
    "Perú": {"aprista": "Partido Aprista Peruano", "fujimorista": "Fuerza Popular"},
    "México": {"morenista": "Morena", "panista": "Partido Acción Nacional",
               "priista": "Partido Revolucionario Institucional"},
    "Nicaragua": {"sandinista": "Frente Sandinista de Liberación Nacional"},
}


def epithet_parties(parsed) -> dict[str, str]:
    """The party each form of the country's epithets stands for, in a text about it."""
    country = parsed.elections.document_country() or towns_country(parsed)
    found: dict[str, str] = {}
    for word, names in _EPITHETS.get(country or "", {}).items():
        names = (names,) if isinstance(names, str) else names
        held = [n for n in names if _held(parsed, n)]
        key = named_party(parsed, (held or names)[0])
        for form in adjective_forms(word):
            found[form] = key
    return found


def named_party(parsed, name: str, example: str = "") -> str:
    """The graph's party of that name, else the one the text names so, else a new one
    (`example`: the sentence that names it)."""
    return known_or_proposed(parsed, name, PARTY, example)


def _held(parsed, name: str) -> bool:
    """Whether the graph holds a party of that name or the text names one so."""
    return bool(known_keys(parsed.kb, name, PARTY)) or NEW + slug(name) in parsed.kb.candidates
