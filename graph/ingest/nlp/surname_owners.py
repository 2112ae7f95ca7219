"""A lone surname the document gives several of its people ("Bolsonaro" after "Eduardo
Bolsonaro" and "Jair Bolsonaro", "Le Pen" after "Marine Le Pen" and "Jean-Marie Le Pen"). The
press names its protagonist in full more often than a relative or namesake it mentions in
passing ("su padre, el expresidente Jair Bolsonaro"), so the surname goes to the one the text
has named in full most often so far; only between as many full names each does the one named
most recently win."""

from __future__ import annotations

from graph.ingest.knowledge import PERSON
from graph.ingest.model import NEW


def surname_owner(linker, keys: set[str]) -> str | None:
    """Of the people `keys` a lone word may name, the one it names (None: none named yet)."""
    if len(keys) < 2 or not all(_person(linker, k) for k in keys):
        return linker._choose(keys)
    counts = dict.fromkeys(keys, 0)
    for mention in linker.linked.mentions:
        if mention.key in counts and mention.kind == "name" and mention.end - mention.start > 1:
            counts[mention.key] += 1
    top = max(counts.values())
    if top == 0:
        return linker._choose(keys)
    return linker._choose({k for k, n in counts.items() if n == top})


def _person(linker, key: str) -> bool:
    if key.startswith(NEW):
        entity = linker.linked.entities.get(key)
        return entity is not None and entity.cls == PERSON
    return PERSON in linker.kb.classes(key)
