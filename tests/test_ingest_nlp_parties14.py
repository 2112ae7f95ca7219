"""The parse extractor on parties and their people: the class of a new name the text treats as
a party's (its leaders, officers, legislators; people named by its ideology; a person tagged
with it), and the class a noun before a name gives it.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _classes(extraction) -> dict[str, str]:
    return {e.label: e.cls.rsplit("#", 1)[-1] for e in extraction.entities}


# ------------------------------------------------------ a name the text treats as a party's


@pytest.mark.parametrize("text, name", [
    ("El líder de Kadima Hadasha, Daniel Peretz, calificó la conferencia de vergüenza.",
     "Kadima Hadasha"),
    ("Los nacionalistas del FNR criticaron el acto. Su portavoz, Iñaki Olano, habló de "
     "provocación.", "FNR"),
    ("Las socialistas del PSX, con su secretaria general, Ana Ruiz, al frente, votaron en "
     "contra.", "PSX"),
    ("Tomás Rial, antiguo dirigente de Democracia Leonesa, se reunió con Santiago Abascal.",
     "Democracia Leonesa"),
    ("El presidente Bernardo Quispe, de la Unidad Popular Andina, no fue invitado al foro.",
     "Unidad Popular Andina"),
    ("El concejal del MCV Luis Ortega abandonó el pleno antes de la votación.", "MCV"),
])
def test_a_name_with_party_officers_or_people_is_a_party(read, text, name):
    assert _classes(read("Política\n\n" + text)).get(name) == "PoliticalParty"


@pytest.mark.parametrize("text, name, cls", [
    # a president, a director or a spokesperson heads bodies of every kind
    ("El presidente de la UCAR, Pedro Ruiz, pidió ayudas para el campo.", "UCAR", "Organization"),
    ("El presidente de Unión Ribereña, Daniel Peretz, calificó la conferencia de vergüenza.",
     "Unión Ribereña", "Organization"),
    # the name's own head noun says its class
    ("Pedro Ruiz, de la Fundación Lumbre, habló después.", "Fundación Lumbre", "Organization"),
    ("El dirigente de la Asociación Tierra Viva Juan Gómez negó los hechos.",
     "Asociación Tierra Viva", "Organization"),
])
def test_a_name_without_party_people_keeps_its_class(read, text, name, cls):
    assert _classes(read("Política\n\n" + text)).get(name) == cls


# ---------------------------------------------------------- the noun before a name


@pytest.mark.parametrize("text, name", [
    ("El portavoz de la plataforma ciudadana Bratislava Libre, Pavol Hric, criticó el foro.",
     "Bratislava Libre"),
    ("La plataforma Mareas Unidas, que preside Ana Soto, presentó ayer sus firmas.",
     "Mareas Unidas"),
])
def test_a_platform_is_an_organization(read, text, name):
    assert _classes(read("Política\n\n" + text)).get(name) == "Organization"
