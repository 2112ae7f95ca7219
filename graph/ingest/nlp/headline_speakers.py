"""Whom a piece is about, by its headline's shape: an interview's or a statement's headline
puts the speaker before a colon and quotes them after it ("Catalina Soto: «Kast me
pidió...»"); a profile's opens with the name and describes them after a comma ("Rosa Quispe,
la senadora que quiere..."). The people inside the quotation or the description are what the
piece says of them, however often it names them."""

from __future__ import annotations

_OPENING_QUOTES = {"«", "“", '"', "'", "‘"}


def headline_speaker(parsed, end: int) -> str | None:
    """The person a headline (the tokens before `end`) opens with, when a colon opening a
    quotation or a comma opening a description follows the name, else None."""
    doc = parsed.doc
    colon = next((t for t in doc[:end] if t.text == ":"), None)
    if colon is not None and colon.i + 1 < end and \
            doc[colon.i + 1].text[:1] in _OPENING_QUOTES:
        before = [m for m in parsed.linked.mentions if m.end <= colon.i]
        first = min(before, key=lambda m: m.start) if before else None
        return first.key if first is not None and parsed.is_person(first.key) else None
    opening = next((m for m in parsed.linked.mentions if m.start == _first_word(doc, end)),
                   None)
    if opening is None or not parsed.is_person(opening.key) or opening.end + 2 >= end:
        return None
    comma, article = doc[opening.end], doc[opening.end + 1]
    if comma.text == "," and article.pos_ == "DET" and parsed.mention(article) is None:
        return opening.key  # "Rosa Quispe, la senadora que...", not "Milei, Kast y Bukele"
    return None


def _first_word(doc, end: int) -> int:
    return next((t.i for t in doc[:end] if not t.is_space and not t.is_punct), -1)
