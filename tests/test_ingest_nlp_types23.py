"""The parse extractor on who holds what and what things are: a chamber of commerce or
industry is an association its president leads, not a legislature's chamber with a seat ("el
presidente de la Cámara de Comercio de X" leads it, "el presidente de la Cámara de Diputados"
holds an office); a name a firms' noun introduces ("la patronal X", "la empresa X") is an
organization, however the name itself reads.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _classes(extraction) -> dict[str, str]:
    return {e.label: e.cls.rsplit("#", 1)[-1] for e in extraction.entities}


# ------------------------------------------------------------ a chamber of commerce

def test_the_president_of_a_chamber_of_commerce_leads_it(read):
    found = read("Ernesto Calvo, presidente de la Cámara de Comercio de Albarracín, se reunió "
                 "con Abascal.")
    assert ("Ernesto Calvo", "leaderOf", "Cámara de Comercio de Albarracín") in facts(found)
    assert not any(f[1] == "holdsOffice" for f in facts(found))
    assert _classes(found)["Cámara de Comercio de Albarracín"] == "Organization"


def test_a_title_before_the_name_of_a_chamber_of_industry(read):
    found = facts(read("Abascal visitó al presidente de la Cámara de Industria de Teruel, "
                       "Rosa Villalta, en su sede."))
    assert ("Rosa Villalta", "leaderOf", "Cámara de Industria de Teruel") in found


def test_the_president_of_a_legislative_chamber_still_holds_an_office(read):
    found = facts(read("Ernesto Calvo, presidente de la Cámara de Diputados, se reunió con "
                       "Abascal."))
    assert ("Ernesto Calvo", "holdsOffice", "Presidente de la Cámara de Diputados") in found
    assert not any(f[1] == "leaderOf" for f in found)


# ------------------------------------------------------------ a firms' noun before a name

def test_a_name_after_patronal_is_an_organization_its_president_leads(read):
    found = read("Se reunió con el presidente de la patronal Uvas del Jalón, Tomás Arnedo, "
                 "que le pidió más pozos.")
    assert _classes(found).get("Uvas del Jalón") == "Organization"
    assert ("Tomás Arnedo", "leaderOf", "Uvas del Jalón") in facts(found)


def test_a_name_after_empresa_is_an_organization(read):
    found = read("Lucía Berrocal, directora de la empresa Hidro Moncayo, se reunió con "
                 "Abascal.")
    assert _classes(found).get("Hidro Moncayo") == "Organization"
