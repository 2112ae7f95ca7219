"""The parse-based extractor on invitations, on staying away from a gathering and on its
organizers: an invitation received with the event named sentences before, an absence told in
a relative or a concessive clause ("X, que no pudo viajar, ..."; "aunque declinó asistir"),
sending nobody ("no envió a nadie"), excusing oneself, staying home ("se quedó en París"),
and organizers said with a partner ("la organizó junto a X") or a first person ("La
organizamos nosotros, el partido X").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read

# a gathering named first, then sentences that speak of it without naming it
_LEAD = ("La CPAC reunió el sábado en Madrid a dirigentes conservadores de una veintena de "
         "países. Hubo discursos sobre inmigración y sobre el campo. ")
_NOT_THERE = "not participatedIn"


def _at(read, text: str) -> set:
    return facts(read(_LEAD + text))


def test_an_invitation_received_with_the_event_named_before(read):
    assert ("Giorgia Meloni", "invitedTo", "CPAC") in _at(
        read, "El público llenó la sala. Giorgia Meloni también recibió una invitación.")
    assert ("José Antonio Kast", "invitedTo", "CPAC") in _at(
        read, "La sala estaba llena. Kast, que había recibido una invitación personal de "
              "Abascal, llegó tarde.")
    # an invitation for a purpose of its own is not read as one to the gathering far back
    assert ("Giorgia Meloni", "invitedTo", "CPAC") not in _at(
        read, "La sala estaba llena. El clima fue festivo. Meloni recibió una invitación para "
              "visitar la Casa Blanca.")


def test_an_absence_in_a_relative_or_a_concessive_clause(read):
    assert ("Javier Milei", _NOT_THERE, "CPAC") in _at(
        read, "Javier Milei, que no pudo viajar por la crisis, lo lamentó en sus redes.")
    assert ("Javier Milei", _NOT_THERE, "CPAC") in _at(
        read, "Milei, que no llegó a viajar, siguió la sesión desde Buenos Aires.")
    assert ("Giorgia Meloni", _NOT_THERE, "CPAC") in _at(
        read, "Meloni recibió una invitación, aunque declinó viajar a la capital española.")
    assert ("Marine Le Pen", _NOT_THERE, "CPAC") in _at(
        read, "Marine Le Pen rehusó asistir.")


def test_who_did_not_go_but_took_part_from_afar_is_no_absence(read):
    found = _at(read, "Jair Bolsonaro, que no pudo viajar por una orden judicial, se sumó "
                      "mediante un mensaje grabado.")
    assert ("Jair Bolsonaro", _NOT_THERE, "CPAC") not in found
    found = _at(read, "Milei, que se excusó por la agenda legislativa, enviará un vídeo.")
    assert ("Javier Milei", _NOT_THERE, "CPAC") not in found


def test_sending_nobody(read):
    assert ("PSOE", _NOT_THERE, "CPAC") in _at(read, "El PSOE no envió a nadie.")
    assert ("Partido Popular", _NOT_THERE, "CPAC") in _at(
        read, "El Partido Popular declinó enviar a ningún representante.")
    assert ("Partido Popular", _NOT_THERE, "CPAC") in _at(
        read, "Tampoco el Partido Popular mandó a ninguna delegación.")
    assert ("PSOE", _NOT_THERE, "CPAC") in _at(
        read, "Invitaron a todos los partidos, incluido el PSOE, que no mandó a ningún "
              "dirigente.")


def test_sending_someone_or_a_hypothetical_is_not_sending_nobody(read):
    assert not any(r == _NOT_THERE for _, r, _ in _at(
        read, "El PSOE envió a su secretario de organización."))
    assert not any(r == _NOT_THERE for _, r, _ in _at(
        read, "Si el PSOE no envía a nadie, la silla quedará vacía."))


def test_excusing_oneself_and_staying_home(read):
    assert ("Santiago Abascal", _NOT_THERE, "CPAC") in _at(
        read, "Abascal había sido invitado, pero se excusó por compromisos de agenda.")
    assert ("Marine Le Pen", _NOT_THERE, "CPAC") in _at(
        read, "Marine Le Pen se excusó ante los organizadores.")
    assert ("Marine Le Pen", _NOT_THERE, "CPAC") in _at(
        read, "No todos los invitados acudieron. Marine Le Pen se quedó en París.")
    assert ("Viktor Orbán", _NOT_THERE, "CPAC") in _at(
        read, "Viktor Orbán, que estaba invitado, permaneció en Budapest.")


def test_staying_where_the_event_is_held_is_no_absence(read):
    # Madrid is where the CPAC is held: staying there says nothing of an absence
    assert ("Marine Le Pen", _NOT_THERE, "CPAC") not in _at(
        read, "Marine Le Pen se quedó en Madrid dos días más.")
    # excusing one's words, or apologizing, is no absence
    assert ("Marine Le Pen", _NOT_THERE, "CPAC") not in _at(
        read, "Marine Le Pen se excusó por sus palabras ante la prensa.")
    assert ("Marine Le Pen", _NOT_THERE, "CPAC") not in _at(
        read, "Marine Le Pen se disculpó con los asistentes.")


def test_another_trip_cancelled_is_not_this_one(read):
    found = _at(read, "Jordan Bardella ya había cancelado una visita similar hace un año; "
                      "esta vez sí viajó.")
    assert ("Jordan Bardella", _NOT_THERE, "CPAC") not in found


def test_an_organizer_with_a_partner(read):
    found = _at(read, "La Fundación Disenso la organizó junto a la Heritage Foundation.")
    assert ("CPAC", "organizedBy", "Fundación Disenso") in found
    assert ("CPAC", "organizedBy", "Heritage Foundation") in found
    found = _at(read, "La Heritage Foundation organizó la CPAC con la Fundación Disenso.")
    assert ("CPAC", "organizedBy", "Fundación Disenso") in found
    found = facts(read("La CPAC, que la Fundación Disenso coorganiza junto con la Heritage "
                       "Foundation, cerró el sábado."))
    assert ("CPAC", "organizedBy", "Heritage Foundation") in found


def test_an_organizer_said_in_the_first_person(read):
    found = _at(read, "—¿Quién está detrás de la CPAC? —La organizamos nosotros, Vox, junto "
                      "con la Fundación Disenso.")
    assert ("CPAC", "organizedBy", "Vox") in found
    found = _at(read, "—La organizamos desde la Fundación Disenso.")
    assert ("CPAC", "organizedBy", "Fundación Disenso") in found


def test_a_guest_or_a_person_with_is_no_partner(read):
    found = _at(read, "La Fundación Disenso la organizó con Javier Milei como invitado.")
    assert ("CPAC", "organizedBy", "Javier Milei") not in found
    found = _at(read, "La Fundación Disenso la organizó con la presencia de Kast.")
    assert ("CPAC", "organizedBy", "José Antonio Kast") not in found


def test_parties_invited_through_their_people(read):
    found = _at(read, "Vox ha invitado también a dirigentes del PSOE y del Partido Popular, que "
                      "no han viajado.")
    assert {("PSOE", "invitedTo", "CPAC"), ("Partido Popular", "invitedTo", "CPAC"),
            ("PSOE", _NOT_THERE, "CPAC"), ("Partido Popular", _NOT_THERE, "CPAC")} <= found
    found = _at(read, "La Fundación Disenso invitó a una delegación de Fidesz.")
    assert ("Fidesz", "invitedTo", "CPAC") in found


def test_one_named_envoy_is_no_party_invited(read):
    # the person is the guest, not the party
    found = _at(read, "La Fundación Disenso invitó al eurodiputado alemán de la CDU Markus Feld.")
    assert ("CDU", "invitedTo", "CPAC") not in found
    # invited, and nothing said of a trip not made
    found = _at(read, "Vox invitó a representantes del PSOE, que llegaron tarde.")
    assert ("PSOE", "invitedTo", "CPAC") in found
    assert ("PSOE", _NOT_THERE, "CPAC") not in found


def test_the_body_that_invites_holds_the_gathering(read):
    assert ("CPAC", "organizedBy", "Vox") in _at(
        read, "Vox había invitado a la cita a Javier Milei.")
    assert ("CPAC", "organizedBy", "Fundación Disenso") in facts(
        read("La Fundación Disenso ha invitado a la CPAC al presidente Javier Milei."))
    # a person who invites may be a guest too; one who did not invite holds nothing
    assert ("CPAC", "organizedBy", "Giorgia Meloni") not in _at(
        read, "Meloni invitó a Javier Milei a la CPAC.")
    assert ("CPAC", "organizedBy", "Vox") not in _at(
        read, "Vox no invitó a Javier Milei.")
    # inviting to dinner is an invitation of its own
    assert ("CPAC", "organizedBy", "Vox") not in _at(
        read, "Después, Vox invitó a cenar a Javier Milei.")


def test_an_absence_after_an_invitation_in_one_relative(read):
    assert ("Santiago Abascal", _NOT_THERE, "CPAC") in _at(
        read, "Un diputado leyó el saludo de Santiago Abascal, que había sido invitado pero "
              "no pudo viajar.")
    assert ("Santiago Abascal", _NOT_THERE, "CPAC") in _at(
        read, "Los organizadores invitaron al líder de Vox, Santiago Abascal, que finalmente "
              "no viajó a Madrid, según fuentes del partido.")


def test_a_message_not_sent_is_no_part_from_afar(read):
    assert ("Nayib Bukele", _NOT_THERE, "CPAC") in _at(
        read, "Nayib Bukele, que había confirmado su presencia, no llegó a viajar y tampoco "
              "envió mensaje alguno.")
    assert ("Nayib Bukele", _NOT_THERE, "CPAC") not in _at(
        read, "Nayib Bukele, que había confirmado su presencia, no llegó a viajar pero envió "
              "un mensaje grabado.")


def test_an_organizer_named_by_its_kind(read):
    found = facts(read("Adriana Salcedo preside la Fundación Puente Libre desde 2015. Cada "
                       "otoño, su fundación organiza en Miami la CPAC."))
    assert ("CPAC", "organizedBy", "Fundación Puente Libre") in found
    found = facts(read("Eduardo Verástegui lidera el Movimiento Viva México. Invitó a Milei a "
                       "la CPAC, que su movimiento organiza en agosto."))
    assert ("CPAC", "organizedBy", "Movimiento Viva México") in found
    found = facts(read("Vox ganó en Murcia. Al día siguiente, el partido convocó la CPAC en "
                       "la capital."))
    assert ("CPAC", "organizedBy", "Vox") in found


def test_a_kind_with_no_such_body_named_before_is_not_guessed(read):
    found = facts(read("Adriana Salcedo preside el Movimiento Puente Libre. Su fundación "
                       "organiza la CPAC."))
    assert not any(r == "organizedBy" for _, r, _ in found)
    # a foundation named after the verb is no antecedent
    found = facts(read("Su fundación organiza la CPAC. La Fundación Disenso no participa."))
    assert ("CPAC", "organizedBy", "Fundación Disenso") not in found


def test_no_envoy_of_a_party_went(read):
    assert ("PSOE", _NOT_THERE, "CPAC") in _at(
        read, "Ningún representante del PSOE acudió a la cita.")
    assert ("Vox", _NOT_THERE, "CPAC") in _at(read, "No asistió ningún dirigente de Vox.")
    # an envoy there is no absence
    assert ("Vox", _NOT_THERE, "CPAC") not in _at(read, "Asistió un dirigente de Vox.")


def test_excused_in_a_relative_with_a_reason(read):
    assert ("Javier Milei", _NOT_THERE, "CPAC") in _at(
        read, "Javier Milei, que se excusó por motivos de salud, no habló.")


def test_a_guest_standing_beside_the_attendance(read):
    assert ("Javier Milei", "invitedTo", "CPAC") in _at(
        read, "Javier Milei asistió en calidad de invitado.")
    assert ("Giorgia Meloni", "invitedTo", "CPAC") in _at(
        read, "Giorgia Meloni acudió a la cumbre a título de invitada especial.")
    # another standing is no invitation
    assert ("Javier Milei", "invitedTo", "CPAC") not in _at(
        read, "Javier Milei asistió en calidad de observador.")


def test_left_off_the_guest_list(read):
    assert ("Javier Milei", "not invitedTo", "CPAC") in _at(
        read, "Javier Milei quedó fuera de la lista de invitados.")
    assert ("Marine Le Pen", "not invitedTo", "CPAC") in _at(
        read, "Marine Le Pen se quedó sin invitación.")
    # denied, it states the invitation
    found = _at(read, "Javier Milei no quedó fuera de la lista de invitados.")
    assert ("Javier Milei", "invitedTo", "CPAC") in found
    assert ("Javier Milei", "not invitedTo", "CPAC") not in found


def test_a_trip_cancelled_beside_another_who_took_part_by_video(read):
    found = _at(read, "Steve Bannon participó por videoconferencia, mientras que Mike Pompeo, "
                      "que figuraba en el programa, canceló su viaje a última hora.")
    assert ("Mike Pompeo", _NOT_THERE, "CPAC") in found
    assert ("Mike Pompeo", "participatedIn", "CPAC") not in found
    # the one who cancelled and spoke by video took part
    found = _at(read, "Mike Pompeo canceló su viaje y habló por videoconferencia.")
    assert ("Mike Pompeo", _NOT_THERE, "CPAC") not in found


def test_among_the_guests_who_stayed_away(read):
    found = _at(read, "Entre los invitados que no acudieron figuran Viktor Orbán y Matteo "
                      "Salvini.")
    assert {("Viktor Orbán", "invitedTo", "CPAC"), ("Matteo Salvini", "invitedTo", "CPAC"),
            ("Viktor Orbán", _NOT_THERE, "CPAC"), ("Matteo Salvini", _NOT_THERE, "CPAC")} <= found
    found = _at(read, "Entre los invitados que no pudieron viajar figuran Giorgia Meloni y "
                      "Javier Milei.")
    assert ("Giorgia Meloni", _NOT_THERE, "CPAC") in found
    # guests who came are no absentees
    found = _at(read, "Entre los invitados que acudieron figuran Viktor Orbán y Matteo Salvini.")
    assert not any(r == _NOT_THERE for _, r, _ in found)
