"""The parse extractor on the times that do not date a claim they stand beside: the point a
gathering is measured from ("el primer mitin desde la campaña de las municipales de 2023") is
not the day it was held; the day of the vote a candidacy is for ("respaldó la candidatura de X a
las presidenciales del 16 de noviembre") is not the day of the support; the time a relative
clause tells of someone in the sentence before ("la concejala X, a la que proclamaron el mes
pasado candidata") is not the time of what the next sentence tells.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _dates(extraction, relation: str) -> dict[tuple[str, str], str | None]:
    return {(c.subject, c.object): c.date for c in extraction.candidates
            if c.relation == relation}


# ------------------------------------------------------------ a gathering's point of reference

def test_a_rally_is_not_held_in_the_year_it_is_the_first_since(read):
    found = _dates(read(
        "Lucía Berrocal subió ayer al escenario del pabellón de Cuenca. El mitin, organizado por "
        "Vox Cuenca, era el primero del partido en la provincia desde la campaña de las "
        "municipales de 2023. Antes que ella hablaron el diputado Tomás Arnedo y la concejala "
        "Ana Ruiz."), "participatedIn")
    speakers = {s: d for (s, _), d in found.items()}
    assert speakers.get("Tomás Arnedo") != "2023"
    assert speakers.get("Ana Ruiz") != "2023"
    assert speakers.get("Lucía Berrocal") == "2026-05-01"


def test_a_forum_is_not_held_when_the_span_it_closes_ends(read):
    found = _dates(read(
        "El foro Raíces, organizado por la Fundación Atalaya, fue el último del ciclo hasta las "
        "elecciones de 2027. Intervinieron el senador Rodrigo Salinas y la diputada Marta "
        "Quintero."), "participatedIn")
    assert "2027" not in found.values()


def test_a_forum_opened_today_keeps_its_day(read):
    found = _dates(read(
        "La Fundación Atalaya acoge desde hoy en Toledo el foro Raíces. En la sesión inaugural "
        "intervinieron el senador Rodrigo Salinas y la diputada Marta Quintero."),
        "participatedIn")
    assert found.get(("Rodrigo Salinas", "Raíces")) == "2026-05-02"


# ------------------------------------------------------------ the vote's day beside support

def test_support_for_a_candidacy_is_not_dated_by_the_vote(read):
    found = _dates(read(
        "Tomás Arnedo y Lucía Berrocal respaldaron públicamente la candidatura de Julián Ortega "
        "a las presidenciales chilenas del 16 de noviembre."), "endorsed")
    assert found.get(("Tomás Arnedo", "Julián Ortega"), "none") is None
    assert found.get(("Lucía Berrocal", "Julián Ortega"), "none") is None


def test_support_for_a_candidacy_keeps_its_own_day(read):
    found = _dates(read(
        "Tomás Arnedo respaldó el lunes la candidatura de Julián Ortega a las presidenciales del "
        "16 de noviembre."), "endorsed")
    assert found.get(("Tomás Arnedo", "Julián Ortega")) == "2026-04-27"


def test_the_vote_still_dates_the_candidacy(read):
    found = _dates(read(
        "Tomás Arnedo y Lucía Berrocal respaldaron públicamente la candidatura de Julián Ortega "
        "a las presidenciales chilenas del 16 de noviembre."), "candidateIn")
    assert "2025-11-16" in found.values()


# ------------------------------------------------------------ a neighbour's relative clause

def test_a_proclamation_told_of_someone_does_not_date_the_next_sentence(read):
    found = _dates(read(
        "Antes que él habló la concejala Ana Ruiz, a la que la dirección nacional proclamó el "
        "mes pasado candidata a la alcaldía de Cuenca. Santiago Abascal la presentó como «la "
        "próxima alcaldesa» y pidió el voto para ella."), "endorsed")
    assert found.get(("Santiago Abascal", "Ana Ruiz"), "none") != "2026-04"


def test_a_relative_clause_on_a_name_does_not_date_the_next_sentence(read):
    found = _dates(read(
        "En primera fila estaba Marta Quintero, quien dejó el Senado en marzo. Santiago Abascal "
        "pidió el voto para ella."), "endorsed")
    assert found.get(("Santiago Abascal", "Marta Quintero"), "none") != "2026-03"


def test_the_day_the_sentence_before_tells_still_dates(read):
    found = _dates(read(
        "Santiago Abascal visitó ayer Cuenca con la concejala Ana Ruiz. Tras el acto, pidió el "
        "voto para ella."), "endorsed")
    assert found.get(("Santiago Abascal", "Ana Ruiz")) == "2026-05-01"


# ------------------------------------------------------------ the occasion a relative clause is at

def test_a_meeting_on_a_visit_that_began_yesterday(read):
    found = _dates(read(
        "La ministra Ana Ruiz llegó ayer a Cuenca para una visita de dos días en la que se "
        "reunió con el alcalde Tomás Arnedo."), "met")
    assert found.get(("Ana Ruiz", "Tomás Arnedo")) == "2026-05-01"


def test_a_meeting_during_the_summit_one_travelled_to(read):
    found = _dates(read(
        "Lucía Berrocal viajó el martes a Lima para una cumbre durante la cual se reunió con "
        "Rafael López Aliaga."), "met")
    assert found.get(("Lucía Berrocal", "Rafael López Aliaga")) == "2026-04-28"


def test_a_runoff_a_relative_clause_measures_against_keeps_its_day(read):
    found = read("Lucía Berrocal confirmó ayer que disputará la segunda vuelta presidencial de "
                 "Chile del 14 de diciembre, en la que se medirá con Tomás Arnedo.", "2025-11-20")
    rivals = {c.date for c in found.candidates if c.relation == "opponentOf"}
    assert "2025-11-19" not in rivals


# ------------------------------------------------------------ a candidate named by the title

def test_a_candidate_who_spoke_last_night_is_no_candidate_of_last_night(read):
    found = _dates(read(
        "El candidato a la presidencia de Honduras, Julián Ortega, aseguró anoche en una "
        "entrevista que ganará.", "2025-11-20"), "candidateIn")
    assert "2025-11-19" not in found.values()


def test_a_candidate_received_on_tuesday_is_no_candidate_of_tuesday(read):
    extraction = read("Santiago Abascal recibió el martes en Madrid al candidato de Vox a la "
                      "Junta de Andalucía, Manuel Gavira.", "2025-11-20")
    assert "2025-11-18" not in _dates(extraction, "candidateIn").values()
    assert _dates(extraction, "met").get(("Santiago Abascal", "Manuel Gavira")) == "2025-11-18"


def test_the_year_a_title_gives_still_dates_the_candidacy(read):
    found = _dates(read("Lucía Berrocal, candidata presidencial del PAN en 2024, visitó ayer "
                        "Monterrey.", "2025-11-20"), "candidateIn")
    assert "2024" in found.values()


# ------------------------------------------------------------ a year pointed back to

def test_joining_the_same_year_a_term_ended(read):
    found = _dates(read("Lucía Berrocal fue concejala de Cuenca entre 2015 y 2019. «Me cansé», "
                        "dice. Ese mismo año se afilió a Vox."), "memberOf")
    assert found.get(("Lucía Berrocal", "Vox")) == "2019"


def test_a_month_of_that_year_is_not_the_nearest_month(read):
    extraction = read("Tomás Arnedo asistió en mayo de 2024 a Europa Viva 24 y, en diciembre de "
                      "ese año, viajó a Roma para participar en Atreju.")
    dates = {c.date for c in extraction.candidates if c.relation == "participatedIn"}
    assert "2024-12" in dates
    assert "2025-12" not in dates


def test_the_election_of_that_same_year(read):
    found = _dates(read("Rodrigo Salinas, diputado desde 2021 y candidato en las elecciones "
                        "presidenciales de Chile de ese mismo año, visitó ayer Madrid."),
                   "candidateIn")
    assert "2021" in found.values()
    assert "2026-05-01" not in found.values()


def test_that_year_with_no_year_before_dates_nothing(read):
    found = _dates(read("Ese año Tomás Arnedo se afilió a Vox."), "memberOf")
    assert found.get(("Tomás Arnedo", "Vox"), "none") is None


# ------------------------------------------------------------ the story's day carried on

def test_support_on_the_stage_of_the_rally_of_sunday(read):
    found = _dates(read(
        "A las seis de la tarde del domingo, el pabellón de Cuenca ya estaba lleno. Unas 3.000 "
        "personas acudieron al mitin de Vox.\n\nSobre el escenario, Lucía Berrocal respaldó a "
        "Tomás Arnedo como «el próximo alcalde»."), "endorsed")
    assert found.get(("Lucía Berrocal", "Tomás Arnedo")) == "2026-04-26"


def test_a_meeting_recalled_does_not_stop_the_day_of_the_story(read):
    found = _dates(read(
        "Santiago Abascal habló ayer en el mitin de Vox en Cuenca. Abascal recordó su reunión "
        "con Javier Milei en Buenos Aires el mes pasado. Por la mañana, Abascal se había reunido "
        "con el alcalde Tomás Arnedo."), "met")
    assert found.get(("Santiago Abascal", "Tomás Arnedo")) == "2026-05-01"
    assert found.get(("Santiago Abascal", "Javier Milei")) == "2026-04"


def test_the_campaign_a_rally_is_the_first_since_does_not_date_the_morning(read):
    found = _dates(read(
        "Santiago Abascal habló ayer en Cuenca. Era su primer mitin en la ciudad desde la "
        "campaña de las municipales de 2023. Por la mañana, Abascal se había reunido con el "
        "alcalde Tomás Arnedo."), "met")
    assert found.get(("Santiago Abascal", "Tomás Arnedo")) == "2026-05-01"


def test_the_end_of_a_membership_does_not_date_the_morning(read):
    found = _dates(read(
        "Santiago Abascal habló ayer en Cuenca. Abascal fue militante del PP hasta 2013. Por la "
        "mañana, Abascal se había reunido con el alcalde Tomás Arnedo."), "met")
    assert found.get(("Santiago Abascal", "Tomás Arnedo")) == "2026-05-01"
