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

