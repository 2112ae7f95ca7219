"""The parse extractor on taking part in a gathering and staying away from it: a gathering
named by a meal or an evening ("la «Cena por la Libertad»", "el Almuerzo de la Hispanidad",
"la Velada por la Soberanía") is an event like a forum or a summit, and those who speak,
sit, attend or are not invited take part in it (or not).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


# A gathering named by a meal or an evening.

@pytest.mark.parametrize(("text", "event"), [
    ("Por la noche, Tomás Lerma fue el orador principal de la «Cena por la Soberanía del Sur», "
     "organizada por la Fundación Atlas.", "Cena por la Soberanía del Sur"),
    ("La diputada Inés Quiroga fue la oradora principal del Almuerzo de la Hispanidad, "
     "organizado por la Fundación Atlas en Lima.", "Almuerzo de la Hispanidad"),
    ("Tomás Lerma habló anoche en la \"Velada por la Soberanía\", que organizó la Fundación "
     "Atlas.", "Velada por la Soberanía"),
    ("El Desayuno Republicano, organizado por la Fundación Atlas, reunió ayer a 200 "
     "empresarios. Tomás Lerma intervino al final.", "Desayuno Republicano"),
])
def test_a_gathering_named_by_a_meal_or_an_evening(read, text, event):
    found = facts(read(text))
    assert (event, "organizedBy", "Fundación Atlas") in found
    speaker = "Inés Quiroga" if "Quiroga" in text else "Tomás Lerma"
    assert (speaker, "participatedIn", event) in found


def test_those_at_a_named_dinner_and_those_not_asked(read):
    found = facts(read(
        "Tomás Lerma cerró la «Cena por la Soberanía del Sur» organizada por la Fundación "
        "Atlas. En la mesa principal se sentaron la senadora Inés Quiroga y el alcalde Ramiro "
        "Soto. El exdiputado Julián Prats dijo que no fue invitado a la cena. Tampoco estuvo "
        "la concejala Marta Vidal."))
    event = "Cena por la Soberanía del Sur"
    assert ("Inés Quiroga", "participatedIn", event) in found
    assert ("Ramiro Soto", "participatedIn", event) in found
    assert ("Julián Prats", "not invitedTo", event) in found
    assert ("Marta Vidal", "not participatedIn", event) in found
    assert ("Julián Prats", "participatedIn", event) not in found


def test_a_meal_word_in_lower_case_names_nothing(read):
    extraction = read("Tomás Lerma llegó tarde a la cena con su esposa y se marchó pronto.")
    assert not any(c.relation == "participatedIn" for c in extraction.candidates)


# Presenting the speaker, who is named before and taken up by a clitic.

@pytest.mark.parametrize(("text", "presenter", "speaker"), [
    ("Tomás Lerma intervino ayer en el Foro Atlántico, en Lima. Lo presentó el presidente de "
     "la fundación, Ramiro Soto.", "Ramiro Soto", "Tomás Lerma"),
    ("Tomás Lerma intervino ayer en el Foro Atlántico, en Lima. Ramiro Soto lo presentó ante "
     "el público.", "Ramiro Soto", "Tomás Lerma"),
    ("Inés Quiroga intervino ayer en el Foro Atlántico, en Lima. La presentó la alcaldesa, "
     "Marta Vidal, con palabras de elogio.", "Marta Vidal", "Inés Quiroga"),
])
def test_the_one_who_presents_a_speaker_taken_up_by_a_clitic(read, text, presenter, speaker):
    found = facts(read(text))
    assert (presenter, "participatedIn", "Foro Atlántico") in found
    assert (speaker, "participatedIn", "Foro Atlántico") in found


@pytest.mark.parametrize("text", [
    # a candidacy, told wherever
    "Tomás Lerma intervino ayer en el Foro Atlántico, en Lima. Lo presentó como candidato el "
    "alcalde Ramiro Soto.",
    # the clitic takes up the book
    "Tomás Lerma intervino ayer en el Foro Atlántico. Su libro salió en marzo; lo presentó el "
    "editor Ramiro Soto en Madrid.",
])
def test_presenting_a_candidacy_or_a_thing_is_no_presence(read, text):
    assert ("Ramiro Soto", "participatedIn", "Foro Atlántico") not in facts(read(text))


# A trip to a gathering, for one, or back from one.

@pytest.mark.parametrize("text", [
    "En noviembre Inés Quiroga viajó a Budapest para la Cumbre Andina.",
    "Inés Quiroga voló a Lima para la Cumbre Andina, donde habló de inmigración.",
    "La senadora Inés Quiroga se trasladó el lunes a Quito para la Cumbre Andina.",
    "Inés Quiroga se desplazó en autobús hasta la Cumbre Andina.",
    "Inés Quiroga vino desde Lima para la Cumbre Andina.",
    "Inés Quiroga viajó a la Cumbre Andina con dos asesores.",
    "Inés Quiroga regresó ayer de la Cumbre Andina con nuevos aliados.",
    "Inés Quiroga, que llegó a la Cumbre Andina acompañada de su marido, no habló.",
])
def test_a_trip_made_for_a_gathering(read, text):
    assert ("Inés Quiroga", "participatedIn", "Cumbre Andina") in facts(read(text))


@pytest.mark.parametrize("text", [
    "Inés Quiroga no viajó a Quito para la Cumbre Andina.",
    "Inés Quiroga renunció a viajar a Quito para la Cumbre Andina.",
    # a headline's present, which the small model reads as a noun
    "Tomás Lerma conversa con Kast y renuncia a viajar a Quito para la Cumbre Andina",
])
def test_a_trip_not_made(read, text):
    found = facts(read(text))
    person = "Tomás Lerma" if "Lerma" in text else "Inés Quiroga"
    assert (person, "participatedIn", "Cumbre Andina") not in found
    assert (person, "not participatedIn", "Cumbre Andina") in found


@pytest.mark.parametrize("text", [
    "Inés Quiroga viajó a Chile para las elecciones presidenciales.",
    "Inés Quiroga viajó a Lima para reunirse con empresarios.",
])
def test_a_trip_for_a_race_or_a_place_is_no_attendance(read, text):
    assert not any(r == "participatedIn" for _, r, _ in facts(read(text)))


# "La cita" in a text about an event is the event, not a meeting told in between.

_FORUM = ("El Foro Atlántico abrió ayer sus puertas en Lisboa con dirigentes de doce países. "
          "Lo organiza la Fundación Atlas. Hubo tres mesas redondas. El público llenó la sala. "
          "Los debates se alargaron hasta la noche. La prensa siguió todo desde un anexo. ")


@pytest.mark.parametrize("absence", [
    "Tomás Lerma, invitado por los organizadores, no acudió a la cita.",
    "Al encuentro no acudió Tomás Lerma.",
])
def test_the_appointment_of_an_event_text_is_the_event(read, absence):
    found = facts(read(_FORUM + "Inés Quiroga se reunió con Ramiro Soto antes de la "
                       "apertura. " + absence))
    assert ("Tomás Lerma", "not met", "Ramiro Soto") not in found
    assert ("Tomás Lerma", "not met", "Inés Quiroga") not in found
    assert ("Tomás Lerma", "not participatedIn", "Foro Atlántico") in found


def test_an_appointment_in_a_text_about_no_event_is_the_meeting(read):
    found = facts(read("Inés Quiroga recibió ayer a Ramiro Soto en su despacho. A la cita "
                       "acudió también Tomás Lerma."))
    assert ("Tomás Lerma", "met", "Ramiro Soto") in found


# A trip told without where it went, in a text about an event.

_SUMMIT = "La Cumbre Andina reunió ayer en Quito a dirigentes de nueve países. "


@pytest.mark.parametrize("text", [
    "Inés Quiroga fue invitada, pero no viajó ni envió mensaje alguno, para sorpresa de "
    "todos.",
    "La senadora Inés Quiroga, que estaba invitada, finalmente no apareció.",
    "Inés Quiroga no vino por la muerte de su padre.",
    "Inés Quiroga no se presentó.",
    "Inés Quiroga no ha venido esta vez.",
])
def test_a_trip_not_made_to_the_event_of_the_text(read, text):
    found = facts(read(_SUMMIT + text))
    assert ("Inés Quiroga", "not participatedIn", "Cumbre Andina") in found
    assert ("Inés Quiroga", "participatedIn", "Cumbre Andina") not in found


@pytest.mark.parametrize("text", [
    "También viajó la senadora Inés Quiroga.",
    "Esta vez la senadora Inés Quiroga sí viajó.",
])
def test_a_trip_made_to_the_event_of_the_text(read, text):
    assert ("Inés Quiroga", "participatedIn", "Cumbre Andina") in facts(read(_SUMMIT + text))


@pytest.mark.parametrize("text", [
    # somewhere else, for something else
    "Inés Quiroga viajó después a Madrid para reunirse con Abascal.",
    # as something
    "Inés Quiroga se presentó como candidata.",
    # a habit, a forecast
    "Inés Quiroga viaja siempre en tren.",
    # there from afar
    "Inés Quiroga, invitada también por los organizadores, no viajó, pero envió un saludo en "
    "vídeo.",
])
def test_a_trip_with_an_end_of_its_own_or_from_afar(read, text):
    found = facts(read(_SUMMIT + text))
    assert ("Inés Quiroga", "not participatedIn", "Cumbre Andina") not in found
    if "vídeo" not in text:
        assert ("Inés Quiroga", "participatedIn", "Cumbre Andina") not in found


# A trip made on an invitation to a gathering the participle names.

@pytest.mark.parametrize("text", [
    "Inés Quiroga contó que en octubre viajó a Milán, invitada por la Lega a unas jornadas "
    "sobre turismo y vivienda.",
    "En octubre la senadora Inés Quiroga viajó a Milán, invitada a unas jornadas sobre "
    "turismo y vivienda por la Lega.",
])
def test_a_trip_on_an_invitation_to_a_gathering(read, text):
    found = facts(read(text))
    assert ("Inés Quiroga", "participatedIn", "Jornadas sobre turismo") in found
    assert ("Inés Quiroga", "invitedTo", "Jornadas sobre turismo") in found


def test_a_trip_hung_on_its_place(read):
    found = facts(read("Tomás Lerma llegó ayer a Lima invitado al Foro Atlántico."))
    assert ("Tomás Lerma", "participatedIn", "Foro Atlántico") in found


@pytest.mark.parametrize("text", [
    # the trip not made, or still to come
    "Tomás Lerma no viajó a Lima, invitado al Foro Atlántico.",
    "Tomás Lerma viajará a Lima, invitado al Foro Atlántico.",
    # a perfect of its own, not a trip's guest
    "Tomás Lerma no ha venido a Lima ni lo hemos invitado al Foro Atlántico.",
    # invited by someone, to nothing named
    "Tomás Lerma viajó a Lima invitado por su hermano.",
])
def test_no_trip_on_an_invitation(read, text):
    assert ("Tomás Lerma", "participatedIn", "Foro Atlántico") not in facts(read(text))


# Seen among the audience of the event the text reports.

@pytest.mark.parametrize(("text", "people"), [
    ("Entre el público había caras conocidas del activismo local, como la abogada Inés "
     "Quiroga y el alcalde Tomás Lerma.", ("Inés Quiroga", "Tomás Lerma")),
    ("Entre los asistentes había varios diputados, como Inés Quiroga.", ("Inés Quiroga",)),
    ("En la platea se vio a la abogada Inés Quiroga.", ("Inés Quiroga",)),
])
def test_those_seen_among_the_audience(read, text, people):
    found = facts(read(_SUMMIT + text))
    for person in people:
        assert (person, "participatedIn", "Cumbre Andina") in found


def test_no_one_among_the_audience(read):
    found = facts(read(_SUMMIT + "Entre el público no había ningún diputado, ni siquiera Inés "
                       "Quiroga."))
    assert ("Inés Quiroga", "participatedIn", "Cumbre Andina") not in found


@pytest.mark.parametrize("text", [
    # a face on a banner
    "Entre el público había carteles con la cara de Inés Quiroga.",
    # not seen is no absence said
    "Entre el público no se vio a Inés Quiroga.",
])
def test_what_the_audience_shows_is_no_presence(read, text):
    found = facts(read(_SUMMIT + text))
    assert not any(s == "Inés Quiroga" and "participatedIn" in r for s, r, _ in found)
