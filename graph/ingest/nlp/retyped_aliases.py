"""A new name first read as a person's gets its surname as an alias ("Arnedo" for Lucas
Arnedo); when the text then shows it is a body ("Patria Joven es una red", "se afilió a
Renovación Cívica"), that last word is no name of it ("Joven", "Cívica") unless the text uses
the word alone for it. A body whose name opens on its kind ("Fundación Disenso") keeps the
rest of its name, which stands for it ("Disenso")."""

from __future__ import annotations

import re

from graph.ingest.knowledge import PERSON
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp.linking import ORGANIZATION_HEADS
from graph.ingest.reading import fold


def _used_alone(text: str, word: str, label: str) -> bool:
    alone = len(re.findall(rf"\b{re.escape(word)}\b", text))
    return alone > len(re.findall(rf"\b{re.escape(label)}\b", text))


def drop_surname_aliases(entities: dict[str, CandidateEntity], text: str) -> None:
    for key, entity in entities.items():
        words = entity.label.split()
        if not key.startswith(NEW) or entity.cls == PERSON or len(words) < 2 or \
                fold(words[0].lower()) in ORGANIZATION_HEADS:
            continue
        last = words[-1]
        if last in entity.aliases and not last.isupper() and \
                not _used_alone(text, last, entity.label):
            entity.aliases = [a for a in entity.aliases if a != last]
