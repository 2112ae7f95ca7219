"""Dates of claims, continued: the day a story has reached carries on past the times it only
steps aside to (a relative clause's year, a pluperfect's flashback, a time still to come), so
that "la víspera", "horas más tarde" or "por la tarde" still find it.

The tests of the extractor are skipped when the Spanish model is not installed; under CI=true
a missing model fails them."""

from __future__ import annotations

import pytest
import test_ingest_nlp as nlp_tests
from helpers import find

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read

# 4 November 2025 was a Tuesday: "ayer" and "el lunes" are 3 November.
ISSUED = "2025-11-04"


@pytest.mark.parametrize("text, expected", [
    # a relative clause's year describes someone
    ("Abascal aterrizó ayer en Buenos Aires. Le acompañaba Jorge Buxadé, que fue candidato "
     "en 2019. La víspera, Abascal había cenado con Milei en Madrid.", "2025-11-02"),
    ("Milei llegó el lunes a Roma. Lo recibió el embajador, que ocupa el puesto desde 2022. "
     "Por la tarde, Milei se reunió con Meloni en el Palazzo Chigi.", "2025-11-03"),
    # a pluperfect looks back before the story
    ("Milei viajó ayer a Madrid. Ya había estado en la ciudad en mayo de 2023. Horas más "
     "tarde, Milei se reunió con Abascal.", "2025-11-03"),
    ("Abascal llegó ayer a Santiago. El líder de Vox había cancelado una visita hace un año. "
     "Esta vez, por la noche, Abascal cenó con Kast.", "2025-11-03"),
    # a time still to come
    ("Kast llegó el lunes a Madrid. Su partido celebrará un congreso en marzo. Después, "
     "Kast se reunió con Abascal.", "2025-11-03"),
    ("Abascal llegó ayer a Lisboa. Él mismo dijo que el año próximo volverá. Por la tarde, "
     "Abascal se reunió con André Ventura.", "2025-11-03"),
])
def test_the_story_day_carries_on_past_a_time_told_aside(read, text, expected):
    found = read(text, ISSUED)
    assert _closing_meeting(found, text).date == expected


def test_the_eve_of_the_story_day_past_a_relative_year(read):
    found = read("Milei recibió ayer a Kast en la Casa Rosada. Kast, que fue candidato en 2021, "
                 "llegó con su esposa. Según la prensa, Milei había hablado la víspera por "
                 "teléfono con Abascal.", ISSUED)
    assert find(found, "Javier Milei", "contactWith", "Santiago Abascal").date == "2025-11-02"


@pytest.mark.parametrize("text, expected", [
    # a month the story itself moves to is no aside: the day told before it is left behind
    ("Milei viajó el lunes a Madrid. En octubre, Kast visitó Lima. Horas más tarde, Abascal "
     "se reunió con Milei.", "2025-10"),
    ("Abascal llegó ayer a Roma. En septiembre de 2024 recorrió Hungría. Por la tarde, "
     "Abascal se reunió con Meloni.", "2024-09"),
])
def test_a_month_the_story_moves_to_ends_the_day_before_it(read, text, expected):
    found = read(text, ISSUED)
    assert _closing_meeting(found, text).date == expected


@pytest.mark.parametrize("text, subject, obj", [
    ("Kast se medirá con Evelyn Matthei en las presidenciales chilenas de 2029.",
     "José Antonio Kast", "Elección presidencial de Chile de 2029"),
    ("Lucía Pardo será la candidata de Vox a las elecciones autonómicas de Galicia de 2028.",
     "Lucía Pardo", "Elecciones al Parlamento de Galicia de 2028"),
    ("Vox eligió a Lucía Pardo como candidata a las elecciones autonómicas gallegas de 2028.",
     "Lucía Pardo", "Elecciones al Parlamento de Galicia de 2028"),
    ("Matthei será la candidata de la derecha en las presidenciales chilenas de marzo de 2026.",
     "Evelyn Matthei", "Elección presidencial de Chile de 2026"),
])
def test_a_candidacy_in_a_race_of_a_later_year_is_not_dated_by_it(read, text, subject, obj):
    assert find(read(text, ISSUED), subject, "candidateIn", obj).date is None


