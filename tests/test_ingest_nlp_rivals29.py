"""The parse extractor on ties a mentor or a political heir makes ("su mentor, el exalcalde X",
"heredero político de Y"), a rival's title followed by the rival's name ("heredero político del
presidente X" names X, not whoever else holds that title), name-calling that discredits a rival
("lo descalificó como «un aventurero»"), and people whose given name is Romanian or Hungarian
("Ioana Mureșan", "Hunor Kelemen"), who are persons however the small model tags them; and a
shared list of things ("comparten lista de prioridades") that makes no allies.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_a_mentor_in_apposition_is_an_ally_of_the_possessor(read):
    found = facts(read("Marta Gil ganó las elecciones de febrero en Teruel. Su mentor, el "
                       "exalcalde Andrés Lozano, sigue siendo el verdadero poder en la ciudad."))
    assert ("Andrés Lozano", "allied", "Marta Gil") in found


def test_a_political_heir_is_an_ally_of_the_one_he_inherits_from(read):
    found = facts(read("Pidió el voto para Daniel Ferreira, candidato del PSD y heredero político "
                       "del senador Jorge Almeida."))
    assert ("Daniel Ferreira", "allied", "Jorge Almeida") in found


def test_an_heir_without_politico_is_no_ally(read):
    found = facts(read("El senador Daniel Ferreira, heredero de Jorge Almeida en la empresa "
                       "familiar, anunció su candidatura."))
    assert ("Daniel Ferreira", "allied", "Jorge Almeida") not in found


def test_a_partner_title_before_a_name_is_that_name(read):
    found = facts(read("El senador Iván Gómez, candidato de Nueva Fuerza y aliado del "
                       "presidente Gustavo Torres, calificó la cita de farsa."))
    assert ("Iván Gómez", "allied", "Gustavo Torres") in found
    assert {o for s, r, o in found if s == "Iván Gómez" and r == "allied"} == {"Gustavo Torres"}


def test_name_calling_with_descalificar_opposes(read):
    found = facts(read("Eduardo Salinas habló de su partido en la radio. El dirigente Jorge "
                       "Moreno lo descalificó en octubre como \"un aventurero\"."))
    assert ("Jorge Moreno", "opponentOf", "Eduardo Salinas") in found


def test_descalificar_denied_makes_no_rival(read):
    found = facts(read("Eduardo Salinas habló de su partido en la radio. El dirigente Jorge "
                       "Moreno no lo descalificó nunca."))
    assert ("Jorge Moreno", "opponentOf", "Eduardo Salinas") not in found


def test_a_romanian_given_name_makes_a_person(read):
    found = facts(read("La anfitriona fue Ioana Bărbulescu, presidenta de la filial de AUR en "
                       "Iași. Bărbulescu cargó contra el senador Andrei Popescu."))
    assert ("Ioana Bărbulescu", "memberOf", "AUR") in found or \
        ("Ioana Bărbulescu", "memberOf", "Alianza para la Unión de los Rumanos") in found
    assert ("Ioana Bărbulescu", "opponentOf", "Andrei Popescu") in found


def test_sharing_a_list_of_things_makes_no_allies(read):
    found = facts(read("Marta Ruiz recordó que el Partido Azul y el Partido Verde comparten lista "
                       "de prioridades desde hace años."))
    assert ("Partido Azul", "allied", "Partido Verde") not in found
    assert ("Partido Verde", "allied", "Partido Azul") not in found


def test_sharing_a_group_still_makes_allies(read):
    found = facts(read("El Vlaams Belang y el PVV comparten grupo en el Parlamento Europeo."))
    assert ("Vlaams Belang", "allied", "PVV") in found or \
        ("Vlaams Belang", "allied", "Partido por la Libertad") in found
