"""The parse extractor on who belongs to a party and who leads it: a title of a level of the
party below the whole ("la presidenta provincial del PP") makes a member, not the leader; a
membership the copula denies ("no es miembro de X"); a title the speaker states of themself in
what they say ("aseguró que es militante de X"); bodies named by a head noun of a church, a
brotherhood or a collective ("X, del Concilio de Y").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


# A title of a level of the party: a member of the party, not its leader.

@pytest.mark.parametrize(("text", "person", "party"), [
    ("La presidenta provincial del PP, Lourdes Benítez, declinó la invitación.",
     "Lourdes Benítez", "PP"),
    ("El presidente regional de Vox, Tomás Lerma, cerró el acto en Toledo.",
     "Tomás Lerma", "Vox"),
    ("Tomás Lerma, presidente insular del PSOE, pidió calma a los suyos.",
     "Tomás Lerma", "PSOE"),
    ("El secretario general provincial del PSOE, Tomás Lerma, firmó el acuerdo.",
     "Tomás Lerma", "PSOE"),
    ("Tomás Lerma es el presidente local del Partido Popular desde 2019.",
     "Tomás Lerma", "Partido Popular"),
    ("Acudieron la alcaldesa y la líder municipal de Vox, Inés Quiroga.",
     "Inés Quiroga", "Vox"),
])
def test_a_title_of_a_branch_level_makes_a_member(read, text, person, party):
    found = facts(read(text))
    assert (person, "memberOf", party) in found
    assert (person, "leaderOf", party) not in found


@pytest.mark.parametrize(("text", "person", "party"), [
    ("La presidenta del PP, Inés Quiroga, declinó la invitación.", "Inés Quiroga", "PP"),
    ("El presidente de Vox, Tomás Lerma, cerró el acto.", "Tomás Lerma", "Vox"),
    ("Tomás Lerma, secretario general del PSOE, pidió calma.", "Tomás Lerma", "PSOE"),
])
def test_the_head_of_the_whole_party_still_leads_it(read, text, person, party):
    assert (person, "leaderOf", party) in facts(read(text))


def test_a_branch_named_with_its_place_keeps_its_head(read):
    found = facts(read("El presidente provincial del PP de Málaga, Tomás Lerma, habló."))
    assert ("Tomás Lerma", "leaderOf", "PP de Málaga") in found


def test_a_regional_office_is_no_branch_of_a_party(read):
    found = facts(read("La presidenta regional de Murcia, Inés Quiroga, recibió a Tomás Lerma."))
    assert not any(r == "memberOf" and s == "Inés Quiroga" for s, r, _ in found)


# A membership the copula denies.

@pytest.mark.parametrize(("text", "person", "party"), [
    ("Inés Quiroga no es miembro de Vox.", "Inés Quiroga", "Vox"),
    ("Tomás Lerma, que no es militante de Vox, encabeza la lista del partido.",
     "Tomás Lerma", "Vox"),
    ("Tomás Lerma no fue nunca miembro del Partido Popular.", "Tomás Lerma", "Partido Popular"),
    ("Tomás Lerma nunca ha sido miembro de Vox.", "Tomás Lerma", "Vox"),
    ("Inés Quiroga no es miembro de Vox, aunque vota al partido.", "Inés Quiroga", "Vox"),
])
def test_a_denied_membership(read, text, person, party):
    found = facts(read(text))
    assert (person, "not memberOf", party) in found
    assert (person, "memberOf", party) not in found


@pytest.mark.parametrize("text", [
    "Inés Quiroga no es solo miembro de Vox, sino su portavoz.",
    "Inés Quiroga ya no es militante de Vox.",
    "Inés Quiroga no es portavoz de Vox.",
    "Inés Quiroga no es diputada de Vox.",
])
def test_no_denied_membership_where_the_copula_denies_something_else(read, text):
    assert not any(r == "not memberOf" for _, r, _ in facts(read(text)))


def test_an_asserted_membership_stays_asserted(read):
    assert ("Inés Quiroga", "memberOf", "Vox") in facts(read("Inés Quiroga es miembro de Vox."))


# A title the speaker states of themself in what they say.

@pytest.mark.parametrize(("text", "fact"), [
    ("Tomás Lerma aseguró que es miembro de Vox desde 2015.",
     ("Tomás Lerma", "memberOf", "Vox")),
    ("Inés Quiroga admitió ayer que es militante del Partido Popular.",
     ("Inés Quiroga", "memberOf", "Partido Popular")),
    ("Tomás Lerma aclaró que no es miembro de Vox.", ("Tomás Lerma", "not memberOf", "Vox")),
    ("Tomás Lerma explicó a este diario que nunca ha sido militante de Vox.",
     ("Tomás Lerma", "not memberOf", "Vox")),
    ("Inés Quiroga, que dijo que es miembro de Vox, habló después.",
     ("Inés Quiroga", "memberOf", "Vox")),
    ("Tomás Lerma, que aclaró a este corresponsal que no es miembro de Vox, acudió al acto.",
     ("Tomás Lerma", "not memberOf", "Vox")),
    ("Acudió también el exconcejal Tomás Lerma, que recordó a los periodistas que es militante "
     "de Vox desde 2014.", ("Tomás Lerma", "memberOf", "Vox")),
])
def test_a_title_stated_of_the_speaker(read, text, fact):
    assert fact in facts(read(text))


@pytest.mark.parametrize("text", [
    "Tomás Lerma dijo que soy miembro de Vox.",
    "Tomás Lerma dijo que podría ser miembro de Vox.",
])
def test_no_title_of_the_speaker_in_the_first_person_or_a_possibility(read, text):
    assert not any(s == "Tomás Lerma" and r.endswith("memberOf")
                   for s, r, _ in facts(read(text)))


def test_a_completive_with_its_own_subject_is_about_that_subject(read):
    found = facts(read("Tomás Lerma dijo que Inés Quiroga es miembro de Vox."))
    assert ("Inés Quiroga", "memberOf", "Vox") in found
    assert ("Tomás Lerma", "memberOf", "Vox") not in found


# Bodies named by their head noun: a church's council, a brotherhood, a collective.

@pytest.mark.parametrize(("text", "person", "body"), [
    ("Habló el obispo Tomás Lerma, del Concilio de Iglesias Evangélicas, que pidió el voto.",
     "Tomás Lerma", "Concilio de Iglesias Evangélicas"),
    ("Estuvo el pastor Tomás Lerma, de la Congregación Evangélica del Caribe.",
     "Tomás Lerma", "Congregación Evangélica del Caribe"),
    ("Inés Quiroga, del Colectivo Mujeres Libres, criticó la ley.",
     "Inés Quiroga", "Colectivo Mujeres Libres"),
    ("Firmaron la carta Tomás Lerma, de la Hermandad de Agricultores del Sur, y el obispo Luis "
     "Pardo, del Sínodo Evangélico Nacional.", "Luis Pardo", "Sínodo Evangélico Nacional"),
])
def test_a_member_of_a_body_named_by_its_head(read, text, person, body):
    assert (person, "memberOf", body) in facts(read(text))


def test_a_head_noun_as_a_title_names_no_body(read):
    found = facts(read("La coordinadora de la campaña, Inés Quiroga, habló."))
    assert not any(r == "memberOf" and s == "Inés Quiroga" for s, r, _ in found)


# A party's adjective in a title beside a candidacy told in another sentence.

def test_an_adjective_membership_stands_beside_a_candidacy_told_elsewhere(read):
    found = facts(read("La portavoz socialista, Inés Quiroga, acusó al alcalde. Quiroga, que fue "
                       "candidata del PSOE a la alcaldía en 2023, anunció un recurso."))
    assert ("Inés Quiroga", "memberOf", "PSOE") in found


def test_an_adjective_before_the_candidate_of_the_same_sentence_is_the_candidacy(read):
    found = facts(read("El liberal Tomás Lerma, candidato del Partido Liberal, cerró la campaña."))
    assert ("Tomás Lerma", "represents", "Partido Liberal") in found
    assert ("Tomás Lerma", "memberOf", "Partido Liberal") not in found


# "su partido, X", "su propio partido, X".

@pytest.mark.parametrize(("text", "fact"), [
    ("El exministro Tomás Lerma defendió que su formación, el Partido Verde Nacional, ganará "
     "las elecciones.", ("Tomás Lerma", "memberOf", "Partido Verde Nacional")),
    ("Tomás Lerma dijo que su partido, Acción Nacional, ganará las elecciones.",
     ("Tomás Lerma", "memberOf", "Acción Nacional")),
    ("Tomás Lerma se presentó con su propio partido, Acción Nacional.",
     ("Tomás Lerma", "leaderOf", "Acción Nacional")),
    ("Tomás Lerma lanzó su propia formación, Acción Nacional, en 2020.",
     ("Tomás Lerma", "leaderOf", "Acción Nacional")),
])
def test_a_party_named_beside_a_possessed_party_noun(read, text, fact):
    found = facts(read(text))
    assert fact in found
    other = "memberOf" if fact[1] == "leaderOf" else "leaderOf"
    assert (fact[0], other, fact[2]) not in found


def test_a_name_hung_on_another_noun_is_not_the_party(read):
    found = facts(read("Tomás Lerma acudió al foro que organiza el laboratorio de ideas de su "
                       "partido, la Fundación Patria Nueva, en Sevilla."))
    assert ("Tomás Lerma", "memberOf", "Fundación Patria Nueva") not in found


# What its founder still leads.

@pytest.mark.parametrize(("text", "person", "body"), [
    ("Inés Quiroga fundó el Movimiento Patria Libre, que hoy preside.",
     "Inés Quiroga", "Movimiento Patria Libre"),
    ("Inés Quiroga rompió con su partido en 2023 y fundó el Movimiento Tierra y Familia (MTF), "
     "que hoy preside.", "Inés Quiroga", "Movimiento Tierra y Familia"),
    ("Tomás Lerma creó en 2019 la Fundación Raíces, que dirige desde entonces.",
     "Tomás Lerma", "Fundación Raíces"),
])
def test_a_founder_who_leads_what_they_founded(read, text, person, body):
    found = facts(read(text))
    assert (person, "leaderOf", body) in found


@pytest.mark.parametrize("text", [
    "Tomás Lerma fundó la Fundación Raíces, que ya no preside.",
    "Tomás Lerma visitó la Fundación Raíces, que hoy preside.",
])
def test_no_lead_of_the_founder_denied_or_without_a_founding(read, text):
    assert ("Tomás Lerma", "leaderOf", "Fundación Raíces") not in facts(read(text))


def test_a_relative_with_its_own_subject_names_another_leader(read):
    found = facts(read("Tomás Lerma fundó la Fundación Raíces, que preside Inés Quiroga."))
    assert ("Inés Quiroga", "leaderOf", "Fundación Raíces") in found
    assert ("Tomás Lerma", "leaderOf", "Fundación Raíces") not in found


# A title over an area of a party's work.

@pytest.mark.parametrize("text", [
    "Vox celebró su mitin en Toledo. Habló el secretario de Acción Política del partido, Tomás "
    "Lerma.",
    "El vicepresidente de Acción Política de Vox, Tomás Lerma, cerró el acto.",
    "Vox celebró su mitin. Habló la vicesecretaria de Relaciones Internacionales del partido, "
    "Inés Quiroga.",
])
def test_a_title_over_a_party_area_makes_a_member_of_the_party(read, text):
    found = facts(read(text))
    assert any(r == "memberOf" and o == "Vox" for _, r, o in found)
    assert not any(r in ("memberOf", "leaderOf") and o.startswith(("Acción", "Relaciones"))
                   for _, r, o in found)


def test_an_area_of_a_party_left_unsaid_is_no_body(read):
    found = facts(read("Vox y el PRC llenaron la plaza. Habló el vicepresidente de Acción "
                       "Política del partido, Tomás Lerma."))
    assert not any(o.startswith("Acción") for _, _, o in found)


def test_a_party_named_with_an_area_word_is_still_led(read):
    assert ("Tomás Lerma", "leaderOf", "Acción Nacional") in facts(
        read("El presidente de Acción Nacional, Tomás Lerma, habló."))


# "ser de" a party.

@pytest.mark.parametrize(("text", "person", "party"), [
    ("Tomás Lerma es del PP.", "Tomás Lerma", "PP"),
    ("Inés Quiroga, que es de Vox, habló en el pleno.", "Inés Quiroga", "Vox"),
    ("Tomás Lerma, que también es del Partido Popular, votó a favor.", "Tomás Lerma",
     "Partido Popular"),
])
def test_a_person_who_is_of_a_party(read, text, person, party):
    assert (person, "memberOf", party) in facts(read(text))


@pytest.mark.parametrize("text", [
    "La propuesta es de Vox.",
    "Tomás Lerma es de Madrid.",
    "Tomás Lerma era del PP.",
])
def test_no_membership_of_a_thing_a_place_or_a_past(read, text):
    assert not any(r == "memberOf" for _, r, _ in facts(read(text)))


# A title between two names, whose gender says whose it is.

@pytest.mark.parametrize(("text", "holder", "other", "party"), [
    ("Entre los participantes figuran el diputado de Vox Tomás Lerma, la vicepresidenta del "
     "Partido Popular, Inés Quiroga, y el exministro Luis Pardo.",
     "Inés Quiroga", "Tomás Lerma", "Partido Popular"),
    ("Asistieron la senadora Inés Quiroga, el portavoz del PSOE, Tomás Lerma, y otros cargos.",
     "Tomás Lerma", "Inés Quiroga", "PSOE"),
])
def test_a_title_between_two_names_is_the_one_its_gender_fits(read, text, holder, other, party):
    found = facts(read(text))
    assert (holder, "memberOf", party) in found
    assert (other, "memberOf", party) not in found
