"""The parse-based extractor on party membership said in passing: where one comes from
("procedente del Partido Popular"), a post inside a party's branch ("responsable de la
juventud de Vox", "coordinador de la bancada del Partido Republicano").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts, find

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def test_coming_from_a_party_is_having_been_its_member(read):
    found = read("El más aplaudido fue el exalcalde Francisco Ruiz, procedente de Vox.")
    claim = find(found, "Francisco Ruiz", "memberOf", "Vox")
    assert claim.qualifiers.get("former") is True


def test_a_post_in_a_party_branch_is_membership_of_the_party(read):
    found = facts(read("La diputada Rita Matias, responsable de la juventud de Vox, habló."))
    assert ("Rita Matias", "memberOf", "Vox") in found
    found = facts(read("Llegó con el diputado Pedro Soto, coordinador de la bancada del Partido "
                       "Republicano."))
    assert ("Pedro Soto", "memberOf", "Partido Republicano") in found


def test_a_second_relative_clause_is_the_same_persons(read):
    found = facts(read("Subió al escenario la empresaria Carmen Fuentes, que hasta hace un año "
                       "militaba en el Partido Popular y que se unió a Vox en septiembre."))
    assert ("Carmen Fuentes", "memberOf", "Vox") in found
