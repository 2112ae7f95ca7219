"""The parse-based extractor on relations said by other words of the same meaning: seeing one
another as meeting (only in the reflexive), seconding and sponsoring as support, campaigning
for someone, a friendship as an alliance; and discourse markers the small model misreads (a
subject after a fronted one, one fused with the agent's preposition); support given against
someone, which makes the supported and that one rivals; seeking a seat of power as running.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def test_seeing_one_another_is_meeting_but_seeing_something_is_not(read):
    assert ("José Antonio Kast", "met", "Javier Milei") in facts(
        read("Kast se vio con Milei en Buenos Aires."))
    absent(read("Kast vio el debate con Milei."), "met")


def test_seconding_and_campaigning_for_someone_is_support(read):
    assert ("Johannes Kaiser", "endorsed", "José Antonio Kast") in facts(
        read("Kaiser secundó a Kast en la segunda vuelta."))
    assert ("Johannes Kaiser", "endorsed", "José Antonio Kast") in facts(
        read("Kaiser hizo campaña por Kast en Valparaíso."))


def test_a_friendship_is_an_alliance(read):
    assert ("Santiago Abascal", "allied", "Giorgia Meloni") in facts(
        read("Abascal mantiene una vieja amistad con Meloni."))


def test_the_subject_after_a_fronted_discourse_marker(extractor, knowledge):
    from graph.ingest import Document
    from graph.ingest.temporal import Anchor

    text = ("Abascal viajó a Santiago. Y del otro lado, Kaiser, que no puede optar a la "
            "reelección, ha hecho campaña abiertamente por Kast.")
    doc = extractor.nlp(text)
    of, other, marker, name, verb = (next(t for t in doc if t.text == word)
                                     for word in ("del", "otro", "lado", "Kaiser", "hecho"))
    # the small model may hang the name on the marker's noun, as an apposition of it
    # (seen on other names): the clause then has no subject of its own
    marker.head, marker.dep_ = verb, "obl"
    of.head, of.dep_ = marker, "case"
    other.head, other.dep_ = marker, "amod"
    name.head, name.dep_ = marker, "appos"

    class Parsed:
        def __call__(self, _):
            return doc

    nlp, extractor.nlp = extractor.nlp, Parsed()
    try:
        found = facts(extractor.extract(Document(text, Anchor.parse("2025-11-18")), knowledge))
    finally:
        extractor.nlp = nlp
    assert ("Johannes Kaiser", "endorsed", "José Antonio Kast") in found
    assert ("Santiago Abascal", "endorsed", "José Antonio Kast") not in found


def test_a_discourse_marker_fused_with_the_agents_preposition(read):
    # the small model makes "en cambio por" one preposition: the agent is still "por"'s
    found = facts(read("Kast, que por la tarde se había reunido con Abascal, no fue recibido en "
                       "cambio por el presidente Javier Milei."))
    assert ("Javier Milei", "not met", "José Antonio Kast") in found


def test_allies_by_what_they_are_called(read):
    # one called an ally by the subject, and two who call themselves allies
    assert ("José Antonio Kast", "allied", "Nayib Bukele") in facts(read(
        "Kast dedicó parte de su discurso a Bukele, a quien definió como «un amigo y un "
        "aliado»."))
    assert ("Giorgia Meloni", "allied", "Javier Milei") in facts(read(
        "Meloni recibió a Milei en Roma. Ambos dirigentes, que se definen como aliados, "
        "firmaron un acuerdo."))
    # called a rival is no ally
    found = read("Kast dedicó parte de su discurso a Bukele, a quien definió como un rival.")
    absent(found, "allied")


def test_support_against_someone_makes_rivals_in_the_race_named(read):
    found = facts(read("En la segunda vuelta presidencial chilena de 2025, Kaiser apoyó a Kast "
                       "frente a Jara."))
    assert ("Johannes Kaiser", "endorsed", "José Antonio Kast") in found
    assert ("José Antonio Kast", "opponentOf", "Jeannette Jara") in found
    for person in ("José Antonio Kast", "Jeannette Jara"):
        assert (person, "candidateIn", "Segunda vuelta presidencial de Chile de 2025") in found
    # the supporter is nobody's rival here
    assert not any(s == "Johannes Kaiser" and r == "opponentOf" for s, r, _ in found)


def test_seeking_a_seat_of_power_is_running_for_the_presidency(read):
    found = facts(read("Kast aspira a La Moneda.", issued="2025-11-20"))
    assert ("José Antonio Kast", "candidateIn", "Elección presidencial de Chile de 2025") in found
    absent(read("Kast trabajó en La Moneda.", issued="2025-11-20"), "candidateIn")


def test_being_found_somewhere_is_no_meeting(read):
    # with its subjects after it, "se encontraban" says who was there
    absent(read("Entre el público se encontraban el eurodiputado Hermann Tertsch y Jorge "
                "Buxadé."), "met")
    assert ("José Antonio Kast", "met", "Javier Milei") in facts(
        read("Kast y Milei se encontraron en Buenos Aires."))
