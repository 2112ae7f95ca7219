"""The parse extractor on who took part in a gathering: the names after "Junto a X subieron al
escenario" are the subjects, though the small model takes X for the subject; "no estuvo
presente" denies the presence, its predicate parsed as an object; "estuvo en el foro" points
back to the forum the text named, as "asistió al foro" does, but not "la cumbre del clima"
nor "la mesa"; a clitic before a signing verb ("La suscriben A y B") takes up the document
named just before; an organization's own meal ("la cena anual de la Fundación X") is a
gathering of its own, not the event the text is about.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_FORUM = "El Foro Andino de la Libertad reunió ayer en Quito a doscientos dirigentes. "
_EVENT = "Foro Andino de la Libertad"


# ------------------------------------------------------------ "Junto a X subieron ..."

def test_the_names_after_the_stage_climb_beside_a_companion(read):
    found = facts(read(_FORUM + "Junto a Marta Ruiz subieron al escenario el presidente del "
                       "Senado, Tomás Pardo, y la diputada provincial Lucía Andrade."))
    assert ("Tomás Pardo", "participatedIn", _EVENT) in found
    assert ("Lucía Andrade", "participatedIn", _EVENT) in found
    assert ("Marta Ruiz", "participatedIn", _EVENT) in found


def test_a_single_name_after_the_stage_climb_beside_a_companion(read):
    found = facts(read(_FORUM + "Junto a Marta Ruiz subió al escenario Tomás Pardo."))
    assert ("Tomás Pardo", "participatedIn", _EVENT) in found


def test_a_subject_before_the_verb_is_no_list(read):
    found = facts(read(_FORUM + "Marta Ruiz subió al escenario y saludó a Tomás Pardo."))
    assert ("Tomás Pardo", "participatedIn", _EVENT) not in found


# ------------------------------------------------------------ "no estuvo presente"

def test_a_denied_presence_is_negated(read):
    found = facts(read(_FORUM + "La senadora Inés Cabral no estuvo presente en el acto."))
    assert ("Inés Cabral", "not participatedIn", _EVENT) in found
    assert ("Inés Cabral", "participatedIn", _EVENT) not in found


def test_a_presence_stays_asserted(read):
    found = facts(read(_FORUM + "La senadora Inés Cabral estuvo presente en el acto."))
    assert ("Inés Cabral", "participatedIn", _EVENT) in found


# ------------------------------------------------------------ "estuvo en el foro"

def test_being_at_the_forum_points_back(read):
    found = facts(read(_FORUM + "La senadora Inés Cabral estuvo en el foro."))
    assert ("Inés Cabral", "participatedIn", _EVENT) in found


def test_not_being_at_the_summit_points_back(read):
    found = facts(read("La Cumbre Andina de la Libertad reunió ayer en Quito a doscientos "
                       "dirigentes. El senador Tomás Pardo no estuvo en la cumbre."))
    assert ("Tomás Pardo", "not participatedIn", "Cumbre Andina de la Libertad") in found


def test_being_at_the_table_is_no_gathering(read):
    found = facts(read(_FORUM + "También estuvo en la mesa el argentino Tomás Pardo."))
    assert ("Tomás Pardo", "participatedIn", _EVENT) not in found


def test_a_summit_with_its_own_complement_is_another(read):
    found = facts(read(_FORUM + "La senadora Inés Cabral estuvo en la cumbre del clima de "
                       "Lima."))
    assert ("Inés Cabral", "participatedIn", _EVENT) not in found


# ------------------------------------------------------------ "La suscriben A y B"

def test_a_clitic_takes_up_the_document_named_before(read):
    found = facts(read("Tomás Pardo firmó la Declaración de Quito. La suscriben también "
                       "Lucía Andrade y Marta Ruiz."))
    assert ("Lucía Andrade", "participatedIn", "Declaración de Quito") in found
    assert ("Marta Ruiz", "participatedIn", "Declaración de Quito") in found


def test_a_masculine_clitic_takes_up_a_manifesto(read):
    found = facts(read("Tomás Pardo firmó el Manifiesto de Cuenca. Lo suscriben también "
                       "Lucía Andrade y Marta Ruiz."))
    assert ("Marta Ruiz", "participatedIn", "Manifiesto de Cuenca") in found


def test_a_clitic_with_no_document_before_signs_nothing(read):
    found = facts(read("Los dirigentes presentaron ayer en Quito un plan de seguridad. Lo "
                       "suscriben Tomás Pardo y Lucía Andrade."))
    assert not any(r == "participatedIn" for _, r, _ in found)


# ------------------------------------------------------------ an organization's own meal

def test_an_organizations_dinner_is_a_gathering_of_its_own(read):
    found = facts(read(_FORUM + "Marta Ruiz invitó a Tomás Pardo a la cena anual de la "
                       "Fundación Faro."))
    assert ("Tomás Pardo", "invitedTo", "Cena anual de la Fundación Faro") in found
    assert ("Tomás Pardo", "invitedTo", _EVENT) not in found


def test_a_partys_lunch_is_a_gathering_of_its_own(read):
    found = facts(read(_FORUM + "Tomás Pardo participó en un almuerzo del Partido Popular en "
                       "Burgos."))
    assert ("Tomás Pardo", "participatedIn", "Almuerzo del Partido Popular") in found
    assert ("Tomás Pardo", "participatedIn", _EVENT) not in found


def test_a_persons_dinner_is_no_organizations_gathering(read):
    found = facts(read("Tomás Pardo asistió a la cena de Marta Ruiz."))
    assert not any(o.startswith("Cena") for _, _, o in found)
