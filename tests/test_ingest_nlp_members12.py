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


def test_a_party_adjective_on_a_trade_names_the_party(read):
    found = members(read("La Libertad Avanza ganó en Rosario. El armador libertario Joaquín "
                         "Ríos celebró el resultado."))
    assert ("Joaquín Ríos", "La Libertad Avanza") in found
    found = members(read("El PSOE perdió en la comarca. La ganadera socialista Ana Gil, de "
                         "Toledo, criticó la medida."))
    assert ("Ana Gil", "PSOE") in found
    found = members(read("La Unión Cívica Radical presentó su lista. Entre los nombres está el "
                         "abogado radical, Pedro Soto."))
    assert ("Pedro Soto", "Unión Cívica Radical") in found


def test_a_trade_with_no_name_or_no_party_of_the_text_is_nobody(read):
    extraction = read("El PSOE perdió en la comarca. La ganadera socialista criticó la medida.")
    assert not members(extraction)
    # no party of the text bears the word: an ideology, not a party
    found = members(read("El ganadero socialista Joaquín Ríos celebró el resultado."))
    assert not any(s == "Joaquín Ríos" for s, _ in found)
    # the adjective on a trade that is not before the name
    found = members(read("La Libertad Avanza ganó. Joaquín Ríos, un armador, votó a los "
                         "libertarios."))
    assert ("Joaquín Ríos", "La Libertad Avanza") not in found


def test_a_mayor_of_the_town_the_text_is_in(read):
    found = offices(read("Tegucigalpa vive días de campaña. Nasry Asfura cerró su campaña ayer. "
                         "Asfura fue alcalde de esta ciudad durante ocho años."))
    assert ("Nasry Asfura", "Alcalde de Tegucigalpa") in found
    found = offices(read("En Sevilla, Luis Pardo habló ayer. Pardo, que fue alcalde de la "
                         "ciudad entre 2011 y 2015, criticó al Gobierno."))
    assert ("Luis Pardo", "Alcalde de Sevilla") in found
    found = offices(read("En Rosario, la intendenta del municipio, Ana Gil, inauguró la feria."))
    assert ("Ana Gil", "Intendente de Rosario") in found


def test_a_town_the_text_does_not_single_out_is_no_place(read):
    found = offices(read("En Sevilla y en Málaga, Luis Pardo habló ayer. Pardo, que fue alcalde "
                         "de la ciudad entre 2011 y 2015, criticó al Gobierno."))
    assert not any(o.startswith("Alcalde de") for _, o in found)
    # the town named only after the title
    found = offices(read("Luis Pardo, exalcalde de la ciudad, habló ayer en Sevilla."))
    assert ("Luis Pardo", "Alcalde de Sevilla") not in found


def test_a_post_among_a_partys_people_is_no_office(read):
    found = offices(read("Desde el PP, el secretario general de los populares extremeños, "
                         "Abel Bautista, replicó a Vox."))
    assert not any(s == "Abel Bautista" for s, _ in found)
    found = offices(read("La portavoz de los socialistas andaluces, Marta Gil, pidió calma."))
    assert not any(s == "Marta Gil" for s, _ in found)
    # a post of a body, beside which the same words are no party's people, is an office
    found = offices(read("El vicepresidente del Gobierno italiano, Tomás Ferri, saludó a los "
                         "socialistas."))
    assert ("Tomás Ferri", "Vicepresidente del Gobierno de Italia") in found


def test_a_government_named_after_its_head_is_the_heads_countrys(read):
    found = offices(read("La primera ministra italiana, Giorgia Meloni, habló. Ana Gil, "
                         "vicepresidenta del Gobierno de Giorgia Meloni, saludó."))
    assert ("Ana Gil", "Vicepresidente del Gobierno de Italia") in found
    extraction = read("El presidente del Gobierno español, Pedro Sánchez, viajó. Luisa Pardo, "
                      "que fue vicepresidenta del Gobierno de Pedro Sánchez, saludó.")
    claim = next(c for c in extraction.candidates
                 if c.relation == "holdsOffice" and c.subject == "Luisa Pardo")
    assert claim.object == "Vicepresidente del Gobierno de España"
    assert claim.qualifiers.get("former") is True


def test_a_head_whose_country_is_unknown_places_nothing(read):
    found = offices(read("Ana Gil, vicepresidenta del Gobierno de Marta Solís, saludó."))
    assert not any(o.startswith("Vicepresidente del Gobierno de") for _, o in found)


def test_a_mayor_of_a_town_no_list_knows(read):
    found = offices(read("Elena Nevado, exalcaldesa de Cáceres, habló en el mitin."))
    assert ("Elena Nevado", "Alcalde de Cáceres") in found
    found = offices(read("Pedro Soto, alcalde de Villanueva del Arzobispo, habló."))
    assert ("Pedro Soto", "Alcalde de Villanueva del Arzobispo") in found
    found = offices(read("La intendenta de Cañuelas, Marta Gil, recibió a los vecinos."))
    assert ("Marta Gil", "Intendente de Cañuelas") in found


def test_a_mayor_of_a_party_is_of_no_town(read):
    found = offices(read("Pedro Soto, alcalde de Vox, habló."))
    assert not any(o.startswith("Alcalde de") for _, o in found)


def test_a_participle_of_joining_beside_a_name(read):
    assert ("Luis Pardo", "PP") in members(read("Luis Pardo, afiliado al PP desde 2010, habló "
                                                "ayer en Cádiz."))
    assert ("Ana Soto", "Vox") in members(read("Ana Soto, afiliada a Vox desde 2019 y diputada "
                                               "provincial, pidió la palabra."))
    assert ("Ana Soto", "Vox") in members(read("Ana Soto, adscrita al grupo de Vox, votó en "
                                               "contra."))
    found = members(read("Marta Gil, integrada en Patriotas por Europa desde 2024, firmó."))
    assert ("Marta Gil", "Patriotas por Europa") in found


def test_a_participle_denied_or_of_no_joining_is_no_membership(read):
    assert not members(read("Ana Soto, no afiliada a ningún partido, habló ayer."))
    assert ("Ana Soto", "PP") not in members(read("Ana Soto, preocupada por el PP, habló ayer."))
    assert ("Ana Soto", "PP") not in members(read("Ana Soto, enfrentada al PP, habló ayer."))
