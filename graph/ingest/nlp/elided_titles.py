"""A title Spanish does not repeat in a coordination of demonyms: "al presidente argentino,
Javier Milei, y al salvadoreño Nayib Bukele", "la primera ministra italiana, X, y la danesa,
Y". The second name takes the first one's title, of the country its own demonym names, when
nothing but the first name stands between them."""

from __future__ import annotations

from graph.ingest.nlp.offices import Title
from graph.ingest.nlp.words import base_role, demonym_label
from graph.ingest.reading import fold

_ARTICLES = {"el", "la", "al", "a"}
_PREMIER = {"primer", "primera"}


def elided_title(parsed, mention) -> Title | None:
    doc = parsed.doc
    i = mention.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 3 or not demonym_label(doc[i]) or parsed.mention(doc[i]) is not None:
        return None
    country = demonym_label(doc[i])
    j = i - 1
    while j >= 0 and fold(doc[j].lower_) in _ARTICLES:
        j -= 1
    if j == i - 1 or j < 0 or doc[j].lower_ not in ("y", "e"):
        return None  # "el salvadoreño X" alone says where X is from, not what X holds
    sent = doc[mention.start].sent
    for k in range(j - 1, max(sent.start, j - 25) - 1, -1):
        after = doc[k + 1]
        if doc[k].pos_ != "NOUN" or not demonym_label(after) or after.i >= j:
            continue
        # the nearest noun with a demonym of its own is the one elided: a title or not
        word, former = base_role(doc[k])
        if not word or doc[k].morph.get("Number") == ["Plur"] or not _one_name(parsed, k + 2, j):
            return None
        title = Title(word, i, former, i, i)
        if k and fold(doc[k - 1].lower_) in _PREMIER:
            title.modifiers.append("primer")
        title.countries.append(country)
        return title
    return None


def _one_name(parsed, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold just the first title's person's name, with its commas
    ("al presidente argentino, Javier Milei, y ..."; not "el diputado portugués X, de Chega,
    y el peruano Y", a list of people each described by where they are from)."""
    doc = parsed.doc
    if start >= end or doc[start].text != ",":
        return False  # "el diputado portugués X y el peruano Y": each described apart
    i = start + 1
    mention = parsed.mention(doc[i]) if i < end else None
    if mention is None or mention.start != i or not parsed.is_person(mention.key):
        return False
    i = mention.end
    if i < end and doc[i].text == ",":
        i += 1
    return i == end
