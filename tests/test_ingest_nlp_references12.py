"""The parse extractor on titles without a name said after two persons: the given name tells
a woman from a man where its ending does not ("Isabel", "Inés", "Carmen", "Marine" are
women's; "Javier", "Luis", "Jorge", "Viktor" men's), so "la exministra" is the one woman;
when two persons acted side by side and both fit, the title is neither; and "su" after a
title subject is the title's holder, not the person the text spoke of before it.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

from graph.ingest.nlp.name_genders import name_gender

read = lists_tests.read  # the extractor, its articles dated in May 2026


# ------------------------------------------------------------ given names

@pytest.mark.parametrize("name, gender", [
    ("Evelyn Matthei", "Fem"), ("Isabel Quintana", "Fem"), ("Inés Carrasco", "Fem"),
    ("Marine Dubois", "Fem"), ("Carmen Salas", "Fem"), ("Beatriz Ortega", "Fem"),
    ("Javier Ortúzar", "Masc"), ("Luis Ortúzar", "Masc"), ("Jorge Medina", "Masc"),
    ("Viktor Halász", "Masc"), ("José Pérez", "Masc"), ("Johannes Berger", "Masc"),
    ("María Gómez", "Fem"), ("Pedro Gómez", "Masc"),
])
def test_a_given_name_tells_the_gender(name, gender):
    assert name_gender(name) == gender


@pytest.mark.parametrize("name", ["Andrea Conti", "Jean Dupont", "Simone Ferri",
                                  "Nicola Russo", "Ariel Stein", "Gómez"])
def test_a_name_borne_by_both_or_a_lone_surname_tells_nothing(name):
    assert name_gender(name) is None


# ------------------------------------------------------------ the one who fits

def _endorsed(text: str, read) -> set[str]:
    return {s for s, r, o in facts(read(text)) if r == "endorsed" and o == "Tomás Urquiza"}


@pytest.mark.parametrize("text, person", [
    ("Isabel Quintana y Javier Ortúzar llegaron ayer a Lima. La exministra anunció su "
     "apoyo a Tomás Urquiza.", "Isabel Quintana"),
    ("Votan Inés Carrasco y Luis Ortúzar. La exdiputada respalda a Tomás Urquiza en la "
     "segunda vuelta.", "Inés Carrasco"),
    ("Javier Ortúzar y Beatriz Ortega llegaron juntos al acto. La exministra respaldó "
     "después a Tomás Urquiza.", "Beatriz Ortega"),
    ("Beatriz Ortega y Javier Ortúzar cenaron en Santiago. El exministro apoyó a Tomás "
     "Urquiza.", "Javier Ortúzar"),
])
def test_a_title_is_the_one_of_two_persons_its_gender_fits(read, text, person):
    assert _endorsed(text, read) == {person}


@pytest.mark.parametrize("text", [
    "Jean Dupont y Simone Ferri llegaron ayer a Lima. La exministra anunció su apoyo a "
    "Tomás Urquiza.",
    "Isabel Quintana y Carmen Salas llegaron ayer a Lima. La exministra anunció su apoyo "
    "a Tomás Urquiza.",
    "Votan Javier Ortúzar y Jorge Medina. El exministro respalda a Tomás Urquiza.",
])
def test_two_persons_acting_side_by_side_who_both_fit_leave_the_title_unread(read, text):
    assert _endorsed(text, read) == set()


def test_su_after_an_unresolved_title_is_not_the_person_before(read):
    found = _endorsed("Isabel Quintana y Carmen Salas llegaron ayer. La exministra expresó "
                      "su respaldo a Tomás Urquiza.", read)
    assert found == set()


def test_su_after_a_title_is_its_holder(read):
    found = _endorsed("Carmen Salas llegó con Jorge Medina. La exministra expresó su "
                      "respaldo a Tomás Urquiza.", read)
    assert found == {"Carmen Salas"}


# ------------------------------------------------------------ a state's office

def _offices(text: str, read) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(read(text)) if r == "holdsOffice"}


@pytest.mark.parametrize("text, person, office", [
    ("Tomás Urquiza volvió ayer a la política. El exgobernador de Santa Cruz habló ante mil "
     "personas en el Foro Andino.", "Tomás Urquiza", "Gobernador de Santa Cruz"),
    ("Lucía Ferrer llegó a Monterrey el lunes. La gobernadora de Nuevo León se reunió "
     "después con Ana Beltrán.", "Lucía Ferrer", "Gobernador de Nuevo León"),
    ("Tomás Urquiza, exgobernador de Minas Gerais, cenó con Ana Beltrán.", "Tomás Urquiza",
     "Gobernador de Minas Gerais"),
])
def test_a_governor_of_a_state_holds_its_office(read, text, person, office):
    assert (person, office) in _offices(text, read)


def test_a_state_governor_said_after_two_persons_is_neither(read):
    found = _offices("Tomás Urquiza y Pedro Salinas llegaron a Monterrey. El gobernador de "
                     "Nuevo León recibió a Ana Beltrán.", read)
    assert not {p for p, o in found if o == "Gobernador de Nuevo León"}


@pytest.mark.parametrize("name, country", [
    ("Minas Gerais", "Brasil"), ("Nuevo León", "México"), ("Antioquia", "Colombia"),
    ("Santa Cruz", None), ("La Rioja", None)])
def test_a_state_is_a_place_of_its_country(name, country):
    from graph.ingest.nlp import gazetteer as gz
    from graph.ingest.nlp.gazetteer_regions import shared_countries

    found = gz.place(name)
    assert found is not None and found.country == country
    assert country is not None or len(shared_countries(name)) >= 2


@pytest.mark.parametrize("word", ["Guerrero", "Hidalgo", "Miranda", "Corrientes", "Misiones",
                                  "Magdalena", "Lara"])
def test_a_surname_or_a_common_word_is_no_state(word):
    from graph.ingest.nlp import gazetteer as gz

    assert gz.place(word) is None


# ------------------------------------------------------------ two nationalities side by side

@pytest.mark.parametrize("text, person", [
    ("Tomás Urquiza visitó Budapest en marzo, cuando el empresario checo y el primer ministro "
     "húngaro se reunieron en el palacio.", "Tomás Urquiza"),
    ("Tomás Urquiza llegó a Lima el lunes. Allí el presidente peruano y el mandatario chileno "
     "firmaron un acuerdo.", "Tomás Urquiza"),
    ("Lucía Ferrer viajó el martes a Asunción. Allí la ministra argentina y la presidenta "
     "paraguaya firmaron un acuerdo.", "Lucía Ferrer"),
])
def test_a_title_beside_one_of_another_nationality_is_no_guess(read, text, person):
    assert not {o for p, o in _offices(text, read) if p == person}


def test_a_title_alone_still_stands_for_the_one_named_before(read):
    found = _offices("Tomás Urquiza llegó a Lima el lunes. Allí el presidente peruano firmó "
                     "un acuerdo.", read)
    assert ("Tomás Urquiza", "Presidente de Perú") in found


def test_a_known_nationality_still_fits_beside_another(read):
    found = _offices("El empresario paraguayo Tomás Urquiza llegó a Lima. Allí el empresario "
                     "chileno y el exministro paraguayo firmaron un acuerdo.", read)
    assert not {o for p, o in found if p == "Tomás Urquiza" and "Chile" in o}
