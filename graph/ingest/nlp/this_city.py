"""A mayor of the town a text is in: "Asfura fue alcalde de esta ciudad", "el exalcalde de la
ciudad", "la intendenta del municipio", "concejal de la capital". The town is the one the text
named before the title; with none, or with two different ones, the title names no place this
can tell."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.reading import fold

# A town said by a common noun with an article or a demonstrative ("esta ciudad", "la villa");
# "el alcalde de la capital" in a text set in one town is that town's
_TOWN_WORDS = {"ciudad", "municipio", "localidad", "villa", "urbe", "comuna", "pueblo",
               "municipalidad", "capital"}
_LINKS = {"de", "del", "la", "el", "esta", "este", "dicha", "dicho", "misma", "mismo"}


def said_town(complement: str) -> bool:
    """The complement names a town by a common noun alone ("de esta ciudad", "del
    municipio"), not by its name ("de la ciudad de Salta")."""
    words = [fold(w.lower()) for w in complement.split()]
    nouns = [w for w in words if w not in _LINKS]
    return len(nouns) == 1 and nouns[0] in _TOWN_WORDS


def said_town_of(doc, complement: str, index: int) -> str | None:
    """The town a complement naming it by a common noun stands for: the one town named
    before `index`; for "la capital", only when the text opens there (its headline, lead or
    dateline), as a town named in passing is no capital of the story."""
    town = town_before(doc, index)
    if town and "capital" in fold(complement.lower()).split():
        return town if town in towns_named(doc, min(index, _OPENING)) else None
    return town


# the tokens of a text's headline, lead and dateline
_OPENING = 60


def town_before(doc, index: int) -> str | None:
    """The one town (a city the gazetteer knows) the text names before `index`."""
    towns = towns_named(doc, index)
    if len(towns) == 1:
        return next(iter(towns))
    return _opening_town(doc, index, towns)


def _opening_town(doc, index: int, towns: dict[str, int]) -> str | None:
    """Of several towns, the first the text names (in its headline or dateline) when it names
    it as often as any other, with no other in its sentence nor in the title's: "plaza de toros
    de Cáceres" in the headline, "llegada desde Portalegre" later, "el alcalde de la ciudad" is
    Cáceres's ("Viajó a Toledo, donde el alcalde de la ciudad" is Toledo's, which this cannot
    tell)."""
    at = next((i for i in range(min(index, _OPENING)) if towns_named(doc, i + 1)), None)
    if at is None:
        return None
    first = next(iter(towns_named(doc, at + 1)))
    # "En Sevilla y en Málaga, ...": a sentence naming two singles out neither
    opening = towns_named(doc[doc[at].sent.start:], min(doc[at].sent.end, index) -
                          doc[at].sent.start)
    if set(opening) - {first} or towns[first] < max(towns.values()):
        return None
    here = towns_named(doc[doc[index].sent.start:], index - doc[index].sent.start)
    return None if set(here) - {first} else first


def towns_named(doc, index: int) -> dict[str, int]:
    """The towns (cities the gazetteer knows) the text names before `index`, and how often."""
    towns: dict[str, int] = {}
    i = 0
    while i < index:
        size = _town_at(doc, i, index)
        council = _council_town(doc, i, index) if not size else 0
        if council:  # "el Ayuntamiento de Lorca": a town, whether the gazetteer knows it or not
            name = doc[i:i + council].text
            towns[name] = towns.get(name, 0) + 1
            i += council
        elif size:
            name = gz.place(doc[i:i + size].text).name
            towns[name] = towns.get(name, 0) + 1
            i += size
        else:
            i += 1
    # "Castellón" and "Castellón de la Plana" in one text are one town, named by its full name
    for short in list(towns):
        longer = [t for t in towns if t.startswith(short + " de ") and
                  gz.place(t).country == gz.place(short).country]
        if len(longer) == 1:
            towns[longer[0]] += towns.pop(short)
    return towns


# a town's council named with its town, which makes the name a town's
_COUNCILS = {"ayuntamiento", "municipalidad", "alcaldia", "concejo"}
# a region or province named after its capital ("la Región de Murcia"): not the town
_AREAS = {"region", "comunidad", "provincia"}


def _council_town(doc, i: int, index: int) -> int:
    """The size of the town's name at `i` right after "Ayuntamiento de"; 0 if none."""
    if i < 2 or doc[i - 1].lower_ != "de" or fold(doc[i - 2].lower_) not in _COUNCILS:
        return 0
    end = i
    while end < index and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    return end - i


def _town_at(doc, i: int, index: int) -> int:
    if not doc[i].text[:1].isupper() or \
            i >= 2 and doc[i - 1].lower_ == "de" and fold(doc[i - 2].lower_) in _AREAS:
        return 0
    for size in (5, 4, 3, 2, 1):  # "Las Palmas de Gran Canaria"
        if i + size > index:
            continue
        words = doc[i:i + size]
        if any(t.is_punct or t.is_space for t in words):
            continue
        after = doc[i + size:i + size + 1]
        if len(after) and after[0].text[:1].isupper() and not after[0].is_punct:
            continue  # part of a longer name ("Santiago Abascal", "Lima Norte")
        place = gz.place(words.text)
        if place is not None and place.kind == "city":
            return size
    return 0


_WHOSE = {"cuyo", "cuya"}


def whose_town(doc, index: int) -> tuple[int, int] | None:
    """"Illescas, cuyo alcalde, X": the tokens [start, end) of the name a possessive relative
    before the title at `index` refers back to, the town the office is of; None if there is
    no such name right before it."""
    if index < 3 or doc[index - 1].lower_ not in _WHOSE or doc[index - 2].text != ",":
        return None
    end = index - 2
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    return (start, end) if start < end else None
