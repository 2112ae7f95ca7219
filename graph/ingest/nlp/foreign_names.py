"""A body's name in a language that does not capitalize every word ("el partido croata
Domovinski pokret", "el movimiento eslovaco Progresívne slovensko"): after the noun of its kind,
the small model tags only the capitalized word a name, and attaches the lowercase words that
follow as parts of it (flat). Those words belong to the name."""

from __future__ import annotations

from graph.ingest.model import NEW
from graph.ingest.nlp.entity_types import GOVERNORS
from graph.ingest.reading import fold


def whole_foreign_names(linker) -> None:
    doc = linker.doc
    for mention in linker.linked.mentions:
        entity = linker.linked.entities.get(mention.key)
        if entity is None or not mention.key.startswith(NEW) or not _after_kind(doc, mention):
            continue
        end = mention.end
        while end < len(doc) and end - mention.end < 3 and doc[end].is_lower and \
                doc[end].is_alpha and doc[end].pos_ == "PROPN" and doc[end].dep_ == "flat" and \
                mention.start <= doc[end].head.i < end and linker.linked.at(end) is None:
            end += 1
        if end == mention.end or entity.label != mention.text:
            continue
        text = doc[mention.start:end].text
        entity.label = text
        mention.end, mention.text = end, text
        for other in linker.linked.mentions:
            if other.key == mention.key and other.text not in (text, *entity.aliases):
                entity.aliases.append(other.text)  # the word alone names it elsewhere


def _after_kind(doc, mention) -> bool:
    """"el partido croata X", "la formación X": the noun of a body's kind, and at most one
    adjective, right before the name."""
    i = mention.start - 1
    if i >= 1 and doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and fold(doc[i].lower_) in GOVERNORS
