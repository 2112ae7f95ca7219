"""The parse extractor on the event a clause is about: never a person named as the subject of
a relative just before the event noun ("que preside X, la conferencia ..."); a name the model
leaves without a kind that gathers or is attended ("la Hispanofest 2025 reunió a 2.000
personas"); a participle set before the clause it describes ("Organizada por X, la cumbre ...").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import entity_classes, facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _events(extraction) -> set[str]:
    return {e.label for e in extraction.entities if e.cls.endswith(("Event", "Summit"))}


# A name closing a relative clause is its subject, not a name the next noun describes.

def test_the_subject_of_a_relative_before_an_event_noun_is_no_event(read):
    extraction = read("Organizada por la Liga Patriótica de Chile, que dirige Ulises Brenner, la "
                      "cumbre reunió a cuatrocientos dirigentes. Ana Ferro no asistió a la "
                      "cumbre.")
    assert "Ulises Brenner" not in _events(extraction)
    assert not any(o == "Ulises Brenner" for _, r, o in facts(extraction)
                   if r in ("participatedIn", "organizedBy", "invitedTo"))
    assert not any(s == "Ulises Brenner" for s, r, _ in facts(extraction) if r == "organizedBy")


def test_the_subject_of_a_relative_of_saying_is_no_event(read):
    extraction = read("Según recordó Tobías Menlo, el encuentro contó con invitados de diez "
                      "países.")
    assert "Tobías Menlo" not in _events(extraction)


def test_a_name_an_event_noun_describes_is_still_an_event(read):
    found = facts(read("Miles de jóvenes acudieron a Bravo Norte, un festival organizado por "
                       "la Fundación Atalaya en Oviedo."))
    assert ("Bravo Norte", "organizedBy", "Fundación Atalaya") in found


# A name without a kind that gathers people or that people attend is an event's.

def test_an_unlabelled_name_that_gathers_people_is_an_event_with_its_year(read):
    extraction = read("La K-FORUM 2026 reunió el sábado a unas 2.000 personas en Seúl. La "
                      "diputada Ana Ferro no asistió a la conferencia.")
    assert "K-FORUM 2026" in _events(extraction)
    assert ("Ana Ferro", "not participatedIn", "K-FORUM 2026") in facts(extraction)


def test_an_unlabelled_name_congregating_supporters_is_an_event(read):
    found = facts(read("La Liber-Con 2026 congregó a miles de simpatizantes en Valencia. El "
                       "senador Tomás Lerma participó en el encuentro."))
    assert ("Tomás Lerma", "participatedIn", "Liber-Con 2026") in found


def test_an_unlabelled_name_people_attend_is_an_event(read):
    found = facts(read("El diputado Tomás Lerma asistió a la Libertalia 2025 y participó en "
                       "sus debates."))
    assert ("Tomás Lerma", "participatedIn", "Libertalia 2025") in found


def test_a_name_gathering_signatures_is_no_event(read):
    extraction = read("Ayer Hispanofest reunió las firmas necesarias para el registro.")
    assert "Hispanofest" not in _events(extraction)


def test_a_one_word_acronym_is_no_person(read):
    extraction = read("La J-SUMMIT 2026 reunió el sábado a unas 900 personas en Osaka.")
    assert not any(e.label.startswith("J-SUMMIT") and e.cls.endswith("Person")
                   for e in extraction.entities)


# A participle before its clause describes the clause's subject.

def test_a_fronted_organizer_participle_reads_the_event_noun(read):
    found = facts(read("La cumbre Europa Firme se celebró en Toledo. Organizada por la Fundación "
                       "Atalaya, la cumbre contó con dos mil asistentes."))
    assert ("Europa Firme", "organizedBy", "Fundación Atalaya") in found


def test_a_fronted_masculine_participle_of_convening(read):
    found = facts(read("El foro Iberia Libre abrió sus puertas el viernes. Convocado por Vox y "
                       "por la Fundación Disenso, el foro reunió a cuatrocientos invitados."))
    assert ("Iberia Libre", "organizedBy", "Vox") in found
    assert ("Iberia Libre", "organizedBy", "Fundación Disenso") in found


# The kind word before a gathering's name is no part of it, but an alias of it.

def _aliases(extraction, label: str) -> list[str]:
    return next(e.aliases for e in extraction.entities if e.label == label)


def test_a_forum_named_after_its_noun_takes_the_noun_as_an_alias(read):
    extraction = read("Ana Ferro habló ayer durante el foro Andes Seguros, que ella misma "
                      "inauguró en Quito.")
    assert ("Ana Ferro", "participatedIn", "Andes Seguros") in facts(extraction)
    assert "Foro Andes Seguros" in _aliases(extraction, "Andes Seguros")


def test_a_feminine_kind_word_gives_the_alias(read):
    extraction = read("Tomás Lerma intervino el sábado en la cumbre Sur Libre, convocada por la "
                      "Fundación Atalaya.")
    assert ("Sur Libre", "organizedBy", "Fundación Atalaya") in facts(extraction)
    assert "Cumbre Sur Libre" in _aliases(extraction, "Sur Libre")


def test_a_capitalized_kind_word_is_already_the_name(read):
    extraction = read("Tomás Lerma participó el sábado en el Foro Andes Seguros, organizado por "
                      "la Fundación Atalaya.")
    assert ("Foro Andes Seguros", "organizedBy", "Fundación Atalaya") in facts(extraction)
    assert "Foro Foro Andes Seguros" not in _aliases(extraction, "Foro Andes Seguros")


# A recorded message is its sender's part in the event; a letter read by another is not.

_SUMMIT = "La cumbre Europa Firme reunió ayer a mil personas en Toledo. "


def test_a_video_message_the_forum_had_is_its_sender_s_part(read):
    found = facts(read(_SUMMIT + "El encuentro contó con un mensaje en vídeo de la senadora "
                       "Ana Ferro y con la intervención del diputado Tomás Lerma."))
    assert ("Ana Ferro", "participatedIn", "Europa Firme") in found
    assert ("Tomás Lerma", "participatedIn", "Europa Firme") in found


def test_a_videomessage_and_a_recorded_greeting(read):
    found = facts(read(_SUMMIT + "La cita contó con un videomensaje del presidente Javier Milei "
                       "y con un saludo grabado de José Antonio Kast."))
    assert ("Javier Milei", "participatedIn", "Europa Firme") in found
    assert ("José Antonio Kast", "participatedIn", "Europa Firme") in found


def test_sending_a_message_in_video_the_verb_carries(read):
    found = facts(read(_SUMMIT + "Desde Bogotá, la senadora Ana Ferro envió un mensaje en "
                       "vídeo en el que elogió a los asistentes."))
    assert ("Ana Ferro", "participatedIn", "Europa Firme") in found


def test_a_letter_read_by_another_is_no_part_of_its_writer(read):
    found = facts(read(_SUMMIT + "El senador Tomás Lerma leyó una carta de Javier Milei."))
    assert ("Javier Milei", "participatedIn", "Europa Firme") not in found


def test_a_message_sent_to_a_person_is_no_part(read):
    found = facts(read(_SUMMIT + "Ana Ferro envió un mensaje en vídeo a Tomás Lerma."))
    assert ("Ana Ferro", "participatedIn", "Europa Firme") not in found


# Thanking for an invitation says one was invited.

def test_thanking_for_the_invitation_says_one_was_invited(read):
    found = facts(read(_SUMMIT + "La senadora Ana Ferro agradeció la invitación en un breve "
                       "mensaje."))
    assert ("Ana Ferro", "invitedTo", "Europa Firme") in found


def test_thanking_the_organizers_for_the_invitation_inside_a_relative(read):
    found = facts(read(_SUMMIT + "Ana Ferro envió un mensaje en vídeo en el que agradeció a "
                       "los organizadores la invitación."))
    assert ("Ana Ferro", "invitedTo", "Europa Firme") in found
    assert ("Ana Ferro", "participatedIn", "Europa Firme") in found


def test_thanking_for_support_is_no_invitation(read):
    found = facts(read(_SUMMIT + "Ana Ferro agradeció el apoyo de los organizadores."))
    assert ("Ana Ferro", "invitedTo", "Europa Firme") not in found


# A name headed by an event word that has a president or deputies is a body.


def test_a_forum_with_a_president_and_called_a_party_is_a_party(read):
    extraction = read("La presidenta de Foro Cantábrico, Elena Sáinz, dijo ayer que su partido "
                      "no pactará con Vox. El mitin de Vox en Santander reunió a mil personas.")
    assert entity_classes(extraction).get("Foro Cantábrico") == "PoliticalParty"
    assert not any(o == "Foro Cantábrico" for _, r, o in facts(extraction)
                   if r in ("participatedIn", "invitedTo"))


def test_a_deputy_of_an_event_headed_name_makes_it_a_party(read):
    extraction = read("La diputada de Foro Cantábrico Elena Sáinz votó ayer contra el "
                      "presupuesto regional.")
    assert entity_classes(extraction).get("Foro Cantábrico") == "PoliticalParty"
    assert ("Elena Sáinz", "memberOf", "Foro Cantábrico") in facts(extraction)


def test_a_forum_with_a_president_and_no_party_word_is_an_organization(read):
    extraction = read("La presidenta de Foro Cantábrico, Elena Sáinz, habló ayer en Santander.")
    assert entity_classes(extraction).get("Foro Cantábrico") == "Organization"


def test_the_president_of_a_named_summit_with_an_article_leaves_it_an_event(read):
    extraction = read("El presidente de la Cumbre Atlántica de la Libertad, Tomás Lerma, abrió "
                      "la cita. Ana Ferro participó en la Cumbre Atlántica de la Libertad.")
    assert ("Ana Ferro", "participatedIn", "Cumbre Atlántica de la Libertad") in facts(extraction)


# An unnamed gathering "organizado por X" is named after its organizer; a named one is not
# described again.

def test_an_unnamed_rally_organized_by_a_party_is_named_after_it(read):
    found = facts(read("Santiago Abascal volvió ayer a Cáceres. El mitin, organizado por Vox, "
                       "reunió a unas 2.000 personas. Ana Ferro no acudió pese a haber sido "
                       "invitada."))
    assert ("Mitin de Vox", "organizedBy", "Vox") in found
    assert ("Ana Ferro", "invitedTo", "Mitin de Vox") in found


def test_a_numbered_summit_the_text_names_is_not_described_again(read):
    found = facts(read("Ana Ferro intervino ayer en la IV Cumbre Atlántica, el encuentro de la "
                       "Fundación Atalaya. La cumbre, organizada por la Fundación Atalaya, "
                       "reunió a 300 legisladores."))
    assert ("IV Cumbre Atlántica", "organizedBy", "Fundación Atalaya") in found
    assert not any(s.startswith("Cumbre de") for s, r, _ in found if r == "organizedBy")


def test_a_forum_named_after_its_noun_is_not_described_again(read):
    found = facts(read("Ana Ferro habló ayer en el foro Andes Seguros, en Quito. El foro, "
                       "organizado por la Fundación Atalaya, reunió a 300 personas."))
    assert ("Andes Seguros", "organizedBy", "Fundación Atalaya") in found
    assert not any(s.startswith("Foro de") for s, r, _ in found if r == "organizedBy")


# Heading or making up a delegation at the event the text reports is taking part in it.

def test_the_heads_of_a_fronted_delegation_take_part(read):
    found = facts(read(_SUMMIT + "La delegación chilena la encabezaron el senador Tomás Lerma "
                       "y la diputada Ana Ferro, que cenaron después con los organizadores."))
    assert ("Tomás Lerma", "participatedIn", "Europa Firme") in found
    assert ("Ana Ferro", "participatedIn", "Europa Firme") in found


def test_heading_the_delegation_of_one_s_country(read):
    found = facts(read(_SUMMIT + "La senadora Ana Ferro, que presidió la delegación de su país, "
                       "habló el domingo."))
    assert ("Ana Ferro", "participatedIn", "Europa Firme") in found


def test_making_up_a_delegation(read):
    found = facts(read(_SUMMIT + "Tomás Lerma integraba la comitiva argentina."))
    assert ("Tomás Lerma", "participatedIn", "Europa Firme") in found


def test_a_delegation_to_a_negotiation_without_an_event_is_nothing(read):
    found = facts(read("Tomás Lerma encabezó la delegación comercial que negoció el tratado."))
    assert not any(r == "participatedIn" for _, r, _ in found)


# How a gathering began or ended, "con" whose speech or message.

def test_a_summit_that_opened_with_a_recorded_message(read):
    found = facts(read("Con el himno y un mensaje en vídeo de Ana Ferro arrancó el sábado, en un "
                       "hotel de Toledo, la cumbre Europa Firme."))
    assert ("Ana Ferro", "participatedIn", "Europa Firme") in found


def test_a_summit_that_began_and_ended_with_speeches(read):
    found = facts(read("La cumbre Europa Firme comenzó con un discurso de Ana Ferro y concluyó "
                       "con la intervención de Tomás Lerma."))
    assert ("Ana Ferro", "participatedIn", "Europa Firme") in found
    assert ("Tomás Lerma", "participatedIn", "Europa Firme") in found


def test_a_party_that_began_its_campaign_is_no_event(read):
    found = facts(read("Vox arrancó la campaña con un discurso de Ana Ferro en Toledo."))
    assert not any(r == "participatedIn" and o == "Vox" for _, r, o in found)


# A role at a day of the gathering the text reports.

def test_the_star_speaker_of_the_sunday(read):
    found = facts(read(_SUMMIT + "Tomás Lerma fue el orador estrella del domingo."))
    assert ("Tomás Lerma", "participatedIn", "Europa Firme") in found


def test_the_protagonist_of_the_day(read):
    found = facts(read(_SUMMIT + "La diputada Ana Ferro fue la gran protagonista de la "
                       "jornada."))
    assert ("Ana Ferro", "participatedIn", "Europa Firme") in found


def test_the_protagonist_of_a_political_week_is_no_part(read):
    found = facts(read("Ana Ferro fue la gran protagonista de la semana política."))
    assert not any(r == "participatedIn" for _, r, _ in found)


# A party's yearly "fiesta" is a gathering like a festival.

def test_a_party_s_yearly_fiesta_it_organizes(read):
    found = facts(read("Ana Ferro estuvo en Bravo Sur, la fiesta que Hermanos de Italia organiza "
                       "cada diciembre en Roma."))
    assert ("Bravo Sur", "organizedBy", "Hermanos de Italia") in found
    assert ("Ana Ferro", "participatedIn", "Bravo Sur") in found


def test_attending_the_fiesta_the_text_reports(read):
    found = facts(read("La cumbre Europa Firme, la fiesta anual de los patriotas, reunió a mil "
                       "personas. La senadora Ana Ferro acudió a la fiesta."))
    assert ("Ana Ferro", "participatedIn", "Europa Firme") in found


def test_spoiling_the_party_is_no_gathering(read):
    found = facts(read("Ana Ferro dijo que no quiere aguar la fiesta a nadie en Vox."))
    assert not any(r in ("participatedIn", "organizedBy") for _, r, _ in found)


# Invited as a speaker is still an invitation, whether or not one came.

def test_invited_as_main_speaker_but_absent(read):
    found = facts(read(_SUMMIT + "Tomás Lerma, invitado como orador principal, finalmente no "
                       "participó en la cumbre."))
    assert ("Tomás Lerma", "invitedTo", "Europa Firme") in found
    assert ("Tomás Lerma", "not participatedIn", "Europa Firme") in found


def test_invited_as_a_guest_of_honour_who_came(read):
    found = facts(read(_SUMMIT + "La senadora Ana Ferro, invitada como oradora de honor, abrió "
                       "la cumbre."))
    assert ("Ana Ferro", "invitedTo", "Europa Firme") in found
    assert ("Ana Ferro", "participatedIn", "Europa Firme") in found


# A headline's name and the body's name with its year are one event the text reports.

def test_the_headline_edition_and_the_dated_one_are_one_topic(read):
    text = ("La Cumbre Andina reúne a la derecha en Lima\n\n"
            "LIMA.– La Cumbre Andina 2026 arrancó el sábado en un hotel de Miraflores con mil "
            "asistentes. Hubo discursos sobre seguridad. Se habló de economía. Se habló de "
            "migración. Se votó una declaración. Hubo un almuerzo. Se cerró con música.\n\n"
            "El senador Tomás Lerma no asistió a la cumbre.")
    found = facts(read(text))
    assert ("Tomás Lerma", "not participatedIn", "Cumbre Andina 2026") in found


# Not answering or not accepting an invitation denies the answer, not the invitation.

def test_not_answering_the_invitation_was_still_an_invitation(read):
    found = facts(read(_SUMMIT + "La senadora Ana Ferro ni siquiera respondió a la invitación "
                       "para la cumbre."))
    assert ("Ana Ferro", "invitedTo", "Europa Firme") in found
    assert ("Ana Ferro", "not invitedTo", "Europa Firme") not in found


def test_not_accepting_the_invitation(read):
    found = facts(read(_SUMMIT + "Tomás Lerma no aceptó la invitación a la cumbre."))
    assert ("Tomás Lerma", "invitedTo", "Europa Firme") in found


def test_receiving_no_invitation_is_none(read):
    found = facts(read(_SUMMIT + "Tomás Lerma no recibió ninguna invitación para la cumbre."))
    assert ("Tomás Lerma", "invitedTo", "Europa Firme") not in found


# Not being able to travel, for whatever reason, is an absence from the reported event.

def test_could_not_travel_because_of_a_vote(read):
    found = facts(read(_SUMMIT + "El senador Tomás Lerma, invitado de honor, no pudo viajar por "
                       "una votación en el Senado."))
    assert ("Tomás Lerma", "not participatedIn", "Europa Firme") in found


def test_could_not_come_because_of_the_agenda(read):
    found = facts(read(_SUMMIT + "La senadora Ana Ferro no pudo venir por motivos de agenda."))
    assert ("Ana Ferro", "not participatedIn", "Europa Firme") in found


def test_being_able_to_travel_is_no_absence(read):
    found = facts(read(_SUMMIT + "La senadora Ana Ferro pudo viajar por fin."))
    assert ("Ana Ferro", "not participatedIn", "Europa Firme") not in found
