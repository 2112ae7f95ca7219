"""The parse extractor on a member's word raised to the top of a whole organization ("el
dirigente nacional del PAN", "la máxima responsable de Morena") and on an ambassador's office,
one country's in another ("el embajador argentino en Brasilia").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _objects(found, person: str, relation: str) -> set[str]:
    return {o for s, r, o in found if s == person and r == relation}


# ------------------------------------------------ a member's word raised to the top


@pytest.mark.parametrize("sentence, person, party", [
    ("La dirigente nacional de Morena, Luisa Alcalde, visitó ayer Oaxaca.", "Luisa Alcalde",
     "Morena"),
    ("Respondió Marko Cortés, máximo dirigente del PAN, a las preguntas de la prensa.",
     "Marko Cortés", "PAN"),
    ("Tomás Pardo, el dirigente nacional de Vox, cerró el acto.", "Tomás Pardo", "Vox"),
    ("La máxima responsable del PP, Lucía Ferrer, no quiso opinar.", "Lucía Ferrer", "PP"),
])
def test_a_member_word_raised_to_the_top_leads_the_party(read, sentence, person, party):
    found = facts(read("Foro\n\n" + sentence))
    assert party in _objects(found, person, "leaderOf")


@pytest.mark.parametrize("sentence, person, party", [
    ("Ana Pérez, dirigente del PAN, respondió a la gobernadora.", "Ana Pérez", "PAN"),
    ("La dirigente estatal del PAN, Ana Pérez, respondió a la gobernadora.", "Ana Pérez", "PAN"),
    ("Luis Gómez, máximo responsable de Vox en Murcia, pidió el voto.", "Luis Gómez", "Vox"),
])
def test_a_plain_or_branch_member_word_leads_nothing(read, sentence, person, party):
    found = facts(read("Foro\n\n" + sentence))
    assert not _objects(found, person, "leaderOf")
    assert party in _objects(found, person, "memberOf")


# ------------------------------------------------ an ambassador's office


@pytest.mark.parametrize("sentence, person, office", [
    ("El embajador argentino en Brasilia, Ricardo Otero, gestionó la reunión.", "Ricardo Otero",
     "Embajador de Argentina en Brasil"),
    ("Gestionó la cita Marta Vidal, embajadora de Chile en Madrid.", "Marta Vidal",
     "Embajador de Chile en España"),
    ("El embajador de México en Colombia, Andrés Lira, asistió a la toma de posesión.",
     "Andrés Lira", "Embajador de México en Colombia"),
    ("La embajadora española, Clara Sanz, recibió a los empresarios.", "Clara Sanz",
     "Embajador de España"),
])
def test_an_ambassador_holds_the_office_of_one_country_in_another(read, sentence, person,
                                                                  office):
    found = facts(read("Foro\n\n" + sentence))
    assert office in _objects(found, person, "holdsOffice")


def test_a_former_ambassador_keeps_the_office_as_former(read):
    extraction = read("Foro\n\nJuan Ruiz, exembajador de España en Brasil, habló ayer.")
    claims = [c for c in extraction.candidates
              if c.subject == "Juan Ruiz" and c.relation == "holdsOffice"]
    assert [c.object for c in claims] == ["Embajador de España en Brasil"]
    assert claims[0].qualifiers.get("former")


@pytest.mark.parametrize("sentence, person", [
    ("Ana Soto, embajadora de buena voluntad de Unicef, asistió al foro.", "Ana Soto"),
    ("El futbolista Pedro Gil, embajador de la marca, asistió al foro.", "Pedro Gil"),
    ("El embajador, Juan Ruiz, no asistió al foro.", "Juan Ruiz"),
])
def test_an_ambassador_of_no_country_holds_no_office(read, sentence, person):
    found = facts(read("Foro\n\n" + sentence))
    assert not _objects(found, person, "holdsOffice")


# ------------------------------------------------ a party tag a second description follows


@pytest.mark.parametrize("sentence, person, party", [
    ("Ana Ortiz, también del PP y rival interna de la presidenta, habló ayer.", "Ana Ortiz",
     "PP"),
    ("Habló después Luis Mora, también de Vox y exalcalde de Toledo.", "Luis Mora", "Vox"),
    ("Marta Gil, también de Vox y concejala en Cuenca, pidió la palabra.", "Marta Gil", "Vox"),
])
def test_a_party_tag_followed_by_a_role_still_names_the_party(read, sentence, person, party):
    found = facts(read("Foro\n\n" + sentence))
    assert party in _objects(found, person, "memberOf")


@pytest.mark.parametrize("sentence, person", [
    ("Luis Mora, también de Vox y de su entorno, habló ayer.", "Luis Mora"),
    ("Luis Mora, también de Vox y Podemos, habló ayer.", "Luis Mora"),
])
def test_a_party_tag_that_goes_on_with_no_role_is_no_tag(read, sentence, person):
    found = facts(read("Foro\n\n" + sentence))
    assert "Vox" not in _objects(found, person, "memberOf")


# ------------------------------------ an officer's level the model takes for the title itself


@pytest.mark.parametrize("text, person, party", [
    ("Vox reunió ayer a su dirección en Toledo. Habló primero la portavoz parlamentaria, Ana "
     "Mellado, y después el líder.", "Ana Mellado", "Vox"),
    ("El PP presentó ayer su programa económico. Lo defendió el secretario parlamentario, "
     "Luis Roca, ante la prensa.", "Luis Roca", "PP"),
])
def test_an_officer_with_a_parliamentary_level_is_of_the_party_spoken_of(read, text, person,
                                                                         party):
    found = facts(read("Foro\n\n" + text))
    assert party in _objects(found, person, "memberOf")


def test_a_parliamentarian_by_the_word_alone_is_no_party_officer(read):
    found = facts(read("Foro\n\nEl PP presentó ayer su programa económico. Lo defendió la "
                       "parlamentaria Ana Gil ante la prensa."))
    assert not _objects(found, "Ana Gil", "memberOf")
