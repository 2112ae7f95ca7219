"""The parse extractor on "el partido de X" read as X one of the party the text follows: a
guess that gives way when the phrase speaks of another party, the one a person left while
the sentence names it ("militante de UPyD, salió del partido de Rosa Díez"), or when what
the phrase describes is itself a party ("Hermanos de Italia, el partido de Meloni").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_OPENING = "Vox presentó ayer su candidatura en Soria. "


@pytest.mark.parametrize("sentence, owner", [
    ("El notario Luis Vera, militante de UPyD hasta 2014, salió entonces del partido de "
     "Rosa Díez.", "Rosa Díez"),
    ("La exdiputada Marta León, que militó en el PP hasta 2018, se marchó del partido de "
     "Pablo Casado tras el congreso de Sevilla.", "Pablo Casado"),
    ("Afiliada al PP durante una década, la abogada Irene Soto dejó en 2019 el partido de "
     "Pablo Casado.", "Pablo Casado"),
])
def test_the_party_left_is_not_the_one_the_text_follows(read, sentence, owner):
    found = facts(read(_OPENING + sentence))
    assert (owner, "memberOf", "Vox") not in found


@pytest.mark.parametrize("sentence", [
    "El congreso no contó con delegados de Hermanos de Italia, el partido de la primera "
    "ministra italiana, Giorgia Meloni.",
    "La cumbre se celebró sin enviados de Hermanos de Italia, el partido de la jefa del "
    "Gobierno italiano, Giorgia Meloni.",
    "Ningún dirigente de Hermanos de Italia, el partido de la primera ministra Giorgia Meloni, "
    "viajó a Soria.",
    "Tampoco acudió nadie de Hermanos de Italia, el partido que dirige la primera ministra "
    "Giorgia Meloni.",
])
def test_a_party_described_as_someone_s_is_no_member_of_another(read, sentence):
    found = facts(read(_OPENING + sentence))
    assert ("Hermanos de Italia", "memberOf", "Vox") not in found
    assert not any(s == "Hermanos de Italia" and r == "memberOf" for s, r, _ in found)


@pytest.mark.parametrize("sentence, owner", [
    # joining names the party the text follows, though the sentence names the one left
    ("Después de pasar por el PP, la abogada Clara Ibáñez pidió en 2020 el carné del partido "
     "de Santiago Abascal.", "Santiago Abascal"),
    # leaving, with no other party named: still the party the text follows
    ("El diputado Juan Pérez abandonó el partido de Santiago Abascal en 2015.",
     "Santiago Abascal"),
])
def test_the_guess_stands_where_nothing_names_another_party(read, sentence, owner):
    found = facts(read(_OPENING + sentence))
    assert (owner, "memberOf", "Vox") in found


_FORUM = "El foro Libertad y Nación reunió ayer en Viena a dirigentes de la derecha europea. "


@pytest.mark.parametrize("sentence, party", [
    ("Llegó también la eurodiputada de Fidesz Kinga Gál, que se sentó en primera fila.",
     "Fidesz"),
    ("Intervinieron el eurodiputado austriaco Harald Vilimsky y el senador de Vox Pedro Gil, "
     "exconcejal de Ciudadanos, que acudió en nombre de Patriotas por Europa.", "Ciudadanos"),
    ("Habló después el diputado Marcos Prieto, antiguo alcalde del PP, que asistió como "
     "invitado de la organización.", "PP"),
])
def test_a_person_s_party_before_a_relative_takes_no_part(read, sentence, party):
    found = facts(read(_FORUM + sentence))
    assert not any(s == party and r.endswith("participatedIn") for s, r, _ in found)


@pytest.mark.parametrize("sentence", [
    # one sent in the party's name, or a group standing for it: the party took part
    "Acudió también un representante de Fidesz, que se sentó en primera fila.",
    "Asistió también la delegación de Fidesz, que se sentó en primera fila.",
])
def test_those_standing_for_a_party_bring_it_along(read, sentence):
    assert ("Fidesz", "participatedIn", "Libertad y Nación") in facts(read(_FORUM + sentence))
