"""New names the text makes parties by naming them with their person: "la Nueva Democracia del
primer ministro X", "los Demócratas de Dinamarca de Inger Støjberg". A name with no head word
of its own ("Fundación", "Gobierno", "Movimiento" type it already), after a definite article
and followed by "de" and a person, is how the press names a party by its leader; a country or
a city so named ("la Hungría de Orbán") is a place the gazetteer knows and stays one."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY, PLACE, name_tokens
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.words import DEFINITE_ARTICLES
from graph.ingest.reading import fold

# the linker guesses a place for a name that holds one ("Demócratas de Dinamarca")
_RETYPED = (ORGANIZATION, PLACE)
# a coordinated name may be a group of parties ("los Conservadores y Reformistas de Meloni")
_COORDINATORS = {"y", "e"}


def owned_parties_retyped(parsed) -> None:
    # (imported here: the module reads a Parsed, which types its names with this one)
    from graph.ingest.nlp.owned_parties import person_after

    doc = parsed.doc
    for mention in parsed.linked.mentions:
        entity = parsed.linked.entities.get(mention.key)
        if entity is None or entity.cls not in _RETYPED or mention.start < 1 or \
                gz.place(mention.text) is not None or \
                gz.head_class(name_tokens(entity.label), alone=True) is not None or \
                _COORDINATORS.intersection(fold(w) for w in entity.label.lower().split()):
            continue  # (a head alone is a body: "la Comisión de Von der Leyen")
        if fold(doc[mention.start - 1].lower_) not in DEFINITE_ARTICLES:
            continue
        if person_after(parsed, mention.end) is not None:
            entity.cls = PARTY
            for other in parsed.linked.mentions:
                if other.key == mention.key:
                    other.cls = PARTY
