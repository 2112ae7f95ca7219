"""The second member of an "entre" phrase that the small model hangs on the noun before it
("la alianza entre A, el frente que lidera X, y B") is that phrase's member: A and B are
allied, not the one who speaks of their alliance.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_the_second_member_after_an_apposition(read):
    found = facts(read("El gobernador Alfredo Cornejo recibió a Milei. Durante la cena, Milei "
                       "destacó la alianza entre Cambia Mendoza, el frente que lidera el "
                       "gobernador, y La Libertad Avanza."))
    assert ("Cambia Mendoza", "allied", "La Libertad Avanza") in found
    assert not {f for f in found if f[0] == "Javier Milei" and f[1] == "allied"}
