"""The parse extractor on offices and candidacies: a state's governor race told by its round
("irán a segunda vuelta por el gobierno del estado", a bare "balotaje" after the governor's
race was named), a ranked place in a count whose runoff is still to come (the first round's),
a candidate's title that is an argument of a past verb (the race ahead, not the last one held),
a province's governor "de la provincia" in a story on one region, and the country of an office
in a column set in a country it never names (its towns, not a country named once in passing).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts, find

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_a_round_fought_for_a_states_government(read):
    found = facts(read("DIRECTO | Noche electoral en Bahía: Marta Quintela y Otávio Reis irán a "
                       "segunda vuelta por el gobierno del estado.\n\nSalvador, domingo 4 de "
                       "octubre. Seguimos el escrutinio de la elección a gobernador de Bahía.",
                       "2026-10-04"))
    race = "Segunda vuelta de la elección de gobernador de Bahía de 2026"
    assert ("Marta Quintela", "candidateIn", race) in found
    assert not any(o.startswith("Segunda vuelta presidencial") for _, _, o in found)


def test_a_bare_runoff_after_a_governors_race_is_its_round(read):
    found = facts(read("Salvador, domingo 4 de octubre. Seguimos el escrutinio de la elección a "
                       "gobernador de Bahía, uno de los estados más poblados.\n\nCon el 80 % "
                       "escrutado, Otávio Reis aparece tercero en Bahía.\n\nReis reconoce que "
                       "no pasará al balotaje.", "2026-10-04"))
    assert ("Otávio Reis", "not candidateIn",
            "Segunda vuelta de la elección de gobernador de Bahía de 2026") in found


def test_a_place_in_a_count_before_a_runoff_to_come(read):
    found = facts(read("Rosa Beltrán y Tomás Ugarte irán a la segunda vuelta presidencial de "
                       "Perú. El candidato de Fuerza Local, Héctor Ibarra, que quedó cuarto con "
                       "el 6 %, anuncia que apoyará a Beltrán en la segunda vuelta.",
                       "2026-04-13"))
    assert ("Héctor Ibarra", "candidateIn", "Primera vuelta presidencial de Perú de 2026") in found


def test_a_candidate_title_in_a_past_clause_runs_in_the_race_ahead(read):
    found = facts(read("La plaza Mayor de Segovia ya tenía cola a las ocho. Vox celebró en "
                       "Segovia su primer acto del año.\n\nCerró el mitin la candidata a la "
                       "alcaldía, Nuria Ferrández Olmo, una maestra de Cuéllar.", "2026-04-18"))
    assert ("Nuria Ferrández Olmo", "candidateIn", "Elección municipal de Segovia de 2027") in found


def test_the_governor_of_the_province_the_column_named(read):
    found = facts(read("En el Guayas nadie se sorprendió. Estuvo en el mitin el exgobernador de "
                       "la provincia, Fausto Intriago, que pidió el voto.", "2026-05-02"))
    assert ("Fausto Intriago", "holdsOffice", "Gobernador de Guayas") in found


def test_a_country_named_in_passing_is_not_the_columns(read):
    found = facts(read(
        "La derecha porteña busca padrino\n\nPor Inés Vera Mora\n\nLa ciudad no ha sido nunca "
        "tierra fácil para la derecha dura. Por eso llama la atención lo que ocurrió el sábado "
        "en un coliseo de Guayaquil, donde el movimiento Frente Porteño reunió a tres mil "
        "personas. Su fundador fue concejal de Guayaquil y perdió la alcaldía de Machala en "
        "2023.\n\nEl discurso de mano dura que Nayib Bukele exporta desde El Salvador, y que "
        "otros adoptaron a su manera, encuentra aquí un público. En Guayaquil lo saben. Lo "
        "escuchó el vicepresidente Julio Mora Salas.", "2026-05-02"))
    assert ("Julio Mora Salas", "holdsOffice", "Vicepresidente de Ecuador") in found


def test_a_copula_opening_a_sentence_of_several_clauses(read):
    found = facts(read("Lucía Arteaga Pons habló ayer en Ambato.\n\nFue concejal de Ambato entre "
                       "2010 y 2014, perdió la prefectura en 2019 y llegó a la Asamblea "
                       "Nacional."))
    assert ("Lucía Arteaga Pons", "holdsOffice", "Concejal de Ambato") in found


def test_a_title_without_a_name_says_it_will_be_the_candidate(read):
    found = facts(read("TEGUCIGALPA. Marcela Funes Oyuela habló ayer con este diario. La "
                       "exdiputada confirmó que será la candidata presidencial del Partido Azul "
                       "en las elecciones de 2029."))
    assert ("Marcela Funes Oyuela", "candidateIn", "Elección presidencial de Honduras de 2029") \
        in found


def test_a_candidacy_to_a_countrys_assembly(read):
    found = facts(read("LISBOA. Marta Quintas Veloso fue candidata de Chega a la Asamblea de la "
                       "República en 2022 por el distrito de Setúbal."))
    assert ("Marta Quintas Veloso", "candidateIn",
            "Elecciones legislativas de Portugal de 2022") in found
    found = facts(read("MADRID. Marta Quintas Veloso fue candidata de Vox a la Asamblea de Madrid "
                       "en 2023."))
    assert not any(o.startswith("Elecciones legislativas") for _, _, o in found)


def test_a_post_held_for_a_party_told_in_a_relative_on_it(read):
    found = facts(read("Paula Seixas Ramos habló ayer en Braga. Su primera militancia fue en el "
                       "Partido Ecologista, por el que fue concejal en Guimarães entre 2005 y "
                       "2009."))
    assert ("Paula Seixas Ramos", "holdsOffice", "Concejal de Guimarães") in found


def test_a_post_a_copula_places_in_a_span_is_dated_by_its_start(read):
    extraction = read("Lucía Arteaga Pons habló ayer en Ambato.\n\nFue concejal de Ambato entre "
                      "2010 y 2014, perdió la prefectura en 2019 y llegó a la Asamblea Nacional.")
    assert find(extraction, "Lucía Arteaga Pons", "holdsOffice", "Concejal de Ambato").date \
        == "2010"
