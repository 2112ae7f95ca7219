"""The parse extractor on the first person plural of a party's spokesperson: those who vote or
go along "con nosotros" are allies of the speaker's party; "votamos con X", "vamos con X",
"gobernamos en coalición con X" ally the speaker's party with X; and an alliance the speaker
denies in their own quoted words ("«Con X no hay alianza»") is their party's denial, while one
a verb reports them denying stays theirs. A speaker the text ties to no party stays the ally;
a condition or a vote against allies nobody. A "su" alliance or support in a clause whose
subject names a party ("Su partido, Chega, ..., y su alianza con Vox") is that party's; and a
bare title opening a sentence ("La primera ministra no tiene prisa") stands for the one person
the sentence before named, so that "su partido" after it is theirs.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts, find

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


def test_a_line_held_with_us_carries_no_date(read):
    extraction = read('La secretaria general de Chega, Rita Matias, lo dijo ayer: "Hoy el PSD '
                      'vota con nosotros en casi todo".')
    assert find(extraction, "PSD", "allied", "Chega").date is None


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


@pytest.mark.parametrize("text, relation", [
    ("Su formación, Chega, mantiene su alianza con Vox pese a las tensiones.", "allied"),
    ("La formación de Ventura, Chega, reafirmó ayer su pacto con Vox.", "allied"),
    ("El congreso proclamó de nuevo a André Ventura. El líder ultraderechista no tiene dudas. "
     "Su partido, Chega, sube en las encuestas, y su alianza con Vox sigue intacta.", "allied"),
    ("Su partido, Chega, anunció su apoyo a Vox en las europeas.", "endorsed"),
])
def test_su_in_a_clause_whose_subject_names_a_party_is_the_partys(read, text, relation):
    assert ("Chega", relation, "Vox") in facts(read(text))


@pytest.mark.parametrize("text", [
    "El periódico, según sus editores, mantiene su alianza con la radio local.",
    "Su partido, Chega, sube en las encuestas, pero André Ventura defendió su alianza con Vox.",
])
def test_su_is_no_partys_when_the_subject_names_none(read, text):
    assert ("Chega", "allied", "Vox") not in facts(read(text))


@pytest.mark.parametrize("text", [
    "La reunión duró dos horas y terminó con Giorgia Meloni. La primera ministra no tiene "
    "prisa. Su partido, Hermanos de Italia, sigue arriba.",
    "Todos miran a Giorgia Meloni. La mandataria italiana prefiere esperar. Su partido, "
    "Hermanos de Italia, sube en los sondeos.",
    "Todos miran a Giorgia Meloni. La primera ministra guarda silencio. Su partido, Hermanos "
    "de Italia, sube en los sondeos.",
    "La oposición critica a Giorgia Meloni. La dirigente no tiene prisa. Su partido, Hermanos "
    "de Italia, sube en los sondeos.",
])
def test_a_bare_title_stands_for_the_one_person_just_named(read, text):
    assert ("Giorgia Meloni", "memberOf", "Hermanos de Italia") in facts(read(text))


def test_a_title_naming_its_own_party_is_not_the_person_just_named(read):
    found = facts(read("Todos miran a Giorgia Meloni. La presidenta de Vox no tiene prisa. Su "
                       "partido, Hermanos de Italia, sube en los sondeos."))
    assert ("Giorgia Meloni", "memberOf", "Hermanos de Italia") not in found
