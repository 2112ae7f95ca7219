"""The parse-based extractor on offices held in a government or chamber that an adjective
places ("vicepresidenta del Gobierno vasco", "consejero del Ejecutivo andaluz"): the office is
the place's government, not a government of no place.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

from graph.ingest.nlp.governing_bodies import placed_body

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def offices(extraction) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in extraction.candidates
            if c.relation == "holdsOffice" and not c.negated}


def test_a_regional_adjective_places_the_body():
    assert placed_body("del Gobierno", "Aragón") == "del Gobierno de Aragón"
    assert placed_body("del Ejecutivo", "Andalucía") == "del Gobierno de Andalucía"
    assert placed_body("del Parlamento", "Galicia") == "del Parlamento de Galicia"
    # no body, or no region said: unchanged
    assert placed_body("de Hacienda", "Aragón") == "de Hacienda"
    assert placed_body("del Gobierno", None) == "del Gobierno"
    assert placed_body("", "Aragón") == ""


def test_a_government_a_country_adjective_places(read):
    found = offices(read("Marta Díaz, vicepresidenta del Gobierno ecuatoriano, visitó Lima."))
    assert ("Marta Díaz", "Vicepresidente del Gobierno de Ecuador") in found
    found = offices(read("Llegó Tomás Ferri. Ferri fue vicepresidente del Gobierno italiano "
                         "entre 2018 y 2019."))
    assert ("Tomás Ferri", "Vicepresidente del Gobierno de Italia") in found


def test_a_government_a_regional_adjective_places(read):
    extraction = read("Luis Pardo, que fue vicepresidente del Gobierno aragonés, llegó tarde.")
    claim = next(c for c in extraction.candidates if c.relation == "holdsOffice")
    assert (claim.subject, claim.object) == ("Luis Pardo", "Vicepresidente del Gobierno de Aragón")
    assert claim.qualifiers.get("former") is True
    found = offices(read("La vicepresidenta del Gobierno gallego, Sara Lema, inauguró la feria."))
    assert ("Sara Lema", "Vicepresidente del Gobierno de Galicia") in found


def test_a_body_no_adjective_places_keeps_its_name(read):
    found = offices(read("La presidenta de la Junta de Andalucía, Ana Gil, habló ayer."))
    assert ("Ana Gil", "Presidente de la Junta de Andalucía") in found
    found = facts(read("Luis Pardo, vicepresidente del Gobierno, habló con la prensa."))
    assert not any(o.endswith("de Aragón") for _, r, o in found if r == "holdsOffice")


def members(extraction) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in extraction.candidates
            if c.relation == "memberOf" and not c.negated}


def test_sitting_in_a_group_a_relative_clause_names(read):
    found = members(read("Patriotas por Europa, el grupo de la Eurocámara en el que también se "
                         "sienta Vox, votó en contra."))
    assert ("Vox", "Patriotas por Europa") in found
    found = members(read("La propuesta salió con los votos del grupo de Patriotas por Europa, "
                         "donde se sienta Vox."))
    assert ("Vox", "Patriotas por Europa") in found
    found = members(read("La eurodiputada Ana Gil votó con la bancada de Patriotas por Europa, "
                         "en la que se sientan Chega y Vox."))
    assert {("Chega", "Patriotas por Europa"), ("Vox", "Patriotas por Europa")} <= found


def test_not_sitting_or_sitting_elsewhere_is_no_membership(read):
    found = members(read("Patriotas por Europa, el grupo en el que no se sienta Vox, votó."))
    assert ("Vox", "Patriotas por Europa") not in found
    found = members(read("Vox votó con el grupo de Patriotas por Europa, frente al que se "
                         "sienta Chega."))
    assert ("Chega", "Patriotas por Europa") not in found
    found = members(read("En la sala donde se sienta Vox cuelga una bandera de Patriotas por "
                         "Europa."))
    assert ("Vox", "Patriotas por Europa") not in found
