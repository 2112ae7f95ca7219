"""The people after a "según" phrase are the sentence's subject, not the source's companions:
in "Según informó Adorni, Kast y Milei hablaron por teléfono" Adorni spoke with nobody.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


@pytest.mark.parametrize("source", ["Según informó el jefe de Gabinete, Manuel Adorni,",
                                    "Según contó Manuel Adorni,", "Según Manuel Adorni,"])
def test_the_people_after_a_source_are_the_subject(read, source):
    found = facts(read(f"{source} Kast y Milei hablaron por teléfono el viernes."))
    assert ("José Antonio Kast", "contactWith", "Javier Milei") in found
    assert not {f for f in found if "Manuel Adorni" in (f[0], f[2]) and f[1] != "holdsOffice"}


def test_a_source_of_two_names_keeps_them_and_the_subject_apart(read):
    found = facts(read("Según Ana Gil y Marta Ruiz, Abascal se reunió con Meloni en Roma."))
    assert ("Santiago Abascal", "met", "Giorgia Meloni") in found
    assert not {f for f in found if {"Ana Gil", "Marta Ruiz"} & {f[0], f[2]}}
