"""Names of a list that the small model detaches from it: "a Maximilian Krah, Martin Sellner y
Ellen Samyn" parsed as one long name (the second a `flat` part of the first) or as two objects
of the verb, the second one the head of the rest of the list. Each such name is an item of the
list when it starts right after a comma and names a person on its own, as the first does."""

from __future__ import annotations


def detached_items(parsed, token, found) -> list:
    """The tokens heading the later items of the list whose first item `token` names."""
    if not any(parsed.is_person(e.key) for e in found):
        return []
    doc, last = parsed.doc, found[0].last  # the first item, the phrase's own name
    items = []
    for child in token.children:
        if child.dep_ == "flat" and child.i > last and _after_comma(doc, child) and \
                _names_person(parsed, child):
            items.append(child)
    head = token.head
    if head.i != token.i and token.dep_ in ("obj", "nsubj", "obl", "nmod"):
        for sibling in head.children:
            # only the comma between the first item's name and this one
            if sibling.i == last + 2 and sibling.dep_ == token.dep_ and \
                    _after_comma(doc, sibling) and _names_person(parsed, sibling):
                items.append(sibling)
    return items


def _after_comma(doc, token) -> bool:
    return token.i > 0 and doc[token.i - 1].text == ","


def _names_person(parsed, token) -> bool:
    mention = parsed.mention(token)
    return mention is not None and mention.start == token.i and parsed.is_person(mention.key)
