"""The parse extractor on who was not there and who staged a gathering: an absence told with
a discourse marker between commas ("No estuvo, en cambio, X"), a titled person set off with an
epithet ("el presidente de la Diputación, el popular X"), a restrictive relative on a
gathering's name hung on a word before it, a relative of staging after a titled person,
which says what the body named before the comma stages, an absence taken back in the same
sentence by a message sent, and a cleft of absence whose name carries a title.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_RALLY = "Santiago Abascal llenó ayer el pabellón de Jaén en un mitin de Vox. "


# An absence with a marker set between commas: the marker says nothing of where.

@pytest.mark.parametrize(("sentence", "who"), [
    ("No estuvo, en cambio, el presidente de la Diputación de Jaén, el popular Toni Pérez.",
     "Toni Pérez"),
    ("No acudió, sin embargo, la alcaldesa de la ciudad, Marta Gil, que alegó problemas de "
     "agenda.", "Marta Gil"),
    ("Tampoco estuvo, a última hora, el senador Pedro Ruiz Gil.", "Pedro Ruiz Gil"),
    ("No viajó finalmente a Jaén, por su parte, la eurodiputada Laura Gil Soto.",
     "Laura Gil Soto"),
    ("No estaba, en cambio, la exportavoz del partido, Marta Gil Sanz.", "Marta Gil Sanz"),
    ("No estaba, en cambio, la anterior cabeza de lista, Carmen Piñeiro, que abandonó el "
     "partido en noviembre.", "Carmen Piñeiro"),
])
def test_an_absence_told_with_a_marker_between_commas(read, sentence, who):
    found = facts(read(_RALLY + sentence))
    assert (who, "not participatedIn", "Mitin de Vox") in found
    assert (who, "participatedIn", "Mitin de Vox") not in found


@pytest.mark.parametrize("sentence", [
    # a denied "estar" with its own complement is no absence from the rally
    "No estaba de acuerdo el alcalde, Pedro Gil.",
    # a body, not a person, after the marker
    "No estaba, en cambio, el partido de Pedro Gil.",
])
def test_a_denied_estar_that_states_no_absence(read, sentence):
    assert not any(relation == "not participatedIn"
                   for _, relation, _ in facts(read(_RALLY + sentence)))


def test_the_invitation_sent_goes_to_the_titled_person_with_an_epithet(read):
    found = facts(read(_RALLY + "No estuvo, en cambio, el presidente de la Diputación de Jaén, "
                       "el popular Toni Pérez, a quien Vox había enviado una invitación."))
    assert ("Toni Pérez", "invitedTo", "Mitin de Vox") in found
    assert ("Santiago Abascal", "invitedTo", "Mitin de Vox") not in found


@pytest.mark.parametrize(("sentence", "who"), [
    ("El alcalde de Jaén, el socialista Pedro Gil, recibió ayer a Santiago Abascal.",
     "Pedro Gil"),
    ("La presidenta de la Diputación, la también senadora Rosa Vera, recibió ayer a "
     "Santiago Abascal.", "Rosa Vera"),
])
def test_a_title_set_off_by_an_epithet_and_a_name_is_that_person(read, sentence, who):
    assert (who, "met", "Santiago Abascal") in facts(read(sentence))


# A restrictive relative on a gathering's name: who stages it.

@pytest.mark.parametrize(("sentence", "event", "organizers"), [
    ("Zanella, habitual del Foro de la Libertad que organiza cada abril el Instituto de "
     "Estudios Empresariales (IEE), intervino en la última edición.", "Foro de la Libertad",
     ["Instituto de Estudios Empresariales"]),
    ("Pedro Gil Soto, habitual de las Jornadas de la Libertad que convoca cada año la "
     "Fundación Faes, habló ayer.", "Jornadas de la Libertad", ["Fundación Faes"]),
    ("Marta Ruiz, asidua de la Cumbre Atlántica que organizan desde 2019 Vox y el Instituto "
     "Res Publica, habló ayer.", "Cumbre Atlántica", ["Vox", "Instituto Res Publica"]),
])
def test_a_relative_right_after_a_gatherings_name_says_who_stages_it(
        read, sentence, event, organizers):
    found = facts(read(sentence))
    for organizer in organizers:
        assert (event, "organizedBy", organizer) in found


def test_a_relative_on_a_gathering_that_stages_nothing_names_no_organizer(read):
    found = facts(read("Marta Ruiz, asidua del Foro Atlántico que reúne cada año a Vox y al "
                       "Partido Popular, habló ayer."))
    assert not any(relation == "organizedBy" for _, relation, _ in found)


# A relative of staging after "person, title of body,": the body stages it.

@pytest.mark.parametrize(("sentence", "event", "body", "person"), [
    ("Entra por teléfono el actor Eduardo Verástegui, líder del Movimiento Viva México, que "
     "organiza desde 2022 la CPAC México.", "CPAC México", "Movimiento Viva México",
     "Eduardo Verástegui"),
    ("El diputado Pedro Gil, presidente de la Fundación Atlántica, que organiza cada mayo el "
     "Foro Atlántico, habló ayer.", "Foro Atlántico", "Fundación Atlántica", "Pedro Gil"),
    ("Marta Ruiz, fundadora de la asociación Familias Unidas, que convoca cada año la Marcha "
     "por la Vida en Madrid, habló ayer.", "Marcha por la Vida", "Familias Unidas",
     "Marta Ruiz"),
])
def test_a_staging_relative_after_a_titled_person_goes_to_the_body(
        read, sentence, event, body, person):
    found = facts(read(sentence))
    assert (event, "organizedBy", body) in found
    assert (event, "organizedBy", person) not in found


def test_another_relative_after_a_titled_person_stays_the_persons(read):
    found = facts(read("Marta Ruiz, presidenta de la Fundación Atlántica, que asistió al Foro "
                       "Atlántico, habló ayer."))
    assert ("Marta Ruiz", "participatedIn", "Foro Atlántico") in found
    assert ("Fundación Atlántica", "participatedIn", "Foro Atlántico") not in found


# A "no" on going taken back by a message sent: taking part from afar, no absence.

_FORUM = "El anuncio se produjo en la clausura del Foro Valle Libre, organizado por la " \
    "Fundación Valle Libre. "


@pytest.mark.parametrize(("sentence", "who"), [
    ("El presidente Rodrigo Paz, que había sido invitado por los organizadores, no asistió, "
     "pero envió un saludo grabado en video.", "Rodrigo Paz"),
    ("La senadora Marta Gil no acudió, aunque intervino por videoconferencia desde Lima.",
     "Marta Gil"),
    ("El diputado Pedro Soto no asistió al foro, pero mandó un vídeo a los asistentes.",
     "Pedro Soto"),
    ("El diputado Pedro Soto no acudió, aunque envió una carta que leyó el moderador.",
     "Pedro Soto"),
])
def test_an_absence_taken_back_by_a_message_sent(read, sentence, who):
    found = facts(read(_FORUM + sentence))
    assert (who, "participatedIn", "Foro Valle Libre") in found
    assert (who, "not participatedIn", "Foro Valle Libre") not in found


@pytest.mark.parametrize(("sentence", "who"), [
    ("Marta Gil no asistió al foro, y tampoco envió ningún mensaje.", "Marta Gil"),
    # another person sent in one's place: the one who stayed away was not there
    ("El presidente Rodrigo Paz no acudió y envió en su lugar a su canciller, Marta Gil "
     "Soto.", "Rodrigo Paz"),
])
def test_an_absence_with_no_message_of_ones_own_stands(read, sentence, who):
    found = facts(read(_FORUM + sentence))
    assert (who, "not participatedIn", "Foro Valle Libre") in found
    assert (who, "participatedIn", "Foro Valle Libre") not in found


# A cleft of absence: the title after the name describes it, it names no one more.

def test_a_cleft_of_absence_leaves_out_the_body_in_the_names_title(read):
    found = facts(read("El expresidente Jorge Quiroga habló en el Foro Valle Libre. Quien "
                       "tampoco estuvo fue el empresario Samuel Doria Medina, candidato de "
                       "Unidad Nacional en la primera vuelta de 2025."))
    assert ("Samuel Doria Medina", "not participatedIn", "Foro Valle Libre") in found
    assert ("Unidad Nacional", "not participatedIn", "Foro Valle Libre") not in found


def test_a_cleft_of_absence_still_reads_a_list_of_titled_names(read):
    found = facts(read("El expresidente Jorge Quiroga habló en el Foro Valle Libre. Quienes no "
                       "estuvieron fueron el senador Pedro Gil, la diputada Marta Ruiz y el "
                       "alcalde, Juan Soto."))
    for who in ("Pedro Gil", "Marta Ruiz", "Juan Soto"):
        assert (who, "not participatedIn", "Foro Valle Libre") in found


def test_a_message_told_in_another_sentence_leaves_the_absence(read):
    found = facts(read(_FORUM + "Los organizadores habían invitado a Pedro Soto y a Marta Gil, "
                       "pero ninguno de los dos asistió. Soto envió un mensaje grabado que se "
                       "proyectó al cierre."))
    assert ("Marta Gil", "not participatedIn", "Foro Valle Libre") in found


# A passive relative after a preposition on a gathering: its own subject is the one invited.

@pytest.mark.parametrize(("sentence", "fact"), [
    ("El expresidente Jorge Quiroga habló en la Cumbre del Pacífico, a la que fue invitada la "
     "senadora Marta Gil.", ("Marta Gil", "invitedTo", "Cumbre del Pacífico")),
    ("El expresidente Jorge Quiroga habló en el Foro del Pacífico, al que fueron invitados "
     "Pedro Gil y Marta Ruiz.", ("Marta Ruiz", "invitedTo", "Foro del Pacífico")),
    ("El expresidente Jorge Quiroga habló en el Foro Valle Libre, al que no fue invitado "
     "Samuel Doria Medina.", ("Samuel Doria Medina", "not invitedTo", "Foro Valle Libre")),
])
def test_a_passive_relative_after_a_preposition_invites_its_own_subject(read, sentence, fact):
    assert fact in facts(read(sentence))


def test_a_passive_relative_with_no_subject_of_its_own_is_left_as_it_was(read):
    found = facts(read("El expresidente Jorge Quiroga habló en el Foro Valle Libre, al que fue "
                       "invitado por la Fundación Libertad."))
    assert not any(subject == "Foro Valle Libre" for subject, _, _ in found)
