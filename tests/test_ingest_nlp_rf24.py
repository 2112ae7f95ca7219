"""The parse extractor on the voices of a piece: a surname that is also a town's name ("Zamora",
"Valdivia"), read in a headline before the person's full name, is the person's in every
mention, so that the sentences that drop its subject after "Zamora repasó su carrera" are
theirs; a town a headline makes a subject but the text places someone in ("llegó a Zamora")
stays a town.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


# ------------------------------------------------------------ a surname that names a town

def test_a_headline_surname_that_is_a_town_is_the_person_named_after(read):
    found = facts(read("Zamora se presenta como \"el rival de Benavente\"\n\n"
                       "El concejal Héctor Zamora Quiles se definió como el rival del alcalde "
                       "Raúl Benavente.\n\nDurante la entrevista, Zamora repasó su carrera. "
                       "Contó que el mes pasado se reunió con Inés Carrasco."))
    assert ("Héctor Zamora Quiles", "met", "Inés Carrasco") in found
    assert ("Raúl Benavente", "met", "Inés Carrasco") not in found


def test_a_town_surname_speaking_in_the_body_is_the_person(read):
    found = facts(read("Segovia rechaza el pacto de Ortuño\n\nLa diputada Marta Segovia Lorca "
                       "rechazó el acuerdo del alcalde Julián Ortuño.\n\n"
                       "En la radio, Segovia repasó sus viajes. Aseguró que en marzo habló "
                       "por teléfono con Inés Carrasco."))
    assert ("Marta Segovia Lorca", "contactWith", "Inés Carrasco") in found
    assert ("Julián Ortuño", "contactWith", "Inés Carrasco") not in found


def test_a_town_someone_arrives_at_stays_a_town(read):
    found = facts(read("Zamora recibe a Inés Carrasco\n\nLa candidata Inés Carrasco llegó "
                       "ayer a Zamora, donde la esperaba el diputado Héctor Zamora Quiles."))
    assert ("Héctor Zamora Quiles", "met", "Inés Carrasco") not in found
