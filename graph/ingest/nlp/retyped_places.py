"""A name the linker took for a person or an organization (a headline's "el polideportivo de
Alzira", which the small model tags as a person; "alcalde de Perpiñán", tagged as an
organization; "Francisco Morazán", shaped like a person's name) that the text makes the seat of
a mayor or governor ("el alcalde de Alzira") or the name of a territory ("el departamento de
Francisco Morazán") is a place, in all its mentions."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY, PERSON, PLACE
from graph.ingest.model import NEW
from graph.ingest.nlp.institutions import seat_of_place

# Nouns of a territory or a town's government, whose "de" complement names the place
_TERRITORIES = {"departamento", "provincia", "municipio", "municipalidad", "ciudad", "localidad",
                "comuna", "canton", "distrito", "condado", "region", "alcaldia", "ayuntamiento",
                "gobernacion", "intendencia", "prefectura", "pueblo", "villa", "parroquia",
                "corregimiento", "concejo", "cabildo", "diputacion", "estado"}
_RETYPED = {PERSON, ORGANIZATION, PARTY}


def _seat(keys, start: int) -> bool:
    return start >= 2 and (seat_of_place(keys[start - 2], keys[start - 1]) or
                           _territory(keys, start))


def _territory(keys, start: int) -> bool:
    """"el departamento de Francisco Morazán": a territory's noun and "de" before the name."""
    return start >= 2 and keys[start - 1] in (("de",), ("del",)) and \
        len(keys[start - 2]) == 1 and keys[start - 2][0] in _TERRITORIES


def places_of_seats(linker) -> None:
    keys = linker.r.keys
    seats = {m.key for m in linker.linked.mentions
             if m.key.startswith(NEW) and m.cls in _RETYPED and _seat(keys, m.start) and
             (m.cls != PERSON or m.end - m.start == 1 or _territory(keys, m.start))}
    for key in seats:
        mentions = [m for m in linker.linked.mentions if m.key == key]
        if linker.linked.entities[key].cls == PERSON and \
                any(m.end - m.start > 1 for m in mentions) and \
                not any(_territory(keys, m.start) for m in mentions):
            continue  # "Ana Gil ... la alcaldesa de Gil" is no town named after her
        linker.linked.entities[key].cls = PLACE
        for mention in mentions:
            mention.cls = PLACE
