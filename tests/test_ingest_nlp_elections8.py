"""The parse-based extractor on elections named as a reader writes them: the race's country
from a byline's city or the text's towns, a Spanish region's race from the region the text
names or from "la Presidencia de la Junta", the office a title names after words of its own,
a race that pits two persons in a relative clause, a seat kept in a race, one knocked out of a
round; and what is no candidacy (a party's presidency, a meeting that pits two persons, a
hypothetical run).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts, find

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def test_a_bylines_city_gives_the_race_its_country(read):
    found = read("La derecha busca un nombre para mayo\nPor Ana Ruiz | Lima, 12 de febrero de "
                 "2026\n\nLa senadora Rosa Vidal, aspirante por firmas a la Presidencia, visitó "
                 "ayer Arequipa.", issued="2026-02-12")
    find(found, "Rosa Vidal", "candidateIn", "Elección presidencial de Perú de 2026")


def test_a_partys_presidency_is_no_race(read):
    absent(read("Por Ana Ruiz | Lima, 12 de febrero de 2026\n\nEl diputado Hugo Salas, "
                "aspirante por sorpresa a la presidencia del partido, visitó Arequipa.",
                issued="2026-02-12"), "candidateIn")


def test_the_presidency_of_a_regional_government_is_won_in_the_regions_race(read):
    found = read("El candidato del PP a la Presidencia de la Junta, Mario Gil, cerró la campaña "
                 "en Valladolid. Las Cortes de Castilla y León se renuevan en marzo.",
                 issued="2026-02-20")
    find(found, "Mario Gil", "candidateIn", "Elecciones a las Cortes de Castilla y León de 2026")
    absent(read("El presidente de la Junta, Mario Gil, visitó Valladolid, en Castilla y León.",
                issued="2026-02-20"), "candidateIn")


def test_the_region_a_text_names_most_gives_its_bare_regional_race(read):
    found = read("Ramón Soler revalidó el cargo en las autonómicas de 2023. En Castilla y León, "
                 "el PP gobierna con Vox; en Castilla y León se votará en 2026.",
                 issued="2026-09-14")
    find(found, "Ramón Soler", "candidateIn", "Elecciones a las Cortes de Castilla y León de 2023")


def test_a_titles_office_after_its_party_and_adjectives(read):
    governor = read("El diputado Tomás Ibarra, candidato oficial de La Libertad Avanza a la "
                    "gobernación de Mendoza en 2027, visitó la provincia.", issued="2026-10-04")
    find(governor, "Tomás Ibarra", "candidateIn", "Elección de gobernador de Mendoza de 2027")
    premier = read("En Hungría, Péter Magyar, el líder de Tisza y candidato a primer ministro, "
                   "encabeza los sondeos.", issued="2026-02-08")
    find(premier, "Péter Magyar", "candidateIn", "Elecciones legislativas de Hungría de 2026")


def test_a_verb_ends_the_titles_own_words(read):
    absent(read("Laura Pérez, candidata del PP, habló a la prensa en Valladolid.",
                issued="2026-02-20"), "candidateIn")


def test_a_race_that_pits_two_persons_in_a_relative_clause(read):
    runoff = read("Hoy se celebra la segunda vuelta de las elecciones presidenciales "
                  "portuguesas, que enfrentan al socialista Rui Tavares Lopes con el líder de "
                  "Chega, André Ventura.",
                  issued="2026-02-08")
    round_ = "Segunda vuelta presidencial de Portugal de 2026"
    find(runoff, "Rui Tavares Lopes", "candidateIn", round_)
    find(runoff, "André Ventura", "candidateIn", round_)
    assert ("Rui Tavares Lopes", "opponentOf", "André Ventura") in facts(runoff)
    ballot = read("En Chile, el balotaje, que enfrentará a José Antonio Kast y a Jeannette "
                  "Jara, será en diciembre.", issued="2025-11-20")
    find(ballot, "Jeannette Jara", "candidateIn", "Segunda vuelta presidencial de Chile de 2025")


def test_a_meeting_that_pits_two_persons_is_no_race(read):
    absent(read("La reunión, que enfrentó a José Antonio Kast con Jeannette Jara, fue tensa.",
                issued="2025-11-20"), "candidateIn")


def test_a_seat_kept_or_won_in_a_race(read):
    kept = read("La diputada Irene Costa obtuvo un escaño en las legislativas chilenas de 2021.",
                issued="2026-03-01")
    find(kept, "Irene Costa", "candidateIn", "Elecciones legislativas de Chile de 2021")
    absent(read("La diputada Irene Costa obtuvo un premio en Santiago en 2021.",
                issued="2026-03-01"), "candidateIn")


def test_one_knocked_out_of_a_round_ran_in_it(read):
    found = read("El liberal João Cotrim de Figueiredo, eliminado en la primera vuelta de las "
                 "presidenciales portuguesas, pidió el voto para Seguro.", issued="2026-01-20")
    find(found, "João Cotrim de Figueiredo", "candidateIn",
         "Primera vuelta presidencial de Portugal de 2026")
    absent(read("El liberal João Cotrim de Figueiredo, eliminado del torneo de tenis, pidió "
                "calma.", issued="2026-01-20"), "candidateIn")


def test_a_hypothetical_run_is_no_candidacy(read):
    absent(read("La diputada Irene Costa podría presentarse a las autonómicas andaluzas.",
                issued="2026-03-01"), "candidateIn")
