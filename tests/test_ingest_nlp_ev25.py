"""The parse extractor on who took part in a gathering, who was invited and who organized
it: a name a relative clause gives the event ("El acto, que el partido bautizó «X»"); a
list of guests that names no one ("Entre los invitados hubo presencia extranjera"); a
subject told after an aside that follows its verb ("No asistió, pese a haber sido invitado,
el alcalde X", "Faltó, y se notó, X"); the turns of a chronicle ("Abrió el turno de
intervenciones X", "Le siguió la diputada X" after a paragraph's break).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_RALLY = ('Vox celebra el acto "Tierra Firme" en Mérida\n\nEl acto "Tierra Firme" reunió el '
          'sábado a tres mil personas en Mérida. Participó el dirigente Ignacio Larrañaga. ')


# ------------------------------------------------------------ a name given by a relative clause

def test_an_event_named_by_a_relative_clause(read):
    found = facts(read("Ana Beltrán encabezó ayer el acto de su partido en Zamora. El acto, "
                       "que el Partido Regional bautizó \"Zamora Despierta\", reunió a dos mil "
                       "personas. El senador Tomás Ferrán se sentó en primera fila."))
    assert ("Tomás Ferrán", "participatedIn", "Zamora Despierta") in found


def test_an_event_called_so_by_a_relative_clause_is_no_call(read):
    found = facts(read("Ana Beltrán encabezó ayer el acto de su partido en Zamora. El acto, "
                       "que el Partido Regional llamó Zamora Despierta, reunió a dos mil "
                       "personas."))
    assert not any(r == "contactWith" for _, r, _ in found)


def test_a_relative_clause_that_names_nothing_names_no_event(read):
    found = facts(read("El acto, que el Partido Regional celebró en Zamora, reunió a dos mil "
                       "personas. El senador Tomás Ferrán se sentó en primera fila."))
    assert not any(o == "Zamora Despierta" for _, _, o in found)


# ------------------------------------------------------------ a list of guests naming no one

def test_guests_that_name_no_one_are_no_one(read):
    found = facts(read(_RALLY + "Entre los invitados hubo también presencia extranjera."))
    assert ("Ignacio Larrañaga", "invitedTo", "Tierra Firme") not in found


def test_guests_that_name_someone_are_still_guests(read):
    found = facts(read(_RALLY + "Entre los invitados estaba el senador Aurelio Quintana."))
    assert ("Aurelio Quintana", "invitedTo", "Tierra Firme") in found


# ------------------------------------------------------------ a subject past an aside

def test_a_denied_attendance_past_a_concession_is_the_names(read):
    found = facts(read(_RALLY + "No asistió, pese a haber sido invitado por carta, el "
                       "alcalde de la ciudad, Pedro Lasarte, que pasó la mañana en Trujillo."))
    assert ("Pedro Lasarte", "not participatedIn", "Tierra Firme") in found
    assert ("Pedro Lasarte", "invitedTo", "Tierra Firme") in found
    assert ("Ignacio Larrañaga", "not participatedIn", "Tierra Firme") not in found
    assert ("Ignacio Larrañaga", "invitedTo", "Tierra Firme") not in found


def test_a_missing_one_past_an_aside_is_absent(read):
    found = facts(read(_RALLY + "Faltó, y se notó, Éric Zamora."))
    assert ("Éric Zamora", "not participatedIn", "Tierra Firme") in found


def test_a_missing_one_opening_a_paragraph_is_absent(read):
    found = facts(read(_RALLY + "Habló primero el alcalde Julio Carmona.\n\nFaltó, y se "
                       "notó, Éric Zamora. Su partido no fue invitado."))
    assert ("Éric Zamora", "not participatedIn", "Tierra Firme") in found


def test_an_aside_before_no_one_named_gives_no_one(read):
    found = facts(read(_RALLY + "No asistió, pese a estar invitado, nadie del Gobierno."))
    assert ("Ignacio Larrañaga", "not participatedIn", "Tierra Firme") not in found


# ------------------------------------------------------------ the turns of a chronicle

def test_opening_the_turn_of_speeches_is_taking_part(read):
    found = facts(read(_RALLY + "Abrió el turno de intervenciones el presidente provincial "
                       "del partido, Julio Carmona Pinto."))
    assert ("Julio Carmona Pinto", "participatedIn", "Tierra Firme") in found


def test_closing_the_turn_of_questions_is_taking_part(read):
    found = facts(read(_RALLY + "Cerró el turno de preguntas la senadora Elvira Montoro."))
    assert ("Elvira Montoro", "participatedIn", "Tierra Firme") in found


def test_the_next_speaker_after_a_paragraph_break(read):
    found = facts(read(_RALLY + "Habló primero el alcalde Julio Carmona.\n\nLe siguió la "
                       "diputada autonómica Lidia Barroso, portavoz de Vox en la Asamblea, que "
                       "dedicó su discurso al campo."))
    assert ("Lidia Barroso", "participatedIn", "Tierra Firme") in found
    assert ("Julio Carmona", "participatedIn", "Tierra Firme") in found


def test_what_follows_with_someone_is_no_turn_of_theirs(read):
    found = facts(read(_RALLY + "Habló primero el alcalde Julio Carmona.\n\nLe siguió un "
                       "debate con la periodista Lidia Barroso."))
    assert ("Lidia Barroso", "participatedIn", "Tierra Firme") not in found


# ------------------------------------------------------------ not speaking is no absence

def test_one_who_did_not_speak_in_a_session_was_not_absent(read):
    found = facts(read("El pleno extraordinario del Ayuntamiento de Soria rechazó ayer las "
                       "cuentas. La concejala Berta Corral no habló en el pleno."))
    assert ("Berta Corral", "not participatedIn", "Pleno extraordinario") not in found


def test_one_who_did_not_come_to_the_session_was_absent(read):
    found = facts(read("El pleno extraordinario del Ayuntamiento de Soria rechazó ayer las "
                       "cuentas. La concejala Berta Corral no asistió al pleno."))
    assert ("Berta Corral", "not participatedIn",
            "Pleno extraordinario del Ayuntamiento de Soria") in found


# ------------------------------------------------------------ a gathering still to come

def test_guests_of_an_act_to_come_are_not_the_reported_events(read):
    found = facts(read(_RALLY + "Larrañaga tiene previsto un acto en Cuenca el próximo "
                       "sábado, al que el partido ha invitado también a Olmedo y Corral."))
    assert not any(r == "invitedTo" and o == "Tierra Firme" for _, r, o in found)


def test_a_single_guest_of_an_act_to_come_is_not_the_reported_events(read):
    found = facts(read(_RALLY + "Larrañaga prepara un mitin en Cuenca para el próximo mes, "
                       "al que ha invitado a la senadora Elvira Montoro."))
    assert ("Elvira Montoro", "invitedTo", "Tierra Firme") not in found


# ------------------------------------------------------------ organizers and hosts in apposition

def test_one_of_the_organizers_of_the_gathering_told_again(read):
    found = facts(read('Las "Jornadas del Sur" reunieron en Almería a cuatro mil personas. '
                       "El diputado Álvaro Cifuentes, uno de los organizadores de las jornadas, "
                       "explicó la idea."))
    assert ("Jornadas del Sur", "organizedBy", "Álvaro Cifuentes") in found


def test_the_organizer_of_another_gathering_is_not_the_reported_ones(read):
    found = facts(read('Las "Jornadas del Sur" reunieron en Almería a cuatro mil personas. '
                       "El diputado Álvaro Cifuentes, uno de los organizadores de una cena "
                       "benéfica, explicó la idea."))
    assert ("Jornadas del Sur", "organizedBy", "Álvaro Cifuentes") not in found


def test_the_host_in_apposition_takes_part(read):
    found = facts(read(_RALLY + "El anfitrión, el alcalde Bruno Cadenas, presumió de la "
                       "gestión municipal."))
    assert ("Bruno Cadenas", "participatedIn", "Tierra Firme") in found


def test_the_host_of_another_occasion_does_not_take_part(read):
    found = facts(read(_RALLY + "El anfitrión de la cena, el empresario Bruno Cadenas, pagó "
                       "la cuenta."))
    assert ("Bruno Cadenas", "participatedIn", "Tierra Firme") not in found


# ------------------------------------------------------------ arranging a gathering with someone

def test_arranging_the_gathering_with_a_foundation_is_no_meeting(read):
    found = facts(read("Estuve con Julio Carmona y con Lidia Barroso, que organizaron el "
                       "encuentro con la fundación Horizonte Abierto."))
    assert not any(r == "met" and "Horizonte Abierto" in (s, o) for s, r, o in found)
    assert ("Julio Carmona", "met", "Lidia Barroso") not in found


def test_a_meeting_held_with_someone_is_still_a_meeting(read):
    found = facts(read("Julio Carmona mantuvo el encuentro con Lidia Barroso en Toledo."))
    assert ("Julio Carmona", "met", "Lidia Barroso") in found


# ------------------------------------------------------------ arrivals and launches

def test_crossing_the_border_to_take_part(read):
    found = facts(read("El líder de Chega, Rui Valente, que cruzó la frontera por Badajoz "
                       'para participar en el acto "Tierra Firme", organizado por Vox, atendió '
                       "a la prensa."))
    assert ("Rui Valente", "participatedIn", "Tierra Firme") in found


def test_heading_the_launch_the_chronicle_reports(read):
    found = facts(read("La secretaria general del partido, Carla Montes, encabezó ayer en "
                       "Lugo el lanzamiento de la candidatura de Pablo Ríos. El acto, que el "
                       'partido bautizó "Lugo Despierta", reunió a dos mil personas.'))
    assert ("Carla Montes", "participatedIn", "Lugo Despierta") in found


def test_crossing_the_street_to_greet_is_no_attendance(read):
    found = facts(read(_RALLY + "Rui Valente cruzó la calle para saludar a un vecino."))
    assert ("Rui Valente", "participatedIn", "Tierra Firme") not in found


def test_heading_a_list_is_no_launch(read):
    found = facts(read(_RALLY + "Carla Montes encabezó la lista del partido en Lugo."))
    assert ("Carla Montes", "participatedIn", "Tierra Firme") not in found


# ------------------------------------------------------------ a verbless "tampoco"

def test_a_verbless_tampoco_repeats_the_denied_invitation(read):
    found = facts(read(_RALLY + "El alcalde de Soria, Jaime Oller, no fue invitado. Tampoco "
                       "la presidenta del Consejo regional, Marta Quiroga, cuyo partido no "
                       "pertenece a la coalición."))
    assert ("Jaime Oller", "not invitedTo", "Tierra Firme") in found
    assert ("Marta Quiroga", "not invitedTo", "Tierra Firme") in found


def test_a_verbless_tampoco_repeats_the_denied_attendance(read):
    found = facts(read(_RALLY + "El alcalde de Soria, Jaime Oller, no asistió. Tampoco la "
                       "senadora Marta Quiroga."))
    assert ("Marta Quiroga", "not participatedIn", "Tierra Firme") in found


def test_a_verbless_tampoco_after_an_attendance_denies_nothing_new(read):
    found = facts(read(_RALLY + "El alcalde de Soria, Jaime Oller, asistió. Tampoco la "
                       "senadora Marta Quiroga."))
    assert ("Marta Quiroga", "participatedIn", "Tierra Firme") not in found
    assert ("Marta Quiroga", "not participatedIn", "Tierra Firme") not in found
