"""The parse-based extractor on claims that lists, copulas and appositions state: a rally
named after its place as the event a list of speakers attends, lists of titled names, rivals
and memberships said by nouns and verbs of competing and joining, regional branches, and
titles shared by two roles; with the cases that state none of these.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import find

from graph.ingest.nlp.entity_types import entity_class

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent

KG = "https://w3id.org/kgraph/ontology#"


# ---------------------------------------------------------------- rallies


def test_a_rally_named_after_its_place_is_an_event_a_party_of_that_name_is_not():
    assert entity_class("Concentración de Garbatella") == KG + "Event"
    assert entity_class("Concentración Democrática") == KG + "PoliticalParty"
    assert entity_class("Concentración de Fuerza Popular") != KG + "Event"


def test_the_speakers_of_a_list_take_part_in_the_rally_named_before(read):
    found = read("Miles de personas llenaron el sábado la Concentración de Garbatella, la cita "
                 "anual de la Liga Azul. En la tarima intervinieron el presidente de Unión "
                 "Ibérica, Tomás Ferrer; el líder del Frente Sur, Juan Ortega, y la dirigente de "
                 "Acción Norte Marta Ruiz.")
    for person in ("Tomás Ferrer", "Juan Ortega", "Marta Ruiz"):
        claim = find(found, person, "participatedIn", "Concentración de Garbatella")
        assert claim.qualifiers == {"role": "speaker"}
    find(found, "Juan Ortega", "leaderOf", "Frente Sur")
