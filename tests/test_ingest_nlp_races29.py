"""The parse extractor on a candidacy for a federal state's or a province's government ("el
candidato del MDB al gobierno de Goiás", "candidata al gobierno de Jujuy"): its governor's
race, not the country's general election; a Spanish region's government keeps its own.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_a_candidate_to_a_states_government_runs_for_governor(read):
    found = facts(read("Rodrigo Teles, candidato del MDB al gobierno de Minas Gerais, visitó "
                       "Belo Horizonte."))
    assert ("Rodrigo Teles", "represents", "MDB") in found
    assert ("Rodrigo Teles", "candidateIn", "Elección de gobernador de Minas Gerais de 2026") \
        in found


def test_a_copula_candidacy_to_a_provinces_government_in_a_year(read):
    found = facts(read("Lucía Ferro es candidata al gobierno de Jujuy en 2027."))
    assert ("Lucía Ferro", "candidateIn", "Elección de gobernador de Jujuy de 2027") in found


def test_a_countrys_government_is_no_governors_race(read):
    found = facts(read("Rodrigo Teles, candidato del MDB al gobierno de Brasil, visitó Goiânia."))
    assert not any(r == "candidateIn" and "gobernador" in o for _, r, o in found)
