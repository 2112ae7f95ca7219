"""The parse extractor on name-calling and on a clitic shared by two attacks: "X lo llamó
«el verdugo de los barrios»", "Y, al que llamó «el ministro del hambre»" make rivals (a
quoted epithet after the one named is a name given, not a call); an epithet that praises or
is given while praising does not. In "A lo acusó de X y B lo llamó «...»" the clitic takes up
the one named before, not B, whom the small model may hang on the verb as an object.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _rivals(found) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in found if r == "opponentOf"}


def test_an_epithet_given_in_a_relative_clause_makes_rivals(read):
    found = facts(read("El senador Tomás Lerma cargó contra el alcalde, Julián Ordaz, al que "
                       "llamó \"el verdugo de los barrios\"."))
    assert ("Tomás Lerma", "opponentOf", "Julián Ordaz") in found


def test_a_clitic_shared_by_an_accusation_and_a_name_calling(read):
    found = _rivals(facts(read(
        "El gobernador Julián Ordaz fue el blanco de la senadora Elvira Quesada y de la "
        "diputada Marta Lerma. Quesada lo acusó de \"vaciar la caja provincial\" y Lerma lo "
        "llamó \"el último cacique del valle\".")))
    assert found == {("Elvira Quesada", "Julián Ordaz"), ("Marta Lerma", "Julián Ordaz")}


def test_praise_given_as_a_name_makes_no_rivals(read):
    assert not _rivals(facts(read(
        "La senadora Elvira Quesada elogió al alcalde, Julián Ordaz, al que llamó \"la "
        "Thatcher del valle\".")))
    assert not _rivals(facts(read(
        "La senadora Elvira Quesada respaldó a Julián Ordaz y lo llamó \"hermano de lucha\".")))


def test_a_call_is_no_name_calling(read):
    assert not _rivals(facts(read(
        "La senadora Elvira Quesada llamó el sábado a Julián Ordaz para pedirle prudencia.")))


def test_a_dropped_subject_is_the_one_the_sentence_before_named(read):
    found = _rivals(facts(read(
        "La senadora Elvira Quesada habló durante una hora en Teruel. Acusó después a Julián "
        "Ordaz de \"vender la provincia\".")))
    assert found == {("Elvira Quesada", "Julián Ordaz")}


def test_a_dropped_subject_after_two_named_makes_no_rivals(read):
    assert not _rivals(facts(read(
        "La senadora Elvira Quesada y el diputado Tomás Lerma hablaron durante una hora en "
        "Teruel. Acusó después a Julián Ordaz de \"vender la provincia\".")))


def test_an_attack_in_a_relative_on_a_name_the_parse_mistags(read):
    found = _rivals(facts(read(
        "El plato fuerte fue el senador JD Morales, que habló durante una hora y acusó a "
        "Julián Ordaz de \"vender la provincia\".")))
    assert found == {("JD Morales", "Julián Ordaz")}
