"""Asking for support is not giving it: "le pidió apoyo a X" asks X and backs no one, while
"pidió el voto para X" and "pidió apoyo para X" back X. And a title of nationality ("el
mandatario salvadoreño") stands for the person the text or the graph makes of that country
rather than for the one the text is about, of no country known.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


@pytest.mark.parametrize("text", ["Kast le pidió apoyo a Milei.", "Kast pidió a Milei su apoyo."])
def test_asking_for_support_backs_no_one(read, text):
    assert not {f for f in facts(read(text)) if f[1] == "endorsed"}


@pytest.mark.parametrize("text", ["Kast pidió el voto para Milei.",
                                  "Kast pidió apoyo para Milei."])
def test_asking_support_for_someone_backs_them(read, text):
    assert ("José Antonio Kast", "endorsed", "Javier Milei") in facts(read(text))


def test_a_title_of_nationality_stands_for_its_compatriot(read):
    found = facts(read("Ospino habló con la radio. Preguntado por Nayib Bukele, reconoció que "
                       "el mandatario salvadoreño no ha respaldado a Abelardo de la Espriella."))
    assert ("Nayib Bukele", "not endorsed", "Abelardo de la Espriella") in found
    assert not {f for f in found if f[0] == "Ospino"}
