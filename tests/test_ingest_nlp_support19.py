"""The parse extractor on alliances, support and contacts said in other shapes: one called
the ally of a third ("tildó a X de socio preferente de Y") is the third's ally; denying a
quality of a bond ("la alianza entre X e Y no es nueva") takes the bond as given; being "en
contacto con" someone is a contact; a first person plural working or standing "con" others
("«Con X y con Y estamos construyendo otra Europa»") allies the speaker with each; and the
demonstrative "este" stands for the person named last ("una carta de X, en la que este apoya
a Y").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


@pytest.mark.parametrize("text, called, owner", [
    ("La eurodiputada calificó a Fidesz de «socio natural» de Vox.", "Fidesz", "Vox"),
    ("El comunicado tilda a Vox de socio preferente del Gobierno de Giorgia Meloni.",
     "Vox", "Giorgia Meloni"),
    ("Meloni definió a Vox como el principal aliado de Fidesz en Europa.", "Vox", "Fidesz"),
    ("El analista considera a Chega un aliado de Vox.", "Chega", "Vox"),
])
def test_one_called_the_ally_of_a_third_is_its_ally(read, text, called, owner):
    found = facts(read(text))
    assert (called, "allied", owner) in found or (owner, "allied", called) in found


@pytest.mark.parametrize("text", [
    "Abascal no considera a Fidesz un aliado de Vox.",
    "El analista calificó a Chega de rival de Vox.",
])
def test_a_denied_or_rival_calling_is_no_alliance_of_the_two(read, text):
    found = facts(read(text))
    assert not {f for f in found if f[1] == "allied" and {f[0], f[2]} <= {
        "Fidesz", "Vox", "Chega"}}


@pytest.mark.parametrize("text", [
    "La alianza entre Viktor Orbán y Milorad Dodik no es nueva.",
    "La alianza de Viktor Orbán con Milorad Dodik nunca fue casual.",
    "La amistad entre Viktor Orbán y Milorad Dodik no es ningún secreto.",
])
def test_a_denied_quality_of_an_alliance_keeps_the_alliance(read, text):
    found = facts(read(text))
    assert ("Viktor Orbán", "allied", "Milorad Dodik") in found or \
        ("Milorad Dodik", "allied", "Viktor Orbán") in found
    assert ("Viktor Orbán", "not allied", "Milorad Dodik") not in found
    assert ("Milorad Dodik", "not allied", "Viktor Orbán") not in found


def test_an_alliance_that_does_not_exist_is_denied(read):
    found = facts(read("La alianza entre Vox y Chega no existe."))
    assert ("Vox", "allied", "Chega") not in found and ("Chega", "allied", "Vox") not in found


@pytest.mark.parametrize("text", [
    "José Antonio Kast sigue en contacto con Santiago Abascal.",
    "José Antonio Kast se puso en contacto con Santiago Abascal el martes.",
    "«Sigo en contacto con Santiago Abascal», dijo José Antonio Kast.",
    "«Con Santiago Abascal sigo en contacto», contó José Antonio Kast.",
    "José Antonio Kast está en contacto permanente con Santiago Abascal.",
])
def test_being_in_contact_with_someone_is_a_contact(read, text):
    found = facts(read(text))
    assert ("José Antonio Kast", "contactWith", "Santiago Abascal") in found or \
        ("Santiago Abascal", "contactWith", "José Antonio Kast") in found


def test_not_being_in_contact_is_denied(read):
    found = facts(read("José Antonio Kast no está en contacto con Santiago Abascal."))
    assert ("José Antonio Kast", "contactWith", "Santiago Abascal") not in found
    assert ("José Antonio Kast", "not contactWith", "Santiago Abascal") in found


def test_being_in_a_place_is_no_contact(read):
    found = facts(read("José Antonio Kast siguió en Madrid con Santiago Abascal."))
    assert ("José Antonio Kast", "contactWith", "Santiago Abascal") not in found


@pytest.mark.parametrize("text, allies", [
    ("«Con Giorgia Meloni, con Viktor Orbán y con Marine Le Pen estamos construyendo otra "
     "Europa», dijo Santiago Abascal.", {"Giorgia Meloni", "Viktor Orbán", "Marine Le Pen"}),
    ("«Nosotros estamos con Viktor Orbán y con Marine Le Pen», dijo Santiago Abascal.",
     {"Viktor Orbán", "Marine Le Pen"}),
    ("«Trabajamos con Giorgia Meloni desde hace años», afirmó Santiago Abascal.",
     {"Giorgia Meloni"}),
])
def test_we_working_or_standing_with_others_allies_the_speaker(read, text, allies):
    found = facts(read(text))
    for ally in allies:
        assert ("Santiago Abascal", "allied", ally) in found or \
            (ally, "allied", "Santiago Abascal") in found


def test_we_were_with_someone_somewhere_is_no_alliance(read):
    found = facts(read("«Estuvimos con Viktor Orbán en Budapest», dijo Santiago Abascal."))
    assert ("Santiago Abascal", "allied", "Viktor Orbán") not in found
    assert ("Viktor Orbán", "allied", "Santiago Abascal") not in found


@pytest.mark.parametrize("text", [
    "Santiago Abascal recibió un mensaje de Javier Milei, en el que éste apoya a José Antonio "
    "Kast.",
    "Santiago Abascal habló con Javier Milei y este le dio su apoyo a José Antonio Kast.",
])
def test_the_demonstrative_stands_for_the_person_named_last(read, text):
    found = facts(read(text))
    assert ("Javier Milei", "endorsed", "José Antonio Kast") in found
    assert ("Santiago Abascal", "endorsed", "José Antonio Kast") not in found


@pytest.mark.parametrize("text, asker, supported", [
    ("Vox pidió el voto por José Antonio Kast.", "Vox", "José Antonio Kast"),
    ("Javier Milei solicitó ayer el voto para Kast en la segunda vuelta.", "Javier Milei",
     "José Antonio Kast"),
    ("«Fuerza Popular pide el voto por mí», dijo José Antonio Kast.", "Fuerza Popular",
     "José Antonio Kast"),
    ("«Vox anunció que pedirá el voto por nosotros», contó José Antonio Kast.", "Vox",
     "José Antonio Kast"),
])
def test_asking_for_the_vote_for_someone_endorses_them(read, text, asker, supported):
    assert (asker, "endorsed", supported) in facts(read(text))


def test_the_vote_asked_of_someone_is_not_support_for_them(read):
    found = facts(read("Vox pidió el voto de Santiago Abascal."))
    assert ("Vox", "endorsed", "Santiago Abascal") not in found


def test_a_vote_not_asked_for_is_denied_support(read):
    found = facts(read("Vox no pidió el voto por José Antonio Kast."))
    assert ("Vox", "endorsed", "José Antonio Kast") not in found


@pytest.mark.parametrize("text, ally, owner", [
    ("Marine Le Pen se declara amiga y aliada de Santiago Abascal.", "Marine Le Pen",
     "Santiago Abascal"),
    ("Santiago Abascal, del que Marine Le Pen se declara «amiga y aliada», cerró el acto.",
     "Marine Le Pen", "Santiago Abascal"),
    ("Giorgia Meloni se considera aliada de Vox.", "Giorgia Meloni", "Vox"),
    ("Vox, de quien Giorgia Meloni se proclamó socia, llegó tarde al acuerdo.",
     "Giorgia Meloni", "Vox"),
    ("«Me siento amigo de Santiago Abascal», dijo Javier Milei.", "Javier Milei",
     "Santiago Abascal"),
])
def test_calling_oneself_the_ally_of_someone_allies_the_two(read, text, ally, owner):
    found = facts(read(text))
    assert (ally, "allied", owner) in found or (owner, "allied", ally) in found


@pytest.mark.parametrize("text", [
    "Giorgia Meloni se declara aliada.",
    "Giorgia Meloni se declaró rival de Vox.",
    "Giorgia Meloni no se considera aliada de Vox.",
])
def test_calling_oneself_no_ally_of_anyone_states_no_alliance(read, text):
    assert ("Giorgia Meloni", "allied", "Vox") not in facts(read(text))


@pytest.mark.parametrize("text, sides, announcers", [
    ("José Antonio Kast y Javier Milei anunciaron ayer una alianza entre el Partido Republicano "
     "y La Libertad Avanza.", ("Partido Republicano", "La Libertad Avanza"),
     ("José Antonio Kast", "Javier Milei")),
    ("Santiago Abascal selló un pacto entre Vox y el Partido Popular para gobernar Aragón.",
     ("Vox", "Partido Popular"), ("Santiago Abascal",)),
])
def test_an_alliance_between_two_named_allies_those_two_not_who_announces_it(
        read, text, sides, announcers):
    found = facts(read(text))
    a, b = sides
    assert (a, "allied", b) in found or (b, "allied", a) in found
    for person in announcers:
        assert not {f for f in found if f[1] == "allied" and person in (f[0], f[2])}


def test_an_alliance_with_one_named_is_the_announcers(read):
    found = facts(read("Santiago Abascal anunció una alianza con Chega."))
    assert ("Santiago Abascal", "allied", "Chega") in found


@pytest.mark.parametrize("text", [
    "Juan Jesús Vivas presentó los presupuestos. El PSOE local tilda a Vox de socio preferente "
    "del Gobierno de Vivas.",
    "Juan Jesús Vivas presentó los presupuestos. La oposición calificó a Vox de socio fiel del "
    "Ejecutivo de Juan Jesús Vivas.",
])
def test_the_ally_of_a_government_named_by_its_head_is_the_heads(read, text):
    found = facts(read(text))
    assert ("Vox", "allied", "Juan Jesús Vivas") in found or \
        ("Juan Jesús Vivas", "allied", "Vox") in found
