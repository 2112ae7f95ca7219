"""The year of a Spanish town's race its text leaves unsaid. Spain elects every town council on
one day every four years (May 2019, 2023, 2027), with no early elections: "la candidata a la
alcaldía", in a story of 2026, runs in 2027; "fue candidata a la alcaldía", in the one of 2023.
Other countries' towns vote on calendars of their own (see town_races)."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.election_kinds import MUNICIPAL
from graph.ingest.nlp.race_tense import told_as
from graph.ingest.nlp.town_races import MUNICIPAL_RACE
from graph.ingest.nlp.words import role_kind
from graph.ingest.reading import fold

_SPAIN = "España"
_HELD = {"ultimas", "pasadas", "anteriores"}


def spanish_municipal(race: str, country=None) -> bool:
    """Whether the race (its label less the year) is Spain's municipal elections or a Spanish
    town's race (`country`: a callable giving the text's country, for a town no list knows)."""
    return race == f"{MUNICIPAL} de {_SPAIN}" or town_country(race, country) == _SPAIN


def town_country(race: str, country=None) -> str | None:
    """The country of a town's race (its label less the year): the gazetteer's, else for a
    town it does not know the one `country` (a callable) gives, the text's."""
    if not race.startswith(MUNICIPAL_RACE + " de "):
        return None
    place = gz.place(race[len(MUNICIPAL_RACE) + 4:])
    if place is not None:
        return place.country
    return country() if country is not None else None


def national_race(race: str, country=None) -> str | None:
    """The country's municipal elections a town's race is held in ("las municipales de mayo"
    give their year to "la alcaldía" of a town of that country)."""
    nation = town_country(race, country)
    return f"{MUNICIPAL} de {nation}" if nation else None


def municipal_year(year: int, token) -> int:
    """The year of Spain's municipal elections nearest `year` on the side the clause tells:
    the one before in a clause told in the past or said to be the last, else the next."""
    if year % 4 == 3:
        return year
    words = {fold(t.lower_) for t in token.subtree}
    if told_as(token, "Past") and not _standing_title(token) or words & _HELD:
        return year - (year - 3) % 4
    return year + (3 - year) % 4


def _standing_title(token) -> bool:
    """Whether the race's phrase hangs on a candidate's title that is no predicate ("Abrió el
    acto la candidata a la alcaldía, X"): the title is the one she holds now, the verb's tense
    that of the act told, not of the race ("fue candidata a la alcaldía" tells a past one)."""
    title = token.head
    return token.dep_ == "nmod" and title.pos_ == "NOUN" and \
        role_kind(fold(title.lower_)) == "candidate" and \
        title.dep_ in ("nsubj", "obj", "appos") and \
        not any(c.dep_ == "cop" for c in title.children)
