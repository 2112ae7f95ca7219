"""A definite kind noun with nothing but its adjectives ("la conferencia conservadora", "la
cumbre anual", "el gran mitin patriota"), once the text has named the event it reports, tells
that event again: the writer would set a second gathering apart by its organizer, its place
or its name. It is no new event."""

from __future__ import annotations

# What sets a gathering apart after its noun: a complement, a relative clause, a name
_APART = {"nmod", "acl", "acl:relcl", "appos", "flat", "compound"}


def adjectives_only(token, last: int, label: str) -> bool:
    """Whether the description `label` of `token`, up to `last`, is the noun and adjectives
    on it, with nothing after the noun that sets the gathering apart."""
    return last > token.i and len(label.split()) == last - token.i + 1 and all(
        t.dep_ == "amod" and t.head.i == token.i and t.pos_ == "ADJ"
        for t in token.doc[token.i + 1:last + 1]) and not any(
        c.dep_ in _APART and c.i > token.i for c in token.children)
