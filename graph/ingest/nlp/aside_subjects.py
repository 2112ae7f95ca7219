"""A subject told after an aside that follows its verb: "No asistió, pese a haber sido
invitado por carta, el alcalde de la ciudad, X", "Faltó, y se notó, X". The small model hangs
the name on the aside (its object, its apposition) or on nothing; the names after the aside's
closing comma, up to the next verb, are the verb's subject."""

from __future__ import annotations

from graph.ingest.nlp.ends import End

_LONGEST = 12  # tokens an aside may hold, its commas included


def aside_end(verb) -> int | None:
    """The closing comma of an aside that opens right after the verb ("asistió, pese a
    ..., X"), or None."""
    doc, end = verb.doc, verb.sent.end
    opening = verb.i + 1
    if opening >= end or doc[opening].text != ",":
        return None
    return next((j for j in range(opening + 2, min(end, opening + _LONGEST))
                 if doc[j].text == ","), None)


def names_after_aside(parsed, verb) -> list[End]:
    """The persons named past the aside, before the next verb; none when the aside names a
    person itself ("Faltó, según X, Y": whose word it is is unclear)."""
    close = aside_end(verb)
    if close is None:
        return []
    doc = parsed.doc
    if any(parsed.mention(t) is not None and parsed.is_person(parsed.mention(t).key)
           for t in doc[verb.i + 1:close]):
        return []
    found: list[End] = []
    for token in doc[close + 1:verb.sent.end]:
        if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
            break
        mention = parsed.mention(token)
        if mention is not None and token.i == mention.start and parsed.is_person(mention.key):
            found.append(End.of(mention))
    return found
