"""Where a person's name begins after a party or organization inside one capitalized run: "la
eurodiputada de Fidesz Kinga Gál", "el senador de la Lega Paolo Ferri". The small model tags
the whole run as one person; when it opens with a body the graph or the lists know and two or
three more words in title case name nothing else, those words are the person, whatever the
given name (the lists of given names miss most foreign ones)."""

from __future__ import annotations

from graph.ingest.knowledge import PERSON
from graph.ingest.nlp import gazetteer as gz

_OF = {"de", "del", "la", "el", "los", "las"}


def body_before_person(reader, start: int, end: int) -> int | None:
    """The token where the person's name starts after a known body opening the run
    [start, end) the tagger read as a person, or None."""
    tag = reader.ner.get(end - 1)
    # ("la senadora de la Liga Ornella Ferri" is tagged a miscellany, "el diputado de
    # Fratelli d'Italia Massimo Berardi" a place; after "de" it is the body's and a person's,
    # not a title's)
    if end - start < 3 or tag != "PER" and not (
            tag in ("MISC", "LOC") and start and reader.texts[start - 1].lower() in _OF):
        return None
    whole = reader.key(start, end)
    if whole in reader.t.names or gz.known_class(whole) is not None:
        return None  # the run is a name already
    for k in range(end - 2, start, -1):  # the longest body first
        if end - k < 2 or end - k > 3:
            continue
        left = reader.key(start, k)
        if _is_body(reader, left) and reader._owner_name(left, k, end):
            return k
    return None


def _is_body(reader, key) -> bool:
    """A name the lists hold for an organization, or one the graph holds for no person (a
    person's known name followed by more words is a longer name of someone)."""
    if gz.known_class(key) is not None:
        return True
    iris = reader.t.names.get(key)
    return bool(iris) and not any(
        PERSON in reader.kb.entities[i].classes for i in iris if i in reader.kb.entities)
