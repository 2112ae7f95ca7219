"""The parse extractor on titles standing for a person and on plural titles after names: a
subtitle's title is the one its headline names, not a name in the body parsed into its
sentence; a plural title after coordinated names holds for each of them, each its own
organization with "respectivamente", and none of two organizations without it.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _of(text: str, read, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(read(text)) if r == relation}


# ------------------------------------------------------------ a subtitle's title

def test_a_subtitle_title_is_the_headline_subject_not_a_name_in_the_body(read):
    found = _of("Ruggeri toma el control del congreso y deja a Bellini la clausura\n"
                "El líder de la Liga reúne en Verona a sus aliados europeos\n\n"
                "El congreso fue ayer lo que Marco Ruggeri quería. El senador Paolo Bellini, "
                "vicesecretario de la Liga, abrió el acto.", read, "leaderOf")
    assert ("Paolo Bellini", "Liga") not in found
    assert ("Marco Ruggeri", "Liga") in found


def test_a_profile_subtitle_is_its_subject_not_a_name_in_a_relative_clause(read):
    found = _of("Lucas Morel, el heredero paciente\n"
                "A sus 31 años, el presidente de Agrupación Nacional prepara una carrera que "
                "hasta hace poco parecía reservada a Claire Dufour\n\n"
                "Cuando Lucas Morel llegó a la sede del partido tenía 17 años.", read, "leaderOf")
    assert ("Claire Dufour", "Agrupación Nacional") not in found
    assert ("Lucas Morel", "Agrupación Nacional") in found


# ------------------------------------------------------------ a plural title after names

def test_co_leaders_after_two_names_each_lead(read):
    found = _of("El presidente recibió a Tomasz Wróbel y Marek Zając, los copresidentes de "
                "Konfederacja, en el palacio.", read, "leaderOf")
    assert {("Tomasz Wróbel", "Konfederacja"), ("Marek Zając", "Konfederacja")} <= found


def test_deputies_of_one_party_after_three_names_each_belong_and_sit(read):
    extraction = facts(read("Ana Torres, Pedro Sanz y Luis Gil, concejales de Vox, votaron en "
                            "contra del presupuesto."))
    for name in ("Ana Torres", "Pedro Sanz", "Luis Gil"):
        assert (name, "memberOf", "Vox") in extraction
        assert (name, "holdsOffice", "Concejal") in extraction


def test_respectively_gives_each_their_own_party(read):
    found = _of("Julián Prado e Inés Bravo, líderes de Vox y Chega respectivamente, firmaron "
                "ayer el acuerdo.", read, "leaderOf")
    assert ("Julián Prado", "Vox") in found and ("Inés Bravo", "Chega") in found
    assert ("Inés Bravo", "Vox") not in found and ("Julián Prado", "Chega") not in found


def test_respectively_after_a_comma_too(read):
    found = _of("Julián Prado e Inés Bravo, presidentes del PP y de Vox, respectivamente, "
                "se reunieron ayer.", read, "leaderOf")
    assert ("Inés Bravo", "PP") not in found
    assert ("Julián Prado", "Vox") not in found


def test_two_parties_without_respectively_give_nobody_either(read):
    found = _of("Ana Torres y Luis Gil, diputados del PP y de Vox, votaron en contra.",
                read, "memberOf")
    assert not {o for s, o in found if s in ("Ana Torres", "Luis Gil")}


def test_a_single_name_before_a_plural_title_is_not_shared(read):
    found = _of("Ana Torres, del PP, y los diputados de Vox votaron en contra.", read,
                "memberOf")
    assert ("Ana Torres", "Vox") not in found


def test_names_joined_by_a_verb_are_not_a_coordination(read):
    found = _of("Ana Torres saludó a Luis Gil, diputado del PP, a la salida.", read,
                "memberOf")
    assert ("Luis Gil", "PP") in found
    assert ("Ana Torres", "PP") not in found
