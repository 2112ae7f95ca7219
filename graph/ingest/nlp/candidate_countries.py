"""The race of a candidate from abroad: a national race the text names without its country is
read as the country the story is in, but one the graph places in another country runs in their
own ("SKOPIE. ... El líder del Fidesz, que afronta en abril unas elecciones legislativas":
Hungary's, not North Macedonia's). A country the sentence or the race's phrase names stands."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.election_kinds import LEGISLATIVE, PRESIDENTIAL
from graph.ingest.nlp.person_countries import person_country
from graph.ingest.nlp.race_countries import sentence_country
from graph.ingest.nlp.words import demonym_label

_NATIONAL = (PRESIDENTIAL, LEGISLATIVE)


def own_race(parsed, person, race, token):
    """`race` (an end) in the country of `person` (an end) when the graph, the text or the
    table of public figures gives them one other than the one the race was placed in, and
    nothing near names the race's country ("las legislativas españolas" are Spain's)."""
    label = parsed.kb.label(race.key)
    kind = next((k for k in _NATIONAL if label.startswith(k + " de ")), None)
    if kind is None or sentence_country(parsed, token) or any(
            demonym_label(t) for i in range(race.first, race.last + 1)
            for t in parsed.doc[i].subtree):
        return race
    place, _, year = label[len(kind) + 4:].rpartition(" de ")
    country = person_country(parsed, person.key, [place]) if place else None
    if country is None or not year.isdigit() or country == place:
        return race
    return replace(race, key=parsed.elections.of_label(f"{kind} de {country} de {year}", token))
