"""The parse-based extractor on parties no list knows, whose names are built as slogans (a place
and a verb or an adjective, a rallying word) and which the model takes for a place or a person:
read as parties where a party's people stand before them ("la portavoz de Ciudad Avanza", "los
diputados de Tierra Nuestra"), or where a person is tagged with them in brackets or after a
comma; and such a name read on through "por" or "en" ("Hacemos Unidos por Córdoba", "Teruel en
Común"). A town's name after a councillor's "de", a known place, and "en" before a place after
a known party stay as they were.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import entity_classes

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def _classes(result) -> dict[str, str]:
    return entity_classes(result)


def _claims(result, relation: str) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in result.candidates
            if c.relation.endswith(relation) and not c.negated}


def test_a_spokesperson_of_a_place_and_adjective(read):
    result = read("Pedro Gil, portavoz de Aragón Unido, se reunió con Santiago Abascal.")
    assert _classes(result).get("Aragón Unido") == "PoliticalParty"
    assert ("Pedro Gil", "Aragón Unido") in _claims(result, "memberOf")


def test_a_councillor_of_a_place_and_verb(read):
    result = read("Lucía Ferrer, concejala de Valencia Avanza, se reunió con Santiago Abascal.")
    assert _classes(result).get("Valencia Avanza") == "PoliticalParty"
    assert ("Lucía Ferrer", "Valencia Avanza") in _claims(result, "memberOf")


def test_a_party_with_a_rallying_noun(read):
    result = read("Lucía Ferrer, portavoz de Tierra Nuestra, se reunió con Santiago Abascal.")
    assert ("Lucía Ferrer", "Tierra Nuestra") in _claims(result, "memberOf")
    result = read("Lucía Ferrer, fundadora y presidenta de Voz del Pueblo, visitó Atenas.")
    assert ("Lucía Ferrer", "Voz del Pueblo") in _claims(result, "leaderOf")


def test_a_candidate_before_the_name_then_the_person(read):
    result = read("La candidata de Valencia Avanza, Marta Ruiz, se reunió con Santiago Abascal.")
    assert ("Marta Ruiz", "Valencia Avanza") in _claims(result, "represents")


def test_a_party_in_brackets_after_a_person(read):
    result = read("Lucía Ferrer (Valencia Avanza) se reunió con Santiago Abascal.")
    assert _classes(result).get("Valencia Avanza") == "PoliticalParty"
    assert ("Lucía Ferrer", "Valencia Avanza") in _claims(result, "memberOf")


def test_a_name_goes_on_through_por_to_a_place(read):
    result = read("Pedro Gil, el candidato de Hacemos Unidos por Córdoba, se reunió con "
                  "Santiago Abascal.")
    assert _classes(result).get("Hacemos Unidos por Córdoba") == "PoliticalParty"
    assert ("Pedro Gil", "Hacemos Unidos por Córdoba") in _claims(result, "represents")
    assert "Hacemos Unidos" not in _classes(result)


def test_a_name_after_a_comma_and_de(read):
    result = read("Martín Soto, de Hacemos Unidos por Córdoba, se reunió con Santiago Abascal.")
    assert _classes(result).get("Hacemos Unidos por Córdoba") == "PoliticalParty"


def test_a_name_goes_on_through_en_to_a_slogan_word(read):
    result = read("La portavoz de Zaragoza en Común, Teresa Gil, criticó al alcalde.")
    assert _classes(result).get("Zaragoza en Común") == "PoliticalParty"
    assert ("Teresa Gil", "Zaragoza en Común") in _claims(result, "memberOf")


def test_a_town_after_a_councillor_stays_a_place(read):
    result = read("La concejala de Villanueva del Pardillo Marta Ruiz se reunió con "
                  "Santiago Abascal.")
    assert "PoliticalParty" not in _classes(result).values()
    assert not _claims(result, "memberOf")


def test_a_known_place_after_a_spokesperson_is_no_party(read):
    result = read("El portavoz de Ciudad Real, Pedro Gil, se reunió con Santiago Abascal.")
    assert "Ciudad Real" not in _classes(result)
    assert not _claims(result, "memberOf")


def test_en_and_a_place_after_a_known_party_is_where_it_stands(read):
    result = read("El portavoz de Podemos en Madrid, Pedro Gil, se reunió con Santiago Abascal.")
    assert not any("Podemos en Madrid" in label for label in _classes(result))


def test_a_slogan_word_alone_without_party_people_keeps_its_class(read):
    # no party's people nor a tag before it: a place named with a common word stays one
    result = read("Pedro Gil viajó ayer a Villa Libre para reunirse con Santiago Abascal.")
    assert "PoliticalParty" not in _classes(result).values()


def test_a_name_opening_with_a_capital_indefinite_article(read):
    result = read("Lucía Ferrer, líder de Un Nuevo Rumbo, se reunió con Santiago Abascal.")
    assert ("Lucía Ferrer", "Un Nuevo Rumbo") in _claims(result, "leaderOf")
    result = read("La senadora de Una Voz Libre, Marta Ruiz, se reunió con Santiago Abascal.")
    assert ("Marta Ruiz", "Una Voz Libre") in _claims(result, "memberOf")


def test_an_indefinite_article_opening_the_sentence_is_no_name(read):
    result = read("Un día después, Pedro Gil se reunió con Santiago Abascal.")
    assert not any(label.startswith("Un ") for label in _classes(result))
    assert ("Pedro Gil", "Santiago Abascal") in _claims(result, "met")


def test_a_slogan_name_a_person_leads(read):
    result = read("Lucía Ferrer lidera Salvación Popular desde 2020.")
    assert ("Lucía Ferrer", "Salvación Popular") in _claims(result, "leaderOf")
    assert _classes(result).get("Salvación Popular") == "PoliticalParty"


def test_a_slogan_name_founded_words_apart(read):
    result = read("Pedro Gil fundó en 2019 Futuro Riojano junto a otros exdiputados.")
    assert _classes(result).get("Futuro Riojano") == "PoliticalParty"


def test_a_slogan_name_one_joins(read):
    result = read("Pedro Gil se sumó a Patria Unida el año pasado.")
    assert ("Pedro Gil", "Patria Unida") in _claims(result, "memberOf")
    result = read("Marta Ruiz ingresó en Voz Ciudadana en 2018.")
    assert ("Marta Ruiz", "Voz Ciudadana") in _claims(result, "memberOf")


def test_a_person_one_directs_is_no_party(read):
    result = read("Pedro Gil dirigió a Ana Libre durante años.")
    assert "PoliticalParty" not in _classes(result).values()
