"""Entity typing and linking on the Spanish parse: the graph's names, new names proposed once
per document, surnames, acronyms, translations, metonyms and the class of each name."""

from __future__ import annotations

import os

import pytest

from graph.ingest.knowledge import (
    AGENT,
    COALITION,
    COUNTRY,
    ELECTION,
    EVENT,
    MEDIA,
    NETWORK,
    OFFICE,
    ORGANIZATION,
    PARTY,
    PERSON,
    PLACE,
    ROUND,
    SERIES,
    SUMMIT,
    EntityInfo,
    Knowledge,
)
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer
from graph.ingest.nlp.entity_types import acceptable_alias, entity_class
from graph.ingest.nlp.linking import link_document, stands_for

KGR = "https://w3id.org/kgraph/id/"
ENTITY = "https://w3id.org/kgraph/ontology#Entity"


@pytest.fixture(scope="module")
def nlp():
    from graph.errors import ModelMissing
    from graph.ingest.nlp import pipeline

    try:
        return pipeline.load()
    except ModelMissing as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the Spanish model must be installed under CI: {error}")
        pytest.skip(str(error))


def _world() -> Knowledge:
    """A few entities of the field, with the class hierarchy the ontology gives them."""
    kb = Knowledge()
    kb.ancestors = {
        PERSON: {AGENT, ENTITY}, ORGANIZATION: {AGENT, ENTITY},
        PARTY: {ORGANIZATION, AGENT, ENTITY},
        COALITION: {ORGANIZATION, AGENT, ENTITY}, NETWORK: {ORGANIZATION, AGENT, ENTITY},
        MEDIA: {ORGANIZATION, AGENT, ENTITY}, EVENT: {ENTITY},
        SERIES: {EVENT, ENTITY}, PLACE: {ENTITY}, COUNTRY: {PLACE, ENTITY},
        ROUND: {EVENT, ENTITY},
    }
    rows = [
        ("javier-milei", [PERSON], ["Javier Milei", "Milei"], "argentina"),
        ("viktor-orban", [PERSON], ["Viktor Orbán"], None),
        ("santiago-abascal", [PERSON], ["Santiago Abascal", "Abascal"], "spain"),
        ("vox", [PARTY], ["Vox", "VOX"], "spain"),
        ("cpac", [SERIES], ["CPAC", "Conservative Political Action Conference"], None),
        ("pnfv", [NETWORK], ["Political Network for Values", "PNfV"], None),
        ("oposicion-chile", [COALITION], ["Oposición chilena", "oposición"], "chile"),
        ("segunda-vuelta-chile", [ROUND], ["Segunda vuelta de Chile", "balotaje"], "chile"),
        ("marta-quiroga", [PERSON], ["Marta Quiroga", "Quiroga"], "spain"),
        ("ana-quiroga", [PERSON], ["Ana Quiroga", "Quiroga"], "spain"),
        ("la-tercera", [MEDIA], ["La Tercera"], "chile"),
        ("chile", [COUNTRY], ["Chile"], None),
        ("argentina", [COUNTRY], ["Argentina"], None),
        ("spain", [COUNTRY], ["España", "Spain"], None),
    ]
    for local, classes, names, country in rows:
        iri = KGR + local
        info = EntityInfo(iri, names[0], {c for cls in classes
                                          for c in {cls, *kb.ancestors.get(cls, ())}})
        info.country = KGR + country if country else None
        kb.entities[iri] = info
        for name in names:
            kb.add_name(iri, name)
    return kb


@pytest.fixture(scope="module")
def world() -> Knowledge:
    return _world()


def link(nlp, world, text):
    return link_document(nlp(text), world)


def named(linked, text):
    """The mention written `text` (the first one)."""
    for mention in linked.mentions:
        if mention.text == text:
            return mention
    raise AssertionError(f"no mention {text!r} in {[m.text for m in linked.mentions]}")


