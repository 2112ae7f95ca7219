"""The class of a new body from what the text says of it: a name opening on "Alianza" is a
party's unless the text calls it "la alianza X"; "la agrupación X" is a party; a movement
whose leader or member the text calls an activist stays an organization, not a party; the
organizers of the CPAC conferences are organizations.

The model-free cases run everywhere; the rest are skipped when the Spanish model is not
installed (under CI=true a missing model fails)."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

from graph.ingest.knowledge import ORGANIZATION, PARTY
from graph.ingest.nlp.entity_types import entity_class

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _classes(extraction) -> dict[str, str]:
    return {e.label: e.cls.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for e in extraction.entities}


@pytest.mark.parametrize("name", [
    "Alianza Cívica Andina", "Alianza por la Patria Grande", "Alianza Republicana de Moldavia",
    "Alianza para el Cambio Democrático", "Gran Alianza Nacional"])
def test_a_name_opening_on_alianza_is_a_party(name):
    assert entity_class(name) == PARTY


@pytest.mark.parametrize("name, head, expected", [
    ("Somos Tarija", "alianza", "Coalition"),      # the noun before it says coalition
    ("Somos Tarija", "coalición", "Coalition"),
    ("Somos Tarija", "agrupación", PARTY),
    ("Somos Tarija", "plataforma", ORGANIZATION),
    ("Alianza del Pacífico", None, ORGANIZATION),  # a bloc of states, not a party
])
def test_the_noun_before_a_name(name, head, expected):
    found = entity_class(name, head=head)
    assert found == expected or found.endswith("#" + expected) or found.endswith("/" + expected)


@pytest.mark.parametrize("name", ["Unión Conservadora Estadounidense",
                                  "Conservative Political Action Coalition",
                                  "Unión Conservadora de Japón"])
def test_the_organizers_of_cpac_are_organizations(name):
    assert entity_class(name) == ORGANIZATION


@pytest.mark.parametrize("name", ["ANO", "Horizontes",
                                  "Confederación de la Corona Polaca", "SNSD"])
def test_parties_whose_names_say_nothing(name):
    assert entity_class(name) == PARTY


@pytest.mark.parametrize("text, body", [
    ("Al acto acudió la activista peruana Lucía Ramos, del movimiento Raíces del Sur, que "
     "habló de la familia.", "Raíces del Sur"),
    ("Cerró la jornada el empresario y activista Tomás Vidal, líder del Movimiento Tierra "
     "Firme, con un discurso contra el aborto.", "Movimiento Tierra Firme"),
    ("También firmaron el manifiesto los activistas Marta Gil y Jorge Peña, dirigentes del "
     "Movimiento Faro Austral.", "Movimiento Faro Austral"),
])
def test_a_movement_of_activists_is_no_party(read, text, body):
    classes = _classes(read(text))
    assert classes.get(body) not in (None, "PoliticalParty")


@pytest.mark.parametrize("text, body", [
    ("Al acto acudió la diputada peruana Lucía Ramos, del movimiento Raíces del Sur, que "
     "habló de la familia.", "Raíces del Sur"),
    ("Cerró la jornada el senador Tomás Vidal, líder del Movimiento Tierra Firme, con un "
     "discurso contra el aborto.", "Movimiento Tierra Firme"),
])
def test_a_movement_of_legislators_is_a_party(read, text, body):
    assert _classes(read(text)).get(body) == "PoliticalParty"


@pytest.mark.parametrize("text, body, expected", [
    ("El presidente de la Alianza Cívica Andina, Pedro Ruiz, se reunió ayer con Santiago "
     "Abascal en Madrid.", "Alianza Cívica Andina", "PoliticalParty"),
    ("Vox firmó un acuerdo con la Alianza por la Patria Grande, que dirige Ana Prieto.",
     "Alianza por la Patria Grande", "PoliticalParty"),
    ("Marcos Vera, candidato de la agrupación Somos Tarija, cerró su campaña en Tarija.",
     "Somos Tarija", "PoliticalParty"),
])
def test_bodies_in_sentences(read, text, body, expected):
    assert _classes(read(text)).get(body) == expected


@pytest.mark.parametrize("text, person, relation, body", [
    ("Iván Kostov, líder de Renacer Búlgaro, se reunió ayer con Santiago Abascal.",
     "Iván Kostov", "leaderOf", "Renacer Búlgaro"),
    ("Carla Moreno, militante de Renacer Aragonés, apoyó la moción en el pleno.",
     "Carla Moreno", "memberOf", "Renacer Aragonés"),
    ("Según Pavel Novak, presidente de Svobodní Občané, la reunión fue un éxito.",
     "Pavel Novak", "leaderOf", "Svobodní Občané"),
    ("Lo confirmó Tomás Rey, dirigente de Bürger Bewegung, tras la votación.",
     "Tomás Rey", "memberOf", "Bürger Bewegung"),
])
def test_a_name_of_several_words_after_a_leaders_title_is_a_body(read, text, person,
                                                                   relation, body):
    extraction = read(text)
    assert (person, relation, body) in facts(extraction)
    assert _classes(extraction).get(body) in ("PoliticalParty", "Organization")


@pytest.mark.parametrize("text, place", [
    ("Ana Ruiz, presidenta de Castilla y León, se reunió ayer con Santiago Abascal.",
     "Castilla y León"),
    ("Pedro Gil, presidente de Costa Rica, se reunió ayer con Santiago Abascal.", "Costa Rica"),
    ("Laura Sanz, directora de Comunicación Política, se reunió ayer con Santiago Abascal.",
     "Comunicación Política"),
])
def test_a_place_or_a_portfolio_after_a_title_is_no_body(read, text, place):
    extraction = read(text)
    assert not any(r in ("leaderOf", "memberOf") and o == place
                   for _, r, o in facts(extraction))
    assert place not in _classes(extraction) or \
        _classes(extraction)[place] not in ("PoliticalParty", "Organization")
