"""Whom a piece headlined "Catalina Soto: «Kast me pidió...»" is about: an interview's or a
statement's headline puts the speaker before the colon and quotes them after it. The people
inside the quotation are what the speaker talks about, however often the piece names them."""

from __future__ import annotations

_OPENING_QUOTES = {"«", "“", '"', "'", "‘"}


def headline_speaker(parsed, end: int) -> str | None:
    """The person named before a headline's colon that opens a quotation (the headline being
    the tokens before `end`), else None."""
    doc = parsed.doc
    colon = next((t for t in doc[:end] if t.text == ":"), None)
    if colon is None or colon.i + 1 >= end or doc[colon.i + 1].text[:1] not in _OPENING_QUOTES:
        return None
    before = [m for m in parsed.linked.mentions if m.end <= colon.i]
    if not before:
        return None
    first = min(before, key=lambda m: m.start)
    return first.key if parsed.is_person(first.key) else None
