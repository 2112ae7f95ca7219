"""A town named by what it is in its country: "la alcaldía de la segunda ciudad de Francia",
"la intendencia de la capital del país", "el ayuntamiento de la mayor urbe de Chile". Such an
office is one town's, never the country's municipal elections: the town the text named before
it, when it named one of that country, else none this can tell ("la capital de Francia" is
the capital, whatever town the text named before)."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.this_city import towns_named
from graph.ingest.reading import fold

_TOWN_NOUNS = {"ciudad", "capital", "urbe", "metropoli", "localidad", "villa", "municipio",
               "poblacion", "puerto"}
# What may stand between the article and the town noun: its rank or its size
_RANKS = {"segunda", "segundo", "tercera", "tercer", "cuarta", "quinta", "mayor", "principal",
          "primera", "gran", "mas", "poblada", "importante", "antigua", "vieja", "ultima"}
_COUNTRY_NOUNS = {"pais", "nacion", "republica"}


def periphrasis(token) -> str | None:
    """The country a town office `token` ("alcaldía", "alcalde") places its town in by a
    periphrasis after it ("de la segunda ciudad de Francia"); "" when the town is none the
    text named before it can be taken for: a capital, a country said by a common noun ("de la
    ciudad más poblada del país"); None when there is no periphrasis."""
    doc, end = token.doc, token.sent.end
    i = token.i + 1
    if i >= end or fold(doc[i].lower_) not in ("de", "del"):
        return None
    i += 1 if doc[i].lower_ == "de" else 0
    i += 1
    while i < end and doc[i].pos_ in ("DET", "ADJ", "ADV") and fold(doc[i].lower_) in _RANKS:
        i += 1
    if i >= end or fold(doc[i].lower_) not in _TOWN_NOUNS:
        return None
    capital = fold(doc[i].lower_) == "capital"
    i += 1
    while i < end and fold(doc[i].lower_) in _RANKS:
        i += 1  # "la ciudad más poblada de Chile"
    if i >= end or fold(doc[i].lower_) not in ("de", "del"):
        return None
    words = [t for t in doc[i + 1:min(i + 5, end)] if t.pos_ != "DET"]
    if words and fold(words[0].lower_) in _COUNTRY_NOUNS:
        return ""
    if capital:
        return "" if words and words[0].text[:1].isupper() else None
    for size in (3, 2, 1):
        name = " ".join(t.text for t in words[:size])
        place = gz.place(name) if len(words) >= size else None
        if place is not None and place.kind == "country":
            return place.name
    return None


def periphrasis_town(doc, token, country: str) -> str | None:
    """The one town of `country` the text names before the office `token`."""
    if not country:
        return None
    towns = [name for name in towns_named(doc, token.i) if gz.place(name).country == country]
    return towns[0] if len(towns) == 1 else None
