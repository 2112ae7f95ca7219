"""The parse extractor on where and which race a candidacy is in: a byline's surname that is
also a town dates no story ("Por Lucía Cáceres Rivas" is not a dateline in Cáceres, Spain),
a bare round told after a chamber's first round is that chamber's race, not a presidential
round the text never named, a title after a comma list of descriptions ("X, abogado,
exconcejal y candidato a la alcaldía") is the person's, and a candidate whose title names no
race runs in the one race the text's other candidate titles name.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _races(found, person):
    return {o for s, r, o in found if s == person and r == "candidateIn"}


def test_a_byline_surname_is_no_dateline(read):
    found = facts(read("Una campaña en el sur\n\nPor Lucía Cáceres Rivas\n\nMarta Quispe, "
                       "candidata de Perú Libre a la presidencia en las elecciones de abril, "
                       "cerró ayer su gira en Arequipa ante miles de personas en Perú."))
    assert _races(found, "Marta Quispe") == {"Elección presidencial de Perú de 2026"}


def test_a_dateline_city_still_places_the_story(read):
    found = facts(read("Una campaña en el sur\n\nPor Lucía Rivas\n\nCÁCERES. El candidato "
                       "del PP a la presidencia, Luis Merino, cerró ayer su gira ante mil "
                       "personas."))
    assert _races(found, "Luis Merino") == {"Elección presidencial de España de 2026"}


def test_a_bare_runoff_after_a_senate_round_is_the_senate_race(read):
    found = facts(read("Chequia vota hoy en la primera vuelta de las elecciones al Senado.\n\n"
                       "El diputado Jan Novak obtiene el 30 %; pasa a la segunda vuelta del "
                       "próximo sábado."))
    assert _races(found, "Jan Novak") == {"Elecciones legislativas de República Checa de 2026"}


def test_a_bare_runoff_after_a_legislative_round_names_no_presidential_one(read):
    found = facts(read("Francia vota hoy en la primera vuelta de las legislativas.\n\n"
                       "El candidato de Reconquista, Paul Martin, obtiene el 30 %. Martin "
                       "pasa a la segunda vuelta del domingo."))
    assert _races(found, "Paul Martin") == {"Elecciones legislativas de Francia de 2026"}


def test_a_bare_runoff_after_a_presidential_round_stays_presidential(read):
    found = facts(read("Perú vota hoy en la primera vuelta de las presidenciales.\n\n"
                       "La candidata de Fuerza Popular, Ana Ruiz, pasa a la segunda vuelta."))
    assert "Segunda vuelta presidencial de Perú de 2026" in _races(found, "Ana Ruiz")
    assert not {r for r in _races(found, "Ana Ruiz") if r.startswith("Elecciones legislativas")}


def test_a_title_after_a_comma_list_of_descriptions_is_the_persons(read):
    found = facts(read("Tomás Aguirre, ingeniero, exconcejal de la ciudad y candidato del "
                       "Frente Vecinal a la Alcaldía de Cochabamba, recibe a la prensa."))
    assert ("Tomás Aguirre", "candidateIn", "Elección municipal de Cochabamba de 2026") in found
    assert ("Tomás Aguirre", "represents", "Frente Vecinal") in found


def test_a_title_with_its_article_after_a_description_is_another_persons(read):
    found = facts(read("Llegaron Ana Ruiz, abogada, la presidenta del PP, Marta Gil, y otros "
                       "dirigentes."))
    assert ("Marta Gil", "leaderOf", "PP") in found
    assert ("Ana Ruiz", "leaderOf", "PP") not in found


_FILLER = ("La campaña arrancó en marzo. Los mercados abren temprano. La lluvia no cesa. "
           "Los sondeos dan un empate.\n\n")


def test_a_bare_candidate_runs_in_the_race_the_other_titles_name(read):
    found = facts(read("Marta Rojas, candidata de Unidad Cívica a la Alcaldía de Sucre, habló "
                       "ayer con este diario.\n\n" + _FILLER + "El candidato de Alianza "
                       "Popular, Pedro Flores, lidera los sondeos."))
    assert ("Pedro Flores", "candidateIn", "Elección municipal de Sucre de 2026") in found


def test_a_bare_candidate_beside_two_races_runs_in_neither(read):
    found = facts(read("Marta Rojas, candidata de Unidad Cívica a la Alcaldía de Sucre, habló "
                       "ayer. Luis Arce, candidato de Súmate a la Alcaldía de La Paz, también."
                       "\n\n" + _FILLER + "El candidato de Alianza Popular, Pedro Flores, "
                       "lidera los sondeos."))
    assert not _races(found, "Pedro Flores")


def test_a_candidate_title_held_before_takes_no_fellow_race(read):
    found = facts(read("Marta Rojas, candidata de Unidad Cívica a la Alcaldía de Sucre, habló "
                       "ayer con este diario.\n\n" + _FILLER + "Pedro Flores fue el candidato "
                       "de Alianza Popular."))
    assert not _races(found, "Pedro Flores")
