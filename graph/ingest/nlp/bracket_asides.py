"""A short aside in brackets inside a name's phrase: "la vicepresidenta del Rassemblement
National (RN) francés, Edwige Marceau", "el líder del Fidesz (Hungría), X". The phrase goes
on after it, so a title before the bracket still names the person after it, and a list of
such items does not end at the bracket."""

from __future__ import annotations


def past_bracket(doc, i: int) -> int:
    """Where the phrase goes on after a bracket opened at token `i` and the adjectives after
    it; `i` itself when no bracket opens there or it does not close within a few words."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    close = next((j for j in range(i + 1, min(len(doc), i + 8)) if doc[j].text == ")"), None)
    if close is None:
        return i
    i = close + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1  # "(RN) francés"
    return i
