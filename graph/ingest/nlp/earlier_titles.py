"""A title the words around it put in the past, without the prefix "ex": an adjective before
the noun ("el antiguo dirigente de X", "la anterior cabeza de lista", "sus antiguas
compañeras"), an adverb of then between the article and the noun or after the comma of an
apposition ("el entonces alcalde", "X, otrora aliado de Y", "Z, antes ministra"), or an end
the text dates before the article's year ("eurodiputado de Vox hasta 2024").

"antiguo" only means former before its noun ("un edificio antiguo" is old), and "entonces"
only when nothing but an article or a comma opens it: a sentence's connector ("Entonces el
alcalde dijo") is followed by a comma or stands before the article, not after it."""

from __future__ import annotations

from graph.ingest.reading import fold

_EARLIER_ADJECTIVES = {"antiguo", "antigua", "antiguos", "antiguas", "anterior", "anteriores"}
_THEN = {"entonces", "otrora", "antes", "anteriormente"}
# What may open an adverb of then before a title: an article, the comma of an apposition, or
# "por" of "por entonces"
_OPENERS = {",", "por"}


def earlier_title(doc, first: int, start: int, end: int, year: int | None) -> bool:
    """Whether the title whose words run from `first` (its article) through `start` (its
    noun) to `end` is stated as one held before (`year`: the article's)."""
    if any(fold(doc[i].lower_) in _EARLIER_ADJECTIVES and doc[i].pos_ == "ADJ"
           for i in range(first, start)):
        return True
    if _then_before(doc, first) or _then_before(doc, start):
        return True
    return year is not None and _ended_before(doc, end, year)


def _then_before(doc, i: int) -> bool:
    if i < 2 or fold(doc[i - 1].lower_) not in _THEN:
        return False
    opener = doc[i - 2]
    return opener.pos_ == "DET" or fold(opener.lower_) in _OPENERS


def _ended_before(doc, end: int, year: int) -> bool:
    """"presidente del partido hasta 2019", "concejal hasta el año 2015": a year past; a
    year to come ("alcalde hasta 2027") is the term still running."""
    i = end + 1
    if i >= len(doc) or fold(doc[i].lower_) != "hasta":
        return False
    for token in doc[i + 1:i + 4]:
        if token.like_num and len(token.text) == 4 and token.text.isdigit():
            return 1900 < int(token.text) < year
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return False
    return False
