"""The parse extractor on events and their people stated in running prose: event names whose
complement coordinates two nouns, lists of speakers and guests, organizers named by passives,
invitations and attendance.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _objects(extraction) -> set[str]:
    return {c.object for c in extraction.candidates}


# ------------------------------------------------ event names with a coordinated complement


def test_an_event_named_with_two_coordinated_nouns_keeps_its_name(read):
    found = facts(read("El partido Chega abrió este viernes en Oporto el IV Congreso Europeo de "
                       "la Identidad y la Nación, una cita de tres días que reúne a Santiago "
                       "Abascal y Marine Le Pen."))
    event = "IV Congreso Europeo de la Identidad y la Nación"
    assert ("Santiago Abascal", "participatedIn", event) in found
    assert ("Marine Le Pen", "participatedIn", event) in found
    assert not {f for f in found if f[2] == "IV Congreso Europeo de la Identidad"}


def test_a_coordinated_complement_named_by_its_organizer(read):
    found = facts(read("Viktor Orbán clausuró el domingo la Conferencia Atlántica de la "
                       "Libertad y la Soberanía, que organizó el Danube Institute."))
    event = "Conferencia Atlántica de la Libertad y la Soberanía"
    assert ("Viktor Orbán", "participatedIn", event) in found
    assert (event, "organizedBy", "Danube Institute") in found


def test_a_coordinated_complement_after_por(read):
    found = facts(read("Santiago Abascal y Marine Le Pen participaron ayer en la Cumbre por la "
                       "Familia y la Tradición, celebrada en Lisboa."))
    assert ("Santiago Abascal", "participatedIn", "Cumbre por la Familia y la Tradición") in found
    assert ("Marine Le Pen", "participatedIn", "Cumbre por la Familia y la Tradición") in found


def test_a_coordinated_complement_without_articles(read):
    found = facts(read("La exministra Laura Pizarro habló el viernes en el Congreso de Familia y "
                       "Soberanía, organizado por la Fundación Atlántica."))
    assert ("Congreso de Familia y Soberanía", "organizedBy", "Fundación Atlántica") in found


def test_a_foundation_named_by_two_coordinated_nouns(read):
    found = facts(read("La Cumbre Andina por la Libertad, organizada por la Fundación Libertad "
                       "y Progreso, reunió a Santiago Abascal."))
    assert ("Cumbre Andina por la Libertad", "organizedBy",
            "Fundación Libertad y Progreso") in found


def test_two_organizers_joined_by_y_stay_apart(read):
    for partner in ("Vox", "Atlas Network", "Libertad Digital"):
        found = facts(read(f"La Cumbre Europa Viva, organizada por la Fundación Disenso y "
                           f"{partner}, reunió a Santiago Abascal."))
        assert ("Cumbre Europa Viva", "organizedBy", "Fundación Disenso") in found, partner
        assert ("Cumbre Europa Viva", "organizedBy", partner) in found, partner


def test_an_event_and_a_person_after_y_stay_apart(read):
    names = _objects(read("Marine Le Pen elogió el Foro de la Familia y a Viktor Orbán."))
    assert not any("Orbán" in name and "Foro" in name for name in names)


def test_an_event_and_a_place_after_y_stay_apart(read):
    names = _objects(read("Vox organizó la Cumbre de la Familia y la Sevilla del próximo año "
                          "será la sede."))
    assert not any("Sevilla" in name and "Cumbre" in name for name in names)


# ------------------------------------------------- list items the small model detaches


def test_every_name_of_a_plain_list_of_three_attends(read):
    for text in ("La Cumbre Europa Viva reunió el sábado a Viktor Orbán, Martin Sellner y "
                 "Ellen Samyn.",
                 "La Cumbre Europa Viva reunió el sábado a Maximilian Krah, Martin Sellner y "
                 "Ellen Samyn."):
        found = facts(read(text))
        for name in ("Martin Sellner", "Ellen Samyn"):
            assert (name, "participatedIn", "Cumbre Europa Viva") in found, text


def test_every_name_of_a_list_of_three_is_met(read):
    found = facts(read("Santiago Abascal se reunió ayer con Maximilian Krah, Martin Sellner y "
                       "Ellen Samyn en Viena."))
    for name in ("Maximilian Krah", "Martin Sellner", "Ellen Samyn"):
        assert ("Santiago Abascal", "met", name) in found


def test_a_named_apposition_is_no_second_item(read):
    found = facts(read("Santiago Abascal recibió ayer a su asesor, Martin Sellner, en Madrid."))
    assert ("Santiago Abascal", "met", "Martin Sellner") in found
    assert not {f for f in found if f[2] == "Madrid"}


# --------------------------------------------- colon lists after a relative clause


def test_a_relative_clause_before_the_colon_keeps_the_list(read):
    found = facts(read("La Cumbre Europa Viva reunió el sábado a unos cuatrocientos asistentes "
                       "y a una lista de oradores que hace una década habría sido impensable "
                       "en un mismo atril: el eurodiputado alemán Maximilian Krah, el dirigente "
                       "austriaco Martin Sellner y la diputada flamenca Ellen Samyn."))
    for name in ("Maximilian Krah", "Martin Sellner", "Ellen Samyn"):
        assert (name, "participatedIn", "Cumbre Europa Viva") in found


def test_a_hypothetical_main_clause_still_asserts_no_list(read):
    found = facts(read("La Cumbre Europa Viva podría reunir a una lista de oradores que nadie "
                       "imaginaba: Maximilian Krah, Martin Sellner y Ellen Samyn."))
    assert not {f for f in found if f[1] == "participatedIn"}


# ---------------------------------------------------- organizers named with their owner


def test_an_organizer_named_with_its_leader_is_no_event(read):
    found = facts(read("La Cumbre Europa Viva, convocada por el Foro para la Democracia de "
                       "Thierry Baudet, reunió el sábado a una lista de oradores: el propio "
                       "Baudet, el eurodiputado alemán Maximilian Krah y la diputada flamenca "
                       "Ellen Samyn."))
    assert ("Cumbre Europa Viva", "organizedBy", "Foro para la Democracia") in found
    for name in ("Thierry Baudet", "Maximilian Krah", "Ellen Samyn"):
        assert (name, "participatedIn", "Cumbre Europa Viva") in found
    assert not {f for f in found if f[2].startswith("Foro") and f[1] == "participatedIn"}


def test_an_organizing_forum_in_other_words(read):
    found = facts(read("El Congreso Iberoamericano de la Vida, organizado por el Foro Atlántico "
                       "de Laura Pizarro, contó con Santiago Abascal y José Antonio Kast."))
    assert ("Congreso Iberoamericano de la Vida", "organizedBy", "Foro Atlántico") in found
    assert ("Santiago Abascal", "participatedIn", "Congreso Iberoamericano de la Vida") in found


# ------------------------------------------------------ organizers by passive and opening


def test_organizers_of_an_event_noun_with_a_titled_partner(read):
    for text in ("La Cumbre Atlántica se celebró ayer en Lisboa. El encuentro, organizado por "
                 "Ordo Iuris junto a la fundación húngara Centro para los Derechos "
                 "Fundamentales, cuenta entre sus oradores con Santiago Abascal.",
                 "La Cumbre Atlántica se celebró ayer en Lisboa. La cita, convocada por la "
                 "Fundación Disenso junto al instituto polaco Centro de Estudios Soberanos, "
                 "reunió a Santiago Abascal."):
        found = facts(read(text))
        organizers = {f[2] for f in found if f[:2] == ("Cumbre Atlántica", "organizedBy")}
        assert len(organizers) == 2, (text, found)
        assert ("Santiago Abascal", "participatedIn", "Cumbre Atlántica") in found


def test_a_group_that_opens_an_event_organizes_it(read):
    for text, group in (("El instituto Pro Vita inauguró este sábado en Cracovia la Cumbre "
                         "Europa Viva.", "Pro Vita"),
                        ("Vox clausuró el domingo la Cumbre Europa Viva en Madrid.", "Vox")):
        found = facts(read(text))
        assert ("Cumbre Europa Viva", "organizedBy", group) in found, text
        assert (group, "participatedIn", "Cumbre Europa Viva") not in found, text


def test_a_person_who_opens_an_event_takes_part(read):
    found = facts(read("Santiago Abascal inauguró el domingo la Cumbre Europa Viva en Madrid."))
    assert ("Santiago Abascal", "participatedIn", "Cumbre Europa Viva") in found
    assert not {f for f in found if f[1] == "organizedBy"}


# ------------------------------------------- guests who spoke, people seated at the event


def test_guests_of_a_colon_list_who_then_spoke_took_part(read):
    found = facts(read("La Cumbre Europa Viva reunió ayer en Madrid a veinte mil militantes. "
                       "Santiago Abascal recibió uno a uno a sus invitados extranjeros: el "
                       "primer ministro húngaro, Viktor Orbán; la francesa Marine Le Pen, y el "
                       "portugués André Ventura, que intervinieron por este orden."))
    for name in ("Viktor Orbán", "Marine Le Pen", "André Ventura"):
        assert (name, "invitedTo", "Cumbre Europa Viva") in found
        assert (name, "participatedIn", "Cumbre Europa Viva") in found


def test_guests_of_a_colon_list_alone_are_only_invited(read):
    found = facts(read("La Cumbre Europa Viva reunió ayer en Madrid a veinte mil militantes. "
                       "Vox anunció a sus invitados extranjeros: Viktor Orbán, Marine Le Pen y "
                       "André Ventura."))
    assert ("Viktor Orbán", "invitedTo", "Cumbre Europa Viva") in found
    assert ("Viktor Orbán", "participatedIn", "Cumbre Europa Viva") not in found


def test_people_seated_beside_the_host_take_part(read):
    for text in ("La Cumbre Europa Viva se celebró ayer en Madrid. En la primera fila se "
                 "sentaron Rocío Monasterio, Jorge Buxadé e Ignacio Garriga.",
                 "La Cumbre Europa Viva se celebró ayer en Madrid. En el escenario lo "
                 "flanqueaban Rocío Monasterio, Jorge Buxadé e Ignacio Garriga.",
                 "La Cumbre Europa Viva se celebró ayer en Madrid. En el palco la escoltaban "
                 "la diputada Rocío Monasterio; el eurodiputado Jorge Buxadé, e Ignacio "
                 "Garriga."):
        found = facts(read(text))
        for name in ("Rocío Monasterio", "Jorge Buxadé", "Ignacio Garriga"):
            assert (name, "participatedIn", "Cumbre Europa Viva") in found, text


def test_an_escort_in_the_street_is_no_participant(read):
    found = facts(read("La Cumbre Europa Viva se celebró ayer en Madrid. Varios policías "
                       "escoltaban a Santiago Abascal en la calle."))
    assert not {f for f in found if f[1] == "participatedIn"}


# ------------------------------------------------- an event noun with a naming participle


def test_an_event_named_by_a_participle(read):
    found = facts(read("En el acto bautizado \"Despierta Aragón\", que Vox montó ayer en el "
                       "estadio, Santiago Abascal presentó a Jorge Buxadé."))
    assert ("Despierta Aragón", "organizedBy", "Vox") in found
    assert ("Santiago Abascal", "participatedIn", "Despierta Aragón") in found
    found = facts(read("Santiago Abascal intervino en una cumbre conocida como \"Europa "
                       "Libre\", organizada por Vox."))
    assert ("Santiago Abascal", "participatedIn", "Europa Libre") in found


# ------------------------------------------------------------------- absences said plainly

_SUMMIT = "La Cumbre Europa Viva reunió el sábado en Madrid a cuatrocientos asistentes. "


def test_a_denied_being_there_is_an_absence(read):
    for text, name in (("Geert Wilders no estuvo.", "Geert Wilders"),
                       ("Tampoco viajó Alice Weidel, copresidenta de Alternativa para "
                        "Alemania.", "Alice Weidel"),
                       ("Tampoco estuvo, como era previsible, la primera ministra, Giorgia "
                        "Meloni.", "Giorgia Meloni"),
                       ("Marine Le Pen no vino finalmente.", "Marine Le Pen"),
                       ("El expresidente polaco Andrzej Duda, invitado por los organizadores, "
                        "no acudió finalmente a la capital.", "Andrzej Duda")):
        found = facts(read(_SUMMIT + text))
        assert (name, "not participatedIn", "Cumbre Europa Viva") in found, text


def test_a_denied_state_or_arrival_elsewhere_is_no_absence(read):
    for text in ("Geert Wilders no estuvo de acuerdo con el manifiesto.",
                 "Alice Weidel no llegó a tiempo para votar.",
                 "Geert Wilders no está bien de salud."):
        found = facts(read(_SUMMIT + text))
        assert not {f for f in found if f[1] == "not participatedIn"}, text


def test_being_there_asserted_alone_is_not_read_as_absence(read):
    found = facts(read(_SUMMIT + "Geert Wilders sí estuvo."))
    assert ("Geert Wilders", "not participatedIn", "Cumbre Europa Viva") not in found


# ------------------------------------------------- objects fronted and taken up by a clitic


def test_a_fronted_object_taken_up_by_a_clitic(read):
    found = facts(read("La Cumbre Europa Viva la organizó Vox en Madrid."))
    assert ("Cumbre Europa Viva", "organizedBy", "Vox") in found
    found = facts(read("La Carta de Madrid la firmaron Santiago Abascal y José Antonio Kast."))
    assert ("Santiago Abascal", "participatedIn", "Carta de Madrid") in found
    assert ("José Antonio Kast", "participatedIn", "Carta de Madrid") in found


def test_a_fronted_manifesto_signed_by_titled_people(read):
    found = facts(read("La Cumbre Europa Viva reunió el sábado a veinte mil militantes. El "
                       "manifiesto final, que reclama una Europa de las naciones, lo "
                       "suscribieron, además de los oradores, la diputada portuguesa Rita "
                       "Matias, de Chega, y el eurodiputado español Jorge Buxadé, de Vox."))
    assert ("Rita Matias", "participatedIn", "Cumbre Europa Viva") in found
    assert ("Jorge Buxadé", "participatedIn", "Cumbre Europa Viva") in found


def test_a_doubled_object_with_a_stays_the_object(read):
    found = facts(read("Milei lo recibió a Kast en la Casa Rosada."))
    assert ("Javier Milei", "met", "José Antonio Kast") in found


def test_a_denied_journey_with_a_companion_is_still_an_absence(read):
    found = facts(read(_SUMMIT + "Tampoco viajó Alice Weidel, copresidenta de Alternativa para "
                       "Alemania junto a Tino Chrupalla, aunque su partido envió un saludo."))
    assert ("Alice Weidel", "not participatedIn", "Cumbre Europa Viva") in found


def test_a_speech_at_the_event_is_taking_part(read):
    found = facts(read(_SUMMIT + "El discurso de Santiago Abascal en la cumbre fue el más "
                       "aplaudido de la jornada."))
    assert ("Santiago Abascal", "participatedIn", "Cumbre Europa Viva") in found


def test_not_being_where_the_event_is_held_is_an_absence(read):
    for text in ("Viktor Orbán no está en Madrid.",
                 "Marine Le Pen no viajó finalmente a Madrid.",
                 "La eurodiputada Marion Maréchal no llegó a la capital."):
        found = facts(read(_SUMMIT + text))
        assert any(f[1] == "not participatedIn" and f[2] == "Cumbre Europa Viva"
                   for f in found), text


def test_one_who_did_not_travel_but_sent_a_message_took_part_from_afar(read):
    for text in ("Viktor Orbán no pudo viajar a Madrid, pero envió un mensaje en vídeo.",
                 "José Antonio Kast no pudo viajar a Madrid y se dirigió a los asistentes en "
                 "un mensaje grabado."):
        found = facts(read(_SUMMIT + text))
        assert not {f for f in found if f[1] == "not participatedIn"}, text


def test_also_being_there_is_taking_part(read):
    found = facts(read(_SUMMIT + "También estuvieron el vicepresidente boliviano Edmand Lara y "
                       "la ministra de Seguridad argentina, Alejandra Monteoliva."))
    assert ("Edmand Lara", "participatedIn", "Cumbre Europa Viva") in found
    assert ("Alejandra Monteoliva", "participatedIn", "Cumbre Europa Viva") in found
    found = facts(read(_SUMMIT + "Edmand Lara también estuvo de acuerdo con el manifiesto."))
    assert not {f for f in found if f[1] == "participatedIn"}


# ---------------------------------------------------------- one edition named two ways


def test_an_edition_named_without_its_year_is_the_one_with_it(read):
    extraction = read("Verástegui reúne a la derecha en la CPAC México; Bukele, invitado, no "
                      "confirma\n\nEduardo Verástegui inauguró el sábado la CPAC México 2026 en "
                      "la capital.")
    found = facts(extraction)
    assert ("Nayib Bukele", "invitedTo", "CPAC México 2026") in found
    assert not {f for f in found if f[2] == "CPAC México"}
    assert "CPAC México" not in {e.label for e in extraction.entities}


def test_two_editions_with_their_years_stay_two(read):
    found = facts(read("Eduardo Verástegui inauguró la CPAC México 2026 en la capital. Nayib "
                       "Bukele participó en la CPAC México 2025."))
    assert ("Nayib Bukele", "participatedIn", "CPAC México 2025") in found
    assert ("Eduardo Verástegui", "participatedIn", "CPAC México 2026") in found


def test_the_speaker_of_an_opening_or_closing_speech_takes_part(read):
    for text, name in (("Andrej Babiš habló tras el discurso de apertura del general Roberto "
                        "Vannacci.", "Roberto Vannacci"),
                       ("El discurso de clausura de Santiago Abascal fue el más aplaudido.",
                        "Santiago Abascal")):
        found = facts(read(_SUMMIT + text))
        assert (name, "participatedIn", "Cumbre Europa Viva") in found, text
