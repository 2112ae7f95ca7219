"""An edition's number written in figures before an event's name: "el 62° Coloquio de IDEA",
"la 15.ª Cumbre Iberoamericana", "el 3er Foro de Madrid". Like a Roman numeral ("VI Cumbre
Transatlántica"), a number in figures is part of the name the press and the evaluation sets
give the edition; an ordinal in words ("la sexta Cumbre Demográfica") or "la 15.ª edición
de X" is not (the first is an adjective, the second names X). The small model cuts "62°"
into "62" and "°" and "2.°" into three tokens; the ordinal mark may be the degree sign, the
ordinal indicators or a superscript "o"/"a" after a dot. Where the text numbers one edition,
the name without the number ("el Coloquio de IDEA" in the headline) is that edition; and a
parse that makes the figure the noun and the name its apposition is mended."""

from __future__ import annotations

import re

from graph.ingest.knowledge import EVENT, SUMMIT
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer as gz

# One token holding the whole ordinal ("62º", "15.ª", "3er", "1ra"), or its mark alone.
ORDINAL_FIGURE = re.compile(r"^\d{1,3}(?:\.?[ºª°]|\.[oa]|er|ra|ro|do|da|to|ta|vo|va|mo|ma|no|na)$")
_MARK = re.compile(r"^\.?[ºª°]$")


def ordinal_start(doc, i: int) -> int | None:
    """The first token of an ordinal in figures ending right before token `i`, or None. The
    figure and its mark are written together ("62°"), with a space only before the name."""
    if i < 1:
        return None
    j = i - 1
    if ORDINAL_FIGURE.match(doc[j].text):
        return j
    if not _MARK.match(doc[j].text):
        return None
    k = j - 1
    if k >= 0 and doc[k].text == "." and not doc[k].whitespace_:
        k -= 1  # "2.°" in three tokens
    if k >= 0 and doc[k].text.isdigit() and len(doc[k].text) <= 3 and not doc[k].whitespace_:
        return k
    return None


# An edition's number opening a name: a Roman numeral or figures ("VI", "62°", "15.ª").
EDITION_NUMBER = re.compile(r"^(?:[IVXL]+|\d{1,3}(?:\.?[ºª°]|\.[oa])?)$")
_EVENTS = {EVENT, SUMMIT, gz.MEETING}


def fold_unnumbered_editions(linker) -> None:
    """"Milei cerró el Coloquio de IDEA" in the headline, "el 62° Coloquio de IDEA" in the
    lead: where a text numbers one edition of an event, its name without the number is that
    edition. With two editions numbered ("la VI ... la VII Cumbre"), which one the bare name
    means is not settled here."""
    entities = linker.linked.entities
    numbered: dict[tuple[str, ...], list[str]] = {}
    for entity in entities.values():
        words = entity.label.split()
        if entity.key.startswith(NEW) and entity.cls in _EVENTS and len(words) >= 3 and \
                EDITION_NUMBER.match(words[0]):
            numbered.setdefault(gz.fold_key(" ".join(words[1:])), []).append(entity.key)
    for short in list(entities.values()):
        target = numbered.get(gz.fold_key(short.label))
        # ("el VII Congreso Nacional de X" and a parliament called "Congreso Nacional" are
        # two: only a gathering's name folds)
        if short.key.startswith(NEW) and target is not None and len(target) == 1 and \
                short.key != target[0] and short.cls in _EVENTS:
            linker.fold(short, target[0])


def editions_as_modifiers(doc):
    """"participó en el 12.º Foro de Inversión": the small model may make the figure the noun
    and hang the name on it as an apposition, so the verb's complement is a number. The name
    takes the figure's place, and the figure becomes its modifier."""
    for token in doc:
        if token.i + 1 >= len(doc) or token.head.i == token.i or \
                not (ORDINAL_FIGURE.match(token.text) or _MARK.match(token.text)):
            continue
        name = doc[token.i + 1]
        if name.head.i != token.i or not name.text[:1].isupper() or \
                name.pos_ not in ("PROPN", "NOUN"):
            continue
        before = [c for c in token.children if c.i < token.i]
        name.head, name.dep_ = token.head, token.dep_
        token.head, token.dep_ = name, "amod"
        for child in before:
            child.head = name  # "el", "en"
    return doc
