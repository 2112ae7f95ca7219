"""The parse extractor on taking part in events: a part of a gathering named with it ("la
clausura de la cumbre") is the gathering, whatever verb says one was there; the unnamed
gathering a lead introduces ("un mitin") is named by its party when the title of who holds it
or a later "organizado por" tells it; presence told without naming the event again ("abrió la
sesión", "encabezó la delegación", "Junto a X se sentó Y"); staying away by declining to go or
to send anyone ("declinó viajar", "no envió a nadie", "X, que no pudo viajar"); being on stage,
addressing those present and presenting a speaker; a wire dateline that gives the country and
the year ("Cuenca, Ecuador, 14 abr 2026 (AFP) - ") is no subject of the lead; a party's or an
organization's gathering by its kind ("un mitin de Vox en Teruel") is named as the text
writes it; a presence announced and then undone is an absence.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


# A part of a gathering, with the gathering as its complement.

@pytest.mark.parametrize("text", [
    "La senadora Inés Quiroga y el diputado Tomás Lerma coincidieron el martes en la apertura "
    "del Foro Atlántico de Oporto.",
    "Tomás Lerma e Inés Quiroga coincidieron en Oporto en la sesión de clausura del Foro "
    "Atlántico de Oporto.",
    "En la inauguración del Foro Atlántico de Oporto coincidieron Inés Quiroga y Tomás Lerma.",
])
def test_being_together_at_a_part_of_a_gathering(read, text):
    found = facts(read(text))
    assert ("Inés Quiroga", "participatedIn", "Foro Atlántico de Oporto") in found
    assert ("Tomás Lerma", "participatedIn", "Foro Atlántico de Oporto") in found


@pytest.mark.parametrize("text", [
    "El diputado Tomás Lerma estuvo ayer en la clausura de la Cumbre Europa Firme.",
    "El diputado Tomás Lerma estuvo presente en la inauguración de la Cumbre Europa Firme.",
    "El diputado Tomás Lerma participó en el acto de clausura de la Cumbre Europa Firme.",
])
def test_being_at_a_part_of_a_gathering(read, text):
    assert ("Tomás Lerma", "participatedIn", "Cumbre Europa Firme") in facts(read(text))


def test_not_being_at_a_part_of_a_gathering(read):
    found = facts(read("El diputado Tomás Lerma no estuvo en la clausura de la Cumbre Europa "
                       "Firme."))
    assert ("Tomás Lerma", "participatedIn", "Cumbre Europa Firme") not in found


def test_a_part_of_something_else_is_no_gathering(read):
    found = facts(read("El diputado Tomás Lerma coincidió con Inés Quiroga en la apertura del "
                       "curso judicial en Madrid."))
    assert not any(r == "participatedIn" for _, r, _ in found)


def _events(extraction) -> set[str]:
    return {e.label for e in extraction.entities if e.cls.endswith(("Event", "Summit"))}


# The unnamed gathering a lead reports ("un mitin") is its party's, told by the title of who
# holds it or by a later sentence on who organized it.

@pytest.mark.parametrize("text", [
    "La presidenta de Vox en Murcia protagonizó ayer un mitin ante mil personas en Lorca. "
    "En primera fila se sentó el diputado Tomás Lerma.",
    "El secretario general de Vox cerró la campaña con un mitin en la plaza mayor de Lorca. "
    "En la primera fila se sentaron el diputado Tomás Lerma y la concejala Inés Quiroga.",
    "Lorca amaneció nublada y terminó con un mitin en la plaza. El acto, organizado por la "
    "dirección provincial de Vox, reunió a dos mil personas. El diputado Tomás Lerma subió "
    "al escenario a las doce.",
    "Crónica de un mitin bajo el sol. El acto, convocado por las juventudes de Vox, llenó la "
    "plaza de toros. El diputado Tomás Lerma subió al escenario a las doce.",
])
def test_the_lead_s_unnamed_rally_is_its_party_s(read, text):
    extraction = read(text)
    assert "Mitin de Vox" in _events(extraction)
    assert ("Tomás Lerma", "participatedIn", "Mitin de Vox") in facts(extraction)


def test_a_later_organized_act_is_the_lead_s_rally(read):
    extraction = read("Lorca terminó el sábado con un mitin en la plaza. El acto, organizado "
                      "por la agrupación local de Vox, reunió a dos mil personas. Al acto "
                      "asistió la concejala Inés Quiroga.")
    assert ("Inés Quiroga", "participatedIn", "Mitin de Vox") in facts(extraction)
    assert "Acto de Vox" not in _events(extraction)


def test_a_rally_of_an_untitled_subject_stays_unnamed(read):
    extraction = read("Tomás Lerma protagonizó ayer un mitin ante mil personas en Lorca.")
    assert not any(e.startswith("Mitin") for e in _events(extraction))


def test_a_rally_the_lead_does_not_introduce_stays_unnamed(read):
    # a definite noun ranks the gathering among others; a rally announced is not reported
    for text in ("El presidente de Vox arropó ayer a su candidato en el acto más "
                 "multitudinario de la campaña en Lorca.",
                 "El presidente de Vox celebrará un mitin en Lorca el próximo sábado."):
        assert not any(e.startswith(("Mitin", "Acto")) for e in _events(read(text)))


def test_a_text_that_names_its_event_keeps_that_name(read):
    extraction = read("El presidente de Vox protagonizó un mitin en la Cumbre Europa Firme. "
                      "El diputado Tomás Lerma subió al escenario.")
    assert "Mitin de Vox" not in _events(extraction)


# Presence told without naming the event again: opening its sitting, heading a delegation,
# sitting beside someone there.

_SUMMIT = "La Cumbre Europa Firme reunió el sábado a mil personas en Toledo. "


@pytest.mark.parametrize("sentence", [
    "El diputado Tomás Lerma abrió la sesión con un discurso.",
    "La sesión la cerró el diputado Tomás Lerma.",
    "El diputado Tomás Lerma encabezó la delegación chilena.",
    "La delegación chilena la encabezó el diputado Tomás Lerma.",
    "La representación de Vox la lideraba el diputado Tomás Lerma.",
    "El diputado Tomás Lerma presidió la comitiva de su país.",
    "Junto a Inés Quiroga se sentó el diputado Tomás Lerma.",
    "El diputado Tomás Lerma se sentó al lado de la senadora Inés Quiroga.",
])
def test_presence_at_the_reported_event(read, sentence):
    found = facts(read(_SUMMIT + sentence))
    assert ("Tomás Lerma", "participatedIn", "Cumbre Europa Firme") in found


@pytest.mark.parametrize("sentence", [
    # another occasion the sentence tells apart
    "Tras la ceremonia de investidura, el diputado Tomás Lerma encabezó la delegación chilena.",
    # a session of a chamber is no sitting of the summit
    "El diputado Tomás Lerma abrió la sesión plenaria del Senado.",
    # beside someone, but not seated
    "El diputado Tomás Lerma está junto a los agricultores.",
])
def test_presence_elsewhere_is_not_read(read, sentence):
    found = facts(read(_SUMMIT + sentence))
    assert ("Tomás Lerma", "participatedIn", "Cumbre Europa Firme") not in found


# Staying away: declining to go or to send anyone, not managing to go.

@pytest.mark.parametrize("sentence", [
    "La senadora Inés Quiroga declinó viajar a Toledo.",
    "La senadora Inés Quiroga rechazó asistir por motivos de agenda.",
    "La senadora Inés Quiroga se negó a acudir.",
    "La senadora Inés Quiroga, invitada por los organizadores, no llegó a viajar.",
    "La senadora Inés Quiroga, que no pudo viajar, lo lamentó en un comunicado.",
])
def test_a_person_who_stayed_away(read, sentence):
    found = facts(read(_SUMMIT + sentence))
    assert ("Inés Quiroga", "not participatedIn", "Cumbre Europa Firme") in found
    assert ("Inés Quiroga", "participatedIn", "Cumbre Europa Firme") not in found


@pytest.mark.parametrize("sentence", [
    "El PP declinó enviar a ningún representante.",
    "El PP, que no envió a nadie, criticó la cumbre.",
    "El PP no mandó a ningún dirigente.",
])
def test_a_party_that_sent_nobody(read, sentence):
    assert ("PP", "not participatedIn", "Cumbre Europa Firme") in facts(read(_SUMMIT + sentence))


@pytest.mark.parametrize("sentence", [
    "La senadora Inés Quiroga no descarta acudir.",
    "La senadora Inés Quiroga declinará viajar si no cambia la agenda.",
    "La senadora Inés Quiroga declinó hacer declaraciones.",
    "La senadora Inés Quiroga evitó coincidir con Tomás Lerma.",
    "El PP declinó enviar un comunicado.",
])
def test_no_refusal_to_go_is_no_absence(read, sentence):
    found = facts(read(_SUMMIT + sentence))
    assert not any(r == "not participatedIn" for _, r, _ in found)


def test_one_who_could_not_travel_but_spoke_from_afar_is_no_absence(read):
    found = facts(read(_SUMMIT + "La senadora Inés Quiroga, que no pudo viajar, se dirigió a "
                                 "los asistentes en un mensaje grabado."))
    assert ("Inés Quiroga", "not participatedIn", "Cumbre Europa Firme") not in found


# Being on stage, addressing those present, presenting a speaker.

@pytest.mark.parametrize("sentence", [
    "Estuvieron en el escenario la senadora Inés Quiroga y el diputado Tomás Lerma.",
    "En el escenario estuvieron también el diputado Tomás Lerma y la senadora Inés Quiroga.",
    "El diputado Tomás Lerma fue presentado por la senadora Inés Quiroga.",
    "La senadora Inés Quiroga presentó al diputado Tomás Lerma ante los asistentes.",
])
def test_two_people_at_the_reported_event(read, sentence):
    found = facts(read(_SUMMIT + sentence))
    assert ("Tomás Lerma", "participatedIn", "Cumbre Europa Firme") in found
    assert ("Inés Quiroga", "participatedIn", "Cumbre Europa Firme") in found


@pytest.mark.parametrize("sentence", [
    "El diputado Tomás Lerma se dirigió a los asistentes.",
    "El diputado Tomás Lerma se dirigió después a los simpatizantes.",
])
def test_addressing_those_present(read, sentence):
    found = facts(read(_SUMMIT + sentence))
    assert ("Tomás Lerma", "participatedIn", "Cumbre Europa Firme") in found


@pytest.mark.parametrize("sentence", [
    "El diputado Tomás Lerma estuvo en el escenario del Teatro Real en 2019.",
    "La senadora Inés Quiroga presentó al diputado Tomás Lerma como su candidato.",
    "El diputado Tomás Lerma presentó su libro.",
    "El diputado Tomás Lerma se dirigió a la prensa.",
])
def test_no_presence_at_the_reported_event(read, sentence):
    found = facts(read(_SUMMIT + sentence))
    assert ("Tomás Lerma", "participatedIn", "Cumbre Europa Firme") not in found


# A wire dateline with the country and the year is no subject of the lead.

@pytest.mark.parametrize("dateline", [
    "Cuenca, Ecuador, 14 abr 2026 (AFP) - ",
    "Trujillo, Perú, 3 may 2026 (EFE) - ",
    "Cuenca, 14 abr (AFP) - ",
])
def test_the_lead_after_a_dateline_with_its_country(read, dateline):
    found = facts(read("Cumbre andina en Cuenca\n\n" + dateline + "El diputado Tomás Lerma "
                       "inauguró este jueves la Cumbre Andina de Seguridad."))
    assert ("Tomás Lerma", "participatedIn", "Cumbre Andina de Seguridad") in found


# A gathering of a party or an organization, by its kind: named as the text writes it, with
# the place it is held in; not a generic act, a predicate or a quoted epithet.

@pytest.mark.parametrize(("sentence", "event"), [
    ("El diputado Tomás Lerma intervino ayer en un mitin de Vox en Teruel.",
     "Mitin de Vox en Teruel"),
    ("El diputado Tomás Lerma habló el domingo en una concentración del PP.",
     "Concentración del PP"),
    ("En noviembre compartió cartel con el diputado Tomás Lerma en unas jornadas de la "
     "Fundación Atalaya en Oviedo.", "Jornadas de la Fundación Atalaya en Oviedo"),
    ("El diputado Tomás Lerma participó en la marcha de la Fundación Atalaya en Oviedo.",
     "Marcha de la Fundación Atalaya en Oviedo"),
])
def test_an_organization_s_gathering_by_its_kind(read, sentence, event):
    assert ("Tomás Lerma", "participatedIn", event) in facts(read(sentence))


def test_the_organization_still_organizes_it(read):
    found = facts(read("El diputado Tomás Lerma intervino ayer en un mitin de Vox en Teruel."))
    assert ("Mitin de Vox en Teruel", "organizedBy", "Vox") in found


@pytest.mark.parametrize("sentence", [
    "El diputado Tomás Lerma habló en un acto del PP en Sevilla.",
    "Para el diputado Tomás Lerma, Bravo Norte es una fiesta de Vox.",
    "El diputado Tomás Lerma calificó la cumbre de «mitin del PP».",
    "El diputado Tomás Lerma asistió a Bravo Norte 26, el festival de Vox en Oviedo.",
])
def test_no_organization_s_gathering_described(read, sentence):
    assert not any(e.startswith(("Acto", "Fiesta", "Mitin", "Festival"))
                   for e in _events(read(sentence)))


# A presence announced and then undone; a sending denied is no part taken from afar.

@pytest.mark.parametrize("sentence", [
    "La senadora Inés Quiroga, que había confirmado su presencia, no llegó a viajar y tampoco "
    "envió mensaje alguno.",
    "La senadora Inés Quiroga había confirmado su asistencia, pero no viajó a Toledo.",
    "La senadora Inés Quiroga no viajó ni envió ningún mensaje.",
])
def test_an_announced_presence_undone(read, sentence):
    found = facts(read(_SUMMIT + sentence))
    assert ("Inés Quiroga", "not participatedIn", "Cumbre Europa Firme") in found
    assert ("Inés Quiroga", "participatedIn", "Cumbre Europa Firme") not in found


def test_one_who_did_not_travel_but_sent_a_video_took_part(read):
    found = facts(read(_SUMMIT + "La senadora Inés Quiroga no viajó, pero envió un vídeo."))
    assert ("Inés Quiroga", "participatedIn", "Cumbre Europa Firme") in found