def proposal(linked, label):
    for entity in linked.entities.values():
        if entity.label == label:
            return entity
    raise AssertionError(f"no proposal {label!r} in {[e.label for e in linked.entities.values()]}")


# ---------------------------------------------------------------- the graph's names


def test_names_link_in_any_case_and_without_accents(nlp, world):
    linked = link(nlp, world, "JAVIER MILEI recibió a santiago abascal y a Viktor Orban.")
    assert named(linked, "JAVIER MILEI").key == KGR + "javier-milei"
    assert named(linked, "santiago abascal").key == KGR + "santiago-abascal"
    assert named(linked, "Viktor Orban").key == KGR + "viktor-orban"
    assert named(linked, "Viktor Orban").cls == PERSON  # the most specific, not Agent


def test_the_longest_name_wins_and_spans_hold_no_punctuation(nlp, world):
    linked = link(nlp, world, "Habló con Santiago Abascal, líder de Vox.")
    assert [m.text for m in linked.mentions] == ["Santiago Abascal", "Vox"]
    assert named(linked, "Vox").cls == PARTY


def test_a_surname_the_graph_knows_links_alone(nlp, world):
    linked = link(nlp, world, "Orbán elogió a Milei en Budapest.")
    assert named(linked, "Orbán").key == KGR + "viktor-orban"
    assert named(linked, "Orbán").kind == "surname"
    assert named(linked, "Milei").key == KGR + "javier-milei"


def test_a_surname_of_several_known_people_goes_to_the_one_named_nearest(nlp, world):
    text = ("Quiroga, en la cumbre de Lima. Marta Quiroga habló primero. Después habló Ana "
            "Quiroga. Quiroga criticó a Milei.")
    linked = link(nlp, world, text)
    lone = [m for m in linked.mentions if m.text == "Quiroga"]
    assert [m.key for m in lone] == [KGR + "marta-quiroga", KGR + "ana-quiroga"]
    assert {m.kind for m in lone} == {"surname"}
    assert named(linked, "Milei").kind == "surname"


def test_a_common_noun_alias_needs_a_capital_or_the_country(nlp, world):
    spanish = link(nlp, world, "En España, la oposición criticó a Abascal y a Vox.")
    assert not any(m.key == KGR + "oposicion-chile" for m in spanish.mentions)
    chilean = link(nlp, world, "En Chile, la oposición apoyará a los candidatos chilenos.")
    assert named(chilean, "oposición").key == KGR + "oposicion-chile"
    assert named(chilean, "oposición").kind == "common"
    capitalized = link(nlp, world, "Abascal habló con la Oposición.")
    assert named(capitalized, "Oposición").key == KGR + "oposicion-chile"


# ---------------------------------------------------------------- new names


def test_people_with_particles_are_whole_names(nlp, world):
    linked = link(nlp, world, "Marine Le Pen y Ursula von der Leyen se reunieron en Bruselas.")
    assert proposal(linked, "Marine Le Pen").cls == PERSON
    assert proposal(linked, "Marine Le Pen").aliases == ["Le Pen"]
    assert proposal(linked, "Ursula von der Leyen").cls == PERSON
    assert named(linked, "Bruselas").cls == PLACE


def test_a_place_after_a_name_is_cut_off(nlp, world):
    linked = link(nlp, world, "Abascal se reunió con André Ventura de Portugal en Lisboa.")
    assert proposal(linked, "André Ventura").cls == PERSON
    assert named(linked, "Portugal").cls == COUNTRY
    assert proposal(linked, "Portugal").cls == COUNTRY


def test_leading_articles_prepositions_and_titles_are_trimmed(nlp, world):
    linked = link(nlp, world, "Según el Presidente Gustavo Petro, el exministro Raúl Benítez "
                              "mintió.")
    assert proposal(linked, "Gustavo Petro").cls == PERSON
    assert proposal(linked, "Raúl Benítez").cls == PERSON
    assert all(not m.text.startswith(("Según", "Presidente", "el ")) for m in linked.mentions)


