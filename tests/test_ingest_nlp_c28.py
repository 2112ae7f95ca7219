"""The parse extractor on where a candidacy's race is: a byline's surname that is also a town
dates no story ("Por Lucía Cáceres Rivas" is not a dateline in Cáceres, Spain).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _races(found, person):
    return {o for s, r, o in found if s == person and r == "candidateIn"}


def test_a_byline_surname_is_no_dateline(read):
    found = facts(read("Una campaña en el sur\n\nPor Lucía Cáceres Rivas\n\nMarta Quispe, "
                       "candidata de Perú Libre a la presidencia en las elecciones de abril, "
                       "cerró ayer su gira en Arequipa ante miles de personas en Perú."))
    assert _races(found, "Marta Quispe") == {"Elección presidencial de Perú de 2026"}


def test_a_dateline_city_still_places_the_story(read):
    found = facts(read("Una campaña en el sur\n\nPor Lucía Rivas\n\nCÁCERES. El candidato "
                       "del PP a la presidencia, Luis Merino, cerró ayer su gira ante mil "
                       "personas."))
    assert _races(found, "Luis Merino") == {"Elección presidencial de España de 2026"}
