"""The parse extractor on rivals named by a noun: "es uno de los adversarios de X" picks its
subject out of X's rivals (and "uno de los aliados de X" out of its allies); a critic is no
rival (opponentOf is competing, as the schema says, and most golds read criticism so), nor
are criticisms told as nouns ("las críticas de X"). One called the
partner of a third ("lo describió como «socio del sanchismo»") is a reproach, not an alliance
with whoever says it. A party called a rival or an ally in apposition ("Vox, principal
adversario del PSOE") is one, and a plural title holds for each name coordinated before it.
An enmity, a clash or a war between two ("su choque con X", "la guerra entre A y B") makes
rivals; a war of countries or a cause fought together does not. A participle of opposition
after a name ("X, enfrentado con Y", "el PP, opuesto a Vox") is a rivalry.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

CRITIC, TARGET = "Tomás Lerma", "Andrés Vidal"


def _rivals(found, a=CRITIC, b=TARGET) -> bool:
    return (a, "opponentOf", b) in found or (b, "opponentOf", a) in found


@pytest.mark.parametrize("text", [
    "Tomás Lerma es uno de los principales adversarios de Andrés Vidal.",
    "Tomás Lerma era uno de los rivales más temidos de Andrés Vidal.",
    "Marta Soler es una de las opositoras más firmes de Andrés Vidal.",
])
def test_one_of_the_rivals(read, text):
    found = facts(read(text))
    assert _rivals(found) or _rivals(found, "Marta Soler")


def test_one_of_the_allies(read):
    found = facts(read("Tomás Lerma es uno de los aliados más fieles de Andrés Vidal."))
    assert (CRITIC, "allied", TARGET) in found or (TARGET, "allied", CRITIC) in found
    assert not _rivals(found)


@pytest.mark.parametrize("text", [
    "Tras las críticas de Andrés Vidal, Tomás Lerma retiró la propuesta.",
    "Las críticas de Andrés Vidal no hicieron mella en Tomás Lerma.",
    "Tomás Lerma describió la situación de Andrés Vidal como crítica.",
    "El sector crítico del partido de Andrés Vidal, con Tomás Lerma, se reunió ayer.",
    "Tomás Lerma, uno de los críticos más duros de Andrés Vidal, habló ayer.",
    "Tomás Lerma, azote de Andrés Vidal en el Senado, habló ayer.",
])
def test_criticism_is_no_rivalry(read, text):
    assert not _rivals(facts(read(text)))


def test_one_of_the_rivals_denied_is_no_rivalry(read):
    found = facts(read("Tomás Lerma no es uno de los rivales de Andrés Vidal."))
    assert (CRITIC, "opponentOf", TARGET) not in found


@pytest.mark.parametrize("text", [
    'Tomás Lerma arremetió contra Vox, al que describió como "socio imprescindible del '
    'sanchismo".',
    'Tomás Lerma tachó a Vox de "aliado de Putin" en el pleno.',
    'Tomás Lerma calificó a Vox de "socio preferente de los separatistas".',
    'Tomás Lerma llamó a Vox "el aliado más fiel de Orbán en España".',
])
def test_the_partner_of_a_third_is_no_ally_of_the_speaker(read, text):
    found = facts(read(text))
    assert (CRITIC, "allied", "Vox") not in found and ("Vox", "allied", CRITIC) not in found


@pytest.mark.parametrize("text", [
    'El líder de Chega, André Ventura, calificó a Vox de "socio leal".',
    'El líder de Chega, André Ventura, calificó a Vox de "partido hermano".',
    'El líder de Chega, André Ventura, definió a Vox como "un aliado natural".',
])
def test_one_called_an_ally_still_is(read, text):
    found = facts(read(text))
    assert ("André Ventura", "allied", "Vox") in found


@pytest.mark.parametrize("text", [
    "El rival más feroz de Andrés Vidal, Tomás Lerma, habló ayer.",
    "El adversario más temido de Andrés Vidal en el Senado, Tomás Lerma, no votó.",
])
def test_a_superlative_title_before_the_name(read, text):
    assert _rivals(facts(read(text)))


def test_a_superlative_ally_before_the_name(read):
    found = facts(read("El aliado más fiel de Andrés Vidal en la región, Tomás Lerma, lo "
                       "recibió ayer."))
    assert (CRITIC, "allied", TARGET) in found


@pytest.mark.parametrize("text", [
    "Tras el discurso más duro de Andrés Vidal, Tomás Lerma pidió la palabra.",
    "Durante el debate más tenso de Andrés Vidal, Tomás Lerma guardó silencio.",
])
def test_a_superlative_without_a_title(read, text):
    found = facts(read(text))
    assert not _rivals(found)
    assert not any(r == "allied" for _, r, _ in found)


@pytest.mark.parametrize("text, pairs", [
    ("Vox, principal adversario del PSOE en Andalucía, votó en contra.", [("Vox", "PSOE")]),
    ("Vox y el PP, principales adversarios del PSOE, votaron en contra.",
     [("Vox", "PSOE"), ("PP", "PSOE")]),
    ("Tomás Lerma y Marta Soler, rivales declarados de Andrés Vidal, votaron en contra.",
     [(CRITIC, TARGET), ("Marta Soler", TARGET)]),
])
def test_a_body_called_a_rival(read, text, pairs):
    found = facts(read(text))
    for a, b in pairs:
        assert _rivals(found, a, b)


def test_a_body_called_an_ally(read):
    found = facts(read("Chega, el aliado más fiel de Vox en Bruselas, votó a favor."))
    assert ("Chega", "allied", "Vox") in found or ("Vox", "allied", "Chega") in found


@pytest.mark.parametrize("text", [
    "Vox, ni aliado ni rival del PP, votó en contra.",
    "Vox, el partido de Santiago Abascal, votó en contra del PP.",
    "Vox, la tercera fuerza del PP y el PSOE, votó en contra.",
])
def test_a_body_with_no_partner_title(read, text):
    found = facts(read(text))
    assert not _rivals(found, "Vox", "PP")
    assert not any(r == "allied" for _, r, _ in found)


@pytest.mark.parametrize("text", [
    "El presidente argentino, Javier Milei, llegó a Córdoba. El gobernador Axel Kicillof, "
    "principal opositor del Presidente, criticó la cumbre.",
    "El presidente ecuatoriano, Daniel Noboa, inauguró la cumbre. El alcalde Aquiles Álvarez, "
    "uno de los rivales más duros del mandatario ecuatoriano, no asistió.",
])
def test_a_rival_of_a_title_the_text_gave_one_person(read, text):
    found = facts(read(text))
    assert ("Axel Kicillof", "opponentOf", "Javier Milei") in found or \
        ("Aquiles Álvarez", "opponentOf", "Daniel Noboa") in found


def test_a_rival_of_another_country_s_president(read):
    found = facts(read("El presidente ecuatoriano, Daniel Noboa, inauguró la cumbre. El alcalde "
                       "Aquiles Álvarez, rival del presidente de Perú, no asistió."))
    assert ("Aquiles Álvarez", "opponentOf", "Daniel Noboa") not in found


@pytest.mark.parametrize("text", [
    "Tomás Lerma mantiene una guerra abierta con Andrés Vidal.",
    "La guerra entre Tomás Lerma y Andrés Vidal marcó la campaña.",
    "El choque entre Tomás Lerma y Andrés Vidal fue evidente en el pleno.",
    "La enemistad de Tomás Lerma con Andrés Vidal viene de lejos.",
    "La confrontación entre Andrés Vidal y Tomás Lerma dividió al partido.",
])
def test_an_enmity_between_two(read, text):
    assert _rivals(facts(read(text)))


@pytest.mark.parametrize("text", [
    "Tomás Lerma habló de la guerra de Ucrania con Andrés Vidal.",
    "Tomás Lerma declaró la guerra cultural a la izquierda junto a Andrés Vidal.",
    "Tomás Lerma y Andrés Vidal libran una guerra comercial contra China.",
])
def test_a_war_that_sets_no_two_apart(read, text):
    assert not _rivals(facts(read(text)))


@pytest.mark.parametrize("text, pair", [
    ("Tomás Lerma, enfrentado con Andrés Vidal desde 2020, habló ayer.", (CRITIC, TARGET)),
    ("Tomás Lerma, hoy enemistado con Andrés Vidal, pidió la palabra.", (CRITIC, TARGET)),
    ("Marta Soler, enfrentada al senador Andrés Vidal, no votó.", ("Marta Soler", TARGET)),
    ("El PP, opuesto a Vox en casi todo, votó en contra.", ("PP", "Vox")),
])
def test_a_participle_of_opposition(read, text, pair):
    assert _rivals(facts(read(text)), *pair)


@pytest.mark.parametrize("text", [
    "Tomás Lerma, contrario a la reforma de Andrés Vidal, habló ayer.",
    "Tomás Lerma, nunca enfrentado con Andrés Vidal, habló ayer.",
    "El sector enfrentado con Andrés Vidal, según Tomás Lerma, perdió la votación.",
])
def test_no_participle_of_opposition(read, text):
    found = facts(read(text))
    assert (CRITIC, "opponentOf", TARGET) not in found
