"""Titles the small model hangs under the demonym that follows them: in "el exalcalde limeño
se reunió con X" it makes "limeño" the subject and "exalcalde" its modifier, so the title
without a name is never read as one. The phrase is turned back: the title heads it, the
demonym modifies the title."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role, demonym_label


def titles_over_demonyms(doc):
    for adjective in doc:
        if adjective.pos_ != "ADJ" or not adjective.is_lower or not demonym_label(adjective):
            continue
        title = next((c for c in adjective.children if c.i == adjective.i - 1 and
                      c.dep_ == "amod" and c.pos_ == "NOUN" and base_role(c)[0]), None)
        if title is None or not any(c.dep_ == "det" and c.i < title.i
                                    for c in adjective.children):
            continue
        moved = [c for c in adjective.children if c.i != title.i]
        root = adjective.head == adjective
        title.head = title if root else adjective.head
        title.dep_ = adjective.dep_
        adjective.head, adjective.dep_ = title, "amod"
        for child in moved:
            child.head = title
    return doc
