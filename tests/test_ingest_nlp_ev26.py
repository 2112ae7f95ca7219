"""The parse extractor on gatherings a text leaves unnamed and who was at them: a gathering
first told by a word for any gathering ("su primer acto") and later, bare, by its own kind
("el mitin") is named by that kind; a denial of taking part itself ("no participó en el acto,
pero envió un mensaje") is not taken back by the message; a turn denied in a concession the
clause of being there makes ("También estaba, aunque no subió al escenario, X") is no absence.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_ACT = "Vox había convocado ayer su primer acto en Zamora desde las elecciones. "
_OPENED = "Abrió el acto la candidata a la alcaldía, Ana Beltrán. "


# ------------------------------------------------------------ a generic act told by its kind

def test_an_act_later_called_a_rally_is_named_a_rally(read):
    found = facts(read(_ACT + "Un centenar de simpatizantes siguió el mitin desde una pantalla "
                       "en la calle. " + _OPENED))
    assert ("Ana Beltrán", "participatedIn", "Mitin de Vox en Zamora") in found
    assert ("Mitin de Vox en Zamora", "organizedBy", "Vox") in found


def test_a_rally_still_to_come_does_not_rename_the_act(read):
    found = facts(read(_ACT + _OPENED + "El próximo mitin será en Toro."))
    assert ("Ana Beltrán", "participatedIn", "Acto de Vox en Zamora") in found


def test_a_rally_of_another_party_does_not_rename_the_act(read):
    found = facts(read(_ACT + _OPENED + "El PP celebró un mitin en Toro. El mitin reunió a "
                       "cien personas."))
    assert ("Ana Beltrán", "participatedIn", "Acto de Vox en Zamora") in found


# ------------------------------------------------------------ taking part denied, a message sent

_RALLY = "Vox celebró ayer un mitin en Teruel. "


def test_a_message_does_not_undo_a_denied_part(read):
    found = facts(read(_RALLY + "El senador Pedro Lasarte no participó en el acto por una "
                       "agenda en Lisboa, pero envió un mensaje de audio que se escuchó al "
                       "final."))
    assert ("Pedro Lasarte", "not participatedIn", "Mitin de Vox en Teruel") in found
    assert ("Pedro Lasarte", "participatedIn", "Mitin de Vox en Teruel") not in found


def test_a_message_still_stands_for_a_denied_attendance(read):
    found = facts(read(_RALLY + "El senador Pedro Lasarte no asistió al acto por una agenda en "
                       "Lisboa, pero envió un mensaje grabado que se escuchó al final."))
    assert ("Pedro Lasarte", "participatedIn", "Mitin de Vox en Teruel") in found


# ------------------------------------------------------------ a turn denied in a concession

def test_there_though_not_on_stage_is_no_absence(read):
    found = facts(read(_RALLY + "También estaba, aunque no subió al escenario, el exalcalde de "
                       "Alcañiz Tomás Ferrán."))
    assert ("Tomás Ferrán", "participatedIn", "Mitin de Vox en Teruel") in found
    assert ("Tomás Ferrán", "not participatedIn", "Mitin de Vox en Teruel") not in found


def test_a_stage_denied_alone_is_still_a_denial(read):
    found = facts(read(_RALLY + "El exalcalde de Alcañiz Tomás Ferrán no subió al escenario."))
    assert ("Tomás Ferrán", "not participatedIn", "Mitin de Vox en Teruel") in found


# ------------------------------------------------------------ a document signed in another year

def test_a_document_signed_in_another_year_is_not_the_gathering_told_before(read):
    found = facts(read("La senadora Elvira Manzano participó en la cumbre Europa Soberana de "
                       "2024 como oradora. También afirmó que el Partido Regional firmó en 2023 "
                       "la Carta de Madrid, el manifiesto impulsado por la Fundación Disenso."))
    assert ("Partido Regional", "participatedIn", "Carta de Madrid") in found
    assert ("Partido Regional", "participatedIn", "Europa Soberana") not in found


# ------------------------------------------------------------ a crowd a body drew, in a column

_COLUMN = ("Por Laura Ibarra Soto\n\nLa política en Tarija nunca fue sencilla. La ciudad votó con "
           "calma durante años. Por eso llamó la atención lo que ocurrió el sábado en el coliseo "
           "municipal, donde el movimiento Patria Andina reunió a tres mil personas para escuchar "
           "a su fundador, el concejal Óscar Lemos Prado.\n\n")


def test_a_crowd_a_body_drew_in_a_signed_column_is_its_gathering(read):
    found = facts(read(_COLUMN + "El alcalde, Julio Vaca, no asistió al acto."))
    assert ("Acto de Patria Andina", "organizedBy", "Patria Andina") in found
    assert ("Óscar Lemos Prado", "participatedIn", "Acto de Patria Andina") in found
    assert ("Julio Vaca", "not participatedIn", "Acto de Patria Andina") in found


def test_a_drawn_crowd_later_called_a_rally_is_a_rally(read):
    found = facts(read(_COLUMN + "El alcalde, Julio Vaca, no asistió al mitin."))
    assert ("Julio Vaca", "not participatedIn", "Mitin de Patria Andina") in found


# ------------------------------------------------------------ no envoy, after a paragraph's break

def test_no_envoy_the_model_makes_an_object_after_a_break(read):
    found = facts(read(
        "La alcaldesa de Teruel refuerza su liderazgo en el partido\n\nManzano sale reforzada "
        "del congreso regional, al que acudieron delegados de Chega y del FPÖ\n\nTERUEL.- De "
        "nuestra enviada especial\n\nEn el auditorio municipal de Teruel no cabía nadie más. "
        "Cerca de quinientos compromisarios ovacionaron a Elvira Manzano cuando, poco después "
        "de las doce, tomó la palabra en el congreso regional del partido para reclamar "
        "\"unidad\" ante las autonómicas del próximo año.\n\nNo estuvo, en cambio, ningún "
        "representante del Partido Regional."))
    assert ("Partido Regional", "not participatedIn", "Congreso regional") in found


# ------------------------------------------------------------ an invitation still to be made

def test_an_invitation_still_to_be_made_is_none_yet(read):
    found = facts(read("Vox celebró ayer en Teruel el Foro Atlántico. Elvira Manzano dijo que "
                       "invitará al senador Pedro Lasarte a la próxima edición."))
    assert not any(r == "invitedTo" for _, r, _ in found)


def test_an_invitation_made_is_one(read):
    found = facts(read("Vox celebró ayer en Teruel el Foro Atlántico. Elvira Manzano invitó al "
                       "senador Pedro Lasarte al foro."))
    assert ("Pedro Lasarte", "invitedTo", "Foro Atlántico") in found


def test_a_name_billed_as_a_guest_is_its_bearer_s_invitation(read):
    found = facts(read("Vox celebró el sábado un mitin en Teruel. Pedro Lasarte no viajó a "
                       "Teruel, aunque su nombre figuraba en el programa como invitado especial."))
    assert ("Pedro Lasarte", "invitedTo", "Mitin de Vox en Teruel") in found
    assert ("Pedro Lasarte", "not participatedIn", "Mitin de Vox en Teruel") in found


# ------------------------------------------------------------ invited, told in a relative clause

def test_a_relative_invitation_names_no_inviter(read):
    found = facts(read("Elvira Manzano viajará a la CPAC, a la que ha sido invitada."))
    assert ("Elvira Manzano", "invitedTo", "CPAC") in found


def test_a_relative_invitation_hung_on_where_the_gathering_is(read):
    found = facts(read("Elvira Manzano habló ayer en la radio. No quiso confirmar si viajará a "
                       "la próxima CPAC en Estados Unidos, a la que, según dijo, ha sido "
                       "invitada."))
    assert ("Elvira Manzano", "invitedTo", "CPAC") in found


# ------------------------------------------------------------ a verbless line of who sat where

def test_a_seated_line_with_a_relative_and_an_aside(read):
    found = facts(read("Vox celebró el sábado un mitin en Teruel. En el escenario estaba Elvira "
                       "Manzano. Y en la primera fila, discreto, el senador Pedro Lasarte, que "
                       "hace dos años pedía el voto para el PP."))
    assert ("Pedro Lasarte", "participatedIn", "Mitin de Vox en Teruel") in found
