"""A name the linker took for a person or an organization (a headline's "el polideportivo de
Alzira", which the small model tags as a person; "alcalde de Perpiñán", tagged as an
organization; "Francisco Morazán", shaped like a person's name) that the text makes the seat of
a mayor or governor ("el alcalde de Alzira") or the name of a territory ("el departamento de
Francisco Morazán") is a place, in all its mentions. So is a one-word name the model tags as a
person once (a headline's "Abascal proclama en Gijón a ...") but that the text more often puts
after a preposition of place ("en Gijón", "desde Gijón") or the model tags as a place, and
never makes a subject nor gives a title."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY, PERSON, PLACE
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.institutions import seat_of_place

# Nouns of a territory or a town's government, whose "de" complement names the place
_TERRITORIES = {"departamento", "provincia", "municipio", "municipalidad", "ciudad", "localidad",
                "comuna", "canton", "distrito", "condado", "region", "alcaldia", "ayuntamiento",
                "gobernacion", "intendencia", "prefectura", "pueblo", "villa", "parroquia",
                "corregimiento", "concejo", "cabildo", "diputacion", "estado"}
_RETYPED = {PERSON, ORGANIZATION, PARTY}


def seat_complement(keys, start: int) -> bool:
    """Whether the name at `start` is the "de" complement of a seat ("el alcalde de X") or of a
    territory's noun ("el departamento de X"): a place, whatever its words."""
    return start >= 2 and (seat_of_place(keys[start - 2], keys[start - 1]) or
                           _territory(keys, start))


def ranked_town(r, start: int) -> bool:
    """"un contador de General Pico", "vecina de Coronel Suárez": a capitalized rank right
    after a bare "de" on a common noun opens a town's name. A person's rank before their name
    is written in lower case ("el general X"), and "de" with no article names where from."""
    return start >= 2 and r.caps[start] and r.keys[start - 1] == ("de",) and \
        not r.caps[start - 2] and r.pos[start - 2] == "NOUN" and start + 1 < len(r.keys) and \
        r.caps[start + 1]


def _territory(keys, start: int) -> bool:
    """"el departamento de Francisco Morazán": a territory's noun and "de" before the name."""
    return start >= 2 and keys[start - 1] in (("de",), ("del",)) and \
        len(keys[start - 2]) == 1 and keys[start - 2][0] in _TERRITORIES


def places_of_seats(linker) -> None:
    keys = linker.r.keys
    seats = {m.key for m in linker.linked.mentions
             if m.key.startswith(NEW) and m.cls in _RETYPED and seat_complement(keys, m.start) and
             (m.cls != PERSON or m.end - m.start == 1 or _territory(keys, m.start))}
    for key in seats:
        mentions = [m for m in linker.linked.mentions if m.key == key]
        if linker.linked.entities[key].cls == PERSON and \
                any(m.end - m.start > 1 for m in mentions) and \
                not any(_territory(keys, m.start) for m in mentions):
            continue  # "Ana Gil ... la alcaldesa de Gil" is no town named after her
        if _named_as_body(linker.linked.entities[key]):
            continue  # "un alcalde del FPÖ": a mayor of the party's, the party no town
        linker.linked.entities[key].cls = PLACE
        for mention in mentions:
            mention.cls = PLACE


def _named_as_body(entity) -> bool:
    """Whether the lists know one of the entity's names as a party or another body, or its
    head says it is one ("Partido de la Libertad de Austria")."""
    for name in [entity.label, *entity.aliases]:
        key = gz.fold_key(name)
        if gz.known_class(key) is not None or \
                gz.head_class(key) in ("PoliticalParty", "Coalition", "Organization"):
            return True
    return False


# Prepositions before a place ("en Gijón", "desde Gijón", "hasta Gijón")
OF_PLACE = {"en", "desde", "hasta", "hacia"}


def places_by_tagging(linker) -> None:
    doc, keys = linker.doc, linker.r.keys
    for key, entity in linker.linked.entities.items():
        if not key.startswith(NEW) or entity.cls != PERSON:
            continue
        mentions = [m for m in linker.linked.mentions if m.key == key]
        if not mentions or any(m.end - m.start != 1 for m in mentions):
            continue
        located = [bool(m.start and keys[m.start - 1] and keys[m.start - 1][0] in OF_PLACE)
                   for m in mentions]
        tags = [doc[m.start].ent_type_ for m in mentions]
        places = sum(tag == "LOC" or at for tag, at in zip(tags, located, strict=True))
        persons = sum(tag == "PER" and not at for tag, at in zip(tags, located, strict=True))
        acts = any(doc[m.start].dep_ in ("nsubj", "nsubj:pass") or m.start and
                   gz.title(keys[m.start - 1]) is not None for m in mentions)
        if any(located) and not acts and places > persons:
            entity.cls = PLACE
            for mention in mentions:
                mention.cls = PLACE
