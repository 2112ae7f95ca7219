"""The gazetteer's towns and divisions by a stated criterion (Spain's provincial capitals and
large towns, the first-level divisions of Latin America and their capitals, Europe's regions
and capitals, with their Spanish exonyms), and towns several countries share ("Córdoba",
"Valencia", "Santiago"), which count for the country the rest of the text points to, never
for a fixed one.

The extractor cases are skipped when the Spanish model is not installed; under CI=true a
missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

from graph.ingest.knowledge import PERSON, PLACE
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.entity_types import entity_class
from graph.ingest.nlp.shared_towns import words_country

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _objects(found, person: str, relation: str) -> set[str]:
    return {o for s, r, o in found if s == person and r == relation}


@pytest.mark.parametrize("name, country", [
    ("Almería", "España"), ("Huelva", "España"), ("Alicante", "España"), ("Elche", "España"),
    ("Jaén", "España"), ("Logroño", "España"), ("Getafe", "España"), ("Melilla", "España"),
    ("Florianópolis", "Brasil"), ("Cúcuta", "Colombia"), ("Iquitos", "Perú"),
    ("Maracay", "Venezuela"), ("Estelí", "Nicaragua"), ("Coimbra", "Portugal"),
    ("Burdeos", "Francia"), ("Génova", "Italia"), ("Graz", "Austria"), ("Colonia", "Alemania"),
])
def test_towns_by_the_criterion_have_their_country(name, country):
    found = gz.place(name)
    assert found is not None and found.kind == "city" and found.country == country


@pytest.mark.parametrize("name, country", [
    ("Estiria", "Austria"), ("Baviera", "Alemania"), ("Bocas del Ródano", "Francia"),
    ("Occitania", "Francia"), ("Renania-Palatinado", "Alemania"), ("Nuevo México",
                                                                   "Estados Unidos"),
    ("Pensilvania", "Estados Unidos"), ("Caquetá", "Colombia"), ("Guanacaste", "Costa Rica"),
])
def test_divisions_and_exonyms_have_their_country(name, country):
    found = gz.place(name)
    assert found is not None and found.country == country


@pytest.mark.parametrize("name", ["Córdoba", "Valencia", "Guadalajara", "Mérida", "León",
                                  "Trujillo", "Concepción", "Santiago", "San José", "La Paz"])
def test_a_shared_town_has_no_fixed_country(name):
    found = gz.place(name)
    assert found is not None and found.kind == "city" and found.country is None


@pytest.mark.parametrize("text, name, country", [
    ("El acto de Córdoba reunió a militantes llegados de Rosario y de Mendoza", "Córdoba",
     "Argentina"),
    ("En Córdoba , como antes en Sevilla y en Jaén , los empresarios españoles aplaudieron",
     "Córdoba", "España"),
    ("Los productores venezolanos de Valencia cerraron la planta", "Valencia", "Venezuela"),
    ("La Guadalajara de los tapatíos votó en bloque junto a Monterrey y Puebla", "Guadalajara",
     "México"),
    ("Santiago recibió a la delegación : Chile y España firmaron el acuerdo", "Santiago",
     "Chile"),
])
def test_a_shared_town_counts_for_the_country_the_text_points_to(text, name, country):
    assert words_country(text.split(), name) == country


@pytest.mark.parametrize("text, name", [
    ("El alcalde de Córdoba inauguró la feria", "Córdoba"),
    ("León votó ayer ; en Madrid y en Managua nadie se sorprendió", "León"),
])
def test_a_shared_town_the_text_does_not_settle_counts_for_none(text, name):
    assert words_country(text.split(), name) is None


@pytest.mark.parametrize("name", ["Huelva", "Almería", "Getafe", "Estiria"])
def test_a_town_alone_is_typed_a_place(name):
    assert entity_class(name) == PLACE


@pytest.mark.parametrize("name", ["Rafael Segovia", "Lucía Zamora", "Pedro Ávila"])
def test_a_given_name_before_a_town_is_a_person(name):
    assert entity_class(name) == PERSON


# --------------------------------------------------------------- the extractor on a text


@pytest.mark.parametrize("body, country", [
    ("CÓRDOBA.- El diputado Martín Ferreyra, que competirá en las presidenciales de 2027, "
     "recorrió ayer Rosario y Mendoza con dirigentes argentinos.", "Argentina"),
    ("GUADALAJARA.- El senador Julio Treviño, que competirá en las presidenciales de 2030, "
     "visitó ayer Monterrey y Puebla con dirigentes mexicanos.", "México"),
])
def test_a_shared_dateline_is_of_the_country_the_text_points_to(read, body, country):
    found = facts(read("Gira de campaña\n\n" + body))
    races = {o for s, r, o in found if r == "candidateIn"}
    assert races and all(f" de {country} de " in r for r in races), races


@pytest.mark.parametrize("name", ["Coalición por Melilla", "Lepe Primero", "Teruel Existe",
                                  "Soria Ya", "Jaén Merece Más", "Unión del Pueblo Navarro"])
def test_a_town_inside_a_party_name_does_not_make_it_a_place(name):
    assert entity_class(name) != PLACE


@pytest.mark.parametrize("body, person", [
    ("El presidente provincial de Vox, Rafael Segovia, se reunió ayer con el alcalde de "
     "Zamora, Luis Ávila. Segovia dijo después que el acuerdo llegará pronto.", "Rafael Segovia"),
    ("La portavoz de Vox, Lucía Soria, visitó Huelva con la diputada Ana León. Soria pidió "
     "más pozos para los agricultores.", "Lucía Soria"),
])
def test_a_surname_that_is_a_town_stays_the_persons(read, body, person):
    found = facts(read("Crónica provincial\n\n" + body))
    assert (person, "memberOf", "Vox") in found
    assert not any(s in ("Segovia", "Soria") for s, _, _ in found)


@pytest.mark.parametrize("body, person, office", [
    ("El alcalde de Getafe, Pedro Soria, recibió ayer a los comerciantes.", "Pedro Soria",
     "Alcalde de Getafe"),
    ("La alcaldesa de Huelva, Marta Robles, inauguró ayer la feria.", "Marta Robles",
     "Alcalde de Huelva"),
])
def test_an_office_of_a_town_the_criterion_lists(read, body, person, office):
    assert office in _objects(facts(read("Crónica\n\n" + body)), person, "holdsOffice")


@pytest.mark.parametrize("body, not_country", [
    # a bare "Córdoba" heading a story with no other pointer says no country
    ("CÓRDOBA.– Marcela Luna llegó a la Cámara en 2023 en la lista de Luis Juárez.",
     "Argentina"),
    # and one among Spanish towns and Spaniards is not Argentina's
    ("CÓRDOBA.- El concejal Manuel Ortiz, que se presentará a las generales de 2027, visitó "
     "ayer Sevilla y Jaén con empresarios españoles.", "Argentina"),
])
def test_a_shared_dateline_is_never_a_fixed_country(read, body, not_country):
    found = facts(read("Crónica\n\n" + body))
    assert not any(not_country in o for _, _, o in found)


@pytest.mark.parametrize("body, event", [
    ("Santiago Abascal participó ayer en un mitin de Vox en Almería ante dos mil personas.",
     "Mitin de Vox en Almería"),
    ("Ante dos mil personas, Santiago Abascal participó el sábado en un mitin de Vox en Huelva.",
     "Mitin de Vox en Huelva"),
    ("Santiago Abascal participó el domingo en un mitin de Vox en Jaén.", "Mitin de Vox en Jaén"),
])
def test_a_rally_in_a_listed_town_is_named_after_it(read, body, event):
    found = facts(read("Crónica\n\n" + body))
    assert ("Santiago Abascal", "participatedIn", event) in found


# ------------------------------------------------- a story on one town's council, its race


@pytest.mark.parametrize("headline, body, person, race", [
    ("Vox entra en el gobierno municipal de Almonte",
     "Marta Ruiz, que fue la candidata de Vox en las municipales de 2023, será concejala.",
     "Marta Ruiz", "Elección municipal de Almonte de 2023"),
    ("Crisis en el Ayuntamiento de Cartaya tras la moción",
     "Pedro Gil ya ha sido proclamado candidato del PP a las municipales de 2027.",
     "Pedro Gil", "Elección municipal de Cartaya de 2027"),
    ("El PP pierde la alcaldía de Getafe",
     "La portavoz Elena Sanz, candidata del PSOE en las elecciones municipales de 2023, "
     "celebró el resultado.", "Elena Sanz", "Elección municipal de Getafe de 2023"),
])
def test_bare_municipal_elections_in_a_story_on_one_councils_are_its_towns(
        read, headline, body, person, race):
    found = facts(read(headline + "\n\n" + body, issued="2026-09-17"))
    assert _objects(found, person, "candidateIn") == {race}


@pytest.mark.parametrize("headline", [
    "Los alcaldes de Lepe y de Cartaya firman un convenio",  # two towns: neither
    "Vox presenta a sus candidatos para las municipales",  # no council at all
])
def test_a_headline_without_one_council_names_no_towns_race(read, headline):
    found = facts(read(headline + "\n\nMarta Ruiz, que fue la candidata de Vox en las "
                       "municipales de 2023, será concejala.", issued="2026-09-17"))
    assert not any(o.startswith("Elección municipal de ")
                   for o in _objects(found, "Marta Ruiz", "candidateIn"))
