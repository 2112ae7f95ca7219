"""The parse extractor on who takes part in, is invited to or stays away from the event a
text is about, said the ways news says it: a summit named after a town and a lone article,
a title of what one heads before a name ("el jefe de gobierno porteño, X"), a refusal
coordinated after a reported clause, a way of speaking that is no speech, a count that is
no pair.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import entity_classes, facts

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
    classes = entity_classes(extraction)
    assert classes.get("Bajo la Tormenta") not in ("Event", "Summit")


# ---------------------------------------------------------------- a turn at the event


_RALLY = "Vox celebró el sábado en Jaén el Foro Campo Vivo ante dos mil personas. "


def test_going_up_to_the_stage_is_taking_part(read):
    for sentence in ("El agricultor Pedro Gil subió al escenario para denunciar el abandono.",
                     "Después, la senadora Ana Ruiz se subió a la tribuna.",
                     "Al estrado subió a continuación el alcalde Tomás Lerma."):
        found = facts(read(_RALLY + sentence))
        assert any(r == "participatedIn" and o == "Foro Campo Vivo" for _, r, o in found), \
            sentence


def test_going_up_elsewhere_is_no_turn(read):
    for sentence in ("El agricultor Pedro Gil subió al coche sin hablar con la prensa.",
                     "La senadora Ana Ruiz subió los impuestos cuando gobernaba."):
        found = facts(read(_RALLY + sentence))
        assert not any(r == "participatedIn" for _, r, _ in found), sentence


def test_speaking_before_an_audience_is_taking_part(read):
    for sentence in ("Javier Milei habló durante cuarenta minutos ante un auditorio entregado.",
                     "La senadora Ana Ruiz intervino ante dos mil simpatizantes.",
                     "Ante un público entusiasta habló después el alcalde Tomás Lerma."):
        found = facts(read(_RALLY + sentence))
        assert any(r == "participatedIn" and o == "Foro Campo Vivo" for _, r, o in found), \
            sentence


def test_speaking_before_a_judge_or_the_press_is_no_turn(read):
    for sentence in ("El agricultor Pedro Gil habló ante el juez durante una hora.",
                     "La senadora Ana Ruiz habló ante la prensa en Madrid."):
        found = facts(read(_RALLY + sentence))
        assert not any(r == "participatedIn" for _, r, _ in found), sentence


def test_the_star_or_the_one_in_charge_of_a_turn_takes_part(read):
    for sentence, name in (
            ("El presidente de Vox, Santiago Abascal, fue el protagonista de la tarde.",
             "Santiago Abascal"),
            ("La gran protagonista de la jornada fue la senadora Ana Ruiz.", "Ana Ruiz"),
            ("La concejala Marta Solís fue la encargada de presentar a Abascal.", "Marta Solís"),
            ("El alcalde Tomás Lerma fue el encargado de cerrar el acto.", "Tomás Lerma"),
            ("El primero en tomar la palabra fue el diputado chileno Johannes Kaiser.",
             "Johannes Kaiser"),
            ("La última en intervenir fue la senadora Ana Ruiz.", "Ana Ruiz")):
        found = facts(read(_RALLY + sentence))
        assert (name, "participatedIn", "Foro Campo Vivo") in found, sentence


def test_a_star_of_a_quarrel_or_a_charge_without_a_turn_is_no_participant(read):
    for sentence in ("La senadora Ana Ruiz fue la protagonista de la polémica del año pasado.",
                     "El diputado Tomás Lerma es el encargado de las finanzas del partido.",
                     "El primero en reconocer la derrota fue el diputado Pedro Gil."):
        found = facts(read(_RALLY + sentence))
        assert not any(r == "participatedIn" for _, r, _ in found), sentence


def test_being_there_too_is_taking_part(read):
    for sentence in ("Sí estuvieron el exdiputado Pedro Gil y la senadora Ana Ruiz.",
                     "Asimismo estuvieron el exdiputado Pedro Gil y la senadora Ana Ruiz."):
        found = facts(read(_RALLY + "El alcalde Luis Mora no acudió. " + sentence))
        assert ("Pedro Gil", "participatedIn", "Foro Campo Vivo") in found, sentence
        assert ("Ana Ruiz", "participatedIn", "Foro Campo Vivo") in found, sentence
        assert ("Luis Mora", "not participatedIn", "Foro Campo Vivo") in found, sentence


def test_being_of_one_mind_or_elsewhere_is_no_attendance(read):
    for sentence in ("También estuvieron de acuerdo el exdiputado Pedro Gil y la senadora Ana "
                     "Ruiz.", "Sí estuvieron reunidos a la misma hora en Roma el exdiputado "
                     "Pedro Gil y la senadora Ana Ruiz."):
        found = facts(read(_RALLY + sentence))
        assert not any(r == "participatedIn" for _, r, _ in found), sentence


def test_going_on_behalf_of_a_party(read):
    for sentence, name, party in (
            ("Por parte de Vox viajó el eurodiputado Jorge Buxadé.", "Jorge Buxadé", "Vox"),
            ("En representación de Vox viajó la diputada Ana Ruiz.", "Ana Ruiz", "Vox")):
        found = facts(read(_RALLY + sentence))
        assert (name, "represents", party) in found, sentence
        assert (name, "participatedIn", "Foro Campo Vivo") in found, sentence


def test_a_turn_not_taken_is_a_negated_participation(read):
    found = facts(read(_RALLY + "La senadora Ana Ruiz no subió al escenario."))
    assert ("Ana Ruiz", "not participatedIn", "Foro Campo Vivo") in found


# ---------------------------------------------------------------- a turn called off


def test_a_speech_called_off_is_an_absence(read):
    for sentence, name in (
            ("El presidente salvadoreño, Nayib Bukele, anunciado como orador, no llegó y su "
             "intervención fue cancelada sin más explicaciones.", "Nayib Bukele"),
            ("La participación de Marine Le Pen fue suspendida a última hora.",
             "Marine Le Pen")):
        found = facts(read(_RALLY + sentence))
        assert (name, "not participatedIn", "Foro Campo Vivo") in found, sentence


def test_a_speech_applauded_is_no_absence(read):
    found = facts(read(_RALLY + "La intervención de Marine Le Pen fue aplaudida."))
    assert ("Marine Le Pen", "not participatedIn", "Foro Campo Vivo") not in found


# ---------------------------------------------------------------- one year's edition


def test_a_dated_edition_of_a_series_is_the_event_the_text_is_about(read):
    found = facts(read("La edición 2026 de la CPAC reunió a miles de conservadores en Maryland. "
                       "Javier Milei habló ante un auditorio entregado. El chileno Johannes "
                       "Kaiser compartió panel con el argentino Agustín Laje."))
    assert ("Javier Milei", "participatedIn", "CPAC 2026") in found
    assert ("Johannes Kaiser", "participatedIn", "CPAC 2026") in found
    assert ("Agustín Laje", "participatedIn", "CPAC 2026") in found
    assert not any(o == "CPAC" and r == "participatedIn" for _, r, o in found)


def test_a_dated_edition_written_with_de(read):
    found = facts(read("La edición de 2025 de la CPAC se celebró en Maryland. Allí intervino "
                       "Javier Milei."))
    assert ("Javier Milei", "participatedIn", "CPAC 2025") in found


def test_a_series_named_without_an_edition_stays_the_series(read):
    found = facts(read("Javier Milei participó en la CPAC por tercera vez."))
    assert ("Javier Milei", "participatedIn", "CPAC") in found


# ---------------------------------------------------------------- a participle's own noun


def test_an_organizer_after_a_complement_the_participle_does_not_agree_with(read):
    found = facts(read("La edición 2026 de la CPAC, la gran conferencia anual del "
                       "conservadurismo estadounidense, organizada por la Conservative Political "
                       "Action Coalition, reservó una jornada a América Latina."))
    assert ("CPAC 2026", "organizedBy", "Conservative Political Action Coalition") in found


def test_a_forum_organized_by_a_foundation_after_a_masculine_complement(read):
    found = facts(read("El Foro Atlántico, la gran cita anual del liberalismo iberoamericano, "
                       "organizada por la Fundación Horizonte, abrió sus puertas."))
    assert ("Foro Atlántico", "organizedBy", "Fundación Horizonte") in found


# ---------------------------------------------------------------- the guests of a meal


def test_the_guests_of_a_breakfast_are_not_the_events(read):
    found = facts(read("La edición 2026 de la CPAC reunió a miles de conservadores. Al día "
                       "siguiente, Kevin Roberts ofreció un desayuno privado a una docena de "
                       "invitados, entre ellos Johannes Kaiser y Jorge Buxadé."))
    assert not any(r == "invitedTo" for _, r, _ in found)


def test_the_guests_of_a_dinner_are_not_the_events(read):
    found = facts(read("Vox celebró el Foro Campo Vivo. Por la noche, Abascal dio una cena a "
                       "varios invitados, entre ellos Pedro Gil y Ana Ruiz."))
    assert not any(r == "invitedTo" for _, r, _ in found)


def test_the_guests_of_the_event_are_still_its_guests(read):
    found = facts(read("Vox celebró el Foro Campo Vivo. Acudieron varios invitados "
                       "extranjeros, entre ellos Pedro Gil y Ana Ruiz."))
    assert ("Pedro Gil", "invitedTo", "Foro Campo Vivo") in found


def test_a_participle_agreeing_with_the_complement_is_the_complements(read):
    found = facts(read("El Foro Atlántico, la gran cita anual del partido, fundado por Luis "
                       "Mora, abrió sus puertas."))
    assert ("Foro Atlántico", "organizedBy", "Luis Mora") not in found


# ---------------------------------------------------------------- the venue, the next speakers


def test_not_coming_to_the_venue_is_an_absence(read):
    for venue in ("al polideportivo", "al teatro", "a la plaza de toros", "al hotel"):
        found = facts(read("Vox celebró ayer en Alzira el Foro Campo Vivo. El alcalde de Alzira, "
                           f"Diego Gómez, del PP, no acudió {venue}."))
        assert ("Diego Gómez", "not participatedIn", "Foro Campo Vivo") in found, venue


def test_not_coming_to_another_occasion_says_nothing_of_the_event(read):
    found = facts(read("Vox celebró ayer en Alzira el Foro Campo Vivo. El alcalde Diego Gómez "
                       "no acudió a la boda de su sobrino."))
    assert not any(s == "Diego Gómez" and "participatedIn" in r for s, r, _ in found)


def test_those_who_followed_at_the_lectern(read):
    found = facts(read(_RALLY + "El primero en tomar la palabra fue Johannes Kaiser. Le "
                                "siguieron el actor mexicano Eduardo Verástegui, el politólogo "
                                "argentino Agustín Laje y la senadora Paloma Valencia."))
    for name in ("Johannes Kaiser", "Eduardo Verástegui", "Agustín Laje", "Paloma Valencia"):
        assert (name, "participatedIn", "Foro Campo Vivo") in found, name


def test_what_followed_is_no_speaker(read):
    found = facts(read(_RALLY + "Le siguieron dos horas de debate sobre el campo."))
    assert not any(r == "participatedIn" for _, r, _ in found)


def test_those_who_came_with_the_speaker(read):
    found = facts(read(_RALLY + "Abascal llegó pasadas las siete, acompañado de la presidenta "
                                "regional, Marta Castelló, y del secretario provincial, Álvaro "
                                "Sanchis."))
    assert ("Marta Castelló", "participatedIn", "Foro Campo Vivo") in found
    assert ("Álvaro Sanchis", "participatedIn", "Foro Campo Vivo") in found


def test_coming_with_no_one_named(read):
    found = facts(read(_RALLY + "La senadora Ana Ruiz llegó acompañada de su familia."))
    assert {s for s, r, _ in found if r == "participatedIn"} <= {"Ana Ruiz"}


def test_coming_with_ones_wife_names_no_participant(read):
    found = facts(read(_RALLY + "Abascal llegó acompañado de su esposa; Pedro Gil, que se "
                                "presenta por primera vez, lo hizo a mediodía."))
    assert ("Pedro Gil", "participatedIn", "Foro Campo Vivo") not in found


# ---------------------------------------------------------------- a network's own forum


def test_the_forum_of_a_network_is_an_event_it_organizes(read):
    found = facts(read("Javier Milei fue invitado a la CPAC Argentina. Pero el diputado Juan "
                       "Pérez participó el mes pasado en el foro de la Red Iberoamericana de "
                       "Centros Liberales en Asunción."))
    event = "Foro de la Red Iberoamericana de Centros Liberales"
    assert ("Juan Pérez", "participatedIn", event) in found
    assert (event, "organizedBy", "Red Iberoamericana de Centros Liberales") in found
    assert ("Juan Pérez", "participatedIn", "CPAC Argentina") not in found


def test_the_seminar_of_a_foundation_is_an_event_it_organizes(read):
    found = facts(read("La senadora Ana Ruiz intervino ayer en el seminario de la Fundación "
                       "Horizonte sobre inmigración."))
    assert ("Ana Ruiz", "participatedIn", "Seminario de la Fundación Horizonte") in found


def test_a_partys_forum_is_the_event_already_named(read):
    found = facts(read("Vox celebró en Madrid la cumbre Europa Viva. Abascal cerró el foro de "
                       "Vox con un discurso."))
    assert ("Santiago Abascal", "participatedIn", "Europa Viva") in found
    assert not any(o.startswith("Foro de Vox") for _, _, o in found)


def test_a_stand_in_who_travelled_takes_part(read):
    found = facts(read(_RALLY + "El presidente Luis Mora no acudió. En su lugar viajó el "
                                "consejero de Agricultura, Ramón Fernández."))
    assert ("Ramón Fernández", "participatedIn", "Foro Campo Vivo") in found
    assert ("Luis Mora", "not participatedIn", "Foro Campo Vivo") in found


def test_staying_home_instead_is_no_attendance(read):
    found = facts(read(_RALLY + "En su lugar, Ramón Fernández prefirió quedarse en casa."))
    assert not any(r == "participatedIn" for _, r, _ in found)


# ---------------------------------------------------------------- a signing in another year


def test_a_manifesto_signed_in_another_year_is_not_signed_at_the_event(read):
    found = facts(read("Los Patriotas celebraron en Viena la Conferencia de la Soberanía. Pedro "
                       "Gil y Ana Ruiz firmaron en 2019 en esta misma ciudad el manifiesto "
                       "fundacional."))
    assert not any(r == "participatedIn" for _, r, _ in found)


def test_a_manifesto_signed_at_the_event(read):
    found = facts(read("Los Patriotas celebraron en Viena la Conferencia de la Soberanía. Pedro "
                       "Gil y Ana Ruiz firmaron el sábado el manifiesto final."))
    assert ("Pedro Gil", "participatedIn", "Conferencia de la Soberanía") in found


# ---------------------------------------------------------------- on the list of guests


def test_being_on_the_list_of_guests_or_speakers(read):
    for sentence, relation in (
            ("El exdiputado Pedro Gil estaba en la lista de invitados.", "invitedTo"),
            ("La senadora Ana Ruiz aparece en la nómina de oradores.", "participatedIn"),
            ("Pedro Gil figura en la relación de participantes.", "participatedIn")):
        found = facts(read(_RALLY + sentence))
        assert any(r == relation and o == "Foro Campo Vivo" for _, r, o in found), sentence


def test_not_being_on_the_list_of_guests(read):
    for sentence in ("Iván Espinosa de los Monteros, exportavoz de Vox, no estaba en la lista "
                     "de invitados.", "El exdiputado Iván Espinosa de los Monteros no figuraba "
                     "en la lista de invitados."):
        found = facts(read(_RALLY + sentence))
        assert ("Iván Espinosa de los Monteros", "not invitedTo", "Foro Campo Vivo") in found, \
            sentence


def test_a_waiting_list_is_no_guest_list(read):
    found = facts(read(_RALLY + "Pedro Gil estaba en la lista de espera del hospital."))
    assert not any(r in ("invitedTo", "participatedIn") for _, r, _ in found)


def test_those_who_did_come_after_an_absence(read):
    found = facts(read("La edición 2026 de la CPAC reunió a miles en Maryland. El gran ausente "
                       "fue Nayib Bukele. Sí estuvieron el exdiputado brasileño Pedro Gil, que "
                       "reside en Texas desde 2025 y se presenta como el «embajador» de su padre, "
                       "y la senadora Ana Ruiz, que compartió panel con el argentino Tomás Lerma."))
    assert ("Pedro Gil", "participatedIn", "CPAC 2026") in found
    assert ("Ana Ruiz", "participatedIn", "CPAC 2026") in found


def test_guests_who_did_not_travel_to_the_city(read):
    found = facts(read("Vox celebró en Madrid la cumbre Europa Soberana. La alemana Alice Weidel "
                       "y el polaco Mateusz Morawiecki figuraban entre los invitados, pero "
                       "finalmente no viajaron a Madrid."))
    assert ("Alice Weidel", "invitedTo", "Europa Soberana") in found
    assert ("Alice Weidel", "not participatedIn", "Europa Soberana") in found
    assert ("Mateusz Morawiecki", "not participatedIn", "Europa Soberana") in found


def test_welcoming_the_audience_and_the_next_speaker(read):
    found = facts(read(_RALLY + "El alcalde Tomás Lerma dio la bienvenida a los asistentes. Lo "
                                "siguió el argentino Agustín Laje."))
    assert ("Tomás Lerma", "participatedIn", "Foro Campo Vivo") in found
    assert ("Agustín Laje", "participatedIn", "Foro Campo Vivo") in found


def test_shaking_hands_with_reporters_is_no_turn(read):
    found = facts(read(_RALLY + "El alcalde Tomás Lerma dio la mano a los periodistas."))
    assert not any(r == "participatedIn" for _, r, _ in found)


# ---------------------------------------------------------------- "además de" after a list


def test_members_added_with_besides(read):
    found = facts(read("Orbán fundó en 2024 Patriotas por Europa, la alianza a la que hoy "
                       "pertenecen el FPÖ, Fidesz y ANO, además de Vox y Agrupación Nacional."))
    for party in ("Vox", "Agrupación Nacional", "Fidesz"):
        assert (party, "memberOf", "Patriotas por Europa") in found, party
    assert not any(s in ("FPÖ", "Fidesz", "ANO", "Vox") and r == "memberOf" and
                   o in ("Vox", "Agrupación Nacional") for s, r, o in found)


def test_speakers_added_with_besides(read):
    found = facts(read("Vox celebró la cumbre Europa Soberana. Asistieron Marine Le Pen y André "
                       "Ventura, además de Giorgia Meloni y del húngaro Viktor Orbán."))
    for name in ("Marine Le Pen", "Giorgia Meloni", "Viktor Orbán"):
        assert (name, "participatedIn", "Europa Soberana") in found, name


def test_besides_unnamed_people_adds_no_one(read):
    found = facts(read("Vox celebró la cumbre Europa Soberana. Asistieron Marine Le Pen y André "
                       "Ventura, además de varios empresarios."))
    assert {s for s, r, _ in found if r == "participatedIn"} == {"Marine Le Pen", "André Ventura"}


# ---------------------------------------------------------------- titles, turned-down invitations


def test_the_name_after_two_coordinated_titles(read):
    found = facts(read(_RALLY + "Abascal llegó acompañado de la presidenta de Vox en la región y "
                                "candidata a la Junta, Marta Castelló, y del secretario "
                                "provincial, Álvaro Sanchis."))
    assert ("Marta Castelló", "participatedIn", "Foro Campo Vivo") in found
    assert ("Álvaro Sanchis", "participatedIn", "Foro Campo Vivo") in found


def test_the_rival_of_someone_is_the_name_in_apposition(read):
    found = facts(read(_RALLY + "Acudió al foro el rival de Abascal, Pedro Gil."))
    assert ("Pedro Gil", "participatedIn", "Foro Campo Vivo") in found
    assert ("Santiago Abascal", "participatedIn", "Foro Campo Vivo") not in found


def test_turning_down_an_invitation_is_still_an_invitation(read):
    found = facts(read(_RALLY + "El alcalde Pedro Gil rechazó la invitación al foro."))
    assert ("Pedro Gil", "invitedTo", "Foro Campo Vivo") in found
    assert ("Pedro Gil", "not invitedTo", "Foro Campo Vivo") not in found
    assert ("Pedro Gil", "not participatedIn", "Foro Campo Vivo") in found


def test_denying_an_invitation_denies_it(read):
    found = facts(read(_RALLY + "El alcalde Pedro Gil negó haber recibido una invitación al "
                                "foro."))
    assert ("Pedro Gil", "invitedTo", "Foro Campo Vivo") not in found


def test_turning_down_an_invitation_to_an_edition_to_come(read):
    found = facts(read("Javier Milei fue invitado a la CPAC Argentina. El diputado Pedro Gil "
                       "rechazó una invitación para participar en la próxima CPAC Argentina."))
    assert ("Pedro Gil", "invitedTo", "CPAC Argentina") in found
    assert ("Pedro Gil", "not participatedIn", "CPAC Argentina") not in found


# ---------------------------------------------------------------- a group's name after its noun


def test_organizers_listed_after_organized_by_with_a_network_name(read):
    found = facts(read("Una veintena de alcaldes participan en el Foro Ciudades Seguras, un "
                       "encuentro organizado por el Gobierno salvadoreño y la red municipal "
                       "Alcaldes por el Orden."))
    assert ("Foro Ciudades Seguras", "organizedBy", "Alcaldes por el Orden") in found


def test_an_association_named_with_a_title_word(read):
    found = facts(read("La asociación juvenil Concejales por la Libertad organizó el Foro Campo "
                       "Vivo en Jaén."))
    assert ("Foro Campo Vivo", "organizedBy", "Concejales por la Libertad") in found


def test_a_mayor_of_a_city_is_still_a_title(read):
    found = facts(read("El alcalde de Lima, Pedro Gil, habló en el Foro Campo Vivo."))
    assert ("Pedro Gil", "holdsOffice", "Alcalde de Lima") in found


# ---------------------------------------------------------------- a known event "de" its owner


def test_a_known_series_of_a_party_is_the_partys_event(read):
    for sentence in ("El diputado Pedro Gil ya participó en 2024 en la cumbre Europa Viva de Vox.",
                     "La senadora Ana Ruiz intervino en el festival Europa Viva de Vox."):
        found = facts(read(sentence))
        assert ("Europa Viva", "organizedBy", "Vox") in found, sentence
        assert any(r == "participatedIn" and o == "Europa Viva" for _, r, o in found), sentence


def test_an_unknown_name_with_de_stays_one_name(read):
    found = facts(read("El diputado Pedro Gil participó en el Foro Atlántico de Vox."))
    assert not any(o == "Vox" and r == "participatedIn" for _, r, o in found)


def test_turns_told_in_other_orders(read):
    for sentence, names in (
            ("Ante un auditorio entregado habló después Javier Milei.", ("Javier Milei",)),
            ("Al escenario subieron después Marine Le Pen y André Ventura.",
             ("Marine Le Pen", "André Ventura")),
            ("La encargada de clausurar el acto fue la senadora Ana Ruiz.", ("Ana Ruiz",)),
            ("Los siguientes en intervenir fueron Marine Le Pen y André Ventura.",
             ("Marine Le Pen", "André Ventura")),
            ("Por parte del PP acudieron los diputados Pedro Gil y Ana Ruiz.",
             ("Pedro Gil", "Ana Ruiz"))):
        found = facts(read(_RALLY + sentence))
        for name in names:
            assert (name, "participatedIn", "Foro Campo Vivo") in found, sentence


def test_the_one_in_charge_of_the_accounts_takes_no_turn(read):
    found = facts(read(_RALLY + "El responsable de las cuentas del partido es el diputado Pedro "
                                "Gil."))
    assert not any(r == "participatedIn" for _, r, _ in found)
