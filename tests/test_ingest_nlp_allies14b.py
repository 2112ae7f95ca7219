"""The parse extractor on alliances told as friendship and closeness: friends in politics are
allies ("A y B son amigos", "Son viejos amigos" after a sentence naming both); not hiding a
bond shows it ("no oculta su amistad con X"), while "no tiene amistad" denies it; a think tank
in apposition, close to a party, is that party's ally; a partner title after a time ("es
desde 2019 el socio de X") is said of the copula's subject; joining a meal ("una comida a la
que se sumó X") is meeting the one who holds it.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


@pytest.mark.parametrize("text", [
    "Marta Vidal y Tomás Lerma son amigos desde la universidad.",
    "Marta Vidal y Tomás Lerma son viejos amigos.",
    "Tomás Lerma y Marta Vidal eran amigos, pero rompieron en 2020.",
    "Marta Vidal y Tomás Lerma se conocieron en Bruselas en 2012. Son buenos amigos.",
    "Marta Vidal y Tomás Lerma coincidieron en el Senado. Son aliados desde entonces.",
])
def test_friends_named_together_are_allies(read, text):
    found = facts(read(text))
    assert ("Marta Vidal", "allied", "Tomás Lerma") in found or \
        ("Tomás Lerma", "allied", "Marta Vidal") in found


@pytest.mark.parametrize("text", [
    "Marta Vidal y Tomás Lerma no son amigos.",
    "Marta Vidal y Tomás Lerma se conocieron en 2012. Ya no son amigos.",
])
def test_friendship_denied(read, text):
    found = facts(read(text))
    assert ("Marta Vidal", "not allied", "Tomás Lerma") in found
    assert ("Marta Vidal", "allied", "Tomás Lerma") not in found


def test_a_dropped_subject_needs_two_named_before(read):
    found = facts(read("Marta Vidal llegó a Bruselas en 2012. Son amigos."))
    assert not any(relation == "allied" for _, relation, _ in found)


@pytest.mark.parametrize("text", [
    "Tomás Lerma no oculta su amistad con el senador Andrés Vidal.",
    "Tomás Lerma nunca ha escondido su amistad con el senador Andrés Vidal.",
    "Tomás Lerma, que fue ministro, no oculta su admiración por el modelo chileno ni su "
    "amistad con el senador Andrés Vidal.",
])
def test_not_hiding_a_friendship_shows_it(read, text):
    found = facts(read(text))
    assert ("Tomás Lerma", "allied", "Andrés Vidal") in found
    assert ("Tomás Lerma", "not allied", "Andrés Vidal") not in found


def test_having_no_friendship_denies_it(read):
    found = facts(read("Tomás Lerma no tiene amistad con el senador Andrés Vidal."))
    assert ("Tomás Lerma", "not allied", "Andrés Vidal") in found


@pytest.mark.parametrize("text, body, party", [
    ("La Fundación Horizonte, el think tank cercano a Vox, organizó el foro en Toledo.",
     "Fundación Horizonte", "Vox"),
    ("El Instituto Aurora, el think tank próximo al Partido Popular, publicó el informe.",
     "Instituto Aurora", "Partido Popular"),
])
def test_a_think_tank_close_to_a_party(read, text, body, party):
    assert (body, "allied", party) in facts(read(text))


def test_close_to_a_place_is_no_alliance(read):
    found = facts(read("El Instituto Aurora, el think tank cercano a la plaza Mayor, publicó "
                       "el informe."))
    assert not any(relation == "allied" for _, relation, _ in found)


# A time between the copula and its predicate ("es desde 2019 el socio de X").

@pytest.mark.parametrize("text, subject, partner", [
    ("Coalición Canaria es desde 2019 el socio parlamentario del PSOE.", "Coalición Canaria",
     "PSOE"),
    ("Chega fue durante años el socio preferente de Vox en Portugal.", "Chega", "Vox"),
    ("Vox es, desde 2020, el socio preferente del Partido Popular.", "Vox", "Partido Popular"),
])
def test_a_partner_title_after_a_time(read, text, subject, partner):
    assert (subject, "allied", partner) in facts(read(text))


def test_a_rival_title_after_a_time(read):
    found = facts(read("Tomás Lerma es desde 2019 el rival de Marta Vidal."))
    assert ("Tomás Lerma", "opponentOf", "Marta Vidal") in found
    assert not any(relation == "allied" for _, relation, _ in found)


def test_a_time_with_an_apposition_and_no_copula(read):
    # with no copula the apposition describes the year, and no title is said of anyone
    found = facts(read("Tomás Lerma vive en Bruselas desde 2019, el año del rival de Vox."))
    assert not any(relation in ("opponentOf", "allied") for _, relation, _ in found)


# Joining a meal or a meeting is meeting the one who holds it.

@pytest.mark.parametrize("text", [
    "Santiago Abascal celebró después una comida con afiliados, a la que se sumó por sorpresa "
    "el empresario Tomás Lerma.",
    "Santiago Abascal ofreció una cena en Madrid a la que se unió el diputado Tomás Lerma.",
    "Tras el mitin, Santiago Abascal almorzó con militantes; a la comida se sumó el empresario "
    "Tomás Lerma.",
    "Santiago Abascal cenó con varios alcaldes en Toledo. A la cena se incorporó más tarde "
    "Tomás Lerma.",
])
def test_joining_a_meal_meets_its_host(read, text):
    assert ("Tomás Lerma", "met", "Santiago Abascal") in facts(read(text))


def test_not_joining_a_meal_denies_the_meeting(read):
    found = facts(read("Santiago Abascal cenó con Giorgia Meloni. A la cena no se sumó Tomás "
                       "Lerma."))
    assert ("Tomás Lerma", "not met", "Santiago Abascal") in found
    assert ("Tomás Lerma", "met", "Santiago Abascal") not in found


@pytest.mark.parametrize("text", [
    "Santiago Abascal cenó con Giorgia Meloni. Tomás Lerma se sumó a la campaña en 2020.",
    "Santiago Abascal presentó un libro al que se sumó Tomás Lerma.",
    "Santiago Abascal cenó en Roma. Tomás Lerma se unió a Vox en 2014.",
])
def test_joining_something_else_is_no_meeting(read, text):
    assert ("Tomás Lerma", "met", "Santiago Abascal") not in facts(read(text))
