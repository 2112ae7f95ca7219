"""The parse extractor on memberships told along a relative clause's series of verbs ("cedió la
palabra a X, que nació en ..., militó en el PP y se afilió a Vox": X's career, not the
speaker's), on a dropped subject that is no conjunct under a preposition ("tras el pacto con
el PP y Ciudadanos, se afilió a Vox": not Ciudadanos), and on a rank in a party ("el número dos
del PSUV") as a membership, while a rank on a list or a count ("el número de afiliados") is
none.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _members(found) -> set[tuple[str, str]]:
    return {(s, o) for s, relation, o in found if relation == "memberOf"}


@pytest.mark.parametrize("text, person, parties", [
    ("Tomás Lerma abrió el acto y cedió la palabra a Rocío Vidal, que estudió en Salamanca, "
     "militó diez años en el PP y se afilió a Vox en 2021.", "Rocío Vidal", {"PP", "Vox"}),
    ("En el mitin intervino también Lucía Ferrer, quien creció en Bilbao, ingresó en Vox en "
     "2019 y hoy es concejala.", "Lucía Ferrer", {"Vox"}),
    ("El alcalde Andrés Gil presentó a la diputada Marta Gil, que nació en Sevilla, militó en "
     "el PSOE y hoy preside la asociación.", "Marta Gil", {"PSOE"}),
    ("Ana Ruiz abrió el acto con un recuerdo a las víctimas y cedió la palabra a Ane Garmendia, "
     "que nació en Tolosa, militó durante diez años en el PNV y se afilió a Vox en 2022.",
     "Ane Garmendia", {"PNV", "Vox"}),
    ("Marta Gil presentó el libro y pasó el turno a Ander Olabarria, que estudió en Deusto, "
     "militó en el PSE y se afilió a Vox en 2020.", "Ander Olabarria", {"PSE", "Vox"}),
])
def test_a_relative_series_tells_the_antecedent_career(read, text, person, parties):
    members = _members(facts(read(text)))
    assert {(person, party) for party in parties} <= members
    assert not any(s != person for s, _ in members)


def test_a_relative_before_the_main_verb_leaves_the_main_verb_alone(read):
    found = facts(read("Rocío Vidal, que estudió en Salamanca, se afilió a Vox en 2021."))
    assert ("Rocío Vidal", "memberOf", "Vox") in found


@pytest.mark.parametrize("text, party", [
    ("Marta Gil dejó UPN en 2019. Aquel año, tras el pacto de su partido con el PP y "
     "Ciudadanos, rompió el carné y se afilió a Vox.", "Vox"),
    ("Marta Gil dejó el PSOE en 2015. Tras la moción de Podemos contra el PP y Vox, pidió el "
     "carné y se incorporó a Ciudadanos.", "Ciudadanos"),
])
def test_a_conjunct_under_a_preposition_is_no_dropped_subject(read, text, party):
    members = _members(facts(read(text)))
    assert ("Marta Gil", party) in members
    assert not any(s in ("Ciudadanos", "Vox", "PP") for s, _ in members)


@pytest.mark.parametrize("text, person, party", [
    ("El portavoz, Tomás Lerma, número dos de Vox en Sevilla, votó en contra.",
     "Tomás Lerma", "Vox"),
    ("Según Andrea Ruiz, número tres del Partido Nacional, la ley no saldrá.",
     "Andrea Ruiz", "Partido Nacional"),
    ("Julio Ortega es el número dos del PSOE andaluz.", "Julio Ortega", "PSOE"),
])
def test_a_rank_in_a_party_is_a_membership(read, text, person, party):
    assert (person, "memberOf", party) in facts(read(text))


@pytest.mark.parametrize("text", [
    "El número de afiliados de Vox creció en 2023 según Tomás Lerma.",
    "Tomás Lerma, número dos de la lista de Vox por Sevilla, habló ayer.",
])
def test_a_count_or_a_list_rank_is_no_membership(read, text):
    assert not _members(facts(read(text)))


@pytest.mark.parametrize("text, person, party", [
    ("Andrés Gil abrió el mitin y dio paso a Lucía Ferrer, que creció en Vigo, militó en el "
     "BNG y se afilió a Vox en 2020.", "Lucía Ferrer", "Vox"),
    ("El senador Andrés Gil cedió el micrófono a Rocío Vidal, que estudió Derecho, se afilió "
     "al PP en 2004 y hoy preside la gestora.", "Rocío Vidal", "PP"),
])
def test_a_relative_after_a_name_given_something_is_the_name(read, text, person, party):
    members = _members(facts(read(text)))
    assert (person, party) in members
    assert not any(s == "Andrés Gil" for s, _ in members)


def test_a_relative_after_a_determined_place_keeps_its_antecedent(read):
    found = facts(read("Julio Ortega se medirá con Tomás Lerma, el candidato de Vox a la "
                       "Alcaldía, que lidera las encuestas, y con Marta Gil, que se afilió "
                       "al PSOE en 2019."))
    assert ("Marta Gil", "memberOf", "PSOE") in found
    assert not any(relation == "memberOf" and s in ("Tomás Lerma", "Julio Ortega") and o == "PSOE"
                   for s, relation, o in found)


def _built(words, heads, deps, pos):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("es").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_relative_hung_on_the_thing_given_goes_to_the_name():
    from graph.ingest.nlp.relative_series import relative_series

    # "cedió la palabra a Garmendia, que nació en Tolosa": the relative hung on "palabra"
    words = ["cedió", "la", "palabra", "a", "Garmendia", ",", "que", "nació", "en", "Tolosa"]
    doc = relative_series(_built(
        words, [0, 2, 0, 4, 2, 7, 7, 2, 9, 7],
        ["ROOT", "det", "obj", "case", "nmod", "punct", "nsubj", "acl", "case", "obl"],
        ["VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "ADP", "PROPN"]))
    assert doc[7].head.text == "Garmendia"


def test_a_relative_after_a_determined_name_stays():
    from graph.ingest.nlp.relative_series import relative_series

    # "el candidato a la Alcaldía, que lidera las encuestas": no one is given the office
    words = ["el", "candidato", "a", "la", "Alcaldía", ",", "que", "lidera", "encuestas"]
    doc = relative_series(_built(
        words, [1, 1, 4, 4, 1, 7, 7, 1, 7],
        ["det", "ROOT", "case", "det", "nmod", "punct", "nsubj", "acl", "obj"],
        ["DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "PRON", "VERB", "NOUN"]))
    assert doc[7].head.text == "candidato"


def test_letters_that_keep_their_mark_fold_one_for_one():
    from graph.ingest.reading import fold

    for name, folded in [("Støjberg", "stojberg"), ("Błaszczak", "blaszczak"),
                         ("Đurić", "duric"), ("Łukasz", "lukasz")]:
        assert fold(name) == folded and len(fold(name)) == len(name)


@pytest.mark.parametrize("text, person", [
    ("La diputada Inger Støjberg habló ayer con Marta Gil. Después, Støjberg se reunió con "
     "Tomás Lerma.", "Inger Støjberg"),
    ("Støjberg habló ayer con Marta Gil en Aarhus. Después, la exministra Inger Støjberg se "
     "reunió con Tomás Lerma.", "Inger Støjberg"),
    ("El ministro Mariusz Błaszczak habló ayer con Marta Gil. Después, Błaszczak se reunió con "
     "Tomás Lerma.", "Mariusz Błaszczak"),
])
def test_a_surname_with_such_a_letter_names_the_full_name(read, text, person):
    found = facts(read(text))
    subjects = {s for s, relation, _ in found if relation in ("met", "contactWith")}
    assert subjects == {person}


@pytest.mark.parametrize("text, race", [
    ("SANTIAGO.— Tomás Lerma, diputado desde 2021 y candidato en las elecciones presidenciales "
     "de ese mismo año, habló ayer.", "Elección presidencial de Chile de 2021"),
    ("SANTIAGO.— Tomás Lerma, senador entre 2014 y 2017 y candidato en las presidenciales del "
     "mismo año, habló ayer.", "Elección presidencial de Chile de 2017"),
    ("SANTIAGO.— Tomás Lerma llegó al Senado en 2017. Fue candidato en las elecciones "
     "presidenciales de aquel año y perdió.", "Elección presidencial de Chile de 2017"),
])
def test_a_race_of_the_year_named_before(read, text, race):
    assert ("Tomás Lerma", "candidateIn", race) in facts(read(text))


def test_a_race_that_names_its_own_year_keeps_it(read):
    found = facts(read("SANTIAGO.— Tomás Lerma, diputado desde 2021 y candidato en las "
                       "elecciones presidenciales de 2017, habló ayer."))
    races = {o for s, relation, o in found if relation == "candidateIn"}
    assert races == {"Elección presidencial de Chile de 2017"}


def test_a_title_after_another_titles_years(read):
    found = facts(read("Marta Gil, concejala entre 2011 y 2019 y diputada desde 2022, habló."))
    assert {o for s, relation, o in found if relation == "holdsOffice" and s == "Marta Gil"} \
        == {"Concejal", "Diputado"}


def test_a_party_title_after_another_titles_start(read):
    found = facts(read("Marta Gil, diputada desde 2019 y portavoz de Vox, habló ayer."))
    assert ("Marta Gil", "memberOf", "Vox") in found


@pytest.mark.parametrize("text, person, party", [
    ("Vanessa Ruiz dejó el PP en 2019 para sumarse a Vox.", "Vanessa Ruiz", "Vox"),
    ("Andrés Gil colgó el uniforme en 2014 para afiliarse a Coalición Canaria.", "Andrés Gil",
     "Coalición Canaria"),
    ("Vanessa Ruiz abandonó el PSOE para unirse a Podemos.", "Vanessa Ruiz", "Podemos"),
    ("Tras veinte años, Marta Gil renunció a su escaño para incorporarse a Ciudadanos.",
     "Marta Gil", "Ciudadanos"),
])
def test_leaving_for_a_party_joins_it(read, text, person, party):
    assert (person, "memberOf", party) in facts(read(text))


@pytest.mark.parametrize("text", [
    "Vanessa Ruiz viajó a Madrid para afiliarse a Vox.",
    "Vanessa Ruiz dejará el PP para sumarse a Vox.",
    "Vanessa Ruiz dejó el PP en 2019 para intentar sumarse a Vox.",
])
def test_a_join_only_planned_is_none(read, text):
    assert ("Vanessa Ruiz", "memberOf", "Vox") not in facts(read(text))


@pytest.mark.parametrize("text, claim", [
    ("SANTIAGO.— Tomás Lerma acabó siendo el candidato presidencial de la oposición en 2021.",
     ("Tomás Lerma", "candidateIn", "Elección presidencial de Chile de 2021")),
    ("Marta Gil terminó siendo la portavoz de Vox en el Senado.",
     ("Marta Gil", "memberOf", "Vox")),
    ("Marta Gil, que acabó siendo portavoz del PP, habló ayer.",
     ("Marta Gil", "memberOf", "PP")),
])
def test_what_one_ended_up_being(read, text, claim):
    assert claim in facts(read(text))


def test_ending_up_a_nuisance_is_no_title(read):
    found = facts(read("Marta Gil terminó siendo una molestia para el PP."))
    assert not any(s == "Marta Gil" for s, _, _ in found)


@pytest.mark.parametrize("text, race", [
    ("MENDOZA.— La presidenta del bloque, Ana Sosa, que dirige el partido, usó la cena para "
     "confirmar lo que se comentaba desde mayo: el senador Gabriel Ruiz será el candidato de la "
     "alianza a la gobernación de Mendoza en las elecciones de 2027.",
     "Elección de gobernador de Mendoza de 2027"),
    ("ROSARIO.— Karina Ruiz, que preside el partido, lo confirmó ayer: la diputada Florencia "
     "Ibarra será la candidata del partido a la gobernación de Santa Fe en las elecciones de "
     "2027.", "Elección de gobernador de Santa Fe de 2027"),
    ("CÓRDOBA.— Karina Ruiz lo anunció ayer: el diputado Gabriel Ruiz será el candidato de La "
     "Libertad Avanza a intendente de Córdoba en las elecciones de 2027.",
     "Elección municipal de Córdoba de 2027"),
])
def test_the_office_a_candidacy_names_is_its_race(read, text, race):
    found = facts(read(text))
    races = {o for _, relation, o in found if relation == "candidateIn"}
    assert race in races
    assert not any(r.startswith("Elección presidencial") for r in races)


def test_a_presidential_candidacy_in_a_general_vote_stays_presidential(read):
    found = facts(read("SANTIAGO.— Tomás Lerma, el candidato del Partido Republicano a la "
                       "presidencia en las elecciones de 2029, habló."))
    assert ("Tomás Lerma", "candidateIn", "Elección presidencial de Chile de 2029") in found
