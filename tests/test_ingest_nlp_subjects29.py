"""The parse extractor on a dropped subject after a described speaker whose relative clause
names others: "El organizador del foro, que reunió a figuras como A y B, contó que asistió a
X": the one described attended, not the persons the relative clause governs.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_names_in_a_relative_clause_are_not_a_later_verbs_subject(read):
    found = facts(read("La activista Rosa Beltrán habló ayer en la radio. La organizadora del "
                       "Foro del Pacífico, que reunió en 2023 a figuras como Santiago Abascal y "
                       "Eduardo Bolsonaro, contó que en marzo conversó con Javier Milei."))
    assert ("Santiago Abascal", "met", "Javier Milei") not in found
    assert ("Eduardo Bolsonaro", "met", "Javier Milei") not in found
    assert {("Rosa Beltrán", "met", "Javier Milei"),
            ("Rosa Beltrán", "contactWith", "Javier Milei")} & found
