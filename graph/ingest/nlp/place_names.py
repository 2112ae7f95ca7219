"""Event names that open with a place the graph knows: "Chile Libre 2029, el acto de
lanzamiento", "Hungría Primero, un mitin en Székesfehérvár". The place alone is never the
event ("en Toledo, un encuentro convocado por Vox" is where it was held); the name is the
whole capitalized run the event noun describes, longer than the place."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, PLACE
from graph.ingest.nlp.linking import Mention

_ARTICLES = {"el", "la", "un", "una"}


def place_opened_name(parsed, token) -> tuple[int, int] | None:
    """The first and last tokens of the name before ", el <event noun>" when it opens with a
    known place and goes on past it."""
    doc = token.doc
    i = token.i
    if not token.is_lower or i < 3 or doc[i - 1].lower_ not in _ARTICLES or \
            doc[i - 2].text != ",":
        return None
    last = i - 3
    first = last
    while first > token.sent.start and (doc[first - 1].text[:1].isupper() or
                                        doc[first - 1].like_num):
        first -= 1
    if not doc[first].text[:1].isupper() or first == token.sent.start:
        return None  # a capital that opens the sentence says nothing
    place = parsed.mention(doc[first])
    if place is None or place.start != first or place.end - 1 >= last or \
            not parsed.kb.is_a(place.key, PLACE) or parsed.kb.is_a(place.key, EVENT):
        return None
    if any(parsed.mention(doc[k]) is not None for k in range(place.end, last + 1)):
        return None  # "Madrid Donald Trump": another name follows the place
    return first, last


def relink_as_event(parsed, span: tuple[int, int], key: str, cls: str) -> None:
    """The place inside the name no longer stands on its own."""
    first, last = span
    event = Mention(first, last + 1, parsed.doc[first:last + 1].text, key, cls)
    parsed.linked.mentions[:] = sorted(
        [m for m in parsed.linked.mentions if not first <= m.start <= last] + [event],
        key=lambda m: m.start)
    parsed._at.update(dict.fromkeys(range(first, last + 1), event))
