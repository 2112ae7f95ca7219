"""The parse extractor on the gathering a chronicle reports without naming it or giving it a
noun: the lead says a party's leader filled a venue, took its stage or drew a crowd, and the
text goes on with who spoke, who sat in the audience and who declined; or the lead's
"un acto" is held by the party itself, by one of its bodies or by a person the lead titles
after one party. Texts that report no gathering give none.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _events(found) -> set[str]:
    return {o for _, r, o in found if r in ("participatedIn", "invitedTo", "not participatedIn")}


def test_a_leader_filling_a_venue_is_his_party_rally(read):
    found = facts(read("Bermúdez abarrota el pabellón de Cáceres\n\nPedro Bermúdez llenó este "
                       "sábado el pabellón municipal de Cáceres. El líder de Vox había elegido "
                       "Extremadura para cerrar la campaña. Antes que él intervinieron Ignacio "
                       "Garriga y Rocío Monasterio."))
    assert ("Ignacio Garriga", "participatedIn", "Mitin de Vox") in found
    assert ("Rocío Monasterio", "participatedIn", "Mitin de Vox") in found


def test_a_titled_leader_filling_a_bullring(read):
    found = facts(read("La presidenta del PP abarrotó el domingo la plaza de toros de Valencia. "
                       "Junto a ella hablaron Ignacio Garriga y Rocío Monasterio."))
    assert ("Ignacio Garriga", "participatedIn", "Mitin de PP") in found or \
        ("Ignacio Garriga", "participatedIn", "Mitin de Partido Popular") in found


def test_taking_the_stage_in_the_lead_with_guests_video_and_a_refusal(read):
    found = facts(read("Santiago Abascal subió anoche al escenario del auditorio de Murcia. El "
                       "líder de Vox había elegido la ciudad para abrir su gira. Eduardo "
                       "Bolsonaro intervino por vídeo desde Brasilia. En la primera fila se "
                       "sentaba el diputado chileno Cristóbal Urrutia. La presidenta regional "
                       "del PP, Lourdes Benítez, rechazó la invitación que le había enviado "
                       "Vox."))
    assert ("Santiago Abascal", "participatedIn", "Mitin de Vox") in found
    assert ("Eduardo Bolsonaro", "participatedIn", "Mitin de Vox") in found
    assert ("Cristóbal Urrutia", "participatedIn", "Mitin de Vox") in found
    assert ("Lourdes Benítez", "invitedTo", "Mitin de Vox") in found
    assert ("Lourdes Benítez", "participatedIn", "Mitin de Vox") not in found


def test_a_party_drawing_a_crowd(read):
    found = facts(read("Vox reunió ayer a miles de simpatizantes en la explanada del puerto de "
                       "Alicante. Hablaron Ignacio Garriga y Rocío Monasterio."))
    assert ("Ignacio Garriga", "participatedIn", "Mitin de Vox") in found


def test_the_party_holding_an_act_in_the_lead(read):
    found = facts(read("Vox celebró ayer un acto en Sevilla. Intervino por vídeo Eduardo "
                       "Bolsonaro. La presidenta provincial del PP, Lourdes Benítez, declinó la "
                       "invitación."))
    assert ("Eduardo Bolsonaro", "participatedIn", "Acto de Vox en Sevilla") in found
    assert ("Lourdes Benítez", "invitedTo", "Acto de Vox en Sevilla") in found


def test_a_party_body_acting_at_an_act(read):
    found = facts(read("En un acto en el Palacio de Exposiciones de Santander, la dirección de "
                       "Vox proclamó candidata a Lucía Sainz. Hablaron Ignacio Garriga y Rocío "
                       "Monasterio."))
    assert ("Ignacio Garriga", "participatedIn", "Acto de Vox") in found


def test_a_person_with_a_title_in_apposition_holding_a_rally(read):
    found = facts(read("Santiago Abascal, presidente de Vox, encabezó el domingo un mitin en "
                       "Toledo. En la primera fila se sentaba el diputado chileno Cristóbal "
                       "Urrutia."))
    assert ("Cristóbal Urrutia", "participatedIn", "Mitin de Vox en Toledo") in found


def test_a_person_the_lead_titles_after_one_party(read):
    found = facts(read("Santiago Abascal protagonizó ayer un mitin en Málaga. El líder de Vox "
                       "había elegido la ciudad para abrir la gira. Antes que él hablaron el "
                       "eurodiputado Hermann Tertsch e Ignacio Garriga."))
    assert ("Hermann Tertsch", "participatedIn", "Mitin de Vox en Málaga") in found


def test_no_venue_filled_when_negated_or_to_come(read):
    assert not _events(facts(read("Abascal no llenó el pabellón de Zaragoza. Hablaron Ignacio "
                                  "Garriga y Rocío Monasterio.")))
    assert not _events(facts(read("Santiago Abascal llenará el sábado la plaza de Colón. El "
                                  "líder de Vox hablará junto a Ignacio Garriga.")))


def test_no_gathering_in_a_text_that_reports_none(read):
    assert not _events(facts(read("Santiago Abascal criticó ayer en Málaga al Gobierno. El "
                                  "líder de Vox habló junto a Ignacio Garriga.")))
    assert not _events(facts(read("El Gobierno llenó de funcionarios el palacio de Santa Cruz. "
                                  "Hablaron Ignacio Garriga y Rocío Monasterio.")))


def test_no_party_no_rally_name(read):
    found = facts(read("Santiago Abascal protagonizó ayer un mitin en Málaga. El presidente del "
                       "PP, Alberto Núñez Feijóo, y el líder de Vox discrepan."))
    assert not any(o.startswith("Mitin de PP") or o.startswith("Mitin de Partido")
                   for o in _events(found))


def test_a_profile_coming_past_its_lead_to_the_act_the_party_held(read):
    found = facts(read("Marta Gil, la maestra que quiere gobernar Aragón\n\nQuien la conoce dice "
                       "que Marta Gil no ha perdido nunca el acento. Militó en el PP hasta 2019. "
                       "En 2023 entró en las Cortes de Aragón. La relación con el PP se ha "
                       "enfriado. El domingo, en un acto en el auditorio de Zaragoza, la "
                       "ejecutiva de Vox la proclamó candidata. La acompañaron en el escenario "
                       "Santiago Abascal e Ignacio Garriga."))
    assert ("Ignacio Garriga", "participatedIn", "Acto de Vox") in found


def test_past_the_lead_an_act_after_another_gathering_is_not_the_reported_one(read):
    found = facts(read("Marta Gil, la maestra que quiere gobernar Aragón\n\nQuien la conoce dice "
                       "que Marta Gil no ha perdido nunca el acento. En 2019 asistió a una "
                       "manifestación en Huesca. En 2023 entró en las Cortes de Aragón. La "
                       "relación con el PP se ha enfriado. El domingo, en un acto en Zaragoza, "
                       "la ejecutiva de Vox la proclamó candidata. Hablaron Santiago Abascal e "
                       "Ignacio Garriga."))
    assert not any(s == "Ignacio Garriga" and r == "participatedIn" and o.startswith("Acto de")
                   for s, r, o in found)


def test_holding_verbs_keep_their_other_senses(read):
    found = facts(read("Santiago Abascal dio su apoyo a Rocío Monasterio."))
    assert ("Santiago Abascal", "endorsed", "Rocío Monasterio") in found
    assert not any(r == "participatedIn" for _, r, _ in found)
    found = facts(read("Abascal no protagonizó ningún mitin en Bilbao."))
    assert not any(r == "participatedIn" for _, r, _ in found)


def test_drawing_a_crowd_of_persons_not_of_things(read):
    found = facts(read("Santiago Abascal reúne a cinco mil personas en Córdoba. El líder de Vox "
                       "estuvo acompañado por Ignacio Garriga, que también intervino."))
    assert ("Ignacio Garriga", "participatedIn", "Mitin de Vox") in found
    assert not _events(facts(read("Vox reunió ayer miles de firmas contra la ley. Hablaron "
                                  "Ignacio Garriga y Rocío Monasterio.")))
    assert not _events(facts(read("La lluvia llenó la plaza de paraguas. Hablaron Ignacio "
                                  "Garriga y Rocío Monasterio.")))


def test_who_fills_the_venue_is_at_the_rally(read):
    found = facts(read("Santiago Abascal congregó ayer a miles de simpatizantes en Valencia. El "
                       "líder de Vox habló durante una hora."))
    assert ("Santiago Abascal", "participatedIn", "Mitin de Vox") in found
    found = facts(read("El presidente de Vox, Santiago Abascal, abarrota el polideportivo de "
                       "Jaén."))
    assert ("Santiago Abascal", "participatedIn", "Mitin de Vox") in found
    found = facts(read("Santiago Abascal no llenó el polideportivo de Jaén. El líder de Vox "
                       "habló una hora."))
    assert not _events(found)


def test_a_crowd_filling_a_venue_to_hear_a_leader(read):
    found = facts(read("Cuatro mil personas llenaron ayer el Palacio de Ferias de Málaga para "
                       "escuchar a Santiago Abascal. El líder de Vox habló una hora. Antes "
                       "intervino Ignacio Garriga."))
    assert ("Santiago Abascal", "participatedIn", "Mitin de Vox") in found
    assert ("Ignacio Garriga", "participatedIn", "Mitin de Vox") in found
    found = facts(read("Miles de simpatizantes abarrotaron la plaza de toros para arropar al "
                       "líder de Vox. Hablaron Ignacio Garriga y Rocío Monasterio."))
    assert ("Rocío Monasterio", "participatedIn", "Mitin de Vox") in found


def test_a_crowd_come_for_no_party_is_no_rally(read):
    assert not _events(facts(read("Miles de aficionados llenaron el estadio para ver a la "
                                  "selección. Hablaron Ignacio Garriga y Rocío Monasterio.")))
