"""The parse extractor on the first person plural of a party's spokesperson: those who vote or
go along "con nosotros" are allies of the speaker's party; "votamos con X", "vamos con X",
"gobernamos en coalición con X" ally the speaker's party with X; and an alliance the speaker
denies in their own quoted words ("«Con X no hay alianza»") is their party's denial, while one
a verb reports them denying stays theirs. A speaker the text ties to no party stays the ally;
a condition or a vote against allies nobody.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


@pytest.mark.parametrize("text", [
    'La secretaria general de Chega, Rita Matias, lo resumió así: "Hoy el PSD vota con '
    'nosotros en casi todo".',
    '"El PSD camina con nosotros desde hace años", aseguró Rita Matias, secretaria general '
    'de Chega.',
    '«En la Asamblea, el PSD siempre vota con nosotros», explicó la secretaria general de '
    'Chega, Rita Matias.',
])
def test_one_going_along_with_us_is_the_speakers_partys_ally(read, text):
    found = facts(read(text))
    assert ("PSD", "allied", "Chega") in found
    assert ("PSD", "allied", "Rita Matias") not in found


def test_several_going_along_with_us(read):
    found = facts(read('"Vox y la Liga caminan con nosotros", aseguró Rita Matias, '
                       'secretaria general de Chega.'))
    assert {("Vox", "allied", "Chega"), ("Liga", "allied", "Chega")} <= found
    assert ("Vox", "allied", "Liga") not in found


@pytest.mark.parametrize("text, partners", [
    ('"Nosotros votamos con Vox en casi todo", dijo Rita Matias, secretaria general de Chega.',
     {"Vox"}),
    ('"En Bruselas vamos con Vox y con la Liga", dijo Rita Matias, secretaria general de Chega.',
     {"Vox", "Liga"}),
    ('"Gobernamos en coalición con el PSD", explicó Rita Matias, secretaria general de Chega.',
     {"PSD"}),
])
def test_we_go_along_with_another_party(read, text, partners):
    found = facts(read(text))
    assert {("Chega", "allied", p) for p in partners} <= found
    assert not any(s == "Rita Matias" and r == "allied" for s, r, _ in found)


@pytest.mark.parametrize("text", [
    'El presidente de Vox, Santiago Abascal, lo dejó claro: "Con el PP no habrá alianza '
    'mientras no cambie".',
    'La secretaria general de Chega, Rita Matias, fue tajante: «Con el PSD no hay ninguna '
    'alianza».',
])
def test_an_alliance_denied_in_the_speakers_own_words_is_the_partys(read, text):
    found = facts(read(text))
    assert any(r == "not allied" and s in ("Vox", "Chega") for s, r, _ in found)
    assert not any(r == "not allied" and s in ("Santiago Abascal", "Rita Matias")
                   for s, r, _ in found)


def test_a_speaker_tied_to_no_party_stays_the_ally(read):
    found = facts(read('"El PSD vota con nosotros", dijo Rita Matias.'))
    assert ("PSD", "allied", "Rita Matias") in found


@pytest.mark.parametrize("text", [
    '"Si el PSD votara con nosotros, todo sería más fácil", dijo Rita Matias, secretaria '
    'general de Chega.',
    '"El PSD vota contra nosotros", dijo Rita Matias, secretaria general de Chega.',
    'El PSD votó con Vox en el Parlamento Europeo.',
])
def test_no_alliance_from_a_condition_a_vote_against_or_a_third_persons_vote(read, text):
    found = facts(read(text))
    assert not any(r == "allied" for _, r, _ in found)


def test_a_vote_with_us_denied_is_the_partys_denial(read):
    found = facts(read('"El PSD nunca vota con nosotros", dijo Rita Matias, secretaria general '
                       'de Chega.'))
    assert ("PSD", "not allied", "Chega") in found
    assert ("PSD", "allied", "Chega") not in found
