"""The parse extractor on which country a race is in: the runners the race's clause names say
it (the subject an infinitive takes from its clause, the rivals a verb of running sets against
it), whatever country the text names elsewhere; runners of two countries leave it unsaid; a
re-election sought by one the text calls by another office's title is not the presidency's.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def _races(extraction, person=None):
    return {c.object for c in extraction.candidates
            if c.relation == "candidateIn" and person in (None, c.subject)}


def _countries(extraction, person=None):
    return {race.rsplit(" de ", 2)[-2] for race in _races(extraction, person)
            if race.rsplit(" ", 1)[-1].isdigit()}


# ---------------------------------------------------------------- runners say the country


def test_an_infinitives_runner_is_the_subject_of_its_clause(read):
    after = read("Las afinidades\n\nDos meses después de vencer a Jeannette Jara en la segunda "
                 "vuelta de diciembre, el presidente José Antonio Kast visitó España y se "
                 "reunió en Madrid con empresarios españoles.", issued="2026-02-20")
    assert _countries(after) == {"Chile"}
    tras = read("Madrid\n\nTras imponerse en la segunda vuelta de diciembre, Kast viajó a "
                "España, donde recibió el apoyo de Santiago Abascal.", issued="2026-02-20")
    assert "España" not in _countries(tras)
    assert _countries(tras) <= {"Chile"}


def test_a_rival_named_by_the_verb_gives_the_country(read):
    rival = read("Un candidato\n\nEl empresario Tomás Rivas, de visita en España, compite con "
                 "Javier Milei en las presidenciales del año próximo.", issued="2026-05-10")
    assert _countries(rival) <= {"Argentina"}
    beaten = read("Memorias\n\nEn sus memorias, escritas en Madrid, Carlos Ibáñez recuerda "
                  "cómo perdió frente a José Antonio Kast en la primera vuelta de noviembre.",
                  issued="2026-02-20")
    assert "España" not in _countries(beaten)


def test_runners_of_two_countries_leave_the_race_unsaid(read):
    split = read("Un duelo imaginado\n\nEn Madrid, Santiago Abascal venció a Javier Milei en "
                 "las elecciones de un club de debate.", issued="2026-02-20")
    assert not _countries(split, "Santiago Abascal") - {"España"} or \
        not _countries(split, "Santiago Abascal")
    assert "Argentina" not in _countries(split, "Santiago Abascal")


def test_a_runner_of_the_texts_country_keeps_it(read):
    home = read("Buenos Aires, 3 mar (EFE).- Javier Milei derrotó a Sergio Massa en la segunda "
                "vuelta de 2023.", issued="2026-03-03")
    assert _countries(home, "Javier Milei") == {"Argentina"}


# ---------------------------------------------------------------- another office's re-election


def test_a_reelection_sought_by_a_title_of_another_office_is_not_the_presidency(read):
    governor = read("Neuquén, 4 may (EFE).- El gobernador Rolando Figueroa visitó Plottier. El "
                    "gobernador, que aspira a la reelección, respondió por la tarde con un "
                    "comunicado.", issued="2026-05-04")
    assert not any("presidencial" in race for race in _races(governor))
    mayor = read("Rosario, 4 may (EFE).- La intendenta Laura Paz inauguró una plaza. La "
                 "intendenta buscará su reelección el año que viene.", issued="2026-05-04")
    assert not any("presidencial" in race for race in _races(mayor))
    mayor = read("Mendoza, 4 may (EFE).- El alcalde Pablo Ruiz cortó la cinta. El alcalde no "
                 "descarta presentarse a la reelección.", issued="2026-05-04")
    assert not any("presidencial" in race for race in _races(mayor))


def test_a_presidents_reelection_stays_the_presidency(read):
    president = read("Buenos Aires, 25 jun (EFE).- Javier Milei, que aspira a la reelección, "
                     "habló ayer en Córdoba.", issued="2027-06-25")
    assert _races(president, "Javier Milei") == {"Elección presidencial de Argentina de 2027"}


# ---------------------------------------------------------------- where the text is set


def test_countries_named_as_often_leave_the_story_to_its_towns(read):
    interview = read(
        "Lucía Andrade: \"La seguridad no se negocia\"\n\n"
        "La candidata de Nueva Fuerza a la Presidencia recibe a este diario en su oficina de "
        "la calle Sevilla, en Guayaquil, a un mes de la primera vuelta\n\n"
        "Por Ana Gil\n\n"
        "Lucía Andrade (Quito, 1975) fue concejala de Quito durante seis años y fundó Nueva "
        "Fuerza, el movimiento que hoy preside.\n\n"
        "P. ¿Y con España?\nR. Tengo buenos amigos allí.\n\n"
        "P. ¿Qué opina de Argentina?\nR. Que ha sabido cambiar.",
        issued="2026-01-10")
    assert "España" not in _countries(interview)
    assert _countries(interview) <= {"Ecuador"}


def test_a_tie_of_countries_named_goes_to_the_country_of_the_texts_known_persons(read):
    column = read(
        "Afinidades\n\nOPINIÓN | Marta Fuentes, profesora de Historia\n\n"
        "El presidente José Antonio Kast y Johannes Kaiser discuten desde enero. El "
        "vino chileno busca mercados, y Evelyn Matthei le pide prudencia. Con España "
        "la relación es de partido. El exdiputado Tomás Vidal, que perdió en la segunda "
        "vuelta de diciembre, calla.", issued="2026-06-10")
    assert _countries(column, "Tomás Vidal") == {"Chile"}


# ---------------------------------------------------------------- a town said by what it is


def test_a_town_said_by_its_rank_in_its_country_is_the_town_named_before(read):
    lyon = read("Lyon\n\nLa ecologista Ana Roux aspira a la alcaldía de la tercera ciudad de "
                "Francia, donde gobierna desde 2020.", issued="2026-03-10")
    assert _races(lyon, "Ana Roux") == {"Elección municipal de Lyon de 2026"}
    porto = read("Oporto, 3 mar (Lusa).- El concejal Rui Matos buscará la alcaldía de la "
                 "segunda ciudad de Portugal.", issued="2026-03-10")
    assert _races(porto, "Rui Matos") <= {"Elección municipal de Oporto de 2026"}
    assert not any("municipales de Portugal" in race for race in _races(porto))


def test_a_town_said_by_its_rank_is_never_the_countrys_municipal_elections(read):
    unnamed = read("Francia vota\n\nLa candidata Ana Roux aspira a la alcaldía de la segunda "
                   "ciudad de Francia.", issued="2026-03-10")
    assert _races(unnamed, "Ana Roux") == set()
    capital = read("Marsella\n\nEl diputado Luc Moreau quiere la alcaldía de la capital de "
                   "Francia.", issued="2026-03-10")
    assert "Elección municipal de Marsella de 2026" not in _races(capital, "Luc Moreau")


def test_the_office_a_contest_verb_takes_is_its_race(read):
    disputed = read("Niza\n\nA una semana de las municipales, el candidato del RN, Paul Garnier, "
                    "disputa la alcaldía de Niza al conservador Henri Blanc.",
                    issued="2026-03-08")
    assert _races(disputed, "Paul Garnier") == {"Elección municipal de Niza de 2026"}
    assert _races(disputed, "Henri Blanc") == {"Elección municipal de Niza de 2026"}
    rival = read("Rosario, 3 mar (EFE).- Luis Peña le disputará la intendencia de Rosario a "
                 "Marta Gil en las elecciones de 2027.", issued="2026-03-08")
    assert "Elección municipal de Rosario de 2027" in _races(rival, "Luis Peña")


def test_a_round_of_a_race_of_another_kind_is_that_race_not_a_presidential_round(read):
    towns = read("Lyon\n\nA una semana de la primera vuelta de las municipales, el candidato "
                 "del RN, Paul Garnier, presentó su programa.", issued="2026-03-08")
    assert not any("presidencial" in race for race in _races(towns))
    house = read("París, 30 jun (AFP).- Jordan Bardella ganó la segunda vuelta de las "
                 "legislativas en su circunscripción.", issued="2024-06-30")
    assert not any("presidencial" in race for race in _races(house))
    president = read("Lima, 7 jun (EFE).- Rosa Quispe ganó la segunda vuelta presidencial.",
                     issued="2026-06-07")
    assert "Segunda vuelta presidencial de Perú de 2026" in _races(president, "Rosa Quispe")
