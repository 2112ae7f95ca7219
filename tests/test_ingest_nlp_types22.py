"""The class a copula gives a new name only when the name is the copula's subject: "Patria
Joven es una red" makes Patria Joven a network; "Lo que tiene Flávio Bolsonaro es
una red" says what he has, and he stays a person.

A body first read as a person keeps no surname alias ("Joven" for Patria Joven) unless the
text uses the word alone. A name of several words after an article ("en la Ribera Alta", "de
la Revolución Ciudadana") is no person's. A present form the model misreads as a noun between
a name and the "a" of its object ("Meloni telefonea a Milei") is read as the verb. A deal
of any kind denied ("no tiene ningún acuerdo con X", "descartó cualquier acuerdo con X") is a
denied alliance; a deal not reached in a talk is none.

The model-free case runs everywhere; the rest are skipped when the Spanish model is not
installed (under CI=true a missing model fails)."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import entity_classes, facts

from graph.ingest.knowledge import ORGANIZATION, PARTY, PERSON
from graph.ingest.model import CandidateEntity
from graph.ingest.nlp.retyped_aliases import drop_surname_aliases

read = lists_tests.read  # the extractor, its articles dated in May 2026


@pytest.mark.parametrize("text, name", [
    ("Lo que sí tiene Lucas Arnedo es una red internacional que lo apoya. Arnedo se reunió "
     "el lunes con Javier Milei.", "Lucas Arnedo"),
    ("Lo que Marta Lanuza ha construido es una plataforma de alcaldes. Lanuza se reunió ayer "
     "con Santiago Abascal.", "Marta Lanuza"),
])
def test_a_name_inside_the_subject_clause_keeps_its_class(text, name, read):
    assert entity_classes(read(text)).get(name) == "Person"


def test_a_copula_subject_takes_the_class_of_its_noun(read):
    found = read("Patria Joven es una red de activistas. Tomás Berrocal, presidente de Patria "
                 "Joven, se reunió ayer con Javier Milei.")
    assert entity_classes(found).get("Patria Joven") == "Network"


# ------------------------------------------------------------ the surname of a name retyped

def _aliases(extraction, label: str) -> list[str]:
    return next(e.aliases for e in extraction.entities if e.label == label)


@pytest.mark.parametrize("text, name", [
    ("Patria Joven es una red de activistas. Tomás Berrocal, presidente de Patria Joven, se "
     "reunió ayer con Javier Milei.", "Patria Joven"),
    ("Tomás Berrocal, presidente de Renovación Andina, se reunió ayer con Javier Milei.",
     "Renovación Andina"),
])
def test_a_body_keeps_no_surname_alias(text, name, read):
    assert _aliases(read(text), name) == []


def test_a_word_the_text_uses_alone_stays_an_alias():
    def body(label, aliases, cls=PARTY):
        return CandidateEntity("new:" + label.lower().replace(" ", "-"), label, cls, aliases)

    entities = {e.key: e for e in (
        body("Patria Joven", ["Joven"]), body("Vlaams Belang", ["Belang"]),
        body("Fundación Disenso", ["Disenso"], ORGANIZATION), body("Lucas Arnedo", ["Arnedo"],
                                                                  PERSON))}
    drop_surname_aliases(entities, "Patria Joven y Vlaams Belang firmaron. El Belang crece. "
                                   "La Fundación Disenso y Lucas Arnedo.")
    assert {e.label: e.aliases for e in entities.values()} == {
        "Patria Joven": [], "Vlaams Belang": ["Belang"], "Fundación Disenso": ["Disenso"],
        "Lucas Arnedo": ["Arnedo"]}


def test_a_person_keeps_the_surname(read):
    found = read("Tomás Berrocal, presidente de Renovación Andina, se reunió ayer con Javier "
                 "Milei.")
    assert _aliases(found, "Tomás Berrocal") == ["Berrocal"]


# ------------------------------------------------------------ a name after an article

@pytest.mark.parametrize("text", [
    "El líder de Vox arropa a su candidata autonómica en la Ribera Alta.",
    "El líder de Vox arropó a su candidata autonómica en la Vega Baja.",
])
def test_a_name_after_an_article_is_no_person(text, read):
    assert "Person" not in {cls for label, cls in entity_classes(read(text)).items()
                            if label in ("Ribera Alta", "Vega Baja")}
    assert not [c for c in read(text).candidates if c.relation == "represents"]


def test_a_party_after_its_article_is_still_read(read):
    found = entity_classes(read("Luisa González fue la candidata de la Revolución Ciudadana, "
                                "pero ese partido sigue siendo de Rafael Correa."))
    assert found.get("Revolución Ciudadana") == "PoliticalParty"
    assert found.get("Luisa González") == "Person"


# ------------------------------------------------------------ present forms the model misreads

@pytest.mark.parametrize("text, relation", [
    ("Giorgia Meloni telefonea a Javier Milei tras el escrutinio.", "contactWith"),
    ("La primera ministra italiana, Giorgia Meloni, telefonea a Javier Milei.", "contactWith"),
    ("Meloni telefonea al presidente argentino, Javier Milei.", "contactWith"),
])
def test_a_present_form_between_a_name_and_its_object(text, relation, read):
    assert ("Giorgia Meloni", relation, "Javier Milei") in facts(read(text))


@pytest.mark.parametrize("text", [
    "La visita a Javier Milei fue breve.",
    "La llamada a Javier Milei duró diez minutos.",
])
def test_a_noun_after_an_article_stays_a_noun(text, read):
    assert not facts(read(text))


# ------------------------------------------------------------ a deal denied

@pytest.mark.parametrize("text, subject, obj", [
    ("Vox no tiene ningún acuerdo con Aliança Catalana, según su portavoz.", "Vox",
     "Aliança Catalana"),
    ("«Vox no tiene ningún acuerdo con Aliança Catalana», zanjó Santiago Abascal.", "Vox",
     "Aliança Catalana"),
    ("Santiago Abascal descartó cualquier acuerdo con el PP.", "Santiago Abascal", "PP"),
])
def test_a_deal_of_any_kind_denied_is_no_alliance(text, subject, obj, read):
    found = [c for c in read(text).candidates if c.relation == "allied"]
    assert [(c.subject, c.negated, c.object) for c in found] == [(subject, True, obj)]


@pytest.mark.parametrize("text", [
    "Vox tiene un acuerdo con Aliança Catalana sobre el reparto de mesas.",
    "El PP busca cualquier acuerdo con Vox para aprobar los presupuestos.",
])
def test_a_deal_of_any_kind_not_denied_makes_no_allies(text, read):
    assert not [c for c in read(text).candidates if c.relation == "allied"]


def test_a_talk_without_a_deal_makes_no_allies(read):
    found = read("Lucas Arnedo y Tomás Berrocal conversaron por teléfono la semana pasada sin "
                 "alcanzar ningún acuerdo.")
    assert not [c for c in found.candidates if c.relation == "allied"]