def test_a_surname_resolves_to_the_full_name_before_it(nlp, world):
    text = ("Marine Le Pen llegó a Madrid. Le Pen saludó a Abascal. "
            "Geert Wilders también asistió. Wilders habló después de Le Pen.")
    linked = link(nlp, world, text)
    le_pen = proposal(linked, "Marine Le Pen")
    assert [m.key for m in linked.mentions if m.text == "Le Pen"] == [le_pen.key, le_pen.key]
    assert le_pen.mentions == 3
    assert le_pen.example == "Marine Le Pen llegó a Madrid."
    wilders = proposal(linked, "Geert Wilders")
    assert named(linked, "Wilders").key == wilders.key
    assert sum(1 for e in linked.entities.values() if "Le Pen" in e.label) == 1


def test_surnames_with_hyphens_and_initials(nlp, world):
    linked = link(nlp, world, "Arturo Pérez-Reverte criticó a J. D. Vance. Vance no respondió.")
    assert proposal(linked, "Arturo Pérez-Reverte").aliases == ["Pérez-Reverte"]
    assert proposal(linked, "J. D. Vance").aliases == ["Vance"]
    assert named(linked, "Vance").key == proposal(linked, "J. D. Vance").key


def test_one_word_of_a_double_surname_names_the_person_in_the_document(nlp, world):
    linked = link(nlp, world, "Alberto Núñez Feijóo criticó a Vox. Feijóo habló en Madrid.")
    feijoo = proposal(linked, "Alberto Núñez Feijóo")
    assert feijoo.aliases == ["Núñez Feijóo"]
    assert named(linked, "Feijóo").key == feijoo.key
    assert named(linked, "Feijóo").kind == "surname"


def test_a_headline_in_capitals_proposes_nothing_but_names(nlp, world):
    linked = link(nlp, world, "MILEI Y ABASCAL SE REÚNEN EN MADRID\n\nMilei llegó ayer.")
    assert named(linked, "MILEI").key == KGR + "javier-milei"
    assert named(linked, "ABASCAL").key == KGR + "santiago-abascal"
    assert all(" " not in e.label for e in linked.entities.values())


def test_a_surname_before_the_full_name_joins_the_fullest_name(nlp, world):
    linked = link(nlp, world, "Bolsonaro habló ayer. El expresidente Jair Bolsonaro viajó a "
                              "Washington.")
    people = [e for e in linked.entities.values() if e.cls == PERSON]
    assert [p.label for p in people] == ["Jair Bolsonaro"]
    assert named(linked, "Bolsonaro").key == people[0].key


def test_relatives_stay_apart(nlp, world):
    text = "Karina Milei acompañó a Javier Milei. Milei habló primero y Karina Milei después."
    linked = link(nlp, world, text)
    karina = proposal(linked, "Karina Milei")
    assert karina.cls == PERSON
    assert "Milei" not in karina.aliases  # the graph gives that name to Javier Milei
    assert named(linked, "Javier Milei").key == KGR + "javier-milei"
    assert named(linked, "Milei").key == KGR + "javier-milei"
    assert [m.key for m in linked.mentions if m.text == "Karina Milei"] == [karina.key] * 2


def test_a_middle_name_keeps_the_known_person(nlp, world):
    linked = link(nlp, world, "Javier Gerardo Milei recibió a Karina Milei.")
    assert named(linked, "Javier Gerardo Milei").key == KGR + "javier-milei"
    assert proposal(linked, "Karina Milei").cls == PERSON


def test_two_new_people_with_one_surname_go_to_the_one_named_last(nlp, world):
    text = ("Lucía Ferrer habló en Lima. Inés Ferrer habló en Madrid. Ferrer se reunió "
            "con Abascal.")
    linked = link(nlp, world, text)
    ines = proposal(linked, "Inés Ferrer")
    assert named(linked, "Ferrer").key == ines.key


