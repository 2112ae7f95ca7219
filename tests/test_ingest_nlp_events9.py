"""The parse extractor on events named the way news names them: a name that opens with a
place the graph knows and an event noun describes ("Chile Libre 2029, el acto de
lanzamiento"), against a place that is only where something was held.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_a_name_opening_with_a_country_described_as_a_rally(read):
    found = facts(read("La senadora Olga Ruiz habló ayer en Perú Primero 2030, el mitin de "
                       "lanzamiento de su candidatura. Entre los invitados extranjeros estaban "
                       "el argentino Martín Ocampo y el español Tomás Lerma."))
    assert ("Martín Ocampo", "invitedTo", "Perú Primero 2030") in found
    assert ("Tomás Lerma", "invitedTo", "Perú Primero 2030") in found


def test_a_name_opening_with_a_city_described_as_a_festival(read):
    found = facts(read("Miles de jóvenes acudieron a Madrid Despierta, un festival organizado "
                       "por Vox en el recinto ferial."))
    assert ("Madrid Despierta", "organizedBy", "Vox") in found
    assert not any(s == "Madrid" and r == "organizedBy" for s, r, _ in found)


def test_a_town_alone_before_the_event_noun_is_where_it_was_held(read):
    extraction = read("El sábado se celebró en Toledo, un encuentro convocado por Vox, la "
                      "firma del manifiesto.")
    found = facts(extraction)
    assert not any(s == "Toledo" and r == "organizedBy" for s, r, _ in found)
    assert not any(o == "Toledo" and r == "participatedIn" for _, r, o in found)


def test_a_place_opening_a_sentence_is_no_event_name(read):
    found = facts(read("Chile Vamos, la coalición de la derecha, apoyó al candidato."))
    assert not any(r in ("participatedIn", "organizedBy") for _, r, _ in found)


# ---------------------------------------------------------------- opening or closing the event


def test_closing_the_gathering_named_before_by_a_definite_noun(read):
    found = facts(read("Hazte Oír celebró el sábado en Murcia la cumbre Familia Libre. El "
                       "senador Luis Mora cerró la cita con un discurso sobre la natalidad."))
    assert ("Luis Mora", "participatedIn", "Familia Libre") in found


def test_opening_the_meeting_named_before(read):
    found = facts(read("Vox organizó en Cáceres el foro Campo Vivo. La diputada Inés Solano "
                       "abrió el encuentro ante doscientos agricultores."))
    assert ("Inés Solano", "participatedIn", "Campo Vivo") in found


def test_arranging_a_meeting_is_no_participation(read):
    found = facts(read("El senador Luis Mora cerró una cita con el alcalde Pedro Gil."))
    assert ("Luis Mora", "met", "Pedro Gil") in found
    assert not any(r == "participatedIn" for _, r, _ in found)


def test_closing_the_act_with_no_event_named_before(read):
    found = facts(read("El senador Luis Mora cerró el acto en Sevilla."))
    assert not any(r == "participatedIn" for _, r, _ in found)


# ---------------------------------------------------------------- an act handed by a copula


def test_the_one_charged_with_opening_the_act(read):
    found = facts(read("La Fundación Atalaya organizó el foro Iberia Libre. El eurodiputado "
                       "Pedro Alba fue el encargado de abrir el acto."))
    assert ("Pedro Alba", "participatedIn", "Iberia Libre") in found


def test_the_first_to_speak(read):
    found = facts(read("Vox celebró en Málaga la cumbre Europa Fuerte. La diputada Ana Gil fue "
                       "la primera en intervenir."))
    assert ("Ana Gil", "participatedIn", "Europa Fuerte") in found


def test_charged_with_opening_with_no_event_named_before(read):
    found = facts(read("El eurodiputado Pedro Alba fue el encargado de abrir el acto."))
    assert not any(r == "participatedIn" for _, r, _ in found)


def test_charged_with_something_that_is_no_attendance(read):
    found = facts(read("Vox celebró en Málaga la cumbre Europa Fuerte. El concejal Raúl Pino "
                       "fue el encargado de negociar el presupuesto."))
    assert not any(s == "Raúl Pino" and r == "participatedIn" for s, r, _ in found)
