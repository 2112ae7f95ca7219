"""The parse extractor on offices an apposition names by common nouns: "expresidente de la
República" is the presidency of the country the text is in, and "de la Nación" after a
chamber names that chamber's country; "el presidente regional" heads the one Spanish region
the text names, even once; "exalcalde de la ciudad" is the mayor of the town whose council
the text named ("el Ayuntamiento de X", a town the gazetteer need not know), and the capital
in a region's name ("la Región de Murcia") is no town of the story. "X, que es del Frente
Amplio" makes X a member of an organization the graph does not know, and an interview's answer
opened by a dash keeps its subject.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _offices(found, person: str) -> set[str]:
    return {o for s, r, o in facts(found) if s == person and r == "holdsOffice"}


def test_an_ex_president_of_the_republic_in_apposition_is_the_countrys(read):
    found = read("En Colombia, el apoyo de Ernesto Pardo Villamil, expresidente de la República "
                 "y fundador del Movimiento Patria Firme, llegó pronto.")
    assert "Presidente de Colombia" in _offices(found, "Ernesto Pardo Villamil")


def test_a_chamber_of_the_nation_is_the_countrys(read):
    found = read("En la Argentina de Milei, el presidente del Senado de la Nación, Aurelio "
                 "Quintana Bravo, habló ayer en Salta.")
    offices = _offices(found, "Aurelio Quintana Bravo")
    assert "Presidente del Senado de Argentina" in offices
    assert "Presidente del Senado de la Nación" not in offices


def test_the_regional_president_heads_the_one_region_named(read):
    found = read("Los vecinos ondeaban banderas de Castilla-La Mancha. Después, el orador cargó "
                 "contra el presidente regional, Anselmo Ruiz Cebrián.")
    offices = _offices(found, "Anselmo Ruiz Cebrián")
    assert "Presidente de Castilla-La Mancha" in offices
    assert "Presidente regional" not in offices


def test_the_former_mayor_of_the_city_is_of_the_council_named(read):
    found = read("El mitin se celebró frente al Ayuntamiento de Villarrubia, con banderas de la "
                 "Región de Murcia. El PSOE local, que dirige Ramiro Ortuño Sáez, exalcalde de "
                 "la ciudad, lo criticó.")
    offices = _offices(found, "Ramiro Ortuño Sáez")
    assert "Alcalde de Villarrubia" in offices
    assert "Alcalde de Murcia" not in offices


def test_being_of_a_party_the_graph_does_not_know_is_membership(read):
    found = facts(read("—Ramona Illanes, que es del Movimiento Austral Unido, lleva dos años "
                       "sin hacer nada."))
    assert ("Ramona Illanes", "memberOf", "Movimiento Austral Unido") in found


def test_being_of_a_place_is_no_membership(read):
    found = facts(read("Ramona Illanes, que es de Valparaíso, lleva dos años en el cargo."))
    assert not any(s == "Ramona Illanes" and r == "memberOf" for s, r, _ in found)