# ---------------------------------------------------------------- acronyms and translations


def test_an_acronym_in_parentheses_links_the_name_to_the_known_entity(nlp, world):
    linked = link(nlp, world, "La Conferencia de Acción Política Conservadora (CPAC) reunió "
                              "a Milei.")
    assert named(linked, "Conferencia de Acción Política Conservadora").key == KGR + "cpac"
    assert named(linked, "CPAC").key == KGR + "cpac"
    assert not linked.entities


def test_a_translation_in_parentheses_links_both_names(nlp, world):
    linked = link(nlp, world, "La Red Política de Valores (Political Network for Values) "
                              "invitó a Abascal.")
    assert named(linked, "Red Política de Valores").key == KGR + "pnfv"
    assert named(linked, "Political Network for Values").key == KGR + "pnfv"
    assert named(linked, "Red Política de Valores").cls == NETWORK
    assert not linked.entities


def test_a_new_acronym_becomes_an_alias_and_resolves_later(nlp, world):
    text = ("La Fundación Faro Austral (FFA) organizó un foro en Santiago. "
            "Abascal elogió a la FFA.")
    linked = link(nlp, world, text)
    entity = proposal(linked, "Fundación Faro Austral")
    assert entity.cls == ORGANIZATION
    # its name without the head word ("Faro Austral") names it too, and so does the acronym
    assert entity.aliases == ["Faro Austral", "FFA"]
    assert [m.key for m in linked.mentions if m.text == "FFA"] == [entity.key] * 2
    assert entity.mentions == 3


def test_parentheses_after_a_person_or_a_place_are_another_entity(nlp, world):
    linked = link(nlp, world, "Habló Marta Pérez (Vox), concejala en Sevilla (España), y "
                              "Abascal (Vox) la felicitó.")
    assert proposal(linked, "Marta Pérez").aliases == ["Pérez"]
    assert [m.key for m in linked.mentions if m.text == "Vox"] == [KGR + "vox"] * 2
    assert named(linked, "España").key == KGR + "spain"
    assert named(linked, "Abascal").key == KGR + "santiago-abascal"


def test_a_known_name_needs_the_graphs_capitals(nlp, world):
    linked = link(nlp, world, "La tercera edición del foro, según La Tercera, fue en Lima.")
    assert [m.text for m in linked.mentions if m.key == KGR + "la-tercera"] == ["La Tercera"]


def test_a_datelines_source_is_an_outlet(nlp, world):
    linked = link(nlp, world, "Lisboa, 20 ene (Lusa).- El líder de Chega habló con Abascal.")
    assert proposal(linked, "Lusa").cls == MEDIA
    assert named(linked, "Lusa").text == "Lusa"  # without the glued punctuation
    assert proposal(linked, "Chega").cls == PARTY


def test_portfolios_lone_given_names_and_regions_are_not_proposed(nlp, world):
    text = ("La ministra de Hacienda, Macarena Lobos, viajó por Sudamérica con Eduardo "
            "Bolsonaro. Eduardo habló después.")
    linked = link(nlp, world, text)
    assert sorted(e.label for e in linked.entities.values()) == [
        "Eduardo Bolsonaro", "Macarena Lobos"]
    assert named(linked, "Eduardo").key == proposal(linked, "Eduardo Bolsonaro").key


def test_a_run_of_an_organization_and_a_person_is_cut(nlp, world):
    linked = link(nlp, world, "Criticaron a Alternativa para Alemania Alice Weidel y a la "
                              "Fundación Francisco Franco.")
    assert proposal(linked, "Alternativa para Alemania").cls == PARTY
    assert proposal(linked, "Alice Weidel").cls == PERSON
    assert proposal(linked, "Fundación Francisco Franco").cls == ORGANIZATION


