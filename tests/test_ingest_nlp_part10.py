"""The parse extractor on who takes part in, is invited to or stays away from the event a
text is about, said the ways news says it: a summit named after a town and a lone article,
a title of what one heads before a name ("el jefe de gobierno porteño, X"), a refusal
coordinated after a reported clause, a way of speaking that is no speech, a count that is
no pair.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _people(found, relation, event):
    return {s for s, r, o in found if r == relation and o == event}


# ---------------------------------------------------------------- a town, then the event's name


def test_an_article_after_a_town_opens_the_event_name(read):
    found = facts(read("La presidenta, Laura Gil, abrió este viernes en Lima la Cumbre Andina "
                       "por la Familia, un encuentro de tres días."))
    assert ("Laura Gil", "participatedIn", "Cumbre Andina por la Familia") in found


def test_an_article_after_a_city_opens_a_forum_name(read):
    found = facts(read("El senador Tomás Lerma inauguró ayer en Quito el Foro Regional de la "
                       "Libertad ante quinientos asistentes."))
    assert ("Tomás Lerma", "participatedIn", "Foro Regional de la Libertad") in found


def test_a_place_name_with_its_own_article_stays_whole(read):
    extraction = read("El alcalde de Alcalá la Real, Pedro Soto, asistió al mitin.")
    assert not any(e.label.startswith("Real") for e in extraction.entities)


# ---------------------------------------------------------------- a title of what one heads


def test_the_head_of_a_government_is_the_name_beside_the_title(read):
    found = facts(read("Los alcaldes participan en el Foro Ciudades Libres. El alcalde de "
                       "Bogotá, Carlos Fernando Galán, rechazó la invitación. El jefe de gobierno "
                       "porteño, Jorge Macri, tampoco asistió."))
    assert ("Jorge Macri", "not participatedIn", "Foro Ciudades Libres") in found
    assert ("Carlos Fernando Galán", "participatedIn", "Foro Ciudades Libres") not in found


def test_the_head_of_a_campaign_is_the_name_beside_the_title(read):
    found = facts(read("Vox celebró el Foro Ciudades Libres. La senadora Ana Ruiz acudió con su "
                       "equipo. La jefa de campaña, Marta Solís, acudió al foro."))
    assert ("Marta Solís", "participatedIn", "Foro Ciudades Libres") in found
    assert ("Ana Ruiz", "participatedIn", "Foro Ciudades Libres") in found


# ---------------------------------------------------------------- after a reported clause


def test_declining_after_a_reported_invitation_is_the_guests(read):
    found = facts(read("Se celebró el Foro Ciudades Libres. El portavoz, Luis Mora, dijo a la "
                       "prensa que el boliviano Rodrigo Paz había sido invitado, pero declinó "
                       "asistir por motivos de agenda."))
    assert ("Rodrigo Paz", "invitedTo", "Foro Ciudades Libres") in found
    assert ("Rodrigo Paz", "not participatedIn", "Foro Ciudades Libres") in found
    assert not any(s == "Luis Mora" and "participatedIn" in r for s, r, _ in found)


def test_coming_after_a_reported_invitation_is_the_guests(read):
    found = facts(read("Se celebró el Foro Ciudades Libres. Luis Mora explicó que la senadora "
                       "Ana Ruiz fue invitada y finalmente acudió."))
    assert ("Ana Ruiz", "participatedIn", "Foro Ciudades Libres") in found
    assert ("Luis Mora", "participatedIn", "Foro Ciudades Libres") not in found


def test_a_speakers_own_clause_keeps_the_speaker(read):
    found = facts(read("Se celebró el Foro Ciudades Libres. El diputado Luis Mora aseguró que "
                       "la cita fue un éxito y después acudió a la cena."))
    assert not any(s == "Luis Mora" and r == "not participatedIn" for s, r, _ in found)


# ---------------------------------------------------------------- a way of speaking


def test_winning_seats_with_a_speech_is_a_stance(read):
    found = facts(read("Kast fue invitado a la CPAC Argentina. Identidad Soberana, el partido "
                       "del abogado Pablo Ríos, obtuvo dos bancas con un discurso antisistema."))
    assert not _people(found, "participatedIn", "CPAC Argentina")


def test_rising_with_a_message_is_no_attendance(read):
    found = facts(read("Vox organizó el Foro Campo Vivo. El agricultor Pedro Gil ganó "
                       "seguidores con un discurso contra Bruselas."))
    assert ("Pedro Gil", "participatedIn", "Campo Vivo") not in found
    assert ("Pedro Gil", "participatedIn", "Foro Campo Vivo") not in found


def test_the_speech_of_someone_at_the_event_is_taking_part(read):
    found = facts(read("Vox celebró en Toledo la cumbre Europa Soberana. El discurso de Marine "
                       "Le Pen cerró la jornada."))
    assert ("Marine Le Pen", "participatedIn", "Europa Soberana") in found


# ---------------------------------------------------------------- a count is no pair


def test_a_distance_in_steps_is_no_pair_of_people(read):
    found = facts(read("Orbán habló en Praga.\n\nLa eurodiputada Eva Novak recibe a este diario "
                       "en un café, a dos pasos del Parlamento."))
    assert not any(r == "met" for _, r, _ in found)


def test_the_two_leaders_are_the_pair_named_before(read):
    found = facts(read("Kast y Milei se vieron en Madrid. Los dos líderes cenaron con Abascal."))
    assert ("José Antonio Kast", "met", "Santiago Abascal") in found
    assert ("Javier Milei", "met", "Santiago Abascal") in found


# ---------------------------------------------------------------- backing an event


def test_a_party_backing_a_summit_endorses_no_one(read):
    found = facts(read("El presidente Luis Mora abrió la Cumbre Andina. La cumbre, convocada por "
                       "la Fundación Horizonte y respaldada por el Partido Colorado, se celebra "
                       "en Luque."))
    assert ("Cumbre Andina", "organizedBy", "Fundación Horizonte") in found
    assert not any(r == "endorsed" for _, r, _ in found)


def test_a_rally_supported_by_a_party_is_no_endorsement(read):
    found = facts(read("El senador Luis Mora habló en el Foro Patria Libre. El foro, apoyado "
                       "por Vox, reunió a mil personas."))
    assert not any(r == "endorsed" for _, r, _ in found)


def test_a_candidate_backed_by_a_party_is_endorsed(read):
    found = facts(read("La candidata Ana Ruiz, respaldada por el Partido Colorado, abrió la "
                       "campaña en Asunción."))
    assert ("Partido Colorado", "endorsed", "Ana Ruiz") in found


# ---------------------------------------------------------------- a chamber's constituency


def test_a_deputy_for_a_constituency_sits_in_no_event(read):
    extraction = read("En la primera fila se sentaron también el diputado en el Congreso por "
                      "Valencia Ignacio Gil Lázaro y varios concejales.")
    assert not any(e.label.startswith("Congreso por") for e in extraction.entities)


def test_a_senator_for_a_province_sits_in_no_event(read):
    extraction = read("El Foro Campo Vivo reunió a doscientos agricultores. Asistió el senador "
                      "en el Senado por Sevilla Ana Ruiz.")
    assert not any(e.label.startswith("Senado por") for e in extraction.entities)
    assert ("Ana Ruiz", "participatedIn", "Foro Campo Vivo") in facts(extraction)


def test_a_congress_for_a_cause_is_still_an_event(read):
    found = facts(read("Vox celebró el Congreso por la Familia en Madrid."))
    assert ("Congreso por la Familia", "organizedBy", "Vox") in found


# ---------------------------------------------------------------- a quoted event name


def test_a_quoted_name_an_event_noun_governs_is_an_event(read):
    found = facts(read("Unas dos mil personas llenaron el pabellón en el acto central de la «Ruta "
                       "del Sur» de Vox. En la primera fila se sentaron el diputado Luis Mora y "
                       "la senadora Ana Ruiz."))
    assert ("Luis Mora", "participatedIn", "Ruta del Sur") in found
    assert ("Ana Ruiz", "participatedIn", "Ruta del Sur") in found


def test_a_quoted_name_with_an_event_apposition_is_an_event(read):
    found = facts(read("El diputado Luis Mora participó ayer en la «Marcha por Andalucía», una "
                       "gira de mítines por las ocho provincias."))
    assert ("Luis Mora", "participatedIn", "Marcha por Andalucía") in found


def test_a_quoted_title_of_a_book_is_no_event(read):
    extraction = read("Abascal presentó su libro «Bajo la Tormenta» en Madrid.")
    classes = {e.label: e.cls.rsplit("#", 1)[-1] for e in extraction.entities}
    assert classes.get("Bajo la Tormenta") not in ("Event", "Summit")
