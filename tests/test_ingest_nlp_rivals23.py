"""The parse extractor on alliances told by the verbs and nouns of a partnership: a copula
before "en alianza" or "en coalición" ("el partido fue en alianza con X", the small model
reading "fue" of "ir" as the copula of "ser") makes its subject the ally of the "con" names,
or coordinated subjects allies of each other; allying after leaving a party ("dejó el partido
para aliarse con X") is told as done, as joining another party is; a surname that opens with
"Le" ("se reunió con Le Pen") is a name, not the clitic the small model takes it for; showing
oneself beside someone, going up on a stage or round a place with them is meeting them; letters
kept up with someone ("mantiene correspondencia con X") are contact; a candidate placed far
from another in a count ("quedó segundo, lejos de X") ran against them.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


# ------------------------------------------------------------ a copular partnership

def test_going_in_alliance_with_a_party_is_an_alliance(read):
    found = facts(read("El Partido Aurora fue en alianza con Renovación Nacional en varias "
                       "provincias."))
    assert ("Partido Aurora", "allied", "Renovación Nacional") in found
    found = facts(read("El Partido Aurora fue en autobús con Renovación Nacional hasta la "
                       "capital."))
    assert ("Partido Aurora", "allied", "Renovación Nacional") not in found  # no partnership


def test_being_in_coalition_with_a_party_is_an_alliance(read):
    found = facts(read("El Partido Aurora está en coalición con Renovación Nacional desde "
                       "marzo."))
    assert ("Partido Aurora", "allied", "Renovación Nacional") in found


def test_two_parties_in_coalition_are_allies(read):
    found = facts(read("El Partido Aurora y Renovación Nacional estuvieron en coalición "
                       "durante dos años."))
    assert ("Partido Aurora", "allied", "Renovación Nacional") in found


def test_a_denied_coalition_is_a_negated_alliance(read):
    found = facts(read("El Partido Aurora no está en coalición con Renovación Nacional."))
    assert ("Partido Aurora", "allied", "Renovación Nacional") not in found
    assert ("Partido Aurora", "not allied", "Renovación Nacional") in found


# ------------------------------------------------------------ allying after leaving

def test_leaving_a_party_to_ally_with_someone_is_an_alliance(read):
    found = facts(read("Marcelo Duarte abandonó el Partido Aurora en 2023 para aliarse con "
                       "Renata Olmedo."))
    assert ("Marcelo Duarte", "allied", "Renata Olmedo") in found
    found = facts(read("Marcelo Duarte viajó a Lima para aliarse con Renata Olmedo."))
    assert ("Marcelo Duarte", "allied", "Renata Olmedo") not in found  # a trip's aim, a plan


def test_leaving_a_post_to_ally_with_a_party_is_an_alliance(read):
    found = facts(read("El concejal Marcelo Duarte dejó la alcaldía para aliarse con "
                       "Renovación Nacional."))
    assert ("Marcelo Duarte", "allied", "Renovación Nacional") in found


# ------------------------------------------------------------ a surname opened by "Le"

def test_meeting_someone_named_by_a_le_surname(read):
    found = facts(read("El diputado Julien Le Garrec habló en Lyon. Después, la alcaldesa Ana "
                       "Ruiz se reunió con Le Garrec."))
    assert ("Ana Ruiz", "met", "Julien Le Garrec") in found


def test_not_meeting_someone_named_by_a_le_surname(read):
    found = facts(read("El diputado Julien Le Garrec habló en Lyon. La alcaldesa Ana Ruiz no "
                       "se reunió con Le Garrec."))
    assert ("Ana Ruiz", "not met", "Julien Le Garrec") in found
    assert ("Ana Ruiz", "met", "Julien Le Garrec") not in found


def test_allying_with_someone_named_by_a_le_surname(read):
    found = facts(read("El diputado Julien Le Garrec habló en Lyon. Marcelo Duarte, que dejó "
                       "el Partido Aurora en 2023 para aliarse con Le Garrec, no quiso opinar."))
    assert ("Marcelo Duarte", "allied", "Julien Le Garrec") in found



# ------------------------------------------------------------ seen together

def test_showing_oneself_beside_someone_is_meeting_them(read):
    found = facts(read("El gobernador Tomás Arnedo se mostró junto a Lucía Berrocal durante "
                       "toda la visita."))
    assert ("Tomás Arnedo", "met", "Lucía Berrocal") in found
    found = facts(read("El gobernador Tomás Arnedo se mostró muy crítico con Lucía Berrocal."))
    assert ("Tomás Arnedo", "met", "Lucía Berrocal") not in found  # a stance, no company


def test_going_up_on_a_stage_with_someone_is_meeting_them(read):
    found = facts(read("Ana Quesada y Tomás Arnedo se suben al escenario con Lucía Berrocal."))
    assert ("Ana Quesada", "met", "Lucía Berrocal") in found
    assert ("Tomás Arnedo", "met", "Lucía Berrocal") in found
    found = facts(read("El gobernador Tomás Arnedo subió el tono con Lucía Berrocal."))
    assert ("Tomás Arnedo", "met", "Lucía Berrocal") not in found  # no stage


def test_going_round_a_place_with_someone_is_meeting_them(read):
    found = facts(read("El martes el diputado Tomás Arnedo recorrió el mercado central con la "
                       "concejala Lucía Berrocal."))
    assert ("Tomás Arnedo", "met", "Lucía Berrocal") in found


# ------------------------------------------------------------ letters kept up

def test_keeping_up_correspondence_with_someone_is_contact(read):
    found = facts(read("La diputada Lucía Berrocal mantiene correspondencia regular con el "
                       "general retirado Tomás Arnedo."))
    assert ("Lucía Berrocal", "contactWith", "Tomás Arnedo") in found
    found = facts(read("La diputada Lucía Berrocal revisó la correspondencia con su equipo."))
    assert not any(r == "contactWith" for _, r, _ in found)  # no one named


# ------------------------------------------------------------ placed far from a rival

def test_a_place_far_from_someone_in_a_count_is_a_rivalry(read):
    found = facts(read("En las municipales de octubre de 2024 en Toledo, el cabeza de lista "
                       "Tomás Arnedo quedó segundo, lejos de Lucía Berrocal, que revalidó la "
                       "alcaldía."))
    assert ("Tomás Arnedo", "opponentOf", "Lucía Berrocal") in found
    found = facts(read("Las elecciones municipales de 2024 en Toledo. El concejal Tomás Arnedo "
                       "se quedó en Madrid, lejos de su jefa Lucía Berrocal."))
    assert ("Tomás Arnedo", "opponentOf", "Lucía Berrocal") not in found  # no place counted