def test_a_rivalry_in_a_race_of_a_later_year_is_not_dated_by_it(read):
    found = read("Kast se enfrentará a Matthei en las presidenciales chilenas de 2029, según "
                 "las encuestas.", ISSUED)
    assert find(found, "José Antonio Kast", "opponentOf", "Evelyn Matthei").date is None


@pytest.mark.parametrize("text, subject, obj, expected", [
    # a race run: its year is when one ran
    ("Evelyn Matthei compitió contra Kast en las presidenciales chilenas de 2021.",
     "Evelyn Matthei", "Elección presidencial de Chile de 2021", "2021"),
    ("Kast fue candidato en las presidenciales chilenas de 2021.",
     "José Antonio Kast", "Elección presidencial de Chile de 2021", "2021"),
    # the vote's own day, and a month of the article's year, still date it
    ("Milei será candidato en las elecciones presidenciales argentinas del 24 de octubre de "
     "2027.", "Javier Milei", "Elección presidencial de Argentina de 2027", "2027-10-24"),
    ("Lucía Pardo se presentará a las elecciones autonómicas de Galicia de diciembre.",
     "Lucía Pardo", "Elecciones al Parlamento de Galicia de 2025", "2025-12"),
])
def test_a_race_run_or_its_day_still_dates_the_candidacy(read, text, subject, obj, expected):
    assert find(read(text, ISSUED), subject, "candidateIn", obj).date == expected


@pytest.mark.parametrize("text, relation, expected", [
    ("Milei, que fue diputado en 2021, se reunió el martes con Abascal.", "met",
     "2025-11-04"),
    ("Abascal, quien fue concejal en 2003, recibió ayer a Kast en Madrid.", "met",
     "2025-11-03"),
    ("Kast, cuyo partido ganó en 2021, habló el lunes por teléfono con Meloni.",
     "contactWith", "2025-11-03"),
    ("Meloni, que llegó al Gobierno en 2022, se reunió ayer con Milei en Roma.", "met",
     "2025-11-03"),
])
def test_a_relative_clauses_time_does_not_date_the_main_clause(read, text, relation, expected):
    found = read(text, ISSUED)
    assert next(c for c in found.candidates if c.relation == relation).date == expected


def test_the_relative_clauses_time_dates_the_claim_inside_it(read):
    found = read("Milei, que se reunió con Abascal en 2022, viajó ayer a Madrid.", ISSUED)
    assert find(found, "Javier Milei", "met", "Santiago Abascal").date == "2022"


def test_a_participles_time_still_dates_the_main_clause(read):
    found = read("Abascal, llegado ayer a Roma, se reunió con Meloni.", ISSUED)
    assert find(found, "Santiago Abascal", "met", "Giorgia Meloni").date == "2025-11-03"


@pytest.mark.parametrize("text, expected", [
    # a state's start
    ("Abascal llegó ayer a Sevilla. Le acompañaba Ana Gil, concejal desde 2019. Por la "
     "tarde, Abascal se reunió con Juanma Moreno.", "2025-11-03"),
    # the time of a thing talked of
    ("Kast llegó ayer a Roma. Habló de la cumbre de septiembre con los periodistas. Después, "
     "Kast cenó con Meloni.", "2025-11-03"),
    # a story told at length: the day is looked for further back
    ("Milei viajó el lunes a Madrid. Hubo aplausos. Hubo gritos. Hubo banderas. Hubo música. "
     "Hubo discursos. Hubo lluvia. Hubo frío. Hubo sol. Hubo viento. Después, Milei se reunió "
     "con Abascal.", "2025-11-03"),
])
def test_the_story_day_is_found_past_states_and_things_talked_of(read, text, expected):
    found = read(text, ISSUED)
    assert _closing_meeting(found, text).date == expected


def _closing_meeting(found, text):
    """The meeting the text's last sentence tells (a companion met earlier is another)."""
    last = text.rsplit(". ", 1)[-1]
    return next(c for c in found.candidates if c.relation == "met" and
                c.evidence[0].quote in last)