def test_an_editions_number_belongs_to_its_name(nlp, world):
    linked = link(nlp, world, "Abascal clausuró la Cumbre Atlántica 2025 en Madrid.")
    assert proposal(linked, "Cumbre Atlántica 2025").cls == SUMMIT


# ---------------------------------------------------------------- metonyms and places


def test_seats_of_power_are_metonyms_never_actors(nlp, world):
    text = ("La Casa Blanca respondió a la Casa Rosada, mientras la Moncloa y el Kremlin "
            "callaban. Milei viajó luego al Palacio de La Moneda.")
    linked = link(nlp, world, text)
    for name in ("Casa Blanca", "Casa Rosada", "Moncloa", "Kremlin", "Palacio de La Moneda"):
        assert named(linked, name).kind == "metonym"
        assert named(linked, name).cls == PLACE
    assert stands_for(named(linked, "Casa Rosada"), world) == (KGR + "argentina", "presidencia")
    assert stands_for(named(linked, "Moncloa"), world) == (KGR + "spain", "gobierno")
    assert stands_for(named(linked, "Casa Blanca"), world) == (None, "presidencia")
    assert gazetteer.place("la Casa Blanca").country == "Estados Unidos"
    assert gazetteer.place("La Moneda").country == "Chile"


def test_countries_link_by_any_of_their_names(nlp, world):
    linked = link(nlp, world, "Milei viajó a EE.UU. y luego a Spain, antes de volver a "
                              "Argentina.")
    assert named(linked, "EE.UU.").cls == COUNTRY
    assert proposal(linked, "Estados Unidos").cls == COUNTRY  # the canonical name
    assert named(linked, "Spain").key == KGR + "spain"
    assert named(linked, "Argentina").key == KGR + "argentina"


def test_a_demonym_names_a_known_country(nlp, world):
    linked = link(nlp, world, "El presidente argentino habló con Abascal.")
    assert named(linked, "argentino").key == KGR + "argentina"
    assert named(linked, "argentino").kind == "demonym"


# ---------------------------------------------------------------- typing


def test_typing_of_new_names_in_sentences(nlp, world):
    text = ("El partido Chega y el Partido por la Libertad (PVV) firmaron con la Heritage "
            "Foundation y la Atlas Network durante la Cumbre de Lisboa, en el Palacio de "
            "Vistalegre. Según el diario Clarín, el Frente Amplio criticó el acto.")
    linked = link(nlp, world, text)
    expected = {"Chega": PARTY, "Partido por la Libertad": PARTY,
                "Heritage Foundation": ORGANIZATION, "Atlas Network": NETWORK,
                "Cumbre de Lisboa": SUMMIT, "Palacio de Vistalegre": PLACE, "Clarín": MEDIA,
                "Frente Amplio": COALITION}
    assert {label: proposal(linked, label).cls for label in expected} == expected
    assert proposal(linked, "Partido por la Libertad").aliases == ["PVV"]


@pytest.mark.parametrize("text, cls", [
    ("Portugal", COUNTRY), ("EEUU", COUNTRY), ("Reino Unido", COUNTRY), ("Hungría", COUNTRY),
    ("Latinoamérica", PLACE), ("la UE", ORGANIZATION), ("Paloma Valencia", PERSON),
    ("Budapest", PLACE), ("Casa Blanca", PLACE),
    ("Mar-a-Lago", PLACE), ("Partido Popular", PARTY), ("Partido Republicano", PARTY),
    ("Movimiento Social Republicano", PARTY), ("Fundación Disenso", ORGANIZATION),
    ("Instituto Res Publica", ORGANIZATION), ("Red Atlas", NETWORK),
    ("Coalición por el Cambio", COALITION), ("Cumbre de Budapest", SUMMIT),
    ("Conferencia de Madrid", SUMMIT), ("Elecciones europeas", ELECTION),
    ("Primarias republicanas", ROUND), ("Diario Andino", MEDIA), ("El País", MEDIA),
    ("Viktor Orbán", PERSON), ("Luiz Inácio Lula da Silva", PERSON),
])
def test_entity_class_of_names(text, cls):
    assert entity_class(text) == cls


