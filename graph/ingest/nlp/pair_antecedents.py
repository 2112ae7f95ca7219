"""The two persons "ambos", "las dos" stand for when they close a list in their own sentence:
"el presidente de A, X, y la presidenta de B, Y, ambos invitados por la organización". The
small model hangs the pair's noun on any item (or on the list's plural head, "dirigentes"), so
the two are read on the tokens: the last two persons named before it in the sentence, joined
by "y"."""

from __future__ import annotations

from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.reading import fold


def pair_before(parsed: Parsed, token) -> list[End]:
    """The last two persons named before `token` in its sentence with "y" between them, or
    none."""
    doc, start = token.doc, token.sent.start
    persons: list = []
    for mention in parsed.linked.mentions:
        if start <= mention.start and mention.end <= token.i and \
                parsed.is_person(mention.key) and \
                all(m.key != mention.key for m in persons):
            persons.append(mention)
    if len(persons) < 2:
        return []
    first, second = persons[-2], persons[-1]
    between = [fold(t.lower_) for t in doc[first.end:second.start]]
    if not {"y", "e"} & set(between) or any(t.text in (";", ":", ".") for t in
                                            doc[first.end:token.i]):
        return []
    return [End.of(first, reference=True), End.of(second, reference=True)]
