"""Whose country an office without one takes ("el vicepresidente JD Vance", "el presidente
Gustavo Petro"), when the graph does not know the person: the country the text gives the
person elsewhere ("el colombiano Petro"), else the sentence's or the article's, but not the
article's when the sentence points away from it, nor one whose office of that title the text
already gave someone else ("El presidente de Ecuador, Daniel Noboa" makes "el presidente
Gustavo Petro" in the same report no president of Ecuador)."""

from __future__ import annotations

from graph.ingest.nlp.words import CANONICAL, demonym_label

# Titles a country gives one person at a time
_ONE_HOLDER = {"presidente", "vicepresidente"}


def sentence_demonyms(parsed, title) -> set[str]:
    """The countries the title's sentence names by an adjective outside the title itself
    ("El presidente polaco ..., y el vicepresidente JD Vance", "algún periódico alemán")."""
    sentence = parsed.doc[title.token].sent
    countries = set()
    for token in sentence:
        if title.first <= token.i <= title.last or token.pos_ != "ADJ":
            continue
        country = demonym_label(token)
        if country and parsed.mention(token) is None:
            countries.add(country)
    return countries


def held_by_another(parsed, word: str, person: str, country: str) -> bool:
    """Whether the text calls another person by this title of this country."""
    word = CANONICAL.get(word, word)
    if word not in _ONE_HOLDER:
        return False  # "jefe" heads many things; a country has one president
    return any(other != person and parsed.nationality.get(other) == country
               for key, holders in parsed.titled.items() if CANONICAL.get(key, key) == word
               for other in holders)


def context_country(reader, title, person: str, named: set[str]) -> str | None:
    """The country of an office from the sentence (`named`: the countries its names place)
    and the article, for a person the graph does not place."""
    own = reader.parsed.nationality.get(person)
    if own:
        return own
    demonyms = sentence_demonyms(reader.parsed, title)
    if len(named) == 1:
        country = next(iter(named))
        return None if demonyms - {country} else country
    if named:
        return None
    country = reader.parsed.elections.document_country()
    if country is None or demonyms - {country}:
        return None  # "el vicepresidente Vance" beside "un periódico alemán" in Budapest
    return None if held_by_another(reader.parsed, title.word, person, country) else country
