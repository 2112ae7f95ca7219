"""The parse-based extractor on a candidacy told with a party's adjective ("X, candidato
socialista a ...", "X será la candidata socialista", "la candidata socialista, X") and on a
nomination told in the passive ("X, que ya ha sido proclamada candidata socialista", "fue
designado candidato socialista"): the candidacy is the party's (represents), as "candidata del
PSOE" is. A bare title glued to the name ("la candidata comunista X") or a reference describes
the person and stays a membership.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import find

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent

RACE = "El PSOE y el PP se disputan las elecciones autonómicas de Cantabria de 2027. "
CANTABRIA = "Elecciones al Parlamento de Cantabria de 2027"


# ------------------------------------------------- a party's adjective on the candidate noun


def test_an_adjective_on_a_candidate_said_of_a_name_is_the_party_represented(read):
    for text in ("Pablo Zuloaga, candidato socialista a la presidencia de Cantabria, dio un "
                 "mitin.",
                 "Pablo Zuloaga será el candidato socialista en las autonómicas.",
                 "El candidato socialista, Pablo Zuloaga, habló ayer en Torrelavega.",
                 "Pablo Zuloaga, aspirante socialista, cerró la campaña en Laredo."):
        found = read(RACE + text)
        find(found, "Pablo Zuloaga", "represents", "PSOE")
        absent(found, "memberOf", "Pablo Zuloaga", "PSOE")


def test_a_bare_title_glued_to_the_name_or_another_title_stays_a_membership(read):
    found = read(RACE + "Pablo Gil se enfrentará a la candidata socialista Ana Ruiz.")
    find(found, "Ana Ruiz", "memberOf", "PSOE")
    absent(found, "represents", "Ana Ruiz")
    found = read(RACE + "La portavoz socialista, Ana Ruiz, criticó el presupuesto.")
    find(found, "Ana Ruiz", "memberOf", "PSOE")
    absent(found, "represents", "Ana Ruiz")


# ------------------------------------------------- a nomination in the passive


def test_a_passive_nomination_with_an_adjective_is_a_candidacy_for_the_party(read):
    for text in ("Pablo Zuloaga, que ya ha sido proclamado candidato socialista, dio un mitin.",
                 "Pablo Zuloaga fue designado candidato socialista a la presidencia de "
                 "Cantabria.",
                 "Pablo Zuloaga, nominado candidato socialista, habló en Santander.",
                 "El secretario general del PSOE cántabro, Pablo Zuloaga, que ha sido elegido "
                 "candidato socialista, visitó Reinosa."):
        found = read(RACE + text)
        find(found, "Pablo Zuloaga", "candidateIn", CANTABRIA)
        find(found, "Pablo Zuloaga", "represents", "PSOE")


def test_a_denied_nomination_is_denied_and_a_proclaimed_office_is_held(read):
    found = read(RACE + "Ana Ruiz no fue designada candidata socialista.")
    assert find(found, "Ana Ruiz", "candidateIn", CANTABRIA).negated
    found = read(RACE + "Ana Ruiz fue proclamada presidenta del PSOE de Cantabria.")
    absent(found, "candidateIn", "Ana Ruiz")
    absent(found, "represents", "Ana Ruiz")


# ------------------------------------------------- "con X como candidato"

SEVILLA = "Las elecciones municipales de Sevilla de 2027 se acercan. "


def test_the_one_a_party_goes_with_as_its_candidate_runs_for_it(read):
    for text, party in (("Vox concurrirá con Ana Gil como cabeza de lista.", "Vox"),
                        ("El PP se presentará con Ana Gil como candidata a la alcaldía de "
                         "Sevilla.", "PP"),
                        ("El PSOE, que encabeza los sondeos con Ana Gil como aspirante, confía "
                         "en ganar.", "PSOE")):
        found = read(SEVILLA + text)
        find(found, "Ana Gil", "candidateIn", "Elección municipal de Sevilla de 2027")
        find(found, "Ana Gil", "represents", party)


def test_a_denied_candidacy_is_denied_and_another_title_is_no_candidacy(read):
    found = read(SEVILLA + "Vox no concurrirá con Ana Gil como cabeza de lista.")
    assert find(found, "Ana Gil", "represents", "Vox").negated
    found = read(SEVILLA + "El PP acudió al acto con Ana Gil como portavoz.")
    absent(found, "candidateIn", "Ana Gil")
    absent(found, "represents", "Ana Gil")


def test_a_person_who_goes_with_a_candidate_is_not_represented(read):
    found = read(SEVILLA + "Santiago Abascal llegó con Ana Gil como candidata a la alcaldía de "
                 "Sevilla.")
    find(found, "Ana Gil", "candidateIn", "Elección municipal de Sevilla de 2027")
    absent(found, "represents", "Ana Gil", "Santiago Abascal")


# ------------------------------------------------- a candidate announced after a colon


def test_the_name_a_colon_opens_on_is_the_candidate_announced(read):
    for text, party in (("Vox presentó a su candidata a la alcaldía de Sevilla: la abogada Ana "
                         "Gil.", "Vox"),
                        ("El PSOE desveló por fin a su candidata para disputar la alcaldía de "
                         "Sevilla: la exconsejera Ana Gil.", "PSOE"),
                        ("Vox ya tiene candidata a la alcaldía de Sevilla: Ana Gil.", "Vox"),
                        ("Abascal dejó claro quién será la mujer de Vox para pelear la alcaldía "
                         "de Sevilla en 2027: la diputada Ana Gil.", "Vox")):
        found = read(SEVILLA + text)
        find(found, "Ana Gil", "candidateIn", "Elección municipal de Sevilla de 2027")
        find(found, "Ana Gil", "represents", party)


def test_a_colon_after_a_denied_candidacy_or_another_noun_announces_no_one(read):
    found = read(SEVILLA + "Vox todavía no tiene candidata a la alcaldía de Sevilla: Ana Gil "
                 "rechazó la oferta.")
    absent(found, "candidateIn", "Ana Gil")
    absent(found, "represents", "Ana Gil")
    found = read(SEVILLA + "El alcalde tiene un problema: Ana Gil.")
    absent(found, "candidateIn", "Ana Gil")
