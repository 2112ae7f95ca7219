"""The words of a prime minister's title before its noun: "primer", "exprimer",
"viceprimer" ("el viceprimer ministro": the premier's deputy; "el exprimer ministro": the
prefix on the adjective), and "ex" before them ("ex primer ministro")."""

from __future__ import annotations

from graph.ingest.reading import fold

PREMIER = {"primer", "primera", "exprimer", "exprimera", "viceprimer", "viceprimera"}


def premier_before(doc, i: int) -> bool:
    """"X, ex primer ministro de Y", "X, exprimer ministro": the words of a premier's title
    before its noun, whatever the small model tagged them (it takes "exprimer" for a verb)."""
    word = fold(doc[i].lower_)
    nxt = fold(doc[i + 1].lower_) if i + 1 < len(doc) else ""
    return word in PREMIER and nxt in ("ministro", "ministra") or \
        word in ("ex", "ex-") and nxt in PREMIER
