"""The parse extractor on a person's party named in a tag after the name ("Ana Vela (Vox)",
"Mario Ruiz, también de Vox,", "Luis Roca y Marta Gil, los dos de Vox,", "A, B y C, todos del
PSOE"), and on a plural title shared out over a list ("los alcaldes de Lorca, X, y de
Cartagena, Y").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _members(text: str, read) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(read(text)) if r == "memberOf"}


def test_a_party_in_brackets_after_a_name(read):
    found = _members("La diputada Ana Vela (Vox) votó a favor de la moción.", read)
    assert ("Ana Vela", "Vox") in found


def test_a_party_in_brackets_after_a_place_names_no_member(read):
    found = _members("El Ayuntamiento de Lorca (PP) aprobó la moción de Ana Vela.", read)
    assert not {p for p, _ in found if p == "Ana Vela"}


def test_los_dos_de_a_party_after_two_people(read):
    found = _members("Luis Roca y Marta Gil, los dos de Vox, se abstuvieron en la votación.", read)
    assert {("Luis Roca", "Vox"), ("Marta Gil", "Vox")} <= found


def test_ambos_del_after_two_titled_people(read):
    found = _members("En la primera fila se sentaron los alcaldes de Lorca, Fulgencio Gil, y de "
                     "Cartagena, Noelia Arroyo, ambos del PP.", read)
    assert {("Fulgencio Gil", "PP"), ("Noelia Arroyo", "PP")} <= {
        (p, "PP" if "Popular" in o or o == "PP" else o) for p, o in found}


def test_todos_del_after_a_list(read):
    found = _members("Carlos Peña, Ana Gómez y Luis Toro, todos del PSOE, salieron del pleno.",
                     read)
    assert {("Carlos Peña", "PSOE"), ("Ana Gómez", "PSOE"), ("Luis Toro", "PSOE")} <= found


def test_tambien_de_a_party_after_one_person(read):
    found = _members("Junto a él estaba Mario Ruiz, también de Vox, que aplaudió cada frase.",
                     read)
    assert ("Mario Ruiz", "Vox") in found


def test_ambos_after_one_person_names_no_one(read):
    found = _members("Habló después Mario Ruiz, ambos de Vox, y nadie aplaudió.", read)
    assert ("Mario Ruiz", "Vox") not in found


def test_a_verb_ends_the_list_a_shared_tag_covers(read):
    found = _members("Carlos Peña criticó la moción y Luis Toro y Ana Gómez, ambos del PSOE, "
                     "votaron en contra.", read)
    assert {("Luis Toro", "PSOE"), ("Ana Gómez", "PSOE")} <= found
    assert ("Carlos Peña", "PSOE") not in found


def test_a_party_that_opens_a_longer_phrase_is_no_tag(read):
    found = _members("Luis Roca y Marta Gil, ambos de Vox en la oposición municipal hasta 2019, "
                     "se abstuvieron.", read)
    assert ("Luis Roca", "Vox") not in found


# ------------------------------------------------ plural titles shared out over a list


def _offices(text: str, read) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(read(text)) if r == "holdsOffice"}


def test_a_plural_title_shared_out_over_towns(read):
    found = _offices("Al acto asistieron los alcaldes de Lorca, Fulgencio Gil, y de Cartagena, "
                     "Noelia Arroyo.", read)
    assert {("Fulgencio Gil", "Alcalde de Lorca"), ("Noelia Arroyo", "Alcalde de Cartagena")} \
        <= found


def test_a_plural_title_shared_out_over_a_region_with_its_article(read):
    found = _offices("La mesa reunió a los presidentes de Murcia, Fernando Ibarra, y de la "
                     "Comunidad Valenciana, Juan Llorca.", read)
    assert ("Juan Llorca", "Presidente de la Comunidad Valenciana") in found


def test_a_plural_title_shared_out_over_parties(read):
    found = facts(read("Firmaron el texto los líderes de Vox, Santiago Abascal, y de Chega, "
                       "André Ventura."))
    assert ("André Ventura", "leaderOf", "Chega") in found


def test_a_name_after_a_place_and_no_plural_title_takes_no_title(read):
    found = _offices("Viajó a Lorca, Fulgencio Gil, y luego a Cartagena, Noelia Arroyo.", read)
    assert not {o for p, o in found if p == "Noelia Arroyo"}
