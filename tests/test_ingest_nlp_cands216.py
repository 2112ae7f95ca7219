"""The parse-based extractor on a profile's dropped subject after a counted time ("Dos años más
tarde fue alcaldesa de Lorca", "Una década después viajó a Budapest"): the time is no subject,
the sentence is about the person the text is about, and its date is the one told last, counted
on.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import find

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


# ------------------------------------------------- a counted time is no subject


def test_a_counted_time_opening_a_copula_leaves_the_dropped_subject(read):
    cases = [("Marta Lucena se afilió a Vox en 2015. Dos años más tarde fue alcaldesa de Lorca.",
              "Alcalde de Lorca"),
             ("Marta Lucena se afilió a Vox en 2015. Tres meses después era concejala de "
              "Cartagena.", "Concejal de Cartagena"),
             ("Marta Lucena se afilió a Vox en 2015. Un año más tarde ya era alcaldesa de "
              "Lorca.", "Alcalde de Lorca")]
    for text, office in cases:
        find(read(text), "Marta Lucena", "holdsOffice", office)


def test_a_counted_time_opening_a_verb_leaves_the_dropped_subject(read):
    found = read("Ana Pérez fundó una asociación en 2010. Una década después viajó a Budapest "
                 "para la CPAC Hungría.")
    find(found, "Ana Pérez", "participatedIn", "CPAC Hungría")


def test_a_named_subject_after_a_counted_time_is_still_the_subject(read):
    found = read("Marta Lucena se afilió a Vox en 2015. Dos años más tarde Pedro Gil fue "
                 "alcalde de Lorca.")
    find(found, "Pedro Gil", "holdsOffice", "Alcalde de Lorca")
    absent(found, "holdsOffice", "Marta Lucena", "Alcalde de Lorca")


# ------------------------------------------------- the date, counted on


def test_a_count_of_years_or_months_moves_the_date_told_last(read):
    found = read("Ana Pérez fundó una asociación en 2010. Una década después viajó a Budapest "
                 "para la CPAC Hungría.")
    assert find(found, "Ana Pérez", "participatedIn", "CPAC Hungría").date == "2020"
    found = read("Ana Pérez llegó a Murcia en marzo de 2010. Dos años más tarde, se reunió con "
                 "Santiago Abascal.")
    assert find(found, "Ana Pérez", "met", "Santiago Abascal").date == "2012-03"


def test_a_vague_count_leaves_no_date_and_a_count_of_hours_keeps_the_day(read):
    found = read("Ana Pérez llegó a Murcia en 2010. Años después se reunió con Santiago Abascal.")
    assert find(found, "Ana Pérez", "met", "Santiago Abascal").date is None
    found = read("Ana Pérez llegó a Murcia el 3 de marzo de 2010. Horas más tarde se reunió con "
                 "Santiago Abascal.")
    assert find(found, "Ana Pérez", "met", "Santiago Abascal").date == "2010-03-03"


def test_the_counting_functions():
    from graph.ingest.nlp.elapsed_times import shifted

    assert shifted("2010", "year", 24) == ("2012", "year")
    assert shifted("2010", "year", 6) is None  # a year moved by months: the month is unknown
    assert shifted("2010-11", "month", 3) == ("2011-02", "month")
    assert shifted("2010-03-03", "day", -3) == ("2009-12", "month")


# ------------------------------------------------- a title given by election or appointment


def test_a_passive_of_electing_or_appointing_gives_the_subject_its_title(read):
    cases = [("Marta Lucena fue elegida alcaldesa de Lorca en 2017.", "Marta Lucena",
              "holdsOffice", "Alcalde de Lorca"),
             ("Pedro Gil ha sido nombrado ministro de Economía.", "Pedro Gil", "holdsOffice",
              "Ministra o ministro"),
             ("Marta Lucena fue reelegida presidenta del PP.", "Marta Lucena", "leaderOf", "PP"),
             ("Pedro Gil resultó elegido senador por Murcia.", "Pedro Gil", "holdsOffice",
              "Senador"),
             ("Pedro Gil fue investido presidente de la Región de Murcia.", "Pedro Gil",
              "holdsOffice", "Presidente de Región de Murcia"),
             ("Los concejales de Lorca, que eligieron ayer a su alcaldesa, aplaudieron a "
              "Marta Lucena, que fue elegida alcaldesa de Lorca por mayoría absoluta.",
              "Marta Lucena", "holdsOffice", "Alcalde de Lorca")]
    for text, subject, relation, obj in cases:
        find(read(text), subject, relation, obj)


def test_a_dropped_subject_takes_the_title_it_was_elected_to(read):
    cases = ["Marta Lucena se afilió a Vox en 2015. En 2017 fue elegida alcaldesa de Lorca.",
             "Marta Lucena se afilió en 2015 a Vox, por el que fue elegida alcaldesa de Lorca.",
             "Marta Lucena se afilió a Vox en 2015. Dos años más tarde fue nombrada alcaldesa "
             "de Lorca."]
    for text in cases:
        find(read(text), "Marta Lucena", "holdsOffice", "Alcalde de Lorca")


def test_an_election_denied_to_come_or_wished_gives_no_title(read):
    for text in ("Pedro Gil será elegido alcalde de Lorca.",
                 "Pedro Gil no fue elegido alcalde de Lorca.",
                 "Pedro Gil quiere ser elegido alcalde de Lorca.",
                 "Pedro Gil aspira a ser nombrado alcalde de Lorca.",
                 "Pedro Gil se afilió a Vox en 2015. En 2027 podría ser elegido alcalde de "
                 "Lorca."):
        absent(read(text), "holdsOffice", "Pedro Gil", "Alcalde de Lorca")


def test_an_election_to_a_candidacy_or_by_a_body_is_no_office(read):
    found = read("Pedro Gil fue elegido candidato del PP a la alcaldía de Lorca.")
    absent(found, "holdsOffice", "Pedro Gil")
    found = read("Pedro Gil fue elegido por el pleno de Lorca con quince votos.")
    absent(found, "holdsOffice", "Pedro Gil")


# ------------------------------------------------- a title wished, not held


def test_a_title_a_place_needs_or_deserves_is_no_office(read):
    for text in ('"Marcelo Ortiz es el gobernador que La Paz necesita", dijo Ana Ruiz.',
                 "Ana Ruiz dijo que Marcelo Ortiz es la presidenta que Bolivia merece.",
                 "Para Ana Ruiz, Marcelo Ortiz es el alcalde que los vecinos de Lorca esperan.",
                 '"Marcelo Ortiz es el presidente que necesitamos", afirmó Ana Ruiz.'):
        found = read(text)
        absent(found, "holdsOffice", "Marcelo Ortiz")
    found = read('"Marcelo Ortiz es el líder que Vox necesita", dijo Ana Ruiz.')
    absent(found, "leaderOf", "Marcelo Ortiz", "Vox")


def test_a_title_held_by_one_who_needs_something_is_still_held(read):
    found = read("Marcelo Ortiz es el alcalde de Lorca que necesita apoyos para el presupuesto.")
    find(found, "Marcelo Ortiz", "holdsOffice", "Alcalde de Lorca")


def test_the_backing_in_a_needed_title_stays(read):
    found = read('"Marcelo Ortiz es el gobernador que La Paz necesita", dijo Ana Ruiz.')
    find(found, "Ana Ruiz", "endorsed", "Marcelo Ortiz")


# ------------------------------------------------- the race a candidacy is "para" a year


def test_a_candidacy_for_a_year_is_in_that_years_race(read):
    cases = [("Mario Paz anunció su candidatura a la gobernación de Salta para 2027.",
              "Elección de gobernador de Salta de 2027"),
             ("Mario Paz presentó su candidatura a la Presidencia de Chile para 2029.",
              "Elección presidencial de Chile de 2029"),
             ("Mario Paz será candidato a gobernador de Salta para 2027.",
              "Elección de gobernador de Salta de 2027")]
    for text, race in cases:
        find(read(text), "Mario Paz", "candidateIn", race)


def test_a_year_of_another_phrase_is_not_the_races(read):
    found = read("Mario Paz anunció su candidatura a la gobernación de Salta con un plan "
                 "para 2030.")
    absent(found, "candidateIn", "Mario Paz", "Elección de gobernador de Salta de 2030")
