"""The parse extractor on places read as people: a town whose name opens with a rank ("el
intendente de General Rodríguez", "la alcaldesa de Coronel Oviedo") is the seat's place, not
a general's surname; and a known place where a seat is held ("el concejal en Helsinki Aatu
Virtanen") never opens its holder's name, whatever the given name.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _people(extraction) -> set[str]:
    return {e.label for e in extraction.entities if e.cls.endswith("#Person")}


# ------------------------------------------------------------ a rank opening a town's name

def test_a_mayor_of_a_town_named_general(read):
    extraction = read("Bullrich se reunió ayer con el intendente de General Rodríguez, Marcos "
                      "Peralta, en la Casa Rosada.")
    found = facts(extraction)
    assert ("Marcos Peralta", "holdsOffice", "Intendente de General Rodríguez") in found
    assert ("Patricia Bullrich", "met", "Marcos Peralta") in found
    assert "Rodríguez" not in _people(extraction)


def test_a_mayoress_of_a_town_named_coronel(read):
    extraction = read("La alcaldesa de Coronel Oviedo, Ana Benítez, recibió a Santiago Peña.")
    assert ("Ana Benítez", "holdsOffice", "Alcalde de Coronel Oviedo") in facts(extraction)
    assert "Oviedo" not in _people(extraction)


def test_a_governor_of_a_town_named_general_with_no_holder_named(read):
    extraction = read("Orbán se reunió con el gobernador de General Roca.")
    assert "Roca" not in _people(extraction)
    assert not {o for s, r, o in facts(extraction) if r == "met"}


def test_a_town_named_admiral_keeps_its_rank(read):
    found = facts(read("El intendente de Almirante Brown, Mariano Cascallares, criticó a "
                       "Milei."))
    assert ("Mariano Cascallares", "holdsOffice", "Intendente de Almirante Brown") in found


def test_a_province_named_president(read):
    extraction = read("Peña viajó ayer al departamento de Presidente Hayes para inaugurar una "
                      "escuela.")
    assert "Hayes" not in _people(extraction)


def test_a_general_met_is_still_a_person(read):
    extraction = read("Kast almorzó con el general Ramón Ortiz en Valparaíso.")
    assert ("José Antonio Kast", "met", "Ramón Ortiz") in facts(extraction)


# ------------------------------------------------------------ a place before a holder's name

def test_a_councillor_in_a_known_city_with_an_unknown_given_name(read):
    extraction = read("El dirigente se reunió con el concejal en Helsinki Aatu Virtanen, que lo "
                      "acompañó.")
    people = _people(extraction)
    assert "Aatu Virtanen" in people
    assert not {p for p in people if p.startswith("Helsinki")}


def test_a_deputy_in_a_known_city_after_the_party(read):
    extraction = read("Abascal se reunió con el diputado del partido en Lyon Aurélien Moreau.")
    found = facts(extraction)
    assert ("Santiago Abascal", "met", "Aurélien Moreau") in found
    assert not {p for p in _people(extraction) if p.startswith("Lyon")}


def test_a_councillor_in_a_known_city_met(read):
    found = facts(read("Abascal se reunió con el concejal en Cracovia Zbyszko Wrona."))
    assert ("Santiago Abascal", "met", "Zbyszko Wrona") in found


def test_a_given_name_that_is_also_a_city_stays_in_the_name(read):
    extraction = read("El líder se reunió con la concejala en Roma Florencia Gaitán.")
    assert "Florencia Gaitán" in _people(extraction)


def test_a_forum_named_after_a_city_is_no_person(read):
    extraction = read("Abascal intervino en el Oslo Freedom Forum ante cien personas.")
    assert not _people(extraction) - {"Santiago Abascal"}
