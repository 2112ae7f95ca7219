"""A relative clause the small model hangs on the noun that holds a name: in "una partida para
el Foro X, que organizan A y B" it makes the clause describe "partida". When that noun names
nothing itself, an event named right before the comma that opens the clause, inside the noun's
phrase, is what the clause goes on about."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.relatives import comma_antecedent


def event_before_comma(parsed, noun, pronoun) -> list:
    named = comma_antecedent(parsed, pronoun)
    if len(named) == 1 and parsed.kb.is_a(named[0].key, EVENT) and \
            noun.is_ancestor(parsed.doc[named[0].first]):
        return named
    return []
