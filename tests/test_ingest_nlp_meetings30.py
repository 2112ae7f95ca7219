"""The parse extractor on meetings told without a verb of meeting: standing beside someone
("Junto a él estaba X"), appearing together ("Ambos comparecieron juntos"), keeping someone
company at a place ("la acompañó en el escenario"), and a talk
held just before or after an act, which is in person; family beside a voter is no meeting. A
first person's preterite in "-í" ("conocí", "compartí"), which the small model leaves
unlemmatized, is its verb. A partner fronted before a talk ("Con X, habla a diario por
teléfono") is whom the one the text follows talks with.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _met(found, a: str, b: str) -> bool:
    pairs = facts(found)
    return (a, "met", b) in pairs or (b, "met", a) in pairs


def test_one_standing_beside_the_one_followed_met_them(read):
    found = read("En la tribuna de invitados siguió el debate el presidente de la Diputación, "
                 "Ramón Ortega Vidal, del PP. Ortega había sido invitado por el grupo popular. "
                 "Junto a él estaba el procurador de Vox en las Cortes Andrés Molina, que no "
                 "quiso hacer declaraciones.")
    assert _met(found, "Ramón Ortega Vidal", "Andrés Molina")


def test_two_who_appear_together_met(read):
    found = read("El documento lo firmaron el portavoz del PP, Tomás Ferrán Ruiz, y la portavoz "
                 "de Vox, Lucía Medina Sanz. Ambos comparecieron juntos ante los medios antes "
                 "de entrar en el salón de plenos.")
    assert _met(found, "Tomás Ferrán Ruiz", "Lucía Medina Sanz")


def test_a_talk_before_the_act_is_a_meeting_not_a_contact(read):
    found = read("El partido estuvo representado por su presidenta, Lucía Ferreyra, que se "
                 "sentó en la primera fila y conversó con Karina Milei antes del acto.")
    assert ("Lucía Ferreyra", "met", "Karina Milei") in facts(found)
    assert ("Lucía Ferreyra", "contactWith", "Karina Milei") not in facts(found)


def test_family_beside_a_voter_is_no_meeting(read):
    found = read("Ferenc Tóth, que votó por la mañana en Budapest acompañado de su esposa, "
                 "Ilona Kiss, no ha hecho declaraciones. Lucía Ferreyra votó en un colegio de "
                 "Sopocachi acompañada por el expresidente Jorge Quiroga.")
    assert not _met(found, "Ferenc Tóth", "Ilona Kiss")
    assert _met(found, "Lucía Ferreyra", "Jorge Quiroga")


def test_one_a_clitic_takes_up_kept_company_on_a_stage(read):
    found = read("Lucía Medina cerró la campaña en Tunja. El expresidente Andrés Pastrana la "
                 "acompañó en el escenario.")
    assert _met(found, "Andrés Pastrana", "Lucía Medina")


def test_a_first_persons_preterite_in_i_is_read_as_its_verb(read):
    found = read("Lucía Medina: \"La seguridad es lo primero\"\n\nLa diputada Lucía Medina "
                 "repasa sus viajes.\n\n—En diciembre viajó a Lima. ¿A quién vio?\n—Estuve en "
                 "el foro de la fundación y allí conocí a Tomás Ferrán.")
    assert _met(found, "Lucía Medina", "Tomás Ferrán")


def test_a_partner_fronted_before_a_talk_with_a_dropped_subject(read):
    found = facts(read("El concejal Mario Quispe Rojas recorre cada semana los mercados de "
                       "Tacna.\n\nCon el diputado Ernesto Vilca, también de su partido, habla "
                       "casi a diario por teléfono."))
    assert ("Mario Quispe Rojas", "contactWith", "Ernesto Vilca") in found
    assert ("Ernesto Vilca", "contactWith", "Mario Quispe Rojas") not in found
