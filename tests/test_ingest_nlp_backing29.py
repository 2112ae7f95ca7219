"""The parse extractor on support for a candidacy told with pronouns: "anunció su apoyo a su
candidatura" (the candidacy of the one named besides the backer), "El partido pidió el voto
para ella" (the woman the text named, though the text was following her when the party acts),
and a dropped subject after a fronted "con" phrase whose title the small model splits from
its name ("Con el exgobernador X mantiene una relación ambigua: ... pidió el voto para Y").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_support_announced_for_a_possessed_candidacy(read):
    found = facts(read("Marta Sanz es la candidata de Vox en Teruel. El expresidente Jaime "
                       "Ochoa anunció el pasado jueves su apoyo a su candidatura."))
    assert ("Jaime Ochoa", "endorsed", "Marta Sanz") in found


def test_support_for_ones_own_candidacy_alone_backs_no_one(read):
    found = facts(read("El expresidente Jaime Ochoa anunció el pasado jueves su apoyo a su "
                       "candidatura."))
    assert not any(r == "endorsed" for _, r, _ in found)


def test_a_party_asks_the_vote_for_her(read):
    found = facts(read("Marta Sanz es la candidata del PSOE en Teruel. La plataforma vecinal "
                       "Teruel Abierto pidió la semana pasada el voto para ella."))
    assert ("Teruel Abierto", "endorsed", "Marta Sanz") in found


def test_a_relative_on_a_platform_asks_the_vote_for_her(read):
    found = facts(read("Marta Sanz es la candidata del PSOE en Teruel. La respalda la "
                       "plataforma Teruel Abierto, que la semana pasada pidió el voto para ella."))
    assert ("Teruel Abierto", "endorsed", "Marta Sanz") in found


def test_she_who_asks_is_not_whom_she_asks_for(read):
    found = facts(read("Marta Sanz es la candidata del PSOE en Teruel. Ayer pidió el voto para "
                       "ella en un mitin."))
    assert ("Marta Sanz", "endorsed", "Marta Sanz") not in found


def test_a_fronted_con_phrase_is_not_the_dropped_subject(read):
    found = facts(read("Marta Sanz es diputada por Teruel desde 2022. Con el exgobernador "
                       "Jaime Ochoa, del PP, mantiene en cambio una relación ambigua: lo "
                       "criticó durante años, pero este año pidió el voto para Tomás Vera, "
                       "candidato del PSOE."))
    assert ("Marta Sanz", "endorsed", "Tomás Vera") in found
    assert ("Jaime Ochoa", "endorsed", "Tomás Vera") not in found
    assert ("Jaime Ochoa", "holdsOffice", "Gobernador") in found


def test_support_of_a_title_with_a_second_title_and_a_name_beside_it(read):
    found = facts(read("Marta Sanz quiere ser alcaldesa de Teruel en 2027. Para eso cuenta con "
                       "el respaldo del presidente regional del partido, el senador Jaime "
                       "Ochoa."))
    assert ("Jaime Ochoa", "endorsed", "Marta Sanz") in found


def test_a_title_apposed_without_a_name_backs_no_one_named(read):
    found = facts(read("Marta Sanz quiere ser alcaldesa de Teruel en 2027. Para eso cuenta con "
                       "el respaldo del presidente regional del partido, el senador por Teruel."))
    assert not any(r == "endorsed" for _, r, _ in found)


def test_a_name_in_the_backers_own_phrase_is_not_whose_candidacy(read):
    found = facts(read("Marta Sanz es la candidata de Vox en Teruel. El expresidente Jaime "
                       "Ochoa, derrotado por Tomás Vera en la segunda vuelta, anunció el pasado "
                       "jueves su apoyo a su candidatura."))
    assert ("Jaime Ochoa", "endorsed", "Marta Sanz") in found
    assert ("Jaime Ochoa", "endorsed", "Tomás Vera") not in found


def test_her_named_sentences_before_is_the_protagonist(read):
    found = facts(read("Marta Sanz, que fue concejala del PP en Teruel, abrió el mitin. «Yo no "
                       "me fui del PP», dijo Sanz ante el público. La acompañaba el presidente "
                       "provincial de Vox, Jaime Ochoa, que la definió como «la voz de la "
                       "comarca». Según Ochoa, la candidatura cuenta ya con el apoyo de la "
                       "plataforma vecinal Teruel Abierto, que la semana pasada pidió el voto "
                       "para ella en un comunicado."))
    assert ("Teruel Abierto", "endorsed", "Marta Sanz") in found


def test_in_an_interviewers_question_the_candidacy_is_the_interviewees(read):
    found = facts(read("Tomás Vera: «Teruel necesita orden»\n\nEl candidato de Vox a la alcaldía "
                       "de Teruel, Tomás Vera, responde a este diario.\n\n—¿Cómo ve la "
                       "campaña?\n—Bien. Hemos recorrido toda la provincia.\n\n—El expresidente "
                       "Jaime Ochoa, derrotado por Luis Mora en 2019, anunció el jueves su apoyo "
                       "a su candidatura. ¿Lo buscó usted?\n—No, fue idea suya."))
    assert ("Jaime Ochoa", "endorsed", "Tomás Vera") in found
    assert ("Jaime Ochoa", "endorsed", "Luis Mora") not in found
