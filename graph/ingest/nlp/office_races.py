"""The race a contest with no race named was in, from the office one rival holds: "compitió
contra ella en 2021 y 2023", said of the president of the Comunidad de Madrid, was the
Madrid Assembly's election of each year; "en 2022 compitió contra Netanyahu", Israel's prime
minister, was Israel's legislative election of 2022. Only an office the text gives the rival
and a year the contest's own clause gives: without them the race is not said."""

from __future__ import annotations

import re

from graph.ingest.nlp.election_kinds import (
    GOVERNOR,
    LEGISLATIVE,
    PARLIAMENTARY,
    PRESIDENTIAL,
    REGION_PARLIAMENTS,
    region_of,
)
from graph.ingest.nlp.ends import End
from graph.ingest.reading import fold

_YEAR = re.compile(r"(19|20)\d\d")
# Heads of a government chosen by a parliament: their country's legislative race.
_PARLIAMENT_CHOSEN = ("primer ministro", "primera ministra", "presidente del gobierno",
                      "presidenta del gobierno", "canciller", "jefe del gobierno",
                      "jefa del gobierno")


def office_races(parsed, found, claim) -> list[End]:
    """The races of the years the contest verb of `claim` gives, filling the office that one
    of its ends holds (as `found` says), when exactly one such office is given."""
    verb = parsed.doc[claim.trigger]
    years = _years(verb)
    if not years:
        return []
    kinds = {_race_of(parsed.kb.label(c.object.key)) for c in found
             if c.relation == "holdsOffice" and not c.negated and
             not c.qualifiers.get("former") and
             c.subject.key in (claim.subject.key, claim.object.key)}
    kinds.discard(None)
    if len(kinds) != 1:
        return []
    race = kinds.pop()
    return [End(parsed.elections.of_label(f"{race} de {year}", verb), verb.i, verb.i)
            for year in years]


def _years(verb) -> list[str]:
    """"en 2021 y 2023", "en 2022": the years on the verb itself, not in clauses inside it."""
    years = []
    for child in verb.children:
        if child.dep_ not in ("obl", "nmod", "advmod") or not _YEAR.fullmatch(child.text):
            continue
        years += [t.text for t in (child, *child.conjuncts) if _YEAR.fullmatch(t.text)]
    return sorted(set(years))


def _race_of(office: str) -> str | None:
    """The race that fills an office, by the office's name in the graph's convention."""
    words = office.split()
    folded = fold(office.lower())
    region = region_of(words)
    if region and folded.startswith(("presidente de", "presidenta de", "presidente del",
                                     "presidenta del")):
        # "Presidente de la Comunidad de Madrid", "de la Junta de Andalucía"
        return "Elecciones " + REGION_PARLIAMENTS[region]
    place = office.split(" de ", 1)[1] if " de " in office else None
    if place is None or region:
        return None
    place = re.sub(r"^(la|el|los|las) ", "", place)
    if folded.startswith(_PARLIAMENT_CHOSEN):
        return f"{LEGISLATIVE} de {place.split(' de ')[-1]}"
    if folded.startswith(("presidente de ", "presidenta de ")) and " de " not in place and \
            place not in PARLIAMENTARY:
        return f"{PRESIDENTIAL} de {place}"
    if folded.startswith(("gobernador de ", "gobernadora de ")):
        return f"{GOVERNOR} de {place}"
    return None