def test_entity_class_from_the_label_the_head_and_the_shape():
    assert entity_class("ARENA", ner_label="ORG") == PARTY  # listed
    assert entity_class("FNPL", ner_label="ORG") == ORGANIZATION  # an acronym alone
    assert entity_class("FNPL", ner_label="LOC") == ORGANIZATION
    assert entity_class("Zorrilla", ner_label="PER") == PERSON
    assert entity_class("Quillota", ner_label="LOC") == PLACE
    assert entity_class("Voz Libre", head="diario") == MEDIA
    assert entity_class("Orbán", head="presidente") == PERSON
    assert entity_class("primer ministro") == OFFICE  # a title is never a person
    assert entity_class("Presidente", ner_label="PER") == OFFICE
    assert entity_class("argentinos", ner_label="MISC") == ENTITY


def test_a_pollster_is_an_organization(nlp, world):
    linked = link(nlp, world, "Según una encuesta de Feedback, Abascal sube dos puntos.")
    assert proposal(linked, "Feedback").cls == ORGANIZATION


def test_entity_class_knows_the_graph(world):
    assert entity_class("Oposición chilena", knowledge=world) == COALITION


def test_gazetteer_demonyms_and_titles():
    for form in ("argentino", "argentina", "argentinos", "argentinas"):
        assert gazetteer.demonym(form) == "Argentina"
    assert gazetteer.demonym("francesas") == "Francia"
    assert gazetteer.demonym("estadounidenses") == "Estados Unidos"
    assert gazetteer.title("expresidente").former
    assert gazetteer.title("ex presidente").former
    assert gazetteer.title("la primera ministra").gender == "f"
    assert gazetteer.title("secretario general").kind == "leader"
    assert gazetteer.title("militante").kind == "member"
    assert gazetteer.title("ministra de Economía").kind == "office"
    assert gazetteer.title("diputada de Vox").seat  # a member of the party
    assert not gazetteer.title("ministra de Economía").seat
    assert gazetteer.title("exsenadora").former and gazetteer.title("exsenadora").seat
    assert gazetteer.title("Viktor Orbán") is None


@pytest.mark.parametrize("alias, full, ok", [
    ("Le Pen", "Marine Le Pen", True), ("Pen", "Marine Le Pen", False),
    ("Le", "Marine Le Pen", False), ("Marine", "Marine Le Pen", False),
    ("Orbán", "Viktor Orbán", True), ("España", "Partido de España", False),
    ("argentino", "Partido Argentino", False), ("presidente", "Presidente Milei", False),
    ("PVV", "Partido por la Libertad", True), ("von der Leyen", "Ursula von der Leyen", True),
])
def test_acceptable_aliases(alias, full, ok):
    assert acceptable_alias(alias, full) is ok


# ---------------------------------------------------------------- long articles


def test_a_long_article_links_the_same_way_twice(nlp, world):
    # linking speed is measured by scripts/bench_ingest.py, not here
    sentence = ("El expresidente Jair Bolsonaro y Marine Le Pen se reunieron con Milei en la "
                "Casa Rosada, según el diario Clarín, antes de la CPAC de Buenos Aires. ")
    doc = nlp(sentence * 14)
    assert len(doc.text) > 2000
    first = link_document(doc, world)  # tables are built once per Knowledge
    linked = link_document(doc, world)
    assert [(m.start, m.end, m.key) for m in linked.mentions] == \
        [(m.start, m.end, m.key) for m in first.mentions]
    assert all(not m.key.startswith(NEW) or m.key in linked.entities for m in linked.mentions)
    ends = [(m.start, m.end) for m in linked.mentions]
    assert ends == sorted(ends)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False))  # no overlap
