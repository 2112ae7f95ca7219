"""Two name boundaries: a given name, a surname and a second surname the tagger cut in two
("Germán" a miscellany, "Benedetti" a person) are one person; two words of the dictionary
joined by "y" after a party's title and its "de" are one party's name ("candidato de
Dignidad y Compromiso"), while known parties so joined stay two.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_a_second_surname_the_tagger_cut_off(read):
    found = facts(read("El presidente del PJ mendocino, Germán Zalazar Benedetti, denunció que "
                       "no fue invitado."))
    assert ("Germán Zalazar Benedetti", "leaderOf", "PJ mendocino") in found
    assert not {f for f in found if "Benedetti" in (f[0], f[2])}


def test_a_person_inside_a_run_after_a_party_stays_apart(read):
    found = facts(read("La líder de Alternativa para Alemania Alice Weidel habló."))
    assert ("Alice Weidel", "leaderOf", "Alternativa para Alemania") in found


def test_two_ideals_after_a_candidates_de_are_one_party(read):
    found = facts(read("Al centrista Sergio Fajardo, candidato de Dignidad y Compromiso, lo "
                       "despachó con una frase."))
    assert ("Sergio Fajardo", "represents", "Dignidad y Compromiso") in found


def test_two_known_parties_after_a_candidates_de_stay_two(read):
    found = facts(read("Ana Gil, candidata de Podemos y Sumar, habló."))
    assert {("Ana Gil", "represents", "Podemos"), ("Ana Gil", "represents", "Sumar")} <= found
