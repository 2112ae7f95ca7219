"""The parse extractor on companions at the gathering a chronicle reports ("Le acompañaron A y
B" after the gathering is named or described, "X estuvo acompañado por A y por B"; not when
the text names no gathering or only a venue, nor company to come or denied), marching with
a protest ("caminó junto a los tractores"), a verbless line of who sat where ("En primera
fila, A y B"), watching from a seat ("siguió el debate desde la tribuna"), and on a gathering
named by the acronym the text gives its new organizer ("una manifestación convocada por la
Asociación X (AX)" is "Manifestación de AX").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_MARCH = ("Unos dos mil ganaderos cortaron ayer la autovía de Lugo en una manifestación "
          "convocada por la Asociación de Ganaderos del Norte (AGN) contra el precio de la "
          "leche. ")


@pytest.mark.parametrize("text, event, companions", [
    (_MARCH + "El presidente de la AGN, Xoán Varela, habló ante los asistentes. Le acompañaron "
     "la alcaldesa de Sarria, Marta Couto, y el diputado Iago Lamas.",
     "Manifestación de AGN", ["Marta Couto", "Iago Lamas"]),
    ("El Congreso Nacional de Vox reunió el sábado en Sevilla a tres mil afiliados. Santiago "
     "Abascal cerró el acto. Lo acompañaban en el escenario la diputada Rocío de Meer y el "
     "senador Ángel Pelayo.", "Congreso Nacional de Vox", ["Rocío de Meer", "Ángel Pelayo"]),
    ("La Cumbre Atlántica por la Libertad se clausuró ayer en Vigo con un discurso de Santiago "
     "Abascal. La acompañan la eurodiputada Nerea Salas y el senador Ángel Pelayo.",
     "Cumbre Atlántica por la Libertad", ["Nerea Salas", "Ángel Pelayo"]),
])
def test_companions_take_part_in_the_gathering(read, text, event, companions):
    found = facts(read(text))
    for person in companions:
        assert (person, "participatedIn", event) in found


@pytest.mark.parametrize("text", [
    # no gathering at all: a family day
    "La senadora Ana Ruiz pasó el domingo en su pueblo natal. La acompañaron su hermano Luis "
    "Ruiz y el alcalde Pedro Soto.",
    # a venue, not a gathering
    "El candidato Mario Ledesma reunió ayer a mil simpatizantes en el Palacio Euskalduna de "
    "Bilbao. Le acompañaban la diputada Irene Sáez y el concejal Jon Arana.",
])
def test_companions_without_a_gathering_only_meet(read, text):
    found = facts(read(text))
    assert not any(r == "participatedIn" for _, r, _ in found)
    assert any(r == "met" for _, r, _ in found)


_SUMMIT = "La Convención Azul de Vox reunió ayer en Toledo a dos mil personas. "


@pytest.mark.parametrize("text, companions", [
    (_SUMMIT + "Santiago Abascal estuvo acompañado por la diputada Nerea Salas y por el senador "
     "Ángel Pelayo.", ["Nerea Salas", "Ángel Pelayo"]),
    (_SUMMIT + "En el escenario, Rocío Ibarra estuvo acompañada por su hermana, la diputada "
     "Vanessa Ibarra, y por el senador Rodolfo Carter.", ["Vanessa Ibarra", "Rodolfo Carter"]),
    (_SUMMIT + "Santiago Abascal estaba acompañado de la diputada Nerea Salas.", ["Nerea Salas"]),
])
def test_company_at_the_gathering_takes_part(read, text, companions):
    found = facts(read(text))
    for person in companions:
        assert (person, "participatedIn", "Convención Azul de Vox") in found


@pytest.mark.parametrize("text", [
    _SUMMIT + "Santiago Abascal estará acompañado por la diputada Nerea Salas en Sevilla.",
    _SUMMIT + "Santiago Abascal no estuvo acompañado por la diputada Nerea Salas.",
    "La senadora Ana Ruiz pasó el domingo en su pueblo natal. Estuvo acompañada de su hermano "
    "Luis Ruiz.",
])
def test_company_to_come_denied_or_away_from_a_gathering_is_not_read(read, text):
    found = facts(read(text))
    assert not any(s in ("Nerea Salas", "Luis Ruiz") and r == "participatedIn"
                   for s, r, _ in found)


def test_a_companion_named_before_the_verb_is_not_read(read):
    found = facts(read("La Cumbre Iberoamericana por la Libertad se celebró ayer en Quito. Ana "
                       "Gil la acompañó desde el primer día."))
    assert ("Ana Gil", "participatedIn", "Cumbre Iberoamericana por la Libertad") not in found


def test_a_gathering_named_by_its_organizers_acronym(read):
    found = facts(read(_MARCH + "La AGN volverá a salir a la calle en junio."))
    assert ("Manifestación de AGN", "organizedBy", "Asociación de Ganaderos del Norte") in found


@pytest.mark.parametrize("text", [
    # the acronym is never used again: the full name stays
    "Unos dos mil ganaderos cortaron ayer la autovía de Lugo en una manifestación convocada "
    "por la Asociación de Ganaderos del Norte (AGN) contra el precio de la leche.",
    # no acronym at all
    "Unos dos mil ganaderos cortaron ayer la autovía de Lugo en una manifestación convocada "
    "por la Asociación de Ganaderos del Norte contra el precio de la leche. La asociación "
    "volverá a salir a la calle.",
])
def test_an_organizer_without_a_used_acronym_keeps_its_name(read, text):
    found = facts(read(text))
    assert ("Manifestación de Asociación de Ganaderos del Norte", "organizedBy",
            "Asociación de Ganaderos del Norte") in found


_PROTEST = ("Unos dos mil ganaderos cortaron ayer la autovía de Lugo en una manifestación "
            "convocada por la Asociación de Ganaderos del Norte. ")


@pytest.mark.parametrize("text, person", [
    (_PROTEST + "La diputada Ana Gil marchó con los manifestantes hasta la plaza.", "Ana Gil"),
    (_PROTEST + "El senador Luis Mora desfiló al frente de la columna.", "Luis Mora"),
    (_PROTEST + "Durante tres horas, la alcaldesa Marta Couto caminó junto a los tractores.",
     "Marta Couto"),
    (_PROTEST + "El concejal Iago Lamas caminaba entre los ganaderos.", "Iago Lamas"),
])
def test_marching_with_the_protest_is_taking_part(read, text, person):
    found = facts(read(text))
    assert (person, "participatedIn", "Manifestación de Asociación de Ganaderos del Norte") \
        in found


@pytest.mark.parametrize("text", [
    "La senadora Ana Gil pasó el domingo en su pueblo natal. Caminó con los vecinos hasta la "
    "ermita.",  # no gathering
    _PROTEST + "Al día siguiente, la diputada Ana Gil caminó por la playa.",  # not with it
    _PROTEST + "La diputada Ana Gil no marchó con los manifestantes.",
])
def test_walking_elsewhere_or_not_marching_is_not_taking_part(read, text):
    found = facts(read(text))
    assert not any(s == "Ana Gil" and r == "participatedIn" for s, r, _ in found)


_CONGRESS = "El Congreso Azul de Vox reunió el sábado en Toledo a tres mil afiliados. "


@pytest.mark.parametrize("text, people", [
    (_CONGRESS + "En primera fila, Nerea Salas y Ángel Pelayo.", ["Nerea Salas", "Ángel Pelayo"]),
    (_CONGRESS + "En el palco de honor, la presidenta Marta Couto, el alcalde Luis Mora y la "
     "diputada Irene Sáez.", ["Marta Couto", "Luis Mora", "Irene Sáez"]),
    (_CONGRESS + "En la tribuna de invitados, el exministro Ángel Pelayo.", ["Ángel Pelayo"]),
])
def test_a_verbless_line_of_who_sat_where(read, text, people):
    found = facts(read(text))
    for person in people:
        assert (person, "participatedIn", "Congreso Azul de Vox") in found


@pytest.mark.parametrize("text", [
    # no gathering: a family meal
    "La senadora Ana Ruiz pasó el domingo en su pueblo natal. En la mesa, su hermano Luis Ruiz "
    "y el alcalde Pedro Soto.",
    # a verb: the line says something else of them
    _CONGRESS + "En la fila de atrás, Luis Ruiz criticó a Pedro Soto.",
])
def test_no_seat_line_without_a_gathering_or_with_a_verb(read, text):
    found = facts(read(text))
    assert not any(s in ("Luis Ruiz", "Pedro Soto") and r == "participatedIn"
                   for s, r, _ in found)


@pytest.mark.parametrize("text", [
    "Ana Gil habló ayer en Tierra Firme, la gala anual de su partido. Le acompañaron el senador "
    "Luis Mora y la concejala Irene Sáez.",
    "Ana Gil habló ayer en la cumbre Tierra Firme. Le acompañaron el senador Luis Mora y la "
    "concejala Irene Sáez.",
])
def test_a_name_the_text_calls_a_gathering(read, text):
    found = facts(read(text))
    assert ("Luis Mora", "participatedIn", "Tierra Firme") in found
    assert ("Irene Sáez", "participatedIn", "Tierra Firme") in found


def test_a_name_the_text_calls_a_place_is_no_gathering(read):
    found = facts(read("Ana Gil visitó ayer Tierra Firme, la finca de su familia. Le acompañaron "
                       "el senador Luis Mora y la concejala Irene Sáez."))
    assert not any(r == "participatedIn" for _, r, _ in found)



@pytest.mark.parametrize("text, person", [
    (_CONGRESS + "La exdiputada Rocío Ibarra siguió el debate desde la tribuna de invitados.",
     "Rocío Ibarra"),
    (_CONGRESS + "Desde un palco, el senador Luis Mora presenció los discursos.", "Luis Mora"),
    (_CONGRESS + "La concejala Irene Sáez escuchaba desde la primera fila.", "Irene Sáez"),
])
def test_watching_from_a_seat_of_the_gathering(read, text, person):
    assert (person, "participatedIn", "Congreso Azul de Vox") in facts(read(text))


@pytest.mark.parametrize("text", [
    _CONGRESS + "El senador Luis Mora siguió el congreso desde su casa.",
    _CONGRESS + "El senador Luis Mora siguió en la fila de atrás durante años.",
    _CONGRESS + "El senador Luis Mora siguió a su lado durante toda la legislatura.",
])
def test_watching_from_elsewhere_or_staying_is_not_taking_part(read, text):
    assert ("Luis Mora", "participatedIn", "Congreso Azul de Vox") not in facts(read(text))
