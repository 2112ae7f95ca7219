"""The parse extractor on an interview's answers told in the first person: a sentence that
opens on its copula ("Fui militante del PP", "—Soy miembro de Vox", "Era concejal...") has
the interviewee as its subject, though the small model reads the capitalized copula as a
name or as the predicate's subject.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_MARKED = ('Inés Quiroga: "Nunca dejaré la política"\n\nLa senadora Inés Quiroga recibe a '
           'este diario en su despacho de Madrid.\n\nP. ¿Y su pasado?\n\nR. {answer}')
_DASHED = ('Inés Quiroga: "Nunca dejaré la política"\n\nLa senadora Inés Quiroga recibe a '
           'este diario en su despacho de Madrid.\n\n—¿Y su pasado?\n\n—{answer}')


@pytest.mark.parametrize("frame", [_MARKED, _DASHED])
@pytest.mark.parametrize("answer", [
    "Fui militante del PP hace muchos años.",
    "Fui militante del PP durante una década, pero aquello terminó.",
    "Soy militante del PP desde 2015.",
    "Fui afiliada del PP hasta 2019.",
])
def test_a_copula_opening_an_answer_is_the_interviewee(read, frame, answer):
    found = facts(read(frame.format(answer=answer)))
    assert ("Inés Quiroga", "memberOf", "PP") in found


@pytest.mark.parametrize("answer", [
    "No fui militante del PP nunca.",
    "Nunca fui militante del PP.",
])
def test_a_denied_membership_in_an_answer(read, answer):
    found = facts(read(_MARKED.format(answer=answer)))
    assert ("Inés Quiroga", "memberOf", "PP") not in found


@pytest.mark.parametrize("answer", [
    "Fui a Roma con el PP hace muchos años.",
    "Fui al congreso del PP como periodista.",
])
def test_a_verb_of_going_is_no_copula(read, answer):
    found = facts(read(_MARKED.format(answer=answer)))
    assert ("Inés Quiroga", "memberOf", "PP") not in found


def test_a_copula_in_a_third_person_sentence_is_not_the_interviewee(read):
    found = facts(read(_MARKED.format(
        answer="Mi hermano, Tomás Lerma, fue militante del PP hace muchos años.")))
    assert ("Inés Quiroga", "memberOf", "PP") not in found


def test_a_first_person_copula_outside_an_interview_names_nobody(read):
    found = facts(read("La senadora Inés Quiroga visitó Toledo el lunes.\n\nFui militante "
                       "del PP hace muchos años, escribe un lector."))
    assert ("Inés Quiroga", "memberOf", "PP") not in found
