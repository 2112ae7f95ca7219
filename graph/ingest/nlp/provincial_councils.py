"""The province of a Diputación a title leaves unnamed: "el presidente de la Diputación
Provincial, X" or "de la Diputación, Y" in a story set in Huelva presides over the Diputación
de Huelva, as its readers know. In Spain a Diputación governs a province and takes its name;
the single-province regions, the Basque provinces (whose Diputación Foral has a "diputado
general") and the islands (Cabildos, Consells) have none, so they are left out. A story is set
in the province it names most as a place, when it names one more than any other."""

from __future__ import annotations

from collections import Counter

from graph.ingest.knowledge import PLACE
from graph.ingest.reading import fold

# The provinces governed by a Diputación, by their names in Spanish news (the capital's name
# too, but for Castellón de la Plana)
_PROVINCES = {
    "A Coruña": ("A Coruña", "La Coruña"), "Lugo": ("Lugo",), "Ourense": ("Ourense", "Orense"),
    "Pontevedra": ("Pontevedra",), "León": ("León",), "Zamora": ("Zamora",),
    "Salamanca": ("Salamanca",), "Valladolid": ("Valladolid",), "Palencia": ("Palencia",),
    "Burgos": ("Burgos",), "Soria": ("Soria",), "Segovia": ("Segovia",), "Ávila": ("Ávila",),
    "Cáceres": ("Cáceres",), "Badajoz": ("Badajoz",), "Huelva": ("Huelva",),
    "Sevilla": ("Sevilla",), "Cádiz": ("Cádiz",), "Málaga": ("Málaga",),
    "Córdoba": ("Córdoba",), "Jaén": ("Jaén",), "Granada": ("Granada",),
    "Almería": ("Almería",), "Toledo": ("Toledo",), "Ciudad Real": ("Ciudad Real",),
    "Cuenca": ("Cuenca",), "Guadalajara": ("Guadalajara",), "Albacete": ("Albacete",),
    "Valencia": ("Valencia", "València"), "Castellón": ("Castellón", "Castelló"),
    "Alicante": ("Alicante", "Alacant"), "Teruel": ("Teruel",), "Zaragoza": ("Zaragoza",),
    "Huesca": ("Huesca",), "Lleida": ("Lleida", "Lérida"), "Girona": ("Girona", "Gerona"),
    "Barcelona": ("Barcelona",), "Tarragona": ("Tarragona",),
}
_NAMES = {fold(name.lower()): province for province, names in _PROVINCES.items()
          for name in names}
# What a title's complement says when it names a Diputación and no province
_BARE = {"de la diputacion", "de la diputacion provincial"}


def council_of_story(parsed, complement: str) -> str | None:
    """"de la Diputación de Huelva" for a bare "de la Diputación (Provincial)" in a story set
    in Huelva; None when the complement names more, or the story no single province. The
    places counted are those the linker read as places ("Segovia" in a person's name is not
    one)."""
    if fold(complement.lower()) not in _BARE:
        return None
    counts = Counter(_NAMES.get(fold(parsed.kb.label(m.key).lower()))
                     for m in parsed.linked.mentions if parsed.kb.is_a(m.key, PLACE))
    counts.pop(None, None)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return "de la Diputación de " + ranked[0][0]
