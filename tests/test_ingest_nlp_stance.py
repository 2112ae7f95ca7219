"""The parse-based extractor on what a clause does not assert: a meeting not ruled out or only
agreed on, support avoided or asked of someone else.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def test_a_meeting_not_ruled_out_is_no_meeting(read):
    absent(read("Kast no descarta reunirse con Milei."), "met")


def test_support_avoided_is_support_denied(read):
    found = read("Kast evitó pedir el voto para Milei.")
    assert ("José Antonio Kast", "not endorsed", "Javier Milei") in facts(found)
    assert ("José Antonio Kast", "endorsed", "Javier Milei") not in facts(found)


def test_support_asked_of_another_is_not_the_askers(read):
    absent(read("Kast pidió a Milei que respaldara a Abascal."), "endorsed")


def test_asking_for_votes_is_still_support(read):
    found = read("Abascal pidió el voto para Kast en un vídeo.")
    assert ("Santiago Abascal", "endorsed", "José Antonio Kast") in facts(found)


def test_a_title_one_could_take_is_not_held(read):
    found = read("Matthei podría ser la candidata de Chile Vamos en la elección presidencial de "
                 "Chile de 2029.", issued="2025-12-10")
    absent(found, "candidateIn")
    absent(found, "represents")
    found = read("Matthei es la candidata de Chile Vamos en la elección presidencial de Chile de "
                 "2029.", issued="2025-12-10")
    assert ("Evelyn Matthei", "candidateIn", "Elección presidencial de Chile de 2029") in \
        facts(found)


def test_a_letter_sent_to_someone_is_a_contact(read):
    found = read("Zapata recibió el respaldo del presidente Javier Milei, quien le envió una "
                 "carta que fue leída en el acto.", issued="2027-04-22")
    assert ("Javier Milei", "contactWith", "Zapata") in facts(found)
    assert ("Javier Milei", "endorsed", "Zapata") in facts(found)


def test_a_meeting_agreed_on_is_yet_to_happen_but_an_agreed_alliance_holds(read):
    assert not any(r == "met" for _, r, _ in facts(
        read("Kast y Milei acordaron reunirse en Santiago antes de fin de año.")))
    assert ("José Antonio Kast", "allied", "Javier Milei") in facts(
        read("Kast y Milei acordaron una alianza."))
