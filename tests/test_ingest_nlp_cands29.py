"""The parse extractor on candidacies: a town named alone is no short name of a body named
after it ("la plataforma Tomelloso Despierta"), so its mayoralty's race stays the town's; a
title in apposition to a clause's subject is told in that clause's tense, which dates a race
given by its month alone ("candidata en las elecciones de febrero, ganó"); a title predicated
in a conditional or a question asked ("si aceptaría ser candidato") and a forecast barring
surprises ("será, salvo sorpresa, la candidata") make no candidacy.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_a_town_named_alone_is_not_a_body_named_after_it(read):
    found = facts(read("Tomelloso, 22 nov. — El acto sirvió para presentar a Ana Ruiz como "
                       "candidata de Vox a la alcaldía de Tomelloso en las municipales de "
                       "mayo. La candidatura cuenta con el apoyo de la plataforma vecinal "
                       "Tomelloso Despierta.", "2026-11-22"))
    assert ("Ana Ruiz", "candidateIn", "Elección municipal de Tomelloso de 2027") in found
    assert ("Ana Ruiz", "candidateIn", "Elecciones municipales de España de 2027") not in found


def test_a_month_of_an_apposed_title_is_dated_by_its_subjects_past_clause(read):
    found = facts(read("Marta Solís, candidata de Unidad Nacional en las elecciones de "
                       "febrero, ganó en primera vuelta en Costa Rica.", "2026-11-15"))
    assert ("Marta Solís", "candidateIn", "Elección presidencial de Costa Rica de 2026") in found
    assert ("Marta Solís", "candidateIn", "Elección presidencial de Costa Rica de 2027") \
        not in found


def test_a_month_of_an_apposed_title_is_ahead_in_a_future_clause(read):
    found = facts(read("Marta Solís, candidata de Unidad Nacional en las elecciones de "
                       "febrero, ganará en primera vuelta en Costa Rica.", "2026-11-15"))
    assert ("Marta Solís", "candidateIn", "Elección presidencial de Costa Rica de 2027") in found


def test_a_title_asked_about_in_a_conditional_is_no_candidacy(read):
    found = facts(read("En México, preguntado por si aceptaría ser candidato presidencial en "
                       "2030, Pedro Gómez evitó responder."))
    assert not any(r == "candidateIn" and s == "Pedro Gómez" for s, r, _ in found)


def test_a_title_held_before_the_name_stays_a_candidacy(read):
    found = facts(read("En México, tras ser candidato presidencial en 2024, Pedro Gómez volvió "
                       "al cine."))
    assert ("Pedro Gómez", "candidateIn", "Elección presidencial de México de 2024") in found


def test_a_candidacy_barring_surprises_is_a_forecast(read):
    found = facts(read("En Argentina, Luisa Pérez será, salvo sorpresa, la candidata de la UCR "
                       "en las elecciones presidenciales de 2027."))
    assert not any(r == "candidateIn" and s == "Luisa Pérez" for s, r, _ in found)


def test_a_candidacy_told_plainly_stays_one(read):
    found = facts(read("En Argentina, Luisa Pérez será la candidata de la UCR en las "
                       "elecciones presidenciales de 2027."))
    assert ("Luisa Pérez", "candidateIn", "Elección presidencial de Argentina de 2027") in found


def test_a_mayoralty_won_by_one_called_a_towns_mayor_is_that_towns(read):
    found = facts(read("Enfrente está Luis Gil, el alcalde de Reus, que dejó el cargo en abril. "
                       "Gil, en cambio, ganó la alcaldía en 2019."))
    assert ("Luis Gil", "candidateIn", "Elección municipal de Reus de 2019") in found


def test_a_mayoralty_won_by_one_called_otherwise_is_no_towns(read):
    found = facts(read("Enfrente está Luis Gil, el senador de Reus, que dejó el cargo en abril. "
                       "Gil, en cambio, ganó la alcaldía en 2019."))
    assert ("Luis Gil", "candidateIn", "Elección municipal de Reus de 2019") not in found


def test_a_town_named_as_its_state_after_a_town_office_is_the_town(read):
    found = facts(read("Ana Ruiz anunció su candidatura a la presidencia municipal de Zacatecas "
                       "en 2027."))
    assert ("Ana Ruiz", "candidateIn", "Elección municipal de Zacatecas de 2027") in found


def test_a_state_after_a_governorship_stays_the_states(read):
    found = facts(read("Ana Ruiz anunció su candidatura a la gobernación de Zacatecas en 2027."))
    assert ("Ana Ruiz", "candidateIn", "Elección municipal de Zacatecas de 2027") not in found


def test_a_round_in_a_condition_is_no_second_race_for_a_bare_candidate(read):
    found = facts(read("Juan Pérez aseguró que las elecciones del 31 de mayo en Colombia serán "
                       "un plebiscito. Si Gómez pasa a la segunda vuelta, añadió, Milei vendría "
                       "a Cali. Pérez cargó también contra el candidato del Pacto Histórico, "
                       "Iván Cepeda."))
    assert ("Iván Cepeda", "candidateIn", "Elección presidencial de Colombia de 2026") in found


def test_a_federal_election_of_a_parliamentary_country_is_its_legislative_one(read):
    found = facts(read("En Berlín, Ana Weber fue la candidata de AfD en las elecciones federales "
                       "de febrero de 2025."))
    assert ("Ana Weber", "candidateIn", "Elecciones legislativas de Alemania de 2025") in found


def test_a_federal_elections_name_is_the_general_elections():
    from graph.ingest.knowledge import name_tokens
    from graph.ingest.nlp.election_kinds import identity

    assert identity(tuple(name_tokens("Elección federal de Alemania de 2025"))) == \
        identity(tuple(name_tokens("Elecciones legislativas de Alemania de 2025")))
    assert identity(tuple(name_tokens("Policía Federal de Alemania"))) is None


def test_a_bare_candidate_of_a_text_on_its_runoff_alone_runs_in_no_whole_race(read):
    found = facts(read("Las encuestas sitúan a Luis Mora en segundo lugar en Colombia, por detrás "
                       "del senador Iván Cepeda, candidato del Pacto Histórico, con quien se "
                       "medirá en la segunda vuelta de junio."))
    assert ("Iván Cepeda", "candidateIn", "Elección presidencial de Colombia de 2026") not in found


def test_a_possessed_candidate_is_not_of_the_house_its_party_enters(read):
    found = facts(read("Vox entra en el Parlamento. Su candidata, la exalcaldesa de Teruel Rosa "
                       "Gil, lo celebra en Huesca."))
    assert ("Rosa Gil", "represents", "Vox") in found
    assert ("Rosa Gil", "represents", "Parlamento") not in found


def test_a_possessed_candidate_is_of_the_party_named_as_a_verbs_partner(read):
    found = facts(read("Vox rivaliza con el PP. Su candidata, la exalcaldesa de Teruel Rosa Gil, "
                       "lo celebra en Huesca."))
    assert ("Rosa Gil", "represents", "PP") in found



def test_bare_municipal_elections_in_a_story_on_one_town_are_that_towns(read):
    found = facts(read("Lyon, el laboratorio del cordón sanitario\n\nLYON. — La Agrupación "
                       "Nacional celebró ayer su congreso en el pabellón de Lyon. En las "
                       "municipales de marzo de 2026, el cabeza de lista de la Agrupación "
                       "Nacional, Jean Moreau, quedó segundo.", "2026-06-01"))
    assert ("Jean Moreau", "candidateIn", "Elección municipal de Lyon de 2026") in found


def test_bare_municipal_elections_in_a_story_on_no_town_are_the_countrys(read):
    found = facts(read("Francia, el laboratorio del cordón sanitario\n\nPARÍS. — La Agrupación "
                       "Nacional celebró ayer su congreso. En las municipales de marzo de 2026, "
                       "el cabeza de lista de la Agrupación Nacional, Jean Moreau, quedó "
                       "segundo.", "2026-06-01"))
    assert ("Jean Moreau", "candidateIn", "Elecciones municipales de Francia de 2026") in found
