"""The race for one town's office: "candidato a intendente de la ciudad de Córdoba en 2023",
"candidata a alcaldesa de Rosario", "aspira a la alcaldía de Miami". Where each town or
province votes on its own calendar (Argentina, the United States, Mexico) a mayor is chosen in
the town's own race ("Elección municipal de Córdoba de 2023"); where every town votes on one
day (Chile, Spain, Colombia...) the race is the country's municipal elections ("a la alcaldía
de Santiago"), and so it is wherever the sentence names those elections ("que se disputará en
las elecciones municipales de octubre")."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.reading import fold

MUNICIPAL_RACE = "Elección municipal"
# Generic nouns of a town before its name ("de la ciudad de Córdoba")
_TOWN_NOUNS = {"ciudad", "municipio", "comuna", "localidad", "villa", "capital", "distrito",
               "canton", "partido"}
# Countries whose towns or provinces elect their mayors on calendars of their own
_OWN_CALENDARS = {"Argentina", "Estados Unidos", "México"}
# Words that name the municipal elections themselves
_RACE_WORDS = {"municipales", "locales"}


def office_town(token, country: str | None) -> str | None:
    """The town whose office the noun `token` names after "de", if it votes on its own
    calendar and the sentence does not name the municipal elections as such. `country`: the
    one the race would be of, for a town no list knows."""
    doc, sent = token.doc, token.sent
    if any(fold(t.lower_) in _RACE_WORDS for t in sent):
        return None
    i = token.i + 1
    if i >= sent.end or doc[i].lower_ not in ("de", "del"):
        return None
    i, j, generic = town_span(doc, i + 1, sent.end)
    if j == i:
        return None
    name = doc[i:j].text
    place = gz.place(gz.fold_key(name))
    if place is not None and place.kind == "country":
        return None
    if (place.country if place is not None else country) not in _OWN_CALENDARS:
        return None
    if place is not None:
        return place.name
    return name if generic else None  # "de la ciudad de X": a town no list knows


def town_span(doc, i: int, end: int, nouns=_TOWN_NOUNS) -> tuple[int, int, bool]:
    """The capitalized name from token `i` on, past articles and generic town nouns ("la
    ciudad de Córdoba"), as its first and end tokens (equal when there is none) before `end`,
    and whether a generic noun came before it."""
    generic = False
    while i < end and (doc[i].pos_ == "DET" or fold(doc[i].lower_) in nouns or
                       doc[i].lower_ == "de" and generic):
        generic = generic or fold(doc[i].lower_) in nouns
        i += 1
    j = i
    while j < end and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN", "ADJ"):
        j += 1
    return i, j, generic


def has_own_calendars(country: str | None) -> bool:
    """Whether the country holds no municipal elections of its own ("Elecciones municipales de
    Estados Unidos" name no race)."""
    return country in _OWN_CALENDARS
