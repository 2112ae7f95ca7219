"""A party's leader is of the party's country: "el líder de Vox" is a Spaniard, not the
Colombian candidate named in the sentence before, and may be the Spaniard the article named
paragraphs earlier (a chronicle names its protagonist once, then by title)."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.ends import METONYM


def party_country(parsed, organizations: list[str]) -> str | None:
    """The country (its label) of the one country the graph gives the parties a title is of."""
    countries = {parsed.kb.country(o) for o in organizations if parsed.kb.is_a(o, PARTY)}
    countries.discard(None)
    return parsed.kb.label(countries.pop()) if len(countries) == 1 else None


def compatriots(parsed, token, country: str, gender: str | None, excluded: set[str],
                nearest: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], str | None]:
    """The persons `nearest` the title known to be of `country` (by the graph, else by the
    text), when there are any; else all of them, and the one person of `country` the article
    named anywhere before `token` (None when it named none or several)."""
    sure = [(start, key) for start, key in nearest if country_label(parsed, key) == country]
    if sure:
        return sure, None
    found = set()
    for mention in parsed.linked.mentions:
        key = mention.key
        if mention.start >= token.i or mention.kind == METONYM or key in excluded or \
                not parsed.is_person(key) or gender and not parsed.gender_fits(key, gender):
            continue
        if country_label(parsed, key) == country:
            found.add(key)
    return nearest, found.pop() if len(found) == 1 else None


def country_label(parsed, person: str) -> str | None:
    """The person's country: the graph's, else the one the text gave."""
    known = parsed.kb.country(person)
    return parsed.kb.label(known) if known else parsed.nationality.get(person)
