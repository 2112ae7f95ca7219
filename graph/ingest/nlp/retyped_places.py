"""A name the linker took for a person (a headline's "el polideportivo de Alzira", which the
small model tags as one) that the text later makes the seat of a mayor or governor ("el alcalde
de Alzira") is a place, in all its mentions."""

from __future__ import annotations

from graph.ingest.knowledge import PERSON, PLACE
from graph.ingest.model import NEW
from graph.ingest.nlp.institutions import seat_of_place


def places_of_seats(linker) -> None:
    keys = linker.r.keys
    seats = {m.key for m in linker.linked.mentions
             if m.key.startswith(NEW) and m.cls == PERSON and m.end - m.start == 1 and
             m.start >= 2 and seat_of_place(keys[m.start - 2], keys[m.start - 1])}
    for key in seats:
        mentions = [m for m in linker.linked.mentions if m.key == key]
        if any(m.end - m.start > 1 for m in mentions):
            continue  # "Ana Gil ... la alcaldesa de Gil" is no town named after her
        linker.linked.entities[key].cls = PLACE
        for mention in mentions:
            mention.cls = PLACE
