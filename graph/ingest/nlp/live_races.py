"""The day of a race a live blog covers: "DIRECTO | Segunda vuelta por la Gobernación de La
Paz" is written as the votes come in, so those its entries say run in that race ("Más de 1,9
millones de electores están llamados a elegir gobernador entre A y B") run on the blog's day.
Only the race its headline names, in the article's year; other races an entry recalls keep
their own days."""

from __future__ import annotations

from graph.ingest.nlp.election_nouns import heads_election
from graph.ingest.nlp.headlines import headline_end
from graph.ingest.nlp.narrative import blog_entry


def blog_race_day(parsed, race: str, index: int) -> str | None:
    """The article's day, as an ISO date, when sentence `index` is a live blog's entry and
    `race` is the race the blog's headline names; else None."""
    day = parsed.document.anchor.day
    if day is None or not blog_entry(parsed.document.sentences, index):
        return None
    doc = parsed.doc
    headline = headline_end(doc, len(doc))
    named = {parsed.elections.named(t) for t in doc[:headline] if heads_election(t)}
    return day.isoformat() if race in named else None
