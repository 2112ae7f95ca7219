"""The parse extractor on taking part in events: a part of a gathering named with it ("la
clausura de la cumbre") is the gathering, whatever verb says one was there.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


# A part of a gathering, with the gathering as its complement.

@pytest.mark.parametrize("text", [
    "La senadora Inés Quiroga y el diputado Tomás Lerma coincidieron el martes en la apertura "
    "del Foro Atlántico de Oporto.",
    "Tomás Lerma e Inés Quiroga coincidieron en Oporto en la sesión de clausura del Foro "
    "Atlántico de Oporto.",
    "En la inauguración del Foro Atlántico de Oporto coincidieron Inés Quiroga y Tomás Lerma.",
])
def test_being_together_at_a_part_of_a_gathering(read, text):
    found = facts(read(text))
    assert ("Inés Quiroga", "participatedIn", "Foro Atlántico de Oporto") in found
    assert ("Tomás Lerma", "participatedIn", "Foro Atlántico de Oporto") in found


@pytest.mark.parametrize("text", [
    "El diputado Tomás Lerma estuvo ayer en la clausura de la Cumbre Europa Firme.",
    "El diputado Tomás Lerma estuvo presente en la inauguración de la Cumbre Europa Firme.",
    "El diputado Tomás Lerma participó en el acto de clausura de la Cumbre Europa Firme.",
])
def test_being_at_a_part_of_a_gathering(read, text):
    assert ("Tomás Lerma", "participatedIn", "Cumbre Europa Firme") in facts(read(text))


def test_not_being_at_a_part_of_a_gathering(read):
    found = facts(read("El diputado Tomás Lerma no estuvo en la clausura de la Cumbre Europa "
                       "Firme."))
    assert ("Tomás Lerma", "participatedIn", "Cumbre Europa Firme") not in found


def test_a_part_of_something_else_is_no_gathering(read):
    found = facts(read("El diputado Tomás Lerma coincidió con Inés Quiroga en la apertura del "
                       "curso judicial en Madrid."))
    assert not any(r == "participatedIn" for _, r, _ in found)
