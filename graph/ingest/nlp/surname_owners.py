"""A lone surname the document gives several of its people ("Bolsonaro" after "Eduardo
Bolsonaro" and "Jair Bolsonaro", "Le Pen" after "Marine Le Pen" and "Jean-Marie Le Pen"). The
press names its protagonist in full more often than a relative or namesake it mentions in
passing ("su padre, el expresidente Jair Bolsonaro"), so the surname goes to the one the text
has named in full most often so far; between as many full names each, to the one it has named
most often in any form (the protagonist its headline and lead call by the surname: "Orbán ...
el primer ministro Viktor Orbán ... Orbán ... la número dos, Anita Orbán"); only then does the
one named most recently win."""

from __future__ import annotations

from graph.ingest.knowledge import PERSON
from graph.ingest.model import NEW


def surname_owner(linker, keys: set[str]) -> str | None:
    """Of the people `keys` a lone word may name, the one it names (None: none named yet)."""
    people = {k for k in keys if _person(linker, k)}
    if len(people) < 2:
        return linker._choose(keys)
    keys = people  # not the lone word's own early proposal, typed by nothing yet
    counts = dict.fromkeys(keys, 0)
    for mention in linker.linked.mentions:
        if mention.key in counts and mention.kind == "name" and mention.end - mention.start > 1:
            counts[mention.key] += 1
    top = max(counts.values())
    if top == 0:
        return linker._choose(keys)
    tied = {k for k, n in counts.items() if n == top}
    if len(tied) > 1:
        named = dict.fromkeys(tied, 0)
        for mention in linker.linked.mentions:
            if mention.key in named:
                named[mention.key] += 1
        tied = {k for k, n in named.items() if n == max(named.values())}
    return linker._choose(tied)


def _person(linker, key: str) -> bool:
    if key.startswith(NEW):
        entity = linker.linked.entities.get(key)
        return entity is not None and entity.cls == PERSON
    return PERSON in linker.kb.classes(key)
