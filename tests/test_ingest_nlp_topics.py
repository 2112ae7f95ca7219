"""The parse-based extractor on whom a dropped subject stands for: the person the text is
about, not someone acting in a clause under the main verb, nor a bare noun that describes the
person ("Abogada, militó en ...").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def test_who_acts_in_a_relative_clause_does_not_take_over_the_topic(read):
    found = facts(read("Romina Echeverría se afilió a Vox en 2009. En 2023 abandonó el partido y "
                       "se incorporó al Partido Republicano, donde la recibió Karina Milei. En "
                       "2024 intervino en la CPAC."))
    assert ("Romina Echeverría", "participatedIn", "CPAC") in found
    assert ("Karina Milei", "participatedIn", "CPAC") not in found


def test_a_bare_noun_opening_the_sentence_describes_the_dropped_subject(read):
    found = read("Romina Echeverría se afilió a Vox en 2009. Abogada, militó en el Partido "
                 "Comunista durante su juventud. Hija de un comerciante, estudió Derecho y se "
                 "afilió al Partido Republicano.")
    assert ("Romina Echeverría", "memberOf", "Partido Comunista") in facts(found)
    assert ("Romina Echeverría", "memberOf", "Partido Republicano") in facts(found)
    assert "Abogada" not in {e.label for e in found.entities}


def test_the_answers_of_an_interview_are_the_interviewees(read):
    found = facts(read("Catalina Soto es diputada del Partido Republicano.\n\n-¿Con quién se "
                       "reunió en Madrid?\n\n-Con mucha gente. Después almorcé con Santiago "
                       "Abascal."))
    assert ("Catalina Soto", "met", "Santiago Abascal") in found


def test_a_first_person_ending_the_small_model_misreads(read):
    # "almorcé" is tagged a third person present of "almorcer": outside an interview or a
    # quotation nobody is said to have met
    found = facts(read("Catalina Soto es diputada. Después almorcé con Santiago Abascal."))
    assert ("Catalina Soto", "met", "Santiago Abascal") not in found


def test_the_former_minister_is_the_one_the_text_called_so(read):
    found = facts(read("Horas antes había llegado el exministro colombiano de Defensa Diego "
                       "Molano. Lo acompañaba su jefe de campaña, Andrés Forero. El exministro, "
                       "por su parte, ya había conversado por teléfono con Donald Trump en "
                       "enero.", issued="2027-02-26"))
    assert ("Diego Molano", "contactWith", "Donald Trump") in found
    assert ("Andrés Forero", "contactWith", "Donald Trump") not in found


def test_a_relative_with_a_preposition_takes_the_subject_of_its_antecedents_clause(read):
    found = facts(read("Kast habló con Trump. Fuentes de la Casa Blanca indicaron que el magnate "
                       "prevé recibir a más dirigentes, entre ellos al presidente argentino, "
                       "Javier Milei, con quien habló por teléfono el lunes. Kast recibió a "
                       "Bukele, con quien conversó largamente."))
    assert ("José Antonio Kast", "contactWith", "Javier Milei") not in found
    # the talk at the reception is the meeting itself, said again
    assert ("José Antonio Kast", "met", "Nayib Bukele") in found


def test_the_one_a_feeling_verb_is_said_of_is_the_topic(read):
    found = facts(read("A Romina Echeverría le gusta decir que llegó a la política por la puerta "
                       "de atrás. Estudió Derecho y se afilió a Vox en 2009."))
    assert ("Romina Echeverría", "memberOf", "Vox") in found
