"""The parse extractor on support, alliance and rivalry told in the shapes a live blog or a
chronicle gives them: a phrase under a participle is the participle's ("votó acompañada por
X" is no vote for X).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


@pytest.mark.parametrize("text", [
    "La candidata Marta Gil votó en un colegio de Toledo acompañada por el senador Pedro Ruiz.",
    "El alcalde Luis Mora votó a primera hora, escoltado por la diputada Ana Pons.",
    "Marta Gil vota en Toledo rodeada por Pedro Ruiz y varios concejales.",
    "La diputada Ana Pons votó en Burgos arropada por el exministro Luis Mora, que no "
    "habló con la prensa.",
])
def test_one_who_votes_beside_another_does_not_vote_for_them(read, text):
    found = facts(read(text))
    assert not any(relation == "endorsed" for _, relation, _ in found), found


@pytest.mark.parametrize("text, subject, obj", [
    ("El concejal Luis Mora votó por Marta Gil en la segunda vuelta, acompañado por su "
     "familia.", "Luis Mora", "Marta Gil"),
    ("Acompañada por sus hijos, la diputada Ana Pons votó por Pedro Ruiz.", "Ana Pons",
     "Pedro Ruiz"),
])
def test_a_vote_for_a_person_beside_a_participle_stays(read, text, subject, obj):
    assert (subject, "endorsed", obj) in facts(read(text))
