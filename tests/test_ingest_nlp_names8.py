"""The parse extractor on names of events and groups that go on through "en" or "sobre" ("las
Jornadas en Defensa del Campo", "la Conferencia sobre Seguridad Hemisférica"), while a place, a
venue or a person after those words stays out of the name.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _names(extraction) -> set[str]:
    return {e.label for e in extraction.entities}


def test_an_event_named_en_defensa_de_keeps_its_whole_name(read):
    extraction = read("Unos seiscientos agricultores asistieron el sábado a las III Jornadas en "
                      "Defensa del Regadío, organizadas por la Federación de Comunidades de "
                      "Regantes. La senadora Lucía Ferrer intervino en la clausura.")
    event = "III Jornadas en Defensa del Regadío"
    found = facts(extraction)
    assert (event, "organizedBy", "Federación de Comunidades de Regantes") in found
    assert event in _names(extraction)
    assert "III Jornadas" not in _names(extraction)


def test_a_group_named_en_defensa_de_is_one_organization(read):
    extraction = read("El acto fue convocado por la Plataforma en Defensa de la Caza, que "
                      "preside el ganadero Tomás Urquiza.")
    assert "Plataforma en Defensa de la Caza" in _names(extraction)
    assert "Defensa de la Caza" not in _names(extraction)


def test_a_conference_sobre_a_topic_is_an_event(read):
    found = facts(read("El diputado Marcos Ibáñez participó ayer en la Conferencia sobre "
                       "Seguridad Hemisférica, convocada por el Instituto de Estudios sobre el "
                       "Populismo."))
    event = "Conferencia sobre Seguridad Hemisférica"
    assert ("Marcos Ibáñez", "participatedIn", event) in found
    assert (event, "organizedBy", "Instituto de Estudios sobre el Populismo") in found


def test_a_summit_sobre_a_topic_is_not_an_earlier_event(read):
    found = facts(read("Santiago Abascal asistió el lunes a la Marcha por la Vida. El jueves "
                       "participó en la Cumbre sobre Migración de Varsovia."))
    assert ("Santiago Abascal", "participatedIn", "Cumbre sobre Migración de Varsovia") in found
    assert ("Santiago Abascal", "participatedIn", "Marcha por la Vida") in found


def test_a_place_after_en_ends_the_name(read):
    extraction = read("Santiago Abascal participó el viernes en la Cumbre de la Soberanía en "
                      "Sevilla, organizada por Vox.")
    assert ("Cumbre de la Soberanía", "organizedBy", "Vox") in facts(extraction)
    assert not any("Sevilla" in name and "Cumbre" in name for name in _names(extraction))


def test_a_town_spacy_reads_as_a_place_ends_the_name(read):
    extraction = read("La exdiputada Rosa Llorente habló en el Foro de la Familia en "
                      "Torrelodones, organizado por la Fundación Valores.")
    assert not any("Torrelodones" in name and "Foro" in name for name in _names(extraction))


def test_a_venue_after_en_el_is_not_part_of_the_name(read):
    extraction = read("El Foro de la Libertad se celebró en el Palacio de Congresos, con "
                      "Santiago Abascal entre los oradores.")
    assert not any("Palacio" in name and "Foro" in name for name in _names(extraction))


def test_a_party_en_a_town_is_the_party_in_that_town(read):
    extraction = read("Ventura fue concejal del Partido Social Demócrata en Odivelas antes "
                      "de fundar su propio partido.")
    assert "Partido Social Demócrata en Odivelas" not in _names(extraction)


def test_a_person_after_en_is_not_part_of_the_name(read):
    extraction = read("La Conferencia Atlántica se centró en Giorgia Meloni y su Gobierno.")
    assert not any("Meloni" in name and "Conferencia" in name for name in _names(extraction))
