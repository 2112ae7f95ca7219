"""The parse extractor on titles, appositions and relatives that say who leads or belongs to
an organization: a titled name after "según" closed by a comma, a think tank's director, a
chamber one sits in (not one's party), the antecedent of "que preside X" and "cuyo
presidente, X", and an organization typed by the noun before its adjective.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _of(text: str, read, person: str) -> set[tuple[str, str]]:
    return {(r, o) for s, r, o in facts(read(text)) if s == person}


# ------------------------------------------------------------ "según" before a titled name

def test_a_titled_name_after_segun_closed_by_a_comma(read):
    found = _of("Según el portavoz de Vox, Rubén Ferrer, la reunión duró dos horas.", read,
                "Rubén Ferrer")
    assert ("memberOf", "Vox") in found


def test_a_titled_name_after_segun_in_the_middle_of_a_sentence(read):
    found = _of("Los dos dirigentes, según la presidenta de la Fundación Horizonte Liberal, "
                "Clara Ibáñez, hablaron de energía.", read, "Clara Ibáñez")
    assert ("leaderOf", "Fundación Horizonte Liberal") in found


def test_segun_a_bare_title_then_a_name_is_a_source(read):
    found = _of("Según la eurodiputada, Giorgia Meloni es la aliada más firme de Vox.", read,
                "Giorgia Meloni")
    assert not {o for r, o in found if r == "holdsOffice"}


# ------------------------------------------------------------ heads of think tanks

def test_the_director_of_a_study_centre_leads_it(read):
    found = _of("Asistió el economista Tomás Ruiz Vega, director del centro de estudios "
                "Instituto Atlántico de Ideas, que habló de impuestos.", read, "Tomás Ruiz Vega")
    assert ("leaderOf", "Instituto Atlántico de Ideas") in found
    assert ("memberOf", "Instituto Atlántico de Ideas") not in found


def test_the_president_of_a_think_tank_leads_it(read):
    found = _of("La presidenta del laboratorio de ideas Fundación Nuevo Rumbo, Elena Sáez, "
                "abrió la jornada.", read, "Elena Sáez")
    assert ("leaderOf", "Fundación Nuevo Rumbo") in found


def test_the_head_of_a_party_s_youth_wing_is_only_a_member(read):
    found = _of("El presidente de las juventudes de Vox, Pablo Lerma, habló en Murcia.", read,
                "Pablo Lerma")
    assert ("leaderOf", "Vox") not in found


# ------------------------------------------------------------ a chamber is not a party

def test_a_deputy_of_a_party_in_a_national_council(read):
    found = _of("El diputado del FPÖ en el Consejo Nacional Peter Hofer aseguró que nadie fue "
                "invitado.", read, "Peter Hofer")
    assert ("memberOf", "Consejo Nacional") not in found
    assert any(r == "memberOf" and o != "Consejo Nacional" for r, o in found)


def test_a_spokeswoman_in_a_regional_assembly(read):
    found = _of("La portavoz de Vox en la Asamblea Regional, Lucía Navas, votó en contra.",
                read, "Lucía Navas")
    assert ("memberOf", "Vox") in found
    assert ("memberOf", "Asamblea Regional") not in found


# ------------------------------------------------------------ what a relative's noun stands for

def test_the_think_tank_a_person_presides_is_the_name_before_the_comma(read):
    found = _of("La cumbre, organizada por Vox y por la Fundación Puente Atlántico, el "
                "laboratorio de ideas que preside Marta Olmedo Gil, reunió a cien invitados.",
                read, "Marta Olmedo Gil")
    assert ("leaderOf", "Fundación Puente Atlántico") in found
    assert ("leaderOf", "Vox") not in found


def test_the_foundation_a_person_directs_after_another_party(read):
    found = _of("El foro lo convocaron el PP y el Instituto Valores del Sur, la entidad que "
                "dirige Andrés Colomer, en Sevilla.", read, "Andrés Colomer")
    assert ("leaderOf", "Partido Popular") not in found
    assert ("leaderOf", "PP") not in found


def test_whose_president_after_an_association_with_an_adjective(read):
    found = _of("Acudió una delegación de la asociación ganadera Tierra Firme, cuyo presidente, "
                "Jaume Roig Ferrer, pidió ayudas.", read, "Jaume Roig Ferrer")
    assert ("leaderOf", "Tierra Firme") in found


def test_whose_spokeswoman_after_a_federation(read):
    found = _of("Estuvo la federación vecinal Barrios Unidos, cuya portavoz, Rosa Llull "
                "Campins, leyó un manifiesto.", read, "Rosa Llull Campins")
    assert ("memberOf", "Barrios Unidos") in found
