"""An ambassador's office is one country's in another: "el embajador argentino en Brasil", "la
embajadora de Chile en Madrid" (a capital, or another city of the host, names the country the
embassy is in), "el exembajador de España ante la Santa Sede". Without the sending country the
word is no office ("embajadora de buena voluntad de Unicef", "embajador de la marca")."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer
from graph.ingest.reading import fold

ENVOYS = {"embajador", "embajadora"}
_HOST_LINKS = {"en", "ante"}
_STOPS = {",", ";", ":", "(", ")", "que", "y", "e"}


def is_envoy(word: str) -> bool:
    return fold(word.lower()) in ENVOYS


def envoy_office_name(doc, title, stop: int) -> str | None:
    """"Embajador de Argentina en Brasil" for the title at `title.token`, reading the host
    country in its "en"/"ante" phrase before token `stop`; None without a sending country."""
    host = _host(doc, title.token + 1, stop)
    # the host's own name is among the title's countries too: the sender is another one
    homes = [gazetteer.place_name(c) for c in title.countries
             if gazetteer.place_name(c) != host]
    if not homes:
        return None
    return f"Embajador de {homes[0]}" + (f" en {host}" if host else "")


def _host(doc, start: int, stop: int) -> str | None:
    """The country named after "en" or "ante" between `start` and `stop` (a city names its
    country)."""
    for i in range(start, min(stop, len(doc))):
        if doc[i].text in _STOPS or doc[i].lower_ in _STOPS:
            return None
        if doc[i].lower_ not in _HOST_LINKS:
            continue
        key = gazetteer.fold_key(doc[i + 1:min(stop, i + 6, len(doc))].text)
        key = gazetteer.strip_article(key)
        found = gazetteer.place_at(key, 0, ("country", "city", "building"))
        if found is not None and found[1].country:
            return found[1].country
        return None
    return None
