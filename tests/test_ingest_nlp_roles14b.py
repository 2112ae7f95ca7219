"""The parse extractor on titles held before, told without the prefix "ex": an adjective of
earlier before the noun ("la antigua líder de", "el anterior presidente de"), an adverb of then
between the article and the noun or after an apposition's comma ("el entonces alcalde", "X,
otrora aliado de Y"), and a past year the title lasted until ("diputada de Vox hasta 2019").
Not former: "antiguo" after its noun, a sentence's connector "Entonces", a title that lasts
until a year to come.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import find

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _former(extraction, subject, relation, obj) -> bool:
    return bool(find(extraction, subject, relation, obj).qualifiers.get("former"))


@pytest.mark.parametrize("text", [
    "En la sala estaba Marta Villalba, la antigua presidenta de Vox en Murcia.",
    "Marta Villalba, antigua presidenta de Vox, no quiso hacer declaraciones.",
    "La antigua presidenta de Vox, Marta Villalba, llegó tarde.",
    "Saludó a la anterior presidenta de Vox, Marta Villalba.",
    "Marta Villalba, anterior presidenta de Vox, respondió con dureza.",
])
def test_an_adjective_of_earlier_before_the_title(read, text):
    extraction = read(text)
    subject = "Marta Villalba"
    found = {(c.subject, c.relation, c.object) for c in extraction.candidates}
    relation = "leaderOf" if (subject, "leaderOf", "Vox") in found else "memberOf"
    assert _former(extraction, subject, relation, "Vox")


@pytest.mark.parametrize("text", [
    "Lo recibió el entonces presidente del PP, Tomás Ibarra, en su despacho.",
    "Tomás Ibarra, entonces presidente del PP, firmó el acuerdo.",
    "Tomás Ibarra, por entonces presidente del PP, firmó el acuerdo.",
    "Tomás Ibarra, otrora presidente del PP, firmó el acuerdo.",
    "Tomás Ibarra, presidente del PP hasta 2019, firmó el acuerdo.",
])
def test_an_adverb_of_then_or_an_end_already_past(read, text):
    assert _former(read(text), "Tomás Ibarra", "leaderOf", "PP")


@pytest.mark.parametrize("text", [
    "Tomás Ibarra, presidente del PP, firmó el acuerdo.",
    "Tomás Ibarra, hoy presidente del PP, firmó el acuerdo.",
    "Entonces el presidente del PP, Tomás Ibarra, firmó el acuerdo.",
    "Tomás Ibarra, presidente del PP hasta 2028, firmó el acuerdo.",
    "El presidente del PP, Tomás Ibarra, visitó el antiguo convento.",
])
def test_a_title_still_held(read, text):
    assert not _former(read(text), "Tomás Ibarra", "leaderOf", "PP")


@pytest.mark.parametrize("text", [
    "Intervino el antiguo alcalde de Toledo, Ramiro Osuna.",
    "Intervino Ramiro Osuna, el entonces alcalde de Toledo.",
])
def test_an_office_held_before(read, text):
    assert _former(read(text), "Ramiro Osuna", "holdsOffice", "Alcalde de Toledo")


# A federation's hyphenated acronym right before the name, with no comma between.

@pytest.mark.parametrize("text, person, party, former", [
    ("El exsecretario general del PSOE-M Juan Lobato criticó la marcha.", "Juan Lobato",
     "PSOE-M", True),
    ("Ayer habló la presidenta del PP-A María Soto en Sevilla.", "María Soto", "PP-A", False),
    ("La antigua portavoz del PSC-PSOE Laura Vidal votó en contra.", "Laura Vidal", "PSC-PSOE",
     True),
])
def test_a_hyphenated_party_acronym_before_a_name(read, text, person, party, former):
    extraction = read(text)
    claims = [c for c in extraction.candidates if c.subject == person and c.object == party]
    assert claims, sorted((c.subject, c.relation, c.object) for c in extraction.candidates)
    assert all(bool(c.qualifiers.get("former")) is former for c in claims)


# A trade and the town one is from before a name, whether or not its given name is a known one.

@pytest.mark.parametrize("text, person, relation, obj", [
    ("El presidente de la UPA, el agricultor de Yepes Anselmo Moraleda, habló.",
     "Anselmo Moraleda", "leaderOf", "UPA"),
    ("El portavoz de la UPA, el transportista de Illescas Fermín Aguado, habló.",
     "Fermín Aguado", "memberOf", "UPA"),
    ("La presidenta de Asaja, la agricultora de Olías Remedios Carpintero, pidió ayudas.",
     "Remedios Carpintero", "leaderOf", "Asaja"),
    ("Lo explicó el pescador de Burela Anxo Castiñeira, presidente de la Cofradía de Burela.",
     "Anxo Castiñeira", "leaderOf", "Cofradía de Burela"),
])
def test_a_trade_and_a_town_before_a_name(read, text, person, relation, obj):
    extraction = read(text)
    find(extraction, person, relation, obj)
    town = text.split(person)[0].split()[-1]  # the town stays out of the person's name
    assert town + " " + person not in {e.label for e in extraction.entities}


@pytest.mark.parametrize("text", [
    "El ganadero de Castilla La Mancha protestó ante las Cortes.",
    "El agricultor de Toledo Juan protestó ante las Cortes.",
    "El agricultor de Toledo protestó ante las Cortes.",
])
def test_a_trade_and_a_place_without_a_name(read, text):
    assert not [e for e in read(text).entities if e.cls.endswith("Person")]


# A past leadership says the past membership of the same party; a present one does not.

@pytest.mark.parametrize("text", [
    "El presidente dedicó un minuto a Marta Villalba, la antigua líder de Vox en Murcia.",
    "Marta Villalba, la anterior presidenta de Vox, llegó tarde.",
    "Marta Villalba, antigua presidenta de Vox, respondió con dureza.",
])
def test_a_past_leadership_is_no_second_membership(read, text):
    extraction = read(text)
    assert _former(extraction, "Marta Villalba", "leaderOf", "Vox")
    assert not [c for c in extraction.candidates if c.relation == "memberOf"]


def test_a_past_membership_beside_a_present_leadership(read):
    extraction = read("La exmilitante de Vox Marta Villalba, hoy presidenta de Vox, llegó tarde.")
    assert _former(extraction, "Marta Villalba", "memberOf", "Vox")
    assert not _former(extraction, "Marta Villalba", "leaderOf", "Vox")
