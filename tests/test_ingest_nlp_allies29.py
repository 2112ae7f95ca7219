"""The parse extractor on alliances its parse hides: a copula of the main clause after one in a
relative clause on the subject ("X, que fue rival de Y, es hoy el aliado más fiel de Z"), a
mentor joined to another title that holds the possessive ("Su antecesor y mentor, el
exgobernador X"), a plural title of partnership set after a comma beside two names ("con los
votos de A y B, socios en el gobierno local"), and a second title after the post a candidate
runs for ("candidato del PP al gobierno de Soria y heredero político de X").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_the_main_copula_after_a_relative_copula_on_the_subject(read):
    found = facts(read("Tomás Vera, que fue rival de Luis Mora en 2022, es hoy el aliado más "
                       "fiel de Marta Sanz en la Asamblea."))
    assert ("Tomás Vera", "allied", "Marta Sanz") in found
    assert ("Tomás Vera", "opponentOf", "Luis Mora") in found


def test_a_relative_copula_alone_gives_no_main_title(read):
    found = facts(read("Tomás Vera, que fue rival de Luis Mora en 2022, habló ayer en Teruel."))
    assert ("Tomás Vera", "opponentOf", "Luis Mora") in found
    assert not any(r == "allied" for _, r, _ in found)


def test_a_mentor_joined_to_another_title_shares_its_possessive(read):
    found = facts(read("Marta Sanz gobierna Teruel desde mayo. Su antecesor y mentor, el "
                       "exalcalde Jaime Ochoa, fue más duro con la oposición."))
    assert ("Jaime Ochoa", "allied", "Marta Sanz") in found


def test_a_predecessor_alone_is_no_ally(read):
    found = facts(read("Marta Sanz gobierna Teruel desde mayo. Su antecesor, el exalcalde "
                       "Jaime Ochoa, fue más duro con la oposición."))
    assert not any(r == "allied" for _, r, _ in found)


def test_partners_set_after_two_parties(read):
    found = facts(read("El pleno aprobó las cuentas con los votos de PSOE y Sumar, socios en el "
                       "gobierno local desde 2023, y el rechazo del PP."))
    assert ("PSOE", "allied", "Sumar") in found


def test_rivals_set_after_two_names(read):
    found = facts(read("Llegaron al debate Tomás Vera y Marta Sanz, rivales en las primarias "
                       "de 2020."))
    assert ("Tomás Vera", "opponentOf", "Marta Sanz") in found


def test_partners_with_their_article_name_whose_they_are(read):
    found = facts(read("Llegaron Tomás Vera y Marta Sanz, los socios de Jaime Ochoa."))
    assert ("Tomás Vera", "allied", "Marta Sanz") not in found


def test_a_second_title_after_the_post_a_candidate_runs_for(read):
    found = facts(read("Tomás Vera, candidato del PP al gobierno de Teruel y heredero político "
                       "de Marta Sanz, habló ayer."))
    assert ("Tomás Vera", "allied", "Marta Sanz") in found


def test_a_name_after_the_post_is_no_second_title(read):
    found = facts(read("Tomás Vera, candidato del PP al gobierno de Teruel y Marta Sanz "
                       "hablaron ayer."))
    assert ("Tomás Vera", "allied", "Marta Sanz") not in found
