"""A race a title names by the common noun the graph also knows it by ("candidato de Unidad
Nacional en la primera vuelta de 2025", the graph holding Chile's "primera vuelta"): the
graph's race only when the text is about its country, as any common-noun name; else the race
the phrase itself names, of the text's own country."""

from __future__ import annotations

from graph.ingest.knowledge import ELECTION, ROUND
from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.nlp.ends import COMMON, End


def as_told(parsed, events: list[End]) -> list[End]:
    """`events` with each election named by a common noun that does not fit its context read
    again from its phrase (or left out when the phrase names no race)."""
    kept = []
    for event in events:
        mention = event.mention
        first, last = (mention.start, mention.end - 1) if mention is not None else \
            (event.first, event.last)
        noun = next((t for t in parsed.doc[first:last + 1] if is_election_noun(t) and
                     t.is_lower), None)
        told = mention is None or mention.kind == COMMON
        if noun is None or not told or not _a_race(parsed.kb, event.key) or \
                parsed.fits_context(event.key, noun):
            kept.append(event)
            continue
        key = parsed.elections.named(noun)
        if key:
            kept.append(End(key, event.first, event.last))
    return kept


def _a_race(kb, key: str) -> bool:
    return kb.is_a(key, ELECTION) or kb.is_a(key, ROUND)
