"""The parse extractor on unnamed events named by their kind and what sets them apart: a book
launch by whose work it presents ("Presentación del libro de X"), an act people go to by the
body that holds it ("Acto de Vox en Toledo"); and on a visit made for a gathering.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _events(extraction) -> set[str]:
    return {e.label for e in extraction.entities if e.cls.endswith(("Event", "Summit"))}


def test_the_launch_of_a_named_author_s_book(read):
    found = facts(read("Isabel Díaz Ayuso asistió el martes a la presentación del libro de "
                       "Javier Ortega en Madrid."))
    assert ("Isabel Díaz Ayuso", "participatedIn",
            "Presentación del libro de Javier Ortega") in found


def test_his_book_is_the_author_s_the_piece_spoke_of_not_the_absent_guest_s(read):
    found = facts(read("Javier Ortega publicó en marzo un ensayo sobre la Reconquista. El "
                       "presidente del PP andaluz, Juanma Moreno, no acudió a la presentación "
                       "de su libro en Sevilla, pese a estar invitado.\nTampoco estuvo el "
                       "alcalde de Sevilla, José Luis Sanz, que declinó la invitación. Sí acudió "
                       "la diputada Rocío Monasterio."))
    launch = "Presentación del libro de Javier Ortega"
    assert ("Juanma Moreno", "invitedTo", launch) in found
    assert ("Juanma Moreno", "not participatedIn", launch) in found
    assert ("Juanma Moreno", "participatedIn", launch) not in found
    assert ("José Luis Sanz", "not participatedIn", launch) in found
    assert ("Rocío Monasterio", "participatedIn", launch) in found
    assert "Presentación del libro de Juanma Moreno" not in {o for _, _, o in found}


def test_guests_after_the_launch_of_her_memoirs(read):
    found = facts(read("Rocío Monasterio escribió unas memorias. A la presentación de sus "
                       "memorias, el lunes en Madrid, asistieron Javier Ortega y Jorge Buxadé."))
    launch = "Presentación de las memorias de Rocío Monasterio"
    assert ("Javier Ortega", "participatedIn", launch) in found
    assert ("Jorge Buxadé", "participatedIn", launch) in found


def test_the_one_who_presents_his_book_is_its_author(read):
    found = facts(read("Rocío Monasterio presentó ayer su libro en Madrid. A la presentación "
                       "de su libro acudieron Javier Ortega y Jorge Buxadé."))
    assert ("Javier Ortega", "participatedIn",
            "Presentación del libro de Rocío Monasterio") in found


def test_no_launch_without_a_work_or_an_author(read):
    for text in ("Alberto Núñez Feijóo anunció en Madrid la presentación de su candidatura. "
                 "A la presentación acudieron Cuca Gamarra y Miguel Tellado.",
                 "Jorge Buxadé asistió el jueves a la presentación de un libro sobre la "
                 "Hispanidad."):
        assert not any(label.startswith("Presentación") for label in _events(read(text)))


def test_an_act_people_go_to_is_the_body_s_that_holds_it(read):
    found = facts(read("Isabel Díaz Ayuso participó el sábado en un acto del PP en Valencia "
                       "junto a Carlos Mazón."))
    assert ("Acto del PP en Valencia", "organizedBy", "PP") in found
    assert ("Isabel Díaz Ayuso", "participatedIn", "Acto del PP en Valencia") in found
    assert ("Carlos Mazón", "participatedIn", "Acto del PP en Valencia") in found


def test_one_who_stayed_away_from_a_party_s_act(read):
    found = facts(read("Santiago Abascal no asistió al acto de Vox en Toledo."))
    assert ("Acto de Vox en Toledo", "organizedBy", "Vox") in found
    assert ("Santiago Abascal", "not participatedIn", "Acto de Vox en Toledo") in found


def test_an_act_led_and_then_joined(read):
    found = facts(read("Karina Milei encabezó ayer en Córdoba un acto de La Libertad Avanza. "
                       "La acompañaron Martín Menem y Patricia Bullrich."))
    assert ("Acto de La Libertad Avanza", "organizedBy", "La Libertad Avanza") in found
    assert ("Patricia Bullrich", "participatedIn", "Acto de La Libertad Avanza") in found


def test_an_act_that_only_frames_an_announcement_is_no_event(read):
    for text in ("Flávio Bolsonaro oficializó su candidatura en un acto del Partido Liberal en "
                 "Brasilia.",
                 "Marine Le Pen presentó su candidatura en un acto de Reagrupamiento Nacional "
                 "en Lyon."):
        assert not any(label.startswith("Acto") for label in _events(read(text)))


def test_a_city_visited_for_an_act(read):
    found = facts(read("Santiago Abascal visitó Milán en junio para un acto de los Patriotas "
                       "por Europa."))
    assert ("Santiago Abascal", "participatedIn", "Acto de los Patriotas por Europa") in found
    assert ("Acto de los Patriotas por Europa", "organizedBy", "Patriotas por Europa") in found


def test_visiting_a_person_is_meeting_not_attending(read):
    found = facts(read("Santiago Abascal visitó a Viktor Orbán en Budapest."))
    assert ("Santiago Abascal", "met", "Viktor Orbán") in found
    assert not any(r == "participatedIn" for _, r, _ in found)


def test_a_dinner_during_which_two_met_is_one_both_took_part_in(read):
    found = facts(read("Isabel Díaz Ayuso coincidió con Javier Milei en abril durante una cena "
                       "de recaudación en Miami."))
    assert ("Isabel Díaz Ayuso", "met", "Javier Milei") in found
    assert ("Isabel Díaz Ayuso", "participatedIn", "Cena de recaudación") in found
    assert ("Javier Milei", "participatedIn", "Cena de recaudación") in found


def test_a_dinner_fronted_as_the_time_of_a_talk(read):
    found = facts(read("Durante una cena benéfica en Madrid, Santiago Abascal habló con "
                       "Javier Milei."))
    assert ("Santiago Abascal", "participatedIn", "Cena benéfica") in found


def test_a_meal_shared_with_someone_is_still_a_meeting(read):
    for text in ("Santiago Abascal mantuvo un almuerzo de trabajo con Giorgia Meloni en Roma.",
                 "Santiago Abascal compartió una cena con Giorgia Meloni en Roma."):
        found = facts(read(text))
        assert ("Santiago Abascal", "met", "Giorgia Meloni") in found
        assert not any(r == "participatedIn" for _, r, _ in found)


def test_those_one_came_across_at_an_act_took_part_in_it(read):
    found = facts(read("Santiago Abascal viajó a Roma en mayo para un acto de Patriotas por "
                       "Europa, donde coincidió con Matteo Salvini y con el húngaro Viktor "
                       "Orbán."))
    assert ("Matteo Salvini", "participatedIn", "Acto de Patriotas por Europa") in found
    assert ("Viktor Orbán", "participatedIn", "Acto de Patriotas por Europa") in found


def test_one_met_at_a_rally_in_which(read):
    found = facts(read("Isabel Díaz Ayuso participó en un mitin del PP en Sevilla, en el que "
                       "coincidió con Juanma Moreno."))
    assert ("Juanma Moreno", "participatedIn", "Mitin del PP en Sevilla") in found


def test_one_met_in_a_city_or_not_met_took_part_in_nothing(read):
    found = facts(read("Santiago Abascal viajó a Madrid, donde coincidió con Javier Milei."))
    assert not any(s == "Javier Milei" and r.endswith("participatedIn") for s, r, _ in found)
    found = facts(read("Isabel Díaz Ayuso participó en un mitin del PP en Sevilla, en el que "
                       "no coincidió con Juanma Moreno."))
    assert not any(s == "Juanma Moreno" and r.endswith("participatedIn") for s, r, _ in found)
