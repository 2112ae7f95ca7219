"""Where a place ends and a person's name begins inside one capitalized run: "la diputada
local de Nuevo León Mariana Treviño", "el concejal por Buenos Aires Julián Ramos". The small
model tags the whole run as one name; the longest known place that opens it, followed by a
given name and at least one more capitalized word, is the place, and the rest the person.
A place that a given name closes ("León") must not give that word to the person."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz


def place_before_person(reader, start: int, end: int) -> int | None:
    """The token where the person's name starts after a known place opening the run
    [start, end), or None."""
    whole = reader.key(start, end)
    if gz.place(whole) is not None or gz.known_class(whole) is not None:
        return None
    for k in range(end - 2, start, -1):  # the longest place first
        if not (reader.caps[k] and reader.caps[k + 1] and reader.keys[k]):
            continue
        if gz.place(reader.key(start, k)) is None or not gz.is_given_name(reader.keys[k][0]):
            continue
        if end - k > 4:
            return None  # more than a given name and two surnames is no person's name
        return k
    return None
