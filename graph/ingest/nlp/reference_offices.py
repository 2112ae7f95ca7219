"""Whether a title without a name may stand for the person the text named before, and whether
the office it names is that person's: "el exalcalde limeño" is the Peruvian named before, "el
presidente de Brasil" a person the text gave Brazil or no country in an article on Brazil;
"el hijo del presidente" is not the president, and "el ministro húngaro de Exteriores,
Péter Szijjártó" is the name after it."""

from __future__ import annotations

from graph.ingest.nlp.references import country_of
from graph.ingest.nlp.words import KIN, folded_lemma


def named_elsewhere(parsed, token) -> bool:
    return token.dep_ == "nmod" and folded_lemma(token.head) in KIN or any(
        c.dep_ in ("appos", "flat") and c.i > token.i and parsed.mention(c) and
        parsed.is_person(parsed.mention(c).key) for c in token.children)


def in_its_country(parsed, title, person: str) -> bool:
    """The title's place is the person's country, by the graph, else by the text (a person it
    gave no country is of the country the article is about)."""
    if not title.countries:
        return False
    places = set(title.countries) | {country_of(c) for c in title.countries}
    own = parsed.kb.country(person)
    if own is not None:
        return parsed.kb.label(own) in places
    if person in parsed.nationality:
        return parsed.nationality[person] in places
    return parsed.elections.document_country() in places
