"""The parse extractor on alliances and rivalries whose sides are told apart: an alliance "con
A y con B" is the holder's with each, not A's with B, and with no holder named it allies
nobody ("entre A y B" still names both sides); a quotation closed by a verb of saying with a
dropped subject is spoken by the person the text is talking about ("«…», dijo."); having no
rival names nobody ("No tuvo rival: el único aspirante, X, se retiró"); two called allies "de"
a third are not thereby allies of each other; and an alliance that a question asks about is
not stated ("le preguntó por su relación con X").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _relations(found, relation):
    return {(s, o) for s, r, o in found if r == relation}


@pytest.mark.parametrize("text", [
    "La alianza con Vox y con Chega ha resistido tres años de tensiones.",
    "Su alianza con Chega y con Vox, según los sondeos, ya no suma.",
    "El pacto con Vox y con Chega quedó roto en verano.",
    "La rivalidad con Vox y con Chega marcó la campaña.",
])
def test_partners_of_one_side_are_not_allied_with_each_other(read, text):
    found = facts(read(text))
    assert ("Vox", "allied", "Chega") not in found
    assert ("Chega", "allied", "Vox") not in found
    assert ("Vox", "opponentOf", "Chega") not in found
    assert ("Chega", "opponentOf", "Vox") not in found


@pytest.mark.parametrize("text", [
    "La alianza entre Vox y Chega ha resistido tres años de tensiones.",
    "El pacto entre Chega y Vox se firmó en Lisboa.",
])
def test_an_alliance_between_two_names_both_sides(read, text):
    found = _relations(facts(read(text)), "allied")
    assert ("Vox", "Chega") in found or ("Chega", "Vox") in found


@pytest.mark.parametrize("text", [
    "El PP firmó una alianza con Vox y con Chega.",
    "El PP selló en Madrid un pacto con Chega y con Vox.",
])
def test_the_holder_is_allied_with_each_partner(read, text):
    found = facts(read(text))
    assert ("PP", "allied", "Vox") in found
    assert ("PP", "allied", "Chega") in found
    assert ("Vox", "allied", "Chega") not in found


@pytest.mark.parametrize("text", [
    'Javier Milei llegó a Madrid el martes. "Con Vox y con Santiago Abascal tenemos una '
    'alianza sólida", dijo.',
    "Javier Milei aterrizó en Madrid por la mañana. «Con Santiago Abascal y con Vox tenemos "
    "una alianza que nadie va a romper», afirmó.",
    "Javier Milei visitó la sede del partido. «Nosotros tenemos una alianza con Vox y con "
    "Santiago Abascal», aseguró ante la prensa.",
])
def test_a_quotation_with_a_dropped_speaker_is_the_protagonists(read, text):
    found = facts(read(text))
    assert ("Javier Milei", "allied", "Vox") in found
    assert ("Javier Milei", "allied", "Santiago Abascal") in found
    assert ("Vox", "allied", "Santiago Abascal") not in found


def test_a_named_speaker_after_the_quotation_is_not_replaced(read):
    found = facts(read('Javier Milei llegó a Madrid. "Con Vox tenemos una alianza sólida", '
                       "repitió el lunes José Antonio Kast, presidente de Chile."))
    assert ("Javier Milei", "allied", "Vox") not in found


def test_a_plural_verb_of_saying_is_no_single_speaker(read):
    found = facts(read('Javier Milei llegó a Madrid. "Con Vox tenemos una alianza sólida", '
                       "dijeron."))
    assert ("Javier Milei", "allied", "Vox") not in found


_REELECTED = ("Lucía Gil, consejera en el Gobierno de Marcos Pinto, fue reelegida presidenta "
              "del partido con el 90% de los votos. ")


@pytest.mark.parametrize("text", [
    _REELECTED + "No tuvo rival: el único aspirante alternativo, el concejal Pedro Ruiz, "
    "retiró su candidatura el viernes.",
    _REELECTED + "No tuvo contrincante: el otro aspirante, el concejal Pedro Ruiz, se retiró.",
    _REELECTED + "Nunca tuvo adversario en la votación.",
])
def test_having_no_rival_names_nobody(read, text):
    found = facts(read(text))
    assert not any(r in ("opponentOf", "not opponentOf") for _, r, _ in found)


def test_a_rival_had_as_such_is_still_read(read):
    found = facts(read("Lucía Gil fue proclamada candidata del PP. Tendrá como principal "
                       "contrincante a Marcos Pinto."))
    assert ("Lucía Gil", "opponentOf", "Marcos Pinto") in found


def test_a_rival_denied_by_name_is_a_denial(read):
    found = facts(read("Lucía Gil fue proclamada candidata del PP. No tendrá como rival a "
                       "Marcos Pinto, que se retiró."))
    assert ("Lucía Gil", "not opponentOf", "Marcos Pinto") in found


@pytest.mark.parametrize("text", [
    "Elogió a Javier Milei y a Nayib Bukele. Dijo que ambos son aliados naturales de un "
    "México libre.",
    'Elogió a Javier Milei y a Nayib Bukele. Añadió que ambos son "socios de la libertad".',
    "Javier Milei y Nayib Bukele son aliados de la causa de la vida, según el orador.",
])
def test_allies_of_a_third_are_not_each_others(read, text):
    found = facts(read(text))
    assert ("Javier Milei", "allied", "Nayib Bukele") not in found
    assert ("Nayib Bukele", "allied", "Javier Milei") not in found


@pytest.mark.parametrize("text", [
    "Javier Milei y Nayib Bukele son aliados desde hace años.",
    "Javier Milei y Nayib Bukele son socios.",
])
def test_two_called_allies_without_a_third_are_allied(read, text):
    found = _relations(facts(read(text)), "allied")
    assert ("Javier Milei", "Nayib Bukele") in found or ("Nayib Bukele", "Javier Milei") in found


@pytest.mark.parametrize("text", [
    "El periodista Héctor Ramírez le preguntó por su relación con Donald Trump.",
    "Javier Milei fue consultado sobre su alianza con Vox en la rueda de prensa.",
    "La periodista interrogó a Santiago Abascal acerca de su pacto con el PP.",
    "Preguntado por su rivalidad con Vox, Alberto Núñez Feijóo sonrió.",
])
def test_an_alliance_asked_about_is_not_stated(read, text):
    found = facts(read(text))
    assert not any(r in ("allied", "opponentOf") for _, r, _ in found)


def test_an_alliance_told_is_still_read(read):
    found = facts(read("Santiago Abascal selló en Madrid su alianza con Javier Milei."))
    assert ("Santiago Abascal", "allied", "Javier Milei") in found


@pytest.mark.parametrize("text", [
    "Tomás Varela se reunió el jueves con Lucía Gil y con Marta Ruiz. El diputado es el "
    "candidato del PP en esas municipales, en las que su principal adversario será el "
    "alcalde socialista, Marcos Pinto.",
    "Tomás Varela cenó con Lucía Gil en Soria. El diputado competirá en mayo; su rival más "
    "directo será el alcalde, Marcos Pinto.",
    "Tomás Varela almorzó con Lucía Gil. En las municipales, su gran adversario será el "
    "alcalde Marcos Pinto.",
])
def test_su_across_a_sentence_is_the_one_the_text_is_about(read, text):
    found = _relations(facts(read(text)), "opponentOf")
    assert ("Marcos Pinto", "Tomás Varela") in found or ("Tomás Varela", "Marcos Pinto") in found
    assert not any("Lucía Gil" in pair or "Marta Ruiz" in pair for pair in found)


def test_su_opening_a_sentence_is_the_previous_subject_not_its_object(read):
    found = _relations(facts(read("Tomás Varela visitó a Lucía Gil en Soria. Su rival, el "
                                  "alcalde Marcos Pinto, no acudió al acto.")), "opponentOf")
    assert ("Marcos Pinto", "Tomás Varela") in found or ("Tomás Varela", "Marcos Pinto") in found
    assert not any("Lucía Gil" in pair for pair in found)
