"""The parse extractor on longer names that open on a party's name: a body named with "de" and
words of the language ("la Liga de Alcaldes Independientes") is its own entity, not the party
and a person; a party's name and a region's or a city's right after it ("Vox Cantabria") name
the branch. The party and its owner ("el SPD de Tomio Okamura"), the party in a place ("Vox en
Cantabria") and the party alone ("la Liga y Fidesz") stay as they were.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

from graph.ingest.knowledge import PARTY

read = lists_tests.read  # the extractor, its articles dated in May 2026


# ------------------------------------------------------------ "<party> de <words>"

@pytest.mark.parametrize(("text", "body", "person"), [
    ("La candidata Marta Ibáñez abrió la campaña. La Liga de Alcaldes Independientes anunció "
     "ayer su apoyo a Ibáñez.", "Liga de Alcaldes Independientes", "Marta Ibáñez"),
    ("El candidato Tomás Ferrer cerró su gira. La Liga de Jóvenes Emprendedores respaldó a "
     "Ferrer en Mérida.", "Liga de Jóvenes Emprendedores", "Tomás Ferrer"),
])
def test_a_body_named_after_a_party_word_is_its_own(read, text, body, person):
    found = facts(read(text))
    assert (body, "endorsed", person) in found
    assert not {f for f in found if f[0] == "Liga" or f[2] == "Liga"}


def test_words_of_the_language_after_de_are_no_member(read):
    found = facts(read("La Liga de Municipios Rurales, del exalcalde Tomás Prieto, anunció su "
                       "apoyo al proyecto."))
    assert not {f for f in found if f[1] == "memberOf"}


def test_the_party_and_its_owner_stay_apart(read):
    assert ("Tomio Okamura", "leaderOf", "SPD") in facts(
        read("El SPD de Tomio Okamura ganó las elecciones en Praga."))
    found = facts(read("El mitin de la Liga de Matteo Salvini reunió a miles de personas en "
                       "Pontida."))
    assert ("Matteo Salvini", "leaderOf", "Liga") in found


def test_a_party_and_a_surname_are_no_new_party(read):
    found = facts(read("Santiago Abascal pidió el voto para el Fidesz de Orbán en Budapest."))
    assert not {f for f in found if "Fidesz de Orbán" in (f[0], f[2])}


def test_the_party_alone_stays_the_party(read):
    assert ("Liga", "allied", "Fidesz") in facts(
        read("La Liga y Fidesz cerraron ayer un pacto en Milán."))


# ------------------------------------------------------------ "<party> <region>"

@pytest.mark.parametrize(("text", "branch"), [
    ("Las Jornadas del Campo, organizadas por Vox Cantabria, reunieron a doscientas personas.",
     "Vox Cantabria"),
    ("Las Jornadas del Campo, organizadas por Vox Asturias, reunieron a doscientas personas.",
     "Vox Asturias"),
])
def test_a_branch_organizes(read, text, branch):
    found = facts(read(text))
    assert ("Jornadas del Campo", "organizedBy", branch) in found
    assert ("Jornadas del Campo", "organizedBy", "Vox") not in found


@pytest.mark.parametrize("branch", ["Vox Murcia", "Vox Cantabria"])
def test_a_branch_endorses_and_is_a_party(read, branch):
    extraction = read(f"El candidato Luis Pérez cerró su gira. {branch} anunció su apoyo a Luis "
                      "Pérez.")
    assert (branch, "endorsed", "Luis Pérez") in facts(extraction)
    assert {e.cls for e in extraction.entities if e.label == branch} == {PARTY}


def test_a_branch_has_a_leader(read):
    found = facts(read("La presidenta de Vox Navarra, Elena Arraiz, presentó la lista."))
    assert ("Elena Arraiz", "leaderOf", "Vox Navarra") in found


def test_a_branch_named_twice_is_no_person(read):
    extraction = read("El presidente de Vox Cantabria, Andrés Quijano, abrió el acto. Junto a "
                      "él subió la diputada por Cantabria Lucía Ortiz. La cena, organizada por "
                      "Vox Cantabria, reunió a cien personas.")
    assert {e.cls for e in extraction.entities if e.label == "Vox Cantabria"} == {PARTY}


def test_the_party_in_a_place_stays_the_party(read):
    found = facts(read("Las Jornadas del Campo, organizadas por Vox en Cantabria, reunieron a "
                       "doscientas personas."))
    assert ("Jornadas del Campo", "organizedBy", "Vox") in found
