"""The parse extractor on events named the way news names them without a proper name: a
chamber's seat is none ("el Congreso por Valencia"), an edition named by its year ("la edición
2026 de la CPAC"), an organization's meeting ("el foro de la Red X"), a tour ("la «Ruta por la
Comunitat»"), a host's own occasion ("ofreció un desayuno a sus invitados").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


# ---------------------------------------------------------------- a chamber's seat is no event


@pytest.mark.parametrize("text", [
    "En la primera fila se sentó el diputado en el Congreso por Badajoz Luis Mora.",
    "Luis Mora, diputado en el Congreso por Toledo, aplaudió el discurso de Abascal.",
    "Al mitin acudió también Luis Mora, elegido para el Congreso por Murcia en 2023.",
])
def test_a_chambers_seat_for_a_province_is_no_event(read, text):
    found = facts(read(text))
    assert not any(r in ("participatedIn", "invitedTo", "organizedBy") and "Congreso" in o + s
                   for s, r, o in found)


def test_a_congress_named_for_a_cause_is_still_an_event(read):
    found = facts(read("Luis Mora, diputado en el Congreso por Badajoz, asistió al Congreso por "
                       "la Vida."))
    assert ("Luis Mora", "participatedIn", "Congreso por la Vida") in found
    assert not any("Badajoz" in o for _, r, o in found if r == "participatedIn")


@pytest.mark.parametrize("name, seat", [
    ("Congreso por Badajoz", True),
    ("Congreso por Valencia", True),
    ("Congreso por la Vida", False),
    ("Congreso por España", False),
    ("Congreso por Europa", False),
])
def test_which_congress_names_a_seat(name, seat):
    from graph.ingest.nlp import gazetteer as gz

    assert (gz.head_class(gz.fold_key(name)) == "Organization") is seat


# ---------------------------------------------------------------- an edition named by its year


@pytest.mark.parametrize("opening, edition", [
    ("La edición 2026 de la CPAC reunió el jueves a miles de conservadores.", "CPAC 2026"),
    ("La edición de 2025 de Europa Viva reunió el sábado a miles de simpatizantes.",
     "Europa Viva 2025"),
    ("La versión 2024 de la CPAC reunió el jueves a miles de conservadores.", "CPAC 2024"),
])
def test_a_series_named_with_the_year_of_its_edition(read, opening, edition):
    found = facts(read(opening + " El diputado Luis Mora participó en un panel sobre "
                       "inmigración."))
    assert ("Luis Mora", "participatedIn", edition) in found


def test_the_series_bare_name_later_is_that_edition(read):
    found = facts(read("La edición 2026 de la CPAC reunió el jueves a miles de conservadores "
                       "en Maryland. Entre los oradores latinoamericanos estuvo el diputado Luis "
                       "Mora. También asistió a la CPAC la senadora Rosa Díaz."))
    assert ("Rosa Díaz", "participatedIn", "CPAC 2026") in found
    assert not any(o == "CPAC" for _, r, o in found if r == "participatedIn")


def test_a_year_after_the_series_may_date_a_meeting_there(read):
    found = facts(read("Kast y Bukele coincidieron en la CPAC de 2023, pero apenas hablaron."))
    assert ("José Antonio Kast", "participatedIn", "CPAC") in found


def test_two_editions_named_leave_the_series_bare_name_alone(read):
    found = facts(read("La edición 2026 de la CPAC superó en público a la edición 2025 de la "
                       "CPAC. La senadora Rosa Díaz asistió a la CPAC por primera vez."))
    assert ("Rosa Díaz", "participatedIn", "CPAC 2026") not in found


# ---------------------------------------------------------------- an organization's meeting


@pytest.mark.parametrize("text, person, meeting, organizer", [
    ("El diputado Luis Mora participó el mes pasado en el foro de la Fundación Disenso en Lima.",
     "Luis Mora", "Foro de la Fundación Disenso", "Fundación Disenso"),
    ("La senadora Ana Gil intervino en un seminario de la Heritage Foundation en Washington.",
     "Ana Gil", "Seminario de la Heritage Foundation", "Heritage Foundation"),
    ("El alcalde Pedro Ruiz asistió ayer a un encuentro de Patriotas por Europa en Viena.",
     "Pedro Ruiz", "Encuentro de Patriotas por Europa", None),
])
def test_a_meeting_an_organization_holds_is_named_after_it(read, text, person, meeting,
                                                         organizer):
    found = facts(read(text))
    assert (person, "participatedIn", meeting) in found
    assert organizer is None or (meeting, "organizedBy", organizer) in found


def test_a_meeting_told_in_passing_is_no_topic_of_the_sentences_around(read):
    found = facts(read("La senadora Ana Gil llegó a Florida con el diputado Luis Mora, quien no "
                       "participó en la reunión. El viernes Gil intervendrá en un foro de la "
                       "Heritage Foundation. Horas antes, el exministro Pedro Ruiz, que fue "
                       "invitado por el senador Tom Hill, entregó un informe."))
    assert not any(s in ("Luis Mora", "Pedro Ruiz") and "Foro" in o for s, _, o in found)


def test_an_event_still_to_come_is_not_what_the_sentence_before_told(read):
    found = facts(read("Su partido obtuvo dos bancas en 2024 con un discurso duro contra la "
                       "casta. Su líder, Marcos Vera, rechazó participar en la próxima CPAC "
                       "Argentina, en Buenos Aires."))
    assert not any(r == "participatedIn" and s != "Marcos Vera" for s, r, _ in found)


# ---------------------------------------------------------------- a tour is an event


@pytest.mark.parametrize("name, tour", [
    ("Ruta por Castilla", True), ("Tour de la Libertad", True), ("Caravana por la Vida", True),
    ("Gira por España", True), ("Ruta 5", False), ("Ruta Nacional", False), ("Ruta", False),
])
def test_a_tour_is_an_event_and_a_road_is_not(name, tour):
    from graph.ingest.nlp import gazetteer as gz

    assert (gz.head_class(gz.fold_key(name)) == "Event") is tour


def test_the_guests_of_a_quoted_tour(read):
    found = facts(read("Miles de personas llenaron ayer el pabellón en el acto central de la "
                       "«Ruta por la Libertad» de Vox. En la primera fila se sentó la senadora "
                       "Ana Gil."))
    assert ("Ana Gil", "participatedIn", "Ruta por la Libertad") in found


# ---------------------------------------------------------------- a host's own occasion


@pytest.mark.parametrize("sentence", [
    "Su director ofreció un desayuno privado a una docena de invitados, entre ellos el "
    "senador Luis Mora y la diputada Ana Gil.",
    "El alcalde organizó una cena a varios invitados, entre ellos el senador Luis Mora.",
    "La fundación dio una recepción a sus invitados, entre ellos el senador Luis Mora.",
])
def test_guests_of_a_hosts_meal_are_not_the_events(read, sentence):
    found = facts(read("Vox celebró el sábado en Madrid la cumbre Europa Fuerte. " + sentence))
    assert ("Luis Mora", "invitedTo", "Europa Fuerte") not in found


def test_guests_named_in_the_events_report_are_still_its(read):
    found = facts(read("Vox celebró el sábado en Madrid la cumbre Europa Fuerte. Varios "
                       "invitados, entre ellos el senador Luis Mora, llegaron tarde."))
    assert ("Luis Mora", "invitedTo", "Europa Fuerte") in found


def test_a_party_in_apposition_outweighs_the_party_last_named(read):
    found = facts(read("Vox envió a dos concejales al foro. Marta Ruiz, dirigente de Nuevas "
                       "Ideas, el partido de Bukele, cerró el acto."))
    assert ("Nayib Bukele", "memberOf", "Nuevas Ideas") in found
    assert ("Nayib Bukele", "memberOf", "Vox") not in found
