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


# The speaker who met another ("conocí a X") met them; one who did not see another did not
# meet them; having seen someone is no meeting, nor is not seeing them on a screen or as
# something.

@pytest.mark.parametrize("answer", [
    "Estuve en Roma y allí conocí a Marine Le Pen.",
    "Sí, y en Roma conocí a Marine Le Pen.",
    "Conocí en Roma a Marine Le Pen, en el congreso de marzo.",
])
def test_the_speaker_who_got_to_know_another_met_them(read, answer):
    found = facts(read(_DASHED.format(answer=answer)))
    assert ("Inés Quiroga", "met", "Marine Le Pen") in found


@pytest.mark.parametrize("frame", [_MARKED, _DASHED])
@pytest.mark.parametrize("answer", [
    "A Marine Le Pen no la vi esta vez; estaba en París.",
    "No, a la señora Marine Le Pen no la vi en Roma.",
    "A Marine Le Pen no la he visto nunca.",
    "A Marine Le Pen, en cambio, no la vi en todo el congreso.",
])
def test_the_speaker_who_did_not_see_another(read, frame, answer):
    found = facts(read(frame.format(answer=answer)))
    assert ("Inés Quiroga", "not met", "Marine Le Pen") in found
    assert ("Inés Quiroga", "met", "Marine Le Pen") not in found


@pytest.mark.parametrize("answer", [
    "A Marine Le Pen la vi en Roma, en un pasillo.",
    "A Marine Le Pen no la vi en televisión la semana pasada.",
    "A Marine Le Pen no la vi muy cansada en Roma.",
    "A Marine Le Pen no la veo como una aliada.",
    "A Marine Le Pen no la vi como una rival temible.",
])
def test_seen_or_unseen_on_a_screen_or_as_something_is_no_meeting(read, answer):
    found = facts(read(_MARKED.format(answer=answer)))
    assert not any(r.endswith("met") and o == "Marine Le Pen" for _, r, o in found)


def test_another_not_seen_in_the_third_person_is_no_meeting(read):
    found = facts(read("Tomás Lerma no vio a Marine Le Pen capaz de ganar el debate."))
    assert not any(r.endswith("met") for _, r, _ in found)


def test_seeing_oneself_with_another_stays_a_meeting(read):
    found = facts(read(_MARKED.format(answer="También me vi con Marine Le Pen en Roma.")))
    assert ("Inés Quiroga", "met", "Marine Le Pen") in found


# A first-person verb opening an answer, which the small model reads as a name: "Fui como
# representante de X", "Viajé en representación de X".

@pytest.mark.parametrize("answer", [
    "Fui como representante de Vox y hablé en un panel sobre Rusia.",
    "Sí, fui como representante de Vox.",
    "Viajé en representación de Vox, con otros dos diputados.",
    "Asistí en representación de Vox y volví al día siguiente.",
])
def test_the_speaker_acting_for_a_party(read, answer):
    found = facts(read(_MARKED.format(answer=answer)))
    assert ("Inés Quiroga", "represents", "Vox") in found


@pytest.mark.parametrize("answer", [
    "Viajé a título personal, no en representación de Vox.",
    "No fui como representante de Vox, sino como invitada.",
])
def test_the_speaker_not_acting_for_a_party(read, answer):
    found = facts(read(_MARKED.format(answer=answer)))
    assert ("Inés Quiroga", "represents", "Vox") not in found


@pytest.mark.parametrize("answer", [
    "Conocí a Marine Le Pen en Roma, en el congreso de marzo.",
    "Conocí en Roma a Marine Le Pen.",
])
def test_a_preterite_opening_an_answer_is_the_speaker_s(read, answer):
    found = facts(read(_MARKED.format(answer=answer)))
    assert ("Inés Quiroga", "met", "Marine Le Pen") in found


def test_a_name_opening_a_sentence_stays_a_name(read):
    # a name with the ending of a preterite, set apart by a comma or met again in the text
    found = facts(read("El mitin reunió a 2.000 personas en Vigo.\n\nBuxadé, eurodiputado de "
                       "Vox, no pudo viajar. El eurodiputado Jorge Buxadé envió un vídeo.\n\n"
                       "André Ventura se reunió con Santiago Abascal en Lisboa."))
    assert ("André Ventura", "met", "Santiago Abascal") in found
