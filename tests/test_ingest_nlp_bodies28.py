"""A noun for a body right after an apposition that ends on a body's name describes that body,
not the person: "Babiš, presidente de ANO, formación que se incorporó a Patriotas por Europa"
makes ANO, not Babiš, join the group.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_a_relative_on_the_bodys_description_is_the_bodys(read):
    found = facts(read("Babiš, presidente de ANO, formación que se incorporó en 2024 a "
                       "Patriotas por Europa, evitó respaldar a Janša."))
    assert ("ANO", "memberOf", "Patriotas por Europa") in found
    assert ("Andrej Babiš", "memberOf", "Patriotas por Europa") not in found
    assert ("Andrej Babiš", "leaderOf", "ANO") in found


def test_a_persons_own_apposition_with_an_article_stays_the_persons(read):
    found = facts(read("Abascal, líder de Vox, el partido que fundó en 2013, viajó a Roma."))
    assert ("Santiago Abascal", "leaderOf", "Vox") in found
