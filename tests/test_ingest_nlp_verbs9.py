"""The parse-based extractor on verbs and nouns whose reading depends on the words around
them: being seen together ("se dejó ver con X"), governing for a party, founding a party of
one's own, and the tone of a "relación" (hostile, strained or close).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def test_being_seen_together_is_a_meeting(read):
    found = facts(read("Abascal se dejó ver el viernes en Madrid con Kast."))
    assert ("Santiago Abascal", "met", "José Antonio Kast") in found
    found = facts(read("Abascal no se dejó ver con Kast en toda la campaña."))
    assert ("Santiago Abascal", "not met", "José Antonio Kast") in found
    assert ("Santiago Abascal", "met", "José Antonio Kast") not in found
    # without the reflexive, "dejar ver" shows a feeling and meets no one
    absent(read("Abascal dejó ver su enfado con Kast."), "met")


def test_governing_for_a_party_makes_one_its_member(read):
    found = facts(read("Abascal gobernó la región por Vox durante cuatro años."))
    assert ("Santiago Abascal", "memberOf", "Vox") in found
    absent(read("Abascal gobernó la región por decreto durante cuatro años."), "memberOf")


def test_founding_a_party_of_ones_own_leads_it(read):
    found = facts(read("Kast fundó su propio Partido Republicano en 2019."))
    assert ("José Antonio Kast", "leaderOf", "Partido Republicano") in found
    # a founder among others is a member, as "fundador" makes one
    found = facts(read("Kast fundó el Partido Republicano en 2019."))
    assert ("José Antonio Kast", "memberOf", "Partido Republicano") in found
    assert ("José Antonio Kast", "leaderOf", "Partido Republicano") not in found
    # one's own new party is not the one the text named before
    absent(read("Kast, que había sido concejal de la UDI antes de fundar su propio partido, "
                "viajó a Madrid."), "leaderOf")
    absent(read("Kast quiere fundar su propio partido."), "leaderOf")


def test_a_hostile_relation_is_between_rivals(read):
    found = facts(read("Abascal apenas habla de Kast. Su relación con José Antonio Kast es "
                       "glacial desde 2020."))
    assert ("Santiago Abascal", "opponentOf", "José Antonio Kast") in found
    assert ("Santiago Abascal", "allied", "José Antonio Kast") not in found
    found = facts(read("Milei mantiene una relación hostil con Kast desde la campaña."))
    assert ("Javier Milei", "opponentOf", "José Antonio Kast") in found


def test_a_strained_relation_makes_neither_allies_nor_rivals(read):
    for text in ("Milei mantiene una relación tensa con Kast desde la campaña.",
                 "Milei habló ayer. Su relación con Kast ha tenido altibajos.",
                 "Milei mantiene una relación fría con Kast."):
        absent(read(text), "allied")
        absent(read(text), "opponentOf")
    found = facts(read("Milei mantiene una relación estrecha con Kast desde la campaña."))
    assert ("Javier Milei", "allied", "José Antonio Kast") in found
