"""The parse extractor on titles and tags that say what a person holds or belongs to: a party's
adjective beside a name ("la diputada priista X", "el senador uribista Y") when the text names
that party, the head of a newspaper or a radio station, a party tag in brackets right before a
colon, the offices of a high representative and of the central government's delegate in a
region, and a regional minister's title with no region said.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts
from helpers import facts_of as _of

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _offices(found: set[tuple[str, str]]) -> set[str]:
    return {o for r, o in found if r == "holdsOffice"}


# ------------------------------------------------------------ a party's adjective

def test_a_mexican_deputy_called_priista(read):
    found = _of("El PRI y el PAN firmaron el acuerdo. La diputada priista Ana Lilia Rivera votó "
                "en contra del dictamen.", read, "Ana Lilia Rivera")
    assert ("memberOf", "PRI") in found
    assert ("memberOf", "PAN") not in found


def test_a_senator_called_uribista_after_a_title(read):
    found = _of("El Centro Democrático celebró su convención en Cali. Allí tomó la palabra el "
                "senador uribista Carlos Mejía.", read, "Carlos Mejía")
    assert ("memberOf", "Centro Democrático") in found


def test_a_congresswoman_called_fujimorista_in_a_plural_text(read):
    found = _of("Fuerza Popular perdió dos escaños. La congresista fujimorista Rosa Bartra "
                "anunció que no repetirá.", read, "Rosa Bartra")
    assert ("memberOf", "Fuerza Popular") in found


def test_a_brazilian_deputy_called_petista(read):
    found = _of("El PT ganó en Bahía. Gleisi Duarte, la diputada petista que dirigió la "
                "campaña, lo celebró.", read, "Gleisi Duarte")
    assert ("memberOf", "PT") in found


def test_an_adjective_whose_party_the_text_never_names_names_none(read):
    found = _of("Habló ayer la senadora peronista Marta Rivas sobre el presupuesto.", read,
                "Marta Rivas")
    assert not {o for r, o in found if r == "memberOf"}


def test_an_adjective_two_parties_hold_names_neither(read):
    found = _of("La Unión Demócrata Independiente y el Partido Demócrata Cristiano votaron "
                "juntos. El diputado demócrata Pablo Gil se abstuvo.", read, "Pablo Gil")
    assert not {o for r, o in found if r == "memberOf"}


# ------------------------------------------------------------ the head of a medium

def test_the_director_of_a_weekly_leads_it(read):
    found = _of("En el panel habló el periodista Marko Ilić, director del semanario Vreme Danas, "
                "sobre la censura.", read, "Marko Ilić")
    assert ("leaderOf", "Vreme Danas") in found
    assert ("memberOf", "Vreme Danas") not in found


def test_the_director_of_a_newspaper_after_the_verb(read):
    found = _of("Moderó el debate Clara Díaz, directora del periódico El Faro.", read,
                "Clara Díaz")
    assert ("leaderOf", "El Faro") in found


def test_the_director_of_a_radio_station_before_the_name(read):
    found = _of("La directora de la emisora Radio Libertad, Inés Prado, entrevistó al "
                "candidato.", read, "Inés Prado")
    assert ("leaderOf", "Radio Libertad") in found


def test_a_campaign_director_does_not_lead_the_party(read):
    found = _of("El director de campaña del partido, Tamás Vári, habló ayer.", read,
                "Tamás Vári")
    assert not {o for r, o in found if r == "leaderOf"}


# ------------------------------------------------------------ a bracketed tag before a colon

def test_a_party_tag_in_brackets_before_a_colon(read):
    found = _of('Vox gobierna en la ciudad. Lara criticó a Ana Ruiz (Vox): "Mintió a todos".',
                read, "Ana Ruiz")
    assert ("memberOf", "Vox") in found


def test_a_titled_name_tagged_before_a_colon(read):
    found = _of('Morena gobierna el estado. El debate lo abrió el gobernador Alejandro Soto '
                '(Morena): "Hay más policías que nunca".', read, "Alejandro Soto")
    assert ("memberOf", "Morena") in found


def test_a_place_in_brackets_before_a_colon_is_no_party(read):
    found = _of('Vox gobierna en la ciudad. Lara criticó a Ana Ruiz (Madrid): "Mintió".',
                read, "Ana Ruiz")
    assert not {o for r, o in found if r == "memberOf"}


# ------------------------------------------------------------ offices named by their words

def test_a_high_representative_before_the_name(read):
    found = _of("La alta representante de la UE, Kaja Lind, viajó ayer a Kiev.", read,
                "Kaja Lind")
    assert _offices(found) == {"Alta representante"}


def test_a_high_representative_in_the_masculine_after_the_verb(read):
    found = _of("Al acto asistió el alto representante, Carlos Mora, junto a otros "
                "diplomáticos.", read, "Carlos Mora")
    assert _offices(found) == {"Alto representante"}


def test_a_party_s_representative_holds_no_office(read):
    found = _of("El representante de Vox, Juan Gil, habló en el pleno.", read, "Juan Gil")
    assert not _offices(found)
    assert ("represents", "Vox") in found


def test_the_government_s_delegate_in_an_autonomous_city(read):
    found = _of("La delegada del Gobierno en Melilla, Sabrina Haddu, no acudió al pleno.",
                read, "Sabrina Haddu")
    assert _offices(found) == {"Delegada del Gobierno en Melilla"}


def test_the_government_s_delegate_after_his_name(read):
    found = _of("Ricardo Mena, delegado del Gobierno en Murcia, presidió la reunión.", read,
                "Ricardo Mena")
    assert _offices(found) == {"Delegado del Gobierno en Murcia"}


def test_the_government_s_subdelegate_in_a_province(read):
    found = _of("La reunión la convocó el subdelegado del Gobierno en Jaén, Tomás Ureña.",
                read, "Tomás Ureña")
    assert _offices(found) == {"Subdelegado del Gobierno en Jaén"}


def test_a_party_s_delegate_holds_no_office(read):
    found = _of("El delegado de Vox, Juan Gil, habló.", read, "Juan Gil")
    assert not _offices(found)


# ------------------------------------------------------------ a regional minister

def test_a_former_regional_minister_with_no_region_holds_no_country_s_office(read):
    found = _of("El PSOE local, dirigido por el exconsejero Julián Prats, emitió un comunicado.",
                read, "Julián Prats")
    assert not _offices(found)
    assert ("leaderOf", "PSOE") in found


def test_a_regional_minister_of_a_portfolio_keeps_the_office(read):
    found = _of("La consejera de Hacienda, Belén Ortiz, presentó las cuentas.", read,
                "Belén Ortiz")
    assert any(o.startswith("Consejero de Hacienda") or o.startswith("Consejera de Hacienda")
               for o in _offices(found))


# ------------------------------------------------------------ a chamber before the holder's name

def test_a_deputy_for_a_province_in_the_congress_then_his_name(read):
    found = _of("No acudió el diputado por Jaén en el Congreso Tomás Ureña Díaz, que está de "
                "viaje.", read, "Tomás Ureña Díaz")
    assert any(o.startswith("Diputado") for o in _offices(found))


def test_a_spokeswoman_in_the_senate_then_her_name(read):
    found = _of("Vox presentó la moción. La portavoz de Vox en el Senado Ana Ruiz Llamas "
                "defendió el texto.", read, "Ana Ruiz Llamas")
    assert ("memberOf", "Vox") in found


def test_a_chamber_named_after_a_pope_is_not_cut(read):
    extraction = read("El Congreso Juan Pablo II reunió a las familias en Roma.")
    assert "Juan Pablo II" not in {s for s, _, _ in facts(extraction)}


# ------------------------------------------------------------ a title, then a described name

def test_a_mayor_after_the_noun_a_speech_was_devoted_to(read):
    found = _of("El PP gobierna la ciudad. Vox dedicó buena parte de su discurso al alcalde, el "
                "popular Íñigo Sáez, al que acusó de mentir.", read, "Íñigo Sáez")
    assert any(o.startswith("Alcalde") for o in _offices(found))
    assert ("memberOf", "PP") in found


def test_a_mayoress_after_half_of_a_rally(read):
    found = _of("Vox dedicó la mitad del mitin a la alcaldesa, la popular Ana Gil, y a su "
                "equipo.", read, "Ana Gil")
    assert any(o.startswith("Alcalde") for o in _offices(found))


def test_a_provincial_president_after_a_copy_of_a_letter(read):
    found = _of("El PSOE gobierna la provincia. Vox envió una copia de la carta al presidente de "
                "la Diputación de Jaén, el socialista Juan Mora, que no respondió.", read,
                "Juan Mora")
    assert any(o.startswith("Presidente de la Diputación") for o in _offices(found))


def test_the_mayoress_s_councillor_does_not_take_her_office(read):
    found = _of("Vox criticó la gestión de la alcaldesa, el concejal Luis Mora, en el pleno.",
                read, "Luis Mora")
    assert not any(o.startswith("Alcalde") for o in _offices(found))


# ------------------------------------------------------------ a governor of "the department"

def test_the_governor_of_the_department_the_text_is_about(read):
    found = _of("La derecha se reunió en Tarija. En el foro habló también el gobernador del "
                "departamento, Óscar Montes Barzón.", read, "Óscar Montes Barzón")
    assert _offices(found) and all(o.startswith("Gobernador") for o in _offices(found))


def test_the_governor_of_the_province_after_a_meeting(read):
    found = _of("Milei visitó Salta y Jujuy. Lo recibió la gobernadora de la provincia, Ana "
                "Sáenz, en la casa de gobierno.", read, "Ana Sáenz")
    assert _offices(found) and all(o.startswith("Gobernador") for o in _offices(found))


def test_the_governor_of_a_named_province_keeps_its_name(read):
    found = _of("El gobernador de la provincia de Salta, Gustavo Sáenz, habló.", read,
                "Gustavo Sáenz")
    assert _offices(found) == {"Gobernador de Salta"}


def test_the_president_of_the_province_s_party_holds_no_governorship(read):
    found = _of("El presidente del partido en la provincia, Luis Ortega, habló.", read,
                "Luis Ortega")
    assert not any(o.startswith("Gobernador") for o in _offices(found))