def test_an_occasion_a_sentence_is_set_at_moves_the_story(read):
    # "En la cumbre de septiembre participaron ...": the story is now at that summit
    found = read("Kast llegó ayer a Roma. En la cumbre de septiembre participaron varios "
                 "líderes. Después, Kast cenó con Meloni.", ISSUED)
    assert find(found, "José Antonio Kast", "met", "Giorgia Meloni").date == "2025-09"


def test_a_story_day_too_far_back_is_not_carried(read):
    found = read("Milei viajó el lunes a Madrid." + " Hubo aplausos." * 16 +
                 " Después, Milei se reunió con Abascal.", ISSUED)
    assert find(found, "Javier Milei", "met", "Santiago Abascal").date is None


@pytest.mark.parametrize("text", [
    'Milei se reunió con Abascal en Madrid. "Vamos juntos, hoy y siempre", declaró.',
    "Milei se reunió con Abascal en Madrid. «Mañana seguiremos», dijo Abascal.",
])
def test_a_speakers_time_in_the_next_sentence_does_not_date_the_act(read, text):
    assert find(read(text, ISSUED), "Javier Milei", "met", "Santiago Abascal").date is None


def test_the_next_sentences_own_time_still_dates_the_act(read):
    found = read("Milei se reunió con Abascal en Madrid. El encuentro terminó ayer por la "
                 "noche.", ISSUED)
    assert find(found, "Javier Milei", "met", "Santiago Abascal").date == "2025-11-03"


_BLOG = ("Directo: la noche electoral en Chile\n\n21.00 — Abren los comandos de campaña.\n\n"
         "21.10 — {entry}\n\n21.30 — Cierra el recuento.")


@pytest.mark.parametrize("entry, relation", [
    ("Kast ha llamado por teléfono a Matthei para agradecerle su apoyo.", "contactWith"),
    ("Kast se ha reunido con Matthei en su comando.", "met"),
    ("Matthei ha hablado por teléfono con Kast.", "contactWith"),
])
def test_a_live_entrys_call_or_meeting_in_the_perfect_is_of_the_blogs_day(read, entry,
                                                                         relation):
    found = read(_BLOG.format(entry=entry), ISSUED)
    assert next(c for c in found.candidates if c.relation == relation).date == ISSUED


@pytest.mark.parametrize("entry, relation", [
    # what had happened before, and support that has lasted
    ("Kast había hablado con Matthei antes del cierre.", "contactWith"),
    ("Matthei ha hecho campaña activa por Kast.", "endorsed"),
])
def test_a_live_entrys_pluperfect_or_lasting_support_is_not_of_the_blogs_day(read, entry,
                                                                             relation):
    found = read(_BLOG.format(entry=entry), ISSUED)
    assert next(c for c in found.candidates if c.relation == relation).date is None


@pytest.mark.parametrize("text", [
    "Meloni abrió ayer la cumbre con un discurso y, a la salida, se reunió con Milei.",
    "Milei intervino ayer en el foro. A la salida, mantuvo un encuentro con Meloni.",
    "Meloni llegó ayer a Buenos Aires. A su llegada, se reunió con Milei en la Casa Rosada.",
])
def test_leaving_or_reaching_the_occasion_keeps_its_day(read, text):
    found = read(text, ISSUED)
    meeting = next(c for c in found.candidates if c.relation == "met" and
                   {c.subject, c.object} == {"Giorgia Meloni", "Javier Milei"})
    assert meeting.date == "2025-11-03"


@pytest.mark.parametrize("text", [
    "Abascal llegó ayer a Sevilla. Le acompañaba Ana Gil, concejal desde 2019.",
    "Kast visitó el lunes Temuco, donde lo recibió Luis Mora, alcalde desde 2021.",
])
def test_a_meeting_is_not_dated_by_a_state_begun_in_its_sentence(read, text):
    found = read(text, ISSUED)
    meetings = [c for c in found.candidates if c.relation == "met"]
    assert meetings and all(c.date != "2019" and c.date != "2021" for c in meetings)
