"""The parse-based extractor on candidacies, elections, organizers, opponents, alliances and
invitations said in the many ways news says them: which race a phrase names (by its words,
its region or province, the race named before it), who runs, who organizes and who is invited.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts, find

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def test_the_copula_of_a_relative_clause_gives_the_name_its_title(read):
    found = read("El partido de André Ventura celebró su congreso. Ventura, que fue el candidato "
                 "de Chega en las presidenciales de enero, habló de Portugal.", issued="2026-11-14")
    find(found, "André Ventura", "candidateIn", "Elección presidencial de Portugal de 2026")


def test_a_month_without_a_year_is_on_the_side_of_the_date_its_tense_says(read):
    later = read("En Brasil, el partido prepara la candidatura del senador Flávio Bolsonaro "
                 "para las elecciones presidenciales de octubre.", issued="2026-02-03")
    find(later, "Flávio Bolsonaro", "candidateIn", "Elección presidencial de Brasil de 2026")


def test_regional_municipal_and_governor_races_by_their_words(read):
    regional = read("Zaragoza, 24 may (EFE).- Vox duplicó su representación en las Cortes de "
                    "Aragón. Su candidato, Ramiro Lasheras, se presentó a las elecciones "
                    "autonómicas.", issued="2027-05-24")
    find(regional, "Ramiro Lasheras", "candidateIn", "Elecciones a las Cortes de Aragón de 2027")
    andalusian = read("La diputada Lucía Ferrer se presenta a las elecciones andaluzas.",
                      issued="2026-03-01")
    find(andalusian, "Lucía Ferrer", "candidateIn",
         "Elecciones al Parlamento de Andalucía de 2026")
    municipal = read("Santiago, 24 jul (EFE).- La concejala Paula Soto competirá en las "
                     "elecciones municipales de octubre.", issued="2028-07-24")
    find(municipal, "Paula Soto", "candidateIn", "Elecciones municipales de Chile de 2028")


def test_a_bare_election_is_the_race_named_before_it(read):
    found = read("Bogotá, 9 mar (EFE).- Las presidenciales de mayo enfrentarán a la derecha y "
                 "a la izquierda. Sergio Fajardo también se presentó a las elecciones.",
                 issued="2026-03-09")
    find(found, "Sergio Fajardo", "candidateIn", "Elección presidencial de Colombia de 2026")
    primaries = read("Buenos Aires, 25 jun (EFE).- La candidatura presidencial sigue abierta: "
                     "Daniel Arrieta y Natalia Villegas disputarán las primarias del 8 de "
                     "agosto.", issued="2027-06-25")
    find(primaries, "Natalia Villegas", "candidateIn", "Elección presidencial de Argentina de 2027")
    assert ("Daniel Arrieta", "opponentOf", "Natalia Villegas") in facts(primaries) or \
        ("Natalia Villegas", "opponentOf", "Daniel Arrieta") in facts(primaries)


def test_a_former_candidate_runs_in_no_race_of_the_article(read):
    absent(read("Tampoco acudió la ex candidata presidencial Keiko Fujimori.",
                issued="2026-05-20"), "candidateIn")
