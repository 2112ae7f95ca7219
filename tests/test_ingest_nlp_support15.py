"""The parse extractor on support and alliance told with object clitics and choices: a clitic
with nobody of its gender nearby stands for the person the text is about ("la respalda
abiertamente X" paragraphs after the profile last named her), and goes on with the one the
same clitic took up in the sentence before; standing up for someone ("la ha defendido") backs
them, standing up for a policy does not; choosing someone as a candidate or proposing them
for a post backs them ("la eligió como candidata", "fue quien lo propuso para el puesto"),
while the voters' choice, an appointment and an impersonal "se eligió" do not.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_PROFILE = ("Lucía Ferrán es la candidata de Vox a la alcaldía de Cuenca. Lucía Ferrán nació en "
            "Tarancón en 1981. Ferrán estudió Derecho en Madrid y trabajó como notaria. ")


@pytest.mark.parametrize("text", [
    _PROFILE + "La lista de sus valedores crece. El senador Andrés Polo la respaldó desde "
    "el primer día.",
    _PROFILE + "Los apoyos llegan de lejos. En Bruselas la apoya abiertamente Andrés Polo.",
    _PROFILE + "Los apoyos llegan de lejos. Andrés Polo, que preside la fundación, la ha "
    "defendido en las redes.",
    _PROFILE + "La campaña arrancó en mayo. El exministro Andrés Polo salió a defenderla "
    "en televisión.",
])
def test_a_clitic_far_from_the_name_stands_for_the_protagonist(read, text):
    assert ("Andrés Polo", "endorsed", "Lucía Ferrán") in facts(read(text))


def test_the_protagonist_met_through_a_clitic(read):
    found = facts(read(_PROFILE + "La agenda fue intensa. El alcalde Andrés Polo la recibió "
                                  "en el ayuntamiento en agosto."))
    assert ("Andrés Polo", "met", "Lucía Ferrán") in found


def test_a_negated_backing_of_the_protagonist(read):
    found = facts(read(_PROFILE + "La campaña arrancó en mayo. El exministro Andrés Polo no "
                                  "la respalda."))
    assert ("Andrés Polo", "not endorsed", "Lucía Ferrán") in found
    assert ("Andrés Polo", "endorsed", "Lucía Ferrán") not in found


def test_no_protagonist_when_two_are_named_as_often(read):
    text = ("Lucía Ferrán y Marta Gil compiten por la alcaldía de Cuenca. Ferrán es notaria; "
            "Gil, profesora. Ferrán nació en Tarancón y Gil en Huete. La campaña arrancó en "
            "mayo. El senador Andrés Polo la respalda desde el primer día.")
    found = facts(read(text))
    assert not any(relation == "endorsed" and subject == "Andrés Polo"
                   for subject, relation, _ in found)


def test_a_clitic_of_the_other_gender_is_not_the_protagonist(read):
    found = facts(read(_PROFILE + "La campaña arrancó en mayo. El senador Andrés Polo lo "
                                  "respalda desde el primer día."))
    assert ("Andrés Polo", "endorsed", "Lucía Ferrán") not in found


def test_a_clitic_goes_on_with_the_one_the_clitic_before_took_up(read):
    text = (_PROFILE + "En el pleno se enfrentó a la alcaldesa, Rosa Vela. Vela, por su "
            "parte, la ha llamado \"la voz del pasado\". En marzo, Andrés Polo la eligió "
            "como candidata del partido.")
    found = facts(read(text))
    assert ("Andrés Polo", "endorsed", "Lucía Ferrán") in found
    assert ("Andrés Polo", "endorsed", "Rosa Vela") not in found


@pytest.mark.parametrize("text", [
    "Andrés Polo defendió la gestión de Lucía Ferrán en el ayuntamiento.",
    "Andrés Polo defendió su política de vivienda ante Lucía Ferrán.",
])
def test_defending_a_policy_is_no_backing(read, text):
    found = facts(read(text))
    assert ("Andrés Polo", "endorsed", "Lucía Ferrán") not in found


@pytest.mark.parametrize("text, chooser", [
    ("El 3 de marzo, Andrés Polo eligió a Lucía Ferrán como candidata a la alcaldía.",
     "Andrés Polo"),
    ("Andrés Polo escogió a Lucía Ferrán como su sucesora al frente del partido.",
     "Andrés Polo"),
    ("Lucía Ferrán fue designada candidata por Andrés Polo.", "Andrés Polo"),
    ("A su lado estaba el secretario general, Andrés Polo, que según fuentes del partido fue "
     "quien propuso a Lucía Ferrán para el puesto.", "Andrés Polo"),
    (_PROFILE + "Cuando Andrés Polo la eligió como candidata, nadie la conocía.", "Andrés Polo"),
    (_PROFILE + "Según el partido, Andrés Polo fue quien la propuso para el cargo.",
     "Andrés Polo"),
])
def test_choosing_a_candidate_backs_them(read, text, chooser):
    assert (chooser, "endorsed", "Lucía Ferrán") in facts(read(text))


@pytest.mark.parametrize("text", [
    "Andrés Polo nombró ministra a Lucía Ferrán en 2024.",
    "Andrés Polo eligió a Lucía Ferrán para la foto de familia.",
    "\"No comparto la forma en que se eligió a Lucía Ferrán como candidata\", dijo Andrés Polo.",
    "Andrés Polo no eligió a Lucía Ferrán como candidata.",
])
def test_choices_that_back_nobody(read, text):
    assert ("Andrés Polo", "endorsed", "Lucía Ferrán") not in facts(read(text))


@pytest.mark.parametrize("text", [
    "Andrés Polo arremetió contra el PNV, al que describió como \"socio preferente del "
    "Gobierno\".",
    "Andrés Polo criticó al Partido Cívico, al que calificó de «aliado incómodo de los "
    "socialistas».",
    "Andrés Polo cargó contra Marta Gil, a quien definió como \"la socia más leal de Ramírez\".",
])
def test_called_someone_else_s_ally_is_no_alliance_with_the_caller(read, text):
    found = facts(read(text))
    assert not any(relation == "allied" and subject == "Andrés Polo"
                   for subject, relation, _ in found)


@pytest.mark.parametrize("text", [
    "Andrés Polo elogió a Marta Gil como \"la mejor aliada que tiene el partido\".",
    "En su discurso, Andrés Polo alabó a Marta Gil como «una socia imprescindible».",
    "Andrés Polo ensalzó a Marta Gil como su aliada más fiel en el Senado.",
])
def test_praised_as_an_ally_is_an_alliance(read, text):
    found = facts(read(text))
    assert ("Andrés Polo", "allied", "Marta Gil") in found
    assert ("Andrés Polo", "endorsed", "Marta Gil") not in found


def test_praised_as_an_ally_of_a_cause_is_praise(read):
    found = facts(read("Andrés Polo elogió a Marta Gil como «una aliada de la libertad»."))
    assert ("Andrés Polo", "endorsed", "Marta Gil") in found
    assert ("Andrés Polo", "allied", "Marta Gil") not in found


_SPEAKER = "Tomás Lerma, presidente del Partido Cívico, recibió a este diario en su despacho. "


@pytest.mark.parametrize("quote", [
    "\"Vox es nuestro aliado más fiel en el sur\", dijo Lerma.",
    "\"Para nosotros, Vox es nuestro socio natural\", afirmó Lerma.",
    "Lerma lo tiene claro: \"Vox es nuestro aliado y lo seguirá siendo\".",
])
def test_an_ally_called_ours_is_the_party_s(read, quote):
    found = facts(read(_SPEAKER + quote))
    assert ("Vox", "allied", "Partido Cívico") in found
    assert ("Vox", "allied", "Tomás Lerma") not in found


def test_an_ally_called_mine_stays_the_speaker_s(read):
    found = facts(read(_SPEAKER + "\"Vox es mi aliado más fiel\", dijo Lerma."))
    assert ("Vox", "allied", "Partido Cívico") not in found


@pytest.mark.parametrize("text, subject, other", [
    (_SPEAKER + "\"No, Chega no es nuestro aliado\", dijo Lerma.", "Chega", "Partido Cívico"),
    (_SPEAKER + "\"Chega no es nuestra aliada y no lo será\", repitió Lerma.", "Chega",
     "Partido Cívico"),
    ("El Partido Cívico no es aliado de Vox en el Senado.", "Partido Cívico", "Vox"),
    ("La Liga Norte nunca ha sido socia del Partido Cívico.", "Liga Norte", "Partido Cívico"),
])
def test_a_denied_alliance(read, text, subject, other):
    found = facts(read(text))
    assert (subject, "not allied", other) in found
    assert (subject, "allied", other) not in found


@pytest.mark.parametrize("text", [
    "El Partido Cívico no es aliado de nadie.",
    "Marta Gil no es diputada del Partido Cívico.",
])
def test_a_denied_copula_states_nothing_else(read, text):
    found = facts(read(text))
    assert not any(relation.startswith("not ") for _, relation, _ in found)


@pytest.mark.parametrize("text", [
    "En Toledo, Andrés Polo presentó a la abogada Lucía Ferrán como candidata del partido a "
    "las elecciones.",
    "Andrés Polo proclamó a Lucía Ferrán como su aspirante a la alcaldía.",
    "Andrés Polo confirmó ayer a Lucía Ferrán como su sucesora.",
])
def test_making_a_choice_public_backs_the_one_chosen(read, text):
    assert ("Andrés Polo", "endorsed", "Lucía Ferrán") in facts(read(text))


@pytest.mark.parametrize("text", [
    "El Partido Cívico presentó este viernes a Lucía Ferrán como su candidata a la alcaldía.",
    "El Partido Cívico proclamó a Lucía Ferrán como candidata a la alcaldía de Cuenca.",
    "Andrés Polo presentó a Lucía Ferrán a los periodistas.",
])
def test_a_party_s_own_candidate_or_a_mere_introduction_is_no_backing(read, text):
    found = facts(read(text))
    assert not any(relation == "endorsed" and obj == "Lucía Ferrán"
                   for _, relation, obj in found)


@pytest.mark.parametrize("text", [
    "Cuando llegó su turno, el senador Andrés Polo fue más allá: \"Lucía Ferrán tiene todo "
    "mi apoyo\".",
    "Andrés Polo habló el último. Cuando acabó la votación, el senador fue tajante: "
    "«Lucía Ferrán tiene todo mi apoyo y el de este partido».",
])
def test_the_speaker_before_a_colon_after_a_clause_of_its_own(read, text):
    assert ("Andrés Polo", "endorsed", "Lucía Ferrán") in facts(read(text))


@pytest.mark.parametrize("text, negated", [
    ("Para el Partido Cívico, Vox es un socio fiable.", False),
    ("Para el Partido Cívico, Vox era entonces un aliado imprescindible en el Senado.", False),
    (_SPEAKER + "\"Para nosotros, Vox es un aliado natural\", dijo Lerma.", False),
    ("Para el Partido Cívico, Vox no es un socio fiable.", True),
])
def test_whose_ally_a_para_phrase_says(read, text, negated):
    found = facts(read(text))
    assert ("Vox", ("not " if negated else "") + "allied", "Partido Cívico") in found
    assert ("Tomás Lerma", "memberOf", "Vox") not in found


@pytest.mark.parametrize("text", [
    "Para el Partido Cívico, Vox es un aliado de Chega.",
    "Vox es un aliado natural para la derecha europea.",
    "Para Tomás Lerma, Vox es un partido serio.",
])
def test_a_para_phrase_that_names_no_ally(read, text):
    found = facts(read(text))
    assert ("Vox", "allied", "Partido Cívico") not in found
    assert ("Vox", "allied", "Tomás Lerma") not in found


@pytest.mark.parametrize("text", [
    "Andrés Polo escribió en X: \"¡Lucía Ferrán es la única esperanza de Cuenca! Tiene mi "
    "total apoyo\".",
    "Andrés Polo lo dejó claro en el mitin: «Lucía Ferrán es la mejor alcaldesa posible. "
    "Tiene todo mi respaldo».",
])
def test_support_a_quote_gives_with_its_subject_dropped(read, text):
    assert ("Andrés Polo", "endorsed", "Lucía Ferrán") in facts(read(text))


def test_support_with_its_subject_dropped_after_two_named_is_open(read):
    found = facts(read("Andrés Polo escribió en X: \"¡Lucía Ferrán y Marta Gil son la "
                       "esperanza de Cuenca! Tiene mi total apoyo\"."))
    assert not any(relation == "endorsed" for _, relation, _ in found)
