"""The country of a town several countries share ("Córdoba", "Santiago", "San José"): the
one of its countries the rest of the text points to, by the countries, demonyms, towns and
seats of power it names; none when the text points to none of them, or to two as much."""

from __future__ import annotations

from collections import Counter

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.gazetteer_towns import SHARED_ROWS

_SHARED = {gz.fold_key(name): countries for name, countries in SHARED_ROWS.items()}


def shared_countries(name: str) -> list[str]:
    """The countries the town `name` may be in, when several share it; none for another."""
    return _SHARED.get(gz.strip_article(gz.fold_key(name)), [])


# A bare dateline names a national capital by its name alone ("Santiago, 8 jun.-"), the way
# wire services write it; a town of another country of that name is written in full
# ("Santiago de Compostela") or with its country.
CAPITALS = {gz.fold_key(name): country for name, country in (
    ("Santiago", "Chile"), ("San José", "Costa Rica"), ("La Paz", "Bolivia"),
    ("San Juan", "Puerto Rico"))}


def town_country(doc, name: str, dateline: bool = False) -> str | None:
    """The country of the town `name` in the text `doc`: the gazetteer's, else, for a shared
    town, the one of its countries the text names most; a capital heading the story as its
    dateline is that capital."""
    found = gz.place(name)
    if found is not None and found.country:
        return found.country
    candidates = shared_countries(name)
    if not candidates:
        return None
    if dateline and gz.strip_article(gz.fold_key(name)) in CAPITALS:
        return CAPITALS[gz.strip_article(gz.fold_key(name))]
    return words_country([t.text for t in doc], name)


def _pointed(words: list[str], candidates: frozenset) -> Counter:
    """How often the text (its tokens' texts) names each of `candidates`: by name, demonym,
    or a town, region or seat of power of one."""
    counts: Counter = Counter()
    i = 0
    while i < len(words):
        word, step = words[i], 1
        own = gz.demonym(word) if word.isalpha() and word.islower() else None
        if own in candidates:
            counts[own] += 1
        elif word[:1].isupper():
            for size in (3, 2, 1):
                if i + size > len(words):
                    continue
                found = gz.place(" ".join(words[i:i + size]))
                if found is None:
                    continue
                country = found.name if found.kind == "country" else found.country
                if country in candidates:
                    counts[country] += 1
                step = size
                break
        i += step
    return counts


def words_country(words: list[str], name: str) -> str | None:
    """`town_country` for a text given as its tokens' texts."""
    found = gz.place(name)
    if found is not None and found.country:
        return found.country
    candidates = shared_countries(name)
    counts = _pointed(words, frozenset(candidates)) if candidates else Counter()
    top = max(counts.values(), default=0)
    tied = [country for country, n in counts.items() if n == top and top]
    if len(tied) == 1:
        return tied[0]
    # named as much as another, the country whose capital it is: "Santiago" in a text that
    # names Chile as often as Spain
    capital = CAPITALS.get(gz.strip_article(gz.fold_key(name)))
    return capital if capital in tied else None
