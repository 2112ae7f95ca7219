"""The parse extractor on who was at the gathering a text reports: the event's hours opened by
a speaker ("Abrió la tarde la secretaria del partido, X"), one beside a participant ("Junto a él
estaba X"), guests who then spoke ("Los tres hablaron"), a gathering that had someone in a part
("tuvo como figura central a X"), guests invited while watching it ("siguen el recuento
invitados por X"), a body there through a delegation in the audience or whoever represented it
("estuvo representado por X"), a speaker set beside a name by their order ("X, el último en
hablar"), and an absence after a paragraph's break ("Tampoco estuvo el X"); and what is none of
these: a talk by video call with someone, a part the gathering will have, a door opened, one
beside someone who was at no gathering, company while voting.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_RALLY = "Vox celebró ayer un mitin en Huesca. "
_MITIN = "Mitin de Vox en Huesca"


def test_opening_the_evening_is_speaking_at_the_gathering(read):
    found = facts(read(_RALLY + "Abrió la tarde la secretaria provincial del partido, Elena "
                       "Marcuello, que pidió el voto para el campo."))
    assert ("Elena Marcuello", "participatedIn", _MITIN) in found


def test_opening_a_door_is_no_turn(read):
    found = facts(read(_RALLY + "El concejal Andrés Lacasa abrió la puerta del local."))
    assert ("Andrés Lacasa", "participatedIn", _MITIN) not in found


def test_one_beside_a_participant_was_there_too(read):
    found = facts(read(_RALLY + "El diputado Jorge Sallán subió al escenario. Junto a él "
                       "estaba el senador Íñigo Barrachina, que no quiso hacer declaraciones."))
    assert ("Jorge Sallán", "participatedIn", _MITIN) in found
    assert ("Íñigo Barrachina", "participatedIn", _MITIN) in found


def test_one_beside_someone_at_no_gathering_is_not_at_it(read):
    found = facts(read(_RALLY + "El diputado Jorge Sallán escribió una carta. Junto a él "
                       "estaba el senador Íñigo Barrachina."))
    assert ("Íñigo Barrachina", "participatedIn", _MITIN) not in found


def test_invited_guests_who_then_spoke_took_part(read):
    found = facts(read(_RALLY + "Vox había invitado a tres figuras de fuera: la actriz Noelia "
                       "Ferraz, el senador Ulises Prado y el concejal Bruno Ledesma. Los tres "
                       "hablaron en español, con subtítulos en las pantallas."))
    for name in ("Noelia Ferraz", "Ulises Prado", "Bruno Ledesma"):
        assert (name, "invitedTo", _MITIN) in found
        assert (name, "participatedIn", _MITIN) in found


def test_invited_guests_who_talked_by_phone_did_not_take_part(read):
    found = facts(read(_RALLY + "Vox había invitado a tres figuras de fuera: la actriz Noelia "
                       "Ferraz, el senador Ulises Prado y el concejal Bruno Ledesma. Los tres "
                       "hablaron por teléfono con la dirección."))
    assert ("Ulises Prado", "participatedIn", _MITIN) not in found


def test_a_gathering_with_someone_as_its_central_figure(read):
    found = facts(read(_RALLY + "El acto tuvo como figura central a la senadora Olga Beltrán."))
    assert ("Olga Beltrán", "participatedIn", _MITIN) in found


def test_a_part_the_gathering_will_have_is_no_participation(read):
    found = facts(read(_RALLY + "El próximo acto tendrá como invitada de honor a la senadora "
                       "Olga Beltrán."))
    assert ("Olga Beltrán", "participatedIn", _MITIN) not in found


def test_guests_watching_the_count_were_invited(read):
    found = facts(read(_RALLY + "El diputado de Vox Mateo Irigoyen y el francés Luc Garnier "
                       "siguen el recuento invitados por el partido."))
    assert ("Mateo Irigoyen", "invitedTo", _MITIN) in found
    assert ("Luc Garnier", "invitedTo", _MITIN) in found


def test_a_delegation_in_the_audience_brings_its_body(read):
    found = facts(read(_RALLY + "Entre el público había también una delegación de la "
                       "Fundación Tierra Alta."))
    assert ("Fundación Tierra Alta", "participatedIn", _MITIN) in found


def test_a_party_represented_at_the_gathering_was_there(read):
    found = facts(read(_RALLY + "El PP estuvo representado por su presidenta provincial, "
                       "Blanca Ezquerra."))
    assert ("PP", "participatedIn", _MITIN) in found


def test_a_party_not_represented_or_to_be_represented(read):
    assert ("PSOE", "not participatedIn", _MITIN) in facts(
        read(_RALLY + "El PSOE no estuvo representado."))
    assert not any(s == "PP" for s, r, _ in facts(
        read(_RALLY + "El PP estará representado por su presidente.")) if "participated" in r)


def test_a_speaker_set_beside_a_name_by_their_order(read):
    found = facts(read(_RALLY + "El senador Ramiro Escartín, el último en hablar, prometió "
                       "bajar impuestos."))
    assert ("Ramiro Escartín", "participatedIn", _MITIN) in found


def test_one_talked_with_by_video_call_is_no_speaker(read):
    found = facts(read(_RALLY + "Habló después por videollamada con el presidente chileno, "
                       "Tadeo Riquelme."))
    assert ("Tadeo Riquelme", "participatedIn", _MITIN) not in found


def test_not_there_after_a_paragraph_break(read):
    found = facts(read(_RALLY + "Asistieron el senador Ramiro Escartín y la diputada Olga "
                       "Beltrán.\n\nLa alcaldesa de Jaca, Nuria Lapuente, no viajó a Huesca pese "
                       "a estar invitada. Envió una carta.\n\nTampoco estuvo el presidente del "
                       "partido ECR, Tomasz Wielgosz. El ex primer ministro conversó el jueves "
                       "por videollamada con Escartín."))
    assert ("Tomasz Wielgosz", "not participatedIn", _MITIN) in found


def test_company_while_voting_is_not_at_the_gathering(read):
    found = facts(read(_RALLY + "El candidato Ramiro Escartín, que votó por la mañana en Jaca "
                       "acompañado de su esposa, Irene Latre, no ha hecho declaraciones."))
    assert ("Irene Latre", "participatedIn", _MITIN) not in found


def test_a_speaker_by_order_opening_a_paragraph(read):
    found = facts(read(_RALLY + "Intervino primero el senador Ramiro Escartín.\n\nLatre, la "
                       "última en hablar, prometió bajar impuestos. La diputada Irene Latre "
                       "es de Jaca."))
    assert ("Irene Latre", "participatedIn", _MITIN) in found
