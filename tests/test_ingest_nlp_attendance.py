"""The parse-based extractor on who stayed away from an event, who was invited to it and who
took part: implicative verbs ("declinó acudir", "no pudo asistir"), absences said with a noun
("excusó su asistencia", "canceló su viaje"), invitations said with a noun.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import entity_classes, facts, find

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read

OPENING = "Abascal inauguró la CPAC en Madrid. "


def test_declining_to_attend_is_staying_away(read):
    found = facts(read(OPENING + "Bukele declinó acudir."))
    assert ("Nayib Bukele", "not participatedIn", "CPAC") in found
    assert ("Nayib Bukele", "participatedIn", "CPAC") not in found


def test_could_in_the_preterite_states_what_was_done(read):
    assert ("Javier Milei", "not participatedIn", "CPAC") in facts(
        read("Milei no pudo asistir a la CPAC."))
    assert ("Javier Milei", "participatedIn", "CPAC") in facts(
        read("Milei pudo asistir a la CPAC."))
    # an ability is no attendance
    assert not any(r.endswith("participatedIn") for _, r, _ in facts(
        read("Milei puede asistir a la CPAC.")))


def test_an_absence_said_with_a_noun(read):
    found = facts(read(OPENING + "Kast excusó su asistencia por motivos de agenda."))
    assert ("José Antonio Kast", "not participatedIn", "CPAC") in found
    assert ("José Antonio Kast", "participatedIn", "CPAC") not in found
    assert ("Javier Milei", "not participatedIn", "CPAC") in facts(
        read(OPENING + "Milei justificó su ausencia."))


def test_calling_off_the_trip_outweighs_being_on_the_bill(read):
    found = facts(read(OPENING + "Milei, que figuraba en el programa, canceló su viaje."))
    assert ("Javier Milei", "not participatedIn", "CPAC") in found
    assert ("Javier Milei", "participatedIn", "CPAC") not in found


def test_calling_off_the_trip_and_speaking_by_video_is_taking_part(read):
    found = read(OPENING + "Milei canceló su viaje y envió un mensaje grabado en vídeo.")
    assert ("Javier Milei", "participatedIn", "CPAC") in facts(found)
    assert ("Javier Milei", "not participatedIn", "CPAC") not in facts(found)


def test_declining_the_invitation(read):
    found = facts(read(OPENING + "Kast declinó la invitación."))
    assert ("José Antonio Kast", "invitedTo", "CPAC") in found
    assert ("José Antonio Kast", "not participatedIn", "CPAC") in found


def test_an_invitation_sent_names_its_guest_not_its_host(read):
    found = facts(read(OPENING + "Vox cursó también una invitación al presidente Nayib Bukele."))
    assert ("Nayib Bukele", "invitedTo", "CPAC") in found
    assert ("Vox", "invitedTo", "CPAC") not in found


def test_attending_as_a_guest_is_both_invited_and_present(read):
    found = facts(read("Kast asistió como invitado a la CPAC."))
    assert ("José Antonio Kast", "invitedTo", "CPAC") in found
    assert ("José Antonio Kast", "participatedIn", "CPAC") in found
    # among the guests is not yet among those present
    found = facts(read(OPENING + "Entre los invitados figuraban Kast y Milei."))
    assert ("Javier Milei", "invitedTo", "CPAC") in found
    assert ("Javier Milei", "participatedIn", "CPAC") not in found


def test_convidar_invites(read):
    assert ("Javier Milei", "invitedTo", "CPAC") in facts(
        read("Milei fue convidado a la CPAC."))


def test_the_name_an_event_noun_describes_is_an_event(read):
    found = read("Kast intervino en una nueva edición de Atreju, la fiesta política organizada "
                 "por Hermanos de Italia.")
    assert ("José Antonio Kast", "participatedIn", "Atreju") in facts(found)
    assert ("Atreju", "organizedBy", "Hermanos de Italia") in facts(found)
    assert entity_classes(found)["Atreju"] == "Event"


def test_a_festival_held_in_a_city_is_not_named_after_it(read):
    found = read("Kast asistió a Viva 22, el festival de Vox en Madrid.")
    assert ("José Antonio Kast", "participatedIn", "Viva 22") in facts(found)
    assert ("Viva 22", "organizedBy", "Vox") in facts(found)
    assert "Festival de Madrid" not in {e.label for e in found.entities}


def test_those_who_paraded_through_the_stand_took_part(read):
    found = facts(read(OPENING + "Por la tribuna desfilaron el español Santiago Abascal, que "
                       "defendió la alianza de Patriotas por Europa; el chileno José Antonio "
                       "Kast, y el argentino Javier Milei, que presentó su libro."))
    for person in ("Santiago Abascal", "José Antonio Kast", "Javier Milei"):
        assert (person, "participatedIn", "CPAC") in found


def test_an_event_recalled_from_another_year_is_not_the_occasion_at_hand(read):
    found = facts(read("Abascal inauguró la CPAC en Madrid. Kast recordó que en 2022 había "
                       "asistido a Viva 22, el festival de Vox. Milei no acudió a la cita.",
                       issued="2027-05-07"))
    assert ("Javier Milei", "not participatedIn", "CPAC") in found
    assert ("Javier Milei", "not participatedIn", "Viva 22") not in found


def test_any_event_noun_names_the_quoted_words_after_it(read):
    found = read("ALMERÍA. Más de mil personas llenaron ayer el auditorio en el acto \"Almería "
                 "no se rinde\", de Vox. El encuentro contó con la presencia de Santiago "
                 "Abascal.", issued="2027-10-16")
    assert ("Santiago Abascal", "participatedIn", "Almería no se rinde") in facts(found)
    assert entity_classes(found)[
        "Almería no se rinde"] == "Event"


def test_coming_from_a_party_is_said_of_the_name_it_follows_only(read):
    found = facts(read("Abascal saludó a los nuevos afiliados. El concejal, procedente del "
                       "Partido Popular, habló después."))
    assert not any(r == "memberOf" and o == "Partido Popular" for _, r, o in found)


def test_two_titles_of_one_person_and_a_predicative_present(read):
    found = facts(read("Meloni inauguró la CPAC en Roma. El vicepresidente del Gobierno "
                       "italiano y líder de la Liga, Matteo Salvini, no acudió a la cita, en la "
                       "que sí estuvo presente el ministro de Asuntos Exteriores, Antonio Tajani."))
    assert ("Matteo Salvini", "not participatedIn", "CPAC") in found
    assert ("Giorgia Meloni", "not participatedIn", "CPAC") not in found
    assert ("Antonio Tajani", "participatedIn", "CPAC") in found


def test_a_panel_of_the_event_and_its_moderator(read):
    found = facts(read(OPENING + "Milei tomó la palabra al mediodía en una mesa sobre "
                       "inmigración moderada por el periodista Nicola Porro. Kast habló con "
                       "tono moderado por la tarde."))
    assert ("Javier Milei", "participatedIn", "CPAC") in found
    assert ("Nicola Porro", "participatedIn", "CPAC") in found


def test_a_trip_made_for_an_event_reports_the_attendance(read):
    assert ("Javier Milei", "participatedIn", "CPAC") in facts(
        read("Milei viajó a Madrid en octubre para participar en la CPAC."))
    # a trip still to come is a plan
    assert not any(r.endswith("participatedIn") for _, r, _ in facts(
        read("Milei viajará a Madrid para participar en la CPAC.")))


def test_a_partys_own_congress_is_one_gathering_it_organizes(read):
    found = read("Milei fue invitado a la convención del Partido Republicano, a la que no pudo "
                 "asistir.", issued="2027-05-07")
    assert ("Javier Milei", "invitedTo", "Convención del Partido Republicano") in facts(found)
    assert ("Javier Milei", "not participatedIn", "Convención del Partido Republicano") in \
        facts(found)
    # named already: the same gathering, not a second one
    found = read("La IV Convención Nacional de Vox terminó en Madrid. Kast fue invitado a la "
                 "convención de Vox.")
    assert not any(o == "Convención de Vox" for _, _, o in facts(found))


def test_a_summit_of_an_organization_held_elsewhere_is_a_gathering_of_its_own(read):
    found = read("El Gobierno de Uruguay no invitó a Kast a la cumbre de la Comunidad Andina "
                 "que se celebró en Quito en marzo.", issued="2026-05-07")
    assert ("José Antonio Kast", "not invitedTo", "Cumbre de la Comunidad Andina") in \
        facts(found)
    # said of the event the text is about, the same words name no second one
    found = read("La Fundación Atalaya celebró el Foro Iberosfera en Sevilla. Kast intervino "
                 "en la cumbre de la Fundación Atalaya.")
    assert ("José Antonio Kast", "participatedIn", "Foro Iberosfera") in facts(found)
    assert not any(o.startswith("Cumbre") for _, _, o in facts(found))


def test_a_name_an_event_noun_describes_is_an_event_whatever_its_head_word(read):
    found = read("Abascal reunió el domingo a sus dirigentes en la Concentración de "
                 "Valdemorillo, la cita anual que organiza Vox. Tampoco asistió el líder del PP, "
                 "Alberto Núñez Feijóo.", issued="2026-03-09")
    find(found, "Concentración de Valdemorillo", "organizedBy", "Vox")
    assert ("Alberto Núñez Feijóo", "not participatedIn", "Concentración de Valdemorillo") in \
        facts(found)
    # without the description, a movement keeps its head word's class
    found = read("La Concentración Democrática de Aragón se reunió con Vox.")
    assert not any(e.cls.endswith("Event") for e in found.entities)


def test_who_closes_an_event_said_after_it_took_part_in_it(read):
    # the one after the event, hung on it by the small model, not the one the text spoke of
    found = read("La Fundación Atalaya celebró el Foro Iberosfera en Sevilla. Tampoco asistió la "
                 "presidenta, Ana Ruiz.\n\nClausuró el foro el economista Tomás Lobos, asesor de "
                 "la fundación, cuyo discurso fue el más aplaudido.")
    find(found, "Tomás Lobos", "participatedIn", "Foro Iberosfera")
    assert ("Ana Ruiz", "participatedIn", "Foro Iberosfera") not in facts(found)


def test_who_gathers_others_at_an_event_is_there_unless_an_organization(read):
    found = read("El senador Tomás Lobos reunió el sábado a cuarenta alcaldes en el Foro "
                 "Iberosfera.")
    find(found, "Tomás Lobos", "participatedIn", "Foro Iberosfera")
    found = read("La Fundación Atalaya reunió el sábado a cuarenta alcaldes en el Foro "
                 "Iberosfera.")
    assert ("Fundación Atalaya", "participatedIn", "Foro Iberosfera") not in facts(found)
    # an event that gathers people still has them for participants
    found = read("El Foro Iberosfera reunió a Milei y a Abascal.")
    find(found, "Javier Milei", "participatedIn", "Foro Iberosfera")


def test_what_a_person_does_during_an_event_says_they_were_there(read):
    found = read("La Fundación Atalaya celebró el Foro Iberosfera en Sevilla. El senador Tomás "
                 "Lobos defendió una reforma fiscal durante el Foro Iberosfera.")
    find(found, "Tomás Lobos", "participatedIn", "Foro Iberosfera")
    # a denied act says nothing of being there
    found = read("La Fundación Atalaya celebró el Foro Iberosfera en Sevilla. El senador Tomás "
                 "Lobos no habló durante el Foro Iberosfera.")
    assert not any(s == "Tomás Lobos" and "participatedIn" in r for s, r, _ in facts(found))


def test_closing_something_that_is_no_event_is_no_part_in_the_one_at_hand(read):
    found = read("Tomás Lobos, que organiza la Cumbre Atlántica, cerró ayer la lista de oradores.")
    assert ("Tomás Lobos", "participatedIn", "Cumbre Atlántica") not in facts(found)
    found = read("La Fundación Atalaya celebró el Foro Iberosfera en Sevilla. El senador Tomás "
                 "Lobos cerró el acto.")
    find(found, "Tomás Lobos", "participatedIn", "Foro Iberosfera")


def test_a_series_named_in_the_plural_is_not_the_occasion_at_hand(read):
    found = read("Ana Ruiz prepara la segunda edición de la CPAC Chile. Ayer habló con la "
                 "fundación que convoca las CPAC en todo el mundo. Invitamos también a Nayib "
                 "Bukele, dijo Ruiz.")
    find(found, "Nayib Bukele", "invitedTo", "CPAC Chile")
    assert ("Nayib Bukele", "invitedTo", "CPAC") not in facts(found)
