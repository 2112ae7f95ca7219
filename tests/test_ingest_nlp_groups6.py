"""The parse extractor on memberships stated in running prose: the group a person founded,
named by a relative clause whose subject the sentence gives before ("X defendió la red, la
plataforma que fundó en 2019 junto a A y al chileno B"), with the co-founders beside it.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


# ------------------------------------------------------------------- founders of a group


def test_the_founder_of_a_group_named_by_a_relative_clause(read):
    found = facts(read("El exministro Tomás Revuelta defendió ayer la Red Atlántica, la "
                       "plataforma que fundó en 2019 junto a Laura Pizarro y al chileno Íñigo "
                       "Lasa."))
    assert {("Tomás Revuelta", "memberOf", "Red Atlántica"),
            ("Laura Pizarro", "memberOf", "Red Atlántica"),
            ("Íñigo Lasa", "memberOf", "Red Atlántica")} <= found


def test_a_founder_without_co_founders(read):
    found = facts(read("Andrej Babiš defendió ayer Patriotas por Europa, la familia política "
                       "que fundó hace dos años."))
    assert ("Andrej Babiš", "memberOf", "Patriotas por Europa") in found


def test_co_founders_named_with_con_and_cofundar(read):
    found = facts(read("Laura Pizarro elogió el Movimiento Cívico Andino, la organización que "
                       "cofundó hace una década con el peruano Íñigo Lasa."))
    assert {("Laura Pizarro", "memberOf", "Movimiento Cívico Andino"),
            ("Íñigo Lasa", "memberOf", "Movimiento Cívico Andino")} <= found


def test_a_founded_party_with_a_known_co_founder(read):
    found = facts(read("Santiago Abascal recordó en el mitin a Vox, el partido que fundó en "
                       "2013 junto a Javier Ortega Smith."))
    assert ("Javier Ortega Smith", "memberOf", "Vox") in found


def test_a_group_that_leads_something_is_not_led(read):
    found = facts(read("Laura Pizarro criticó el Movimiento Cívico Andino, la formación que "
                       "lidera las encuestas en Lima."))
    assert not {f for f in found if f[1] in ("leaderOf", "memberOf")}


def test_a_named_leader_after_the_verb_stays_the_leader(read):
    found = facts(read("Laura Pizarro criticó el Movimiento Cívico Andino, el partido que "
                       "dirige Íñigo Lasa."))
    assert ("Íñigo Lasa", "leaderOf", "Movimiento Cívico Andino") in found
    assert ("Laura Pizarro", "leaderOf", "Movimiento Cívico Andino") not in found


# ----------------------------------------------------------- races named by their year only


def test_earlier_candidacies_by_year_are_the_texts_race_then(read):
    found = facts(read("Laura Pizarro compite en las presidenciales de Perú de 2026. La "
                       "exministra, que ya fue candidata en 2016 y 2021, pidió el voto en "
                       "Arequipa."))
    assert {("Laura Pizarro", "candidateIn", "Elección presidencial de Perú de 2016"),
            ("Laura Pizarro", "candidateIn", "Elección presidencial de Perú de 2021")} <= found


def test_a_candidacy_by_year_in_a_main_clause(read):
    found = facts(read("Las elecciones presidenciales de Perú de 2026 llegan a su fin. Tomás "
                       "Revuelta fue candidato en 2011 y hoy apoya a Laura Pizarro."))
    assert ("Tomás Revuelta", "candidateIn", "Elección presidencial de Perú de 2011") in found


def test_a_candidate_title_dated_by_its_year(read):
    found = facts(read("Tomás Revuelta, el candidato de Renovación Popular en 2021, cerró la "
                       "campaña de las presidenciales de Perú de 2026 en Lima."))
    assert ("Tomás Revuelta", "candidateIn", "Elección presidencial de Perú de 2021") in found


def test_no_race_by_year_when_the_text_names_two_races_alike(read):
    found = facts(read("Laura Pizarro compite en las presidenciales de Perú de 2026 y Tomás "
                       "Revuelta en las legislativas de Chile de 2025. Íñigo Lasa fue candidato "
                       "en 2016."))
    assert not {f for f in found if f[0] == "Íñigo Lasa"}


# ------------------------------------------------- "X, del partido Y": the party after its noun


@pytest.mark.parametrize("text, person, party", [
    ("Laura Pizarro, del partido Renovación Popular, anunció que buscará la reelección.",
     "Laura Pizarro", "Renovación Popular"),
    ("La diputada Laura Pizarro, de la formación Renovación Popular, votó en contra.",
     "Laura Pizarro", "Renovación Popular"),
    ("En el debate intervino Tomás Revuelta, del partido Vox, y luego habló la ministra.",
     "Tomás Revuelta", "Vox"),
])
def test_a_party_named_after_its_generic_noun(read, text, person, party):
    assert (person, "memberOf", party) in facts(read(text))


def test_a_place_after_a_generic_noun_is_no_party(read):
    found = facts(read("Laura Pizarro, de la ciudad de Arequipa, anunció que buscará la "
                       "reelección."))
    assert not {f for f in found if f[1] == "memberOf"}


# ------------------------------------------- the gathering where a host gathered the others


@pytest.mark.parametrize("text, host, event", [
    ("Tomás Revuelta reunió el sábado a decenas de alcaldes de toda la región, en la cumbre "
     "de Toledo.", "Tomás Revuelta", "Cumbre de Toledo"),
    ("La diputada Laura Pizarro congregó ayer a cientos de simpatizantes del partido, en el "
     "mitin de Jerez, que cerró la campaña.", "Laura Pizarro", "Mitin de Jerez"),
    ("Matteo Salvini congregó este domingo en el prado de Pontida, en la provincia de Bérgamo, "
     "a varios de los principales dirigentes de la derecha europea, en la tradicional "
     "concentración anual de su partido. La concentración de Pontida, organizada por la Liga "
     "desde 1990, sirvió a Salvini para reivindicar su papel.",
     "Matteo Salvini", "Concentración de Pontida"),
])
def test_a_gathering_set_off_after_those_gathered(read, text, host, event):
    assert (host, "participatedIn", event) in facts(read(text))


def test_a_place_set_off_after_those_gathered_is_no_gathering(read):
    found = facts(read("Laura Pizarro recibió a varios de los diputados de su grupo, en la "
                       "sede del partido en Cádiz."))
    assert not {f for f in found if f[1] == "participatedIn"}


# --------------------------------------------- the head of a mission an organization sends


@pytest.mark.parametrize("text, person, mission", [
    ("Ayer en Tegucigalpa, el jefe de la misión de observación de la Unión Europea, el "
     "eurodiputado Tomás Revuelta, pidió calma.",
     "Tomás Revuelta", "Misión de observación de la Unión Europea"),
    ("La jefa de la misión electoral de la OEA, Laura Pizarro, pidió calma.",
     "Laura Pizarro", "Misión electoral de la OEA"),
    ("Tomás Revuelta, jefe de la misión de observación de la Unión Europea, pidió calma.",
     "Tomás Revuelta", "Misión de observación de la Unión Europea"),
])
def test_the_head_of_a_mission_leads_the_mission_not_the_organization(read, text, person,
                                                                       mission):
    found = facts(read(text))
    assert (person, "leaderOf", mission) in found
    assert not {f for f in found if f[0] == person and f[2] in ("Unión Europea", "OEA")}


# ------------------------------------------------------- observers invited to an election

_RACE = "Hondureños votan hoy en las elecciones generales de Honduras de 2025. "


@pytest.mark.parametrize("text", [
    _RACE + "La diputada Laura Pizarro, invitada por el Partido Nacional como observadora de la "
    "jornada, publica una foto.",
    _RACE + "El Partido Nacional invitó a la diputada Laura Pizarro como observadora de los "
    "comicios.",
    _RACE + "Laura Pizarro fue invitada como observadora de las elecciones por el Partido "
    "Nacional.",
])
def test_an_observer_invited_to_an_election_is_its_guest(read, text):
    extraction = read(text)
    invited = [c for c in extraction.candidates if c.relation == "invitedTo"]
    assert [(c.subject, c.object) for c in invited] == [
        ("Laura Pizarro", "Elección presidencial de Honduras de 2025")]


def test_an_observer_of_something_else_is_no_guest(read):
    found = facts(read(_RACE + "El Partido Nacional invitó a la diputada Laura Pizarro como "
                       "observadora de la situación de los derechos humanos."))
    assert not {f for f in found if f[1] == "invitedTo"}


# ------------------------------------- the member after an intransitive verb of a relative


@pytest.mark.parametrize("text, member, group", [
    ("El líder de la Liga, Matteo Salvini, habló ayer en Pontida. Salvini defendió Patriotas "
     "por Europa, el grupo del Parlamento Europeo al que pertenece su partido junto a Vox y "
     "Fidesz.", "Liga", "Patriotas por Europa"),
    ("Tomás Revuelta visitó la Red Atlántica, la plataforma a la que se sumó Vox el año "
     "pasado.", "Vox", "Red Atlántica"),
])
def test_the_subject_after_a_verb_of_belonging(read, text, member, group):
    found = facts(read(text))
    assert (member, "memberOf", group) in found
    assert not {f for f in found if f[1] == "memberOf" and f[2] == group and
                f[0] in ("Matteo Salvini", "Salvini", "Tomás Revuelta")}


def test_co_members_named_beside_the_subject(read):
    found = facts(read("El líder de la Liga, Matteo Salvini, habló ayer en Pontida. Salvini "
                       "defendió Patriotas por Europa, el grupo al que pertenece su partido "
                       "junto a Vox y Fidesz."))
    assert {("Vox", "memberOf", "Patriotas por Europa"),
            ("Fidesz", "memberOf", "Patriotas por Europa")} <= found


@pytest.mark.parametrize("text, person, race", [
    ("Jorge Quiroga compite en las presidenciales de Bolivia de 2025. Quiroga ya se presentó "
     "en 2005.", "Jorge Quiroga", "Elección presidencial de Bolivia de 2005"),
    ("Laura Pizarro compite en las presidenciales de Perú de 2026. Tomás Revuelta compitió en "
     "2016 y perdió.", "Tomás Revuelta", "Elección presidencial de Perú de 2016"),
])
def test_running_in_a_year_alone_is_the_texts_race_then(read, text, person, race):
    assert (person, "candidateIn", race) in facts(read(text))


def test_presenting_something_in_a_year_is_no_candidacy(read):
    found = facts(read("Laura Pizarro compite en las presidenciales de Perú de 2026. Tomás "
                       "Revuelta presentó en 2016 un libro."))
    assert not {f for f in found if f[0] == "Tomás Revuelta"}


# -------------------------------------------- a party's candidate in the text's one race


@pytest.mark.parametrize("text, person, race", [
    ("Los peruanos votan el domingo en las elecciones presidenciales de Perú de 2026. Las "
     "encuestas sitúan primero a Tomás Revuelta, candidato de Renovación Popular.",
     "Tomás Revuelta", "Elección presidencial de Perú de 2026"),
    ("Los peruanos votan el domingo en las elecciones presidenciales de Perú de 2026. La "
     "candidata de Fuerza Popular, Laura Pizarro, votó en Surco.",
     "Laura Pizarro", "Elección presidencial de Perú de 2026"),
])
def test_a_partys_candidate_runs_in_the_race_the_text_is_about(read, text, person, race):
    assert (person, "candidateIn", race) in facts(read(text))


def test_no_candidate_of_a_runoff_by_title_alone(read):
    found = facts(read("Los peruanos votan el domingo en la segunda vuelta presidencial de Perú "
                       "de 2026. El tercer clasificado, el candidato de Ahora Nación, Tomás "
                       "Revuelta, no apoyará a nadie."))
    assert not {f for f in found if f[0] == "Tomás Revuelta" and f[1] == "candidateIn"}
