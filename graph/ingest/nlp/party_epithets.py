"""The adjectives a country's press calls its parties' members by: in Uruguay "el diputado
blanco" is of the Partido Nacional and "el senador colorado" of the Partido Colorado, in the
United States "la congresista demócrata" of the Partido Demócrata, in Peru "el congresista
fujimorista" of Fuerza Popular. Read only in a text about that country, where the word can
mean nothing else beside a title. (Not "peronista": a movement one may belong to outside
the Partido Justicialista.)"""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.named_party_adjectives import adjective_forms
from graph.ingest.nlp.proposals import known_or_proposed

# By country (as the gazetteer names it): the adjective's masculine or only form, the party
_EPITHETS = {
    "Uruguay": {"blanco": "Partido Nacional", "colorado": "Partido Colorado",
                "frenteamplista": "Frente Amplio", "cabildante": "Cabildo Abierto"},
    "Paraguay": {"colorado": "Partido Colorado"},
    "Estados Unidos": {"democrata": "Partido Demócrata"},
    "Perú": {"aprista": "Partido Aprista Peruano", "fujimorista": "Fuerza Popular"},
    "México": {"morenista": "Morena", "panista": "Partido Acción Nacional",
               "priista": "Partido Revolucionario Institucional"},
    "Nicaragua": {"sandinista": "Frente Sandinista de Liberación Nacional"},
}


def epithet_parties(parsed) -> dict[str, str]:
    """The party each form of the country's epithets stands for, in a text about it."""
    country = parsed.elections.document_country()
    found: dict[str, str] = {}
    for word, name in _EPITHETS.get(country or "", {}).items():
        key = named_party(parsed, name)
        for form in adjective_forms(word):
            found[form] = key
    return found


def named_party(parsed, name: str, example: str = "") -> str:
    """The graph's party of that name, else the one the text names so, else a new one
    (`example`: the sentence that names it)."""
    return known_or_proposed(parsed, name, PARTY, example)
