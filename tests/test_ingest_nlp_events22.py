"""The parse extractor on gatherings the text calls by its own noun: a party's congress ("el
congreso del PP", "el congreso anual de Chega") is an event organized by the party; an
organization's summit ("la cumbre de Vox") is one too when the text names no other event; a
summit "de X organizada por Y" is X's summit, organized by Y (not by X); where an unnamed
gathering is held ("un mitin en Calatayud, convocado por X") is part of its name; and a place
apposed to an event noun ("en la Casa de Gobierno, un encuentro que ...") stays a place.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_EVENTS = ("participatedIn", "organizedBy", "invitedTo")


def _events(text: str, read) -> set[tuple[str, str, str]]:
    return {f for f in facts(read(text)) if f[1] in _EVENTS or f[1].startswith("not ")}


def _objects(found, subject: str, relation: str) -> set[str]:
    return {o for s, r, o in found if s == subject and r == relation}


# ------------------------------------------------------------ a party's congress

def test_attending_a_party_congress_by_its_acronym(read):
    found = _events("Lucía Berrocal asistió el domingo al congreso del PP en Valencia.", read)
    assert ("Lucía Berrocal", "participatedIn", "Congreso del PP") in found
    assert ("Congreso del PP", "organizedBy", "PP") in found


def test_going_to_a_party_congress_with_an_adjective(read):
    found = _events("Miles de militantes acudieron al congreso anual de Vox. Sobre el "
                    "escenario, Tomás Arnedo presentó a la invitada de honor, Lucía Berrocal.",
                    read)
    assert ("Congreso anual de Vox", "organizedBy", "Vox") in found
    assert "Congreso anual de Vox" in _objects(found, "Tomás Arnedo", "participatedIn")


def test_a_party_congress_by_its_full_name(read):
    found = _events("La eurodiputada Marta Ruiz intervino el sábado en el congreso del "
                    "Partido Popular.", read)
    assert any(s == "Marta Ruiz" and r == "participatedIn" and o.startswith("Congreso")
               for s, r, o in found)


def test_a_parliament_is_no_party_congress(read):
    found = _events("El diputado Tomás Arnedo intervino el martes en el Congreso de los "
                    "Diputados.", read)
    assert not _objects(found, "Tomás Arnedo", "participatedIn")


def test_a_congress_of_a_country_is_no_party_event(read):
    found = _events("Lucía Berrocal habló ayer ante el congreso de Perú.", read)
    assert not any(o.startswith(("Congreso", "congreso")) for _, _, o in found)


# ------------------------------------------------------------ an organization's summit

def test_attending_a_party_summit(read):
    found = _events("Marta Ruiz acudió el domingo a la cumbre de Vox.", read)
    assert ("Marta Ruiz", "participatedIn", "Cumbre de Vox") in found


def test_a_summit_of_a_party_somewhere(read):
    found = _events("Marta Ruiz acudió el domingo a una cumbre de Vox en Toledo.", read)
    assert ("Marta Ruiz", "participatedIn", "Cumbre de Vox en Toledo") in found


def test_a_summit_noun_after_a_named_summit_is_that_summit(read):
    found = _events("Lucía Berrocal intervino el jueves en la II Cumbre Atlántica de Lisboa. "
                    "Tomás Arnedo también asistió a la cumbre de Vox.", read)
    assert "Cumbre de Vox" not in {o for _, _, o in found}


# ------------------------------------------------------------ what the summit is of, who holds it

def test_a_network_summit_organized_by_a_party(read):
    found = _events("El líder del PVV, Geert Wilders, reunió el viernes a sus aliados en una "
                    "cumbre de Patriotas por Europa organizada por su partido.", read)
    assert ("Geert Wilders", "participatedIn", "Cumbre de Patriotas por Europa") in found
    assert ("Cumbre de Patriotas por Europa", "organizedBy", "Patriotas por Europa") \
        not in found
    assert not any(o.startswith("Cumbre de PVV") for _, _, o in found)


def test_days_of_a_foundation_organized_by_a_university(read):
    found = _events("Marta Ruiz intervino el sábado en unas jornadas de la Fundación Atlas "
                    "organizadas por la Universidad de Sevilla.", read)
    assert ("Marta Ruiz", "participatedIn", "Jornadas de la Fundación Atlas") in found
    assert ("Jornadas de la Fundación Atlas", "organizedBy", "Fundación Atlas") not in found


def test_a_rally_of_a_party_organized_by_its_own_body_keeps_its_host(read):
    found = _events("El mitin de Vox, organizado por la dirección provincial del partido, "
                    "reunió a mil personas.", read)
    assert ("Mitin de Vox", "organizedBy", "Vox") in found


# ------------------------------------------------------------ where it is held

def test_a_rally_somewhere_called_by_a_branch(read):
    found = _events("En octubre acompañó a Tomás Arnedo en un mitin en Calatayud, convocado "
                    "por Vox Zaragoza en el recinto ferial.", read)
    events = _objects(found, "Tomás Arnedo", "participatedIn")
    assert len(events) == 1 and next(iter(events)).endswith("en Calatayud")


def test_an_act_somewhere_organized_by_a_party(read):
    found = _events("Ana Gil habló el sábado en un acto en Teruel organizado por Vox.", read)
    assert ("Ana Gil", "participatedIn", "Acto de Vox en Teruel") in found
    assert ("Acto de Vox en Teruel", "organizedBy", "Vox") in found


# ------------------------------------------------------------ a place is no event

def test_a_government_house_apposed_to_a_meeting_stays_a_place(read):
    extraction = read("La ministra Lucía Berrocal se reunió ayer con el gobernador Tomás Arnedo "
                      "en la Casa de Gobierno, un encuentro que hace meses parecía impensable.")
    assert not any(o == "Casa de Gobierno" for _, _, o in facts(extraction))
    assert all(e.cls.endswith("Place") for e in extraction.entities
               if e.label == "Casa de Gobierno")


def test_a_named_festival_apposed_to_its_noun_stays_an_event(read):
    found = _events("Abascal viajó a Roma para participar en Atreju, la fiesta anual de "
                    "Hermanos de Italia.", read)
    assert ("Santiago Abascal", "participatedIn", "Atreju") in found or \
        ("Abascal", "participatedIn", "Atreju") in found


# ------------------------------------------------------------ a body calling a gathering

def test_a_body_calling_a_rally_past_the_lead(read):
    found = _events("Los presupuestos salen adelante\n\nEl pleno aprobó ayer las cuentas. "
                    "El alcalde defendió el acuerdo. La oposición votó en contra.\n\nVox, que "
                    "no tiene concejales, ha convocado para el sábado una concentración ante el "
                    "ayuntamiento contra lo que llama «el pacto del silencio».", read)
    assert ("Concentración de Vox", "organizedBy", "Vox") in found


def test_a_union_calling_a_protest(read):
    found = _events("La Unión de Agricultores convocó el lunes una manifestación frente a la "
                    "consejería.", read)
    assert any(s.startswith("Manifestación") and r == "organizedBy" and
               o == "Unión de Agricultores" for s, r, o in found)


def test_no_gathering_called_when_denied_or_only_possible(read):
    assert not any(r == "organizedBy" for _, r, _ in _events(
        "Vox no convocó ninguna concentración ante el ayuntamiento.", read))
    assert not any(r == "organizedBy" for _, r, _ in _events(
        "Vox podría convocar una concentración ante el ayuntamiento.", read))


# ------------------------------------------------------------ sharing a gathering

def test_sharing_a_named_forum_is_taking_part(read):
    found = _events("Marta Ruiz compartió el sábado el Foro Atlántico de Lima con varios "
                    "alcaldes.", read)
    assert ("Marta Ruiz", "participatedIn", "Foro Atlántico de Lima") in found


def test_sharing_acts_or_views_is_no_gathering(read):
    found = _events("La alcaldesa Marta Ruiz, que el año pasado había compartido actos con el "
                    "ministro, no recibió a la comitiva en el Foro Atlántico de Lima.", read)
    assert ("Marta Ruiz", "participatedIn", "Foro Atlántico de Lima") not in found
    found = _events("Marta Ruiz y Ana Gil comparten la visión del Foro Atlántico de Lima.",
                    read)
    assert not any(r == "participatedIn" for _, r, _ in found)


# ------------------------------------------------------------ a state is no act

def test_nothing_closed_closes_no_ceremony(read):
    found = _events("La ceremonia de cambio de mando será el 11 de marzo en Valparaíso. Tomás "
                    "Arnedo viajará a Santiago.\n\n—¿Habrá una reunión con el presidente "
                    "antes?\n\n—Podría haberla, pero no hay nada cerrado.", read)
    assert not any(s == "Tomás Arnedo" and r == "participatedIn" for s, r, _ in found)


def test_closing_a_ceremony_still_takes_part(read):
    found = _events("La ceremonia de cambio de mando fue el 11 de marzo. Tomás Arnedo la "
                    "cerró con un discurso.", read)
    assert any(s == "Tomás Arnedo" and r == "participatedIn" for s, r, _ in found)


# ------------------------------------------------------------ a body there through its envoys

def test_no_envoy_of_a_fronted_party_at_the_rally(read):
    found = _events("Vox celebró ayer un mitin en Reus. Del Partit Demòcrata, que lidera Tomás "
                    "Arnedo, no hubo ningún representante en el acto.", read)
    assert ("Partit Demòcrata", "not participatedIn", "Mitin de Vox en Reus") in found


def test_envoys_of_two_parties_at_the_rally(read):
    found = _events("Vox celebró ayer un mitin en Reus. Hubo representantes del PP y de Junts "
                    "en el acto.", read)
    assert ("PP", "participatedIn", "Mitin de Vox en Reus") in found
    assert ("Junts", "participatedIn", "Mitin de Vox en Reus") in found


def test_one_envoy_or_no_incident_says_nothing_of_a_party(read):
    found = _events("Vox celebró ayer un mitin en Reus. Hubo un representante del PP en el "
                    "acto. En el acto no hubo incidentes.", read)
    assert not any(r in ("participatedIn", "not participatedIn") for _, r, _ in found)
