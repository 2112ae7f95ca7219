"""The parse-based extractor on the ends of its claims: the office a title names placed in the
right country, the headline and the dateline of a wire story kept out of its lead, names and
their surnames, and the subject a clause drops.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts, find

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def offices(extraction, person):
    return {c.object for c in extraction.candidates
            if c.relation == "holdsOffice" and c.subject == person}


# ---------------------------------------------------------------- offices and their countries


def test_a_demonym_outside_the_short_list_places_the_office(read):
    extraction = read("El líder de Vox, Santiago Abascal, almorzó el lunes en Toledo con el "
                      "primer ministro esloveno, Marko Kranjc.")
    assert offices(extraction, "Marko Kranjc") == {"Primer ministro de Eslovenia"}


def test_a_bare_title_takes_the_office_the_graph_says_its_holder_has(read):
    extraction = read("Desde Ciudad de México, Verónica Lagos recordó que el presidente "
                      "Trump la llamó en marzo.")
    assert offices(extraction, "Donald Trump") == {"Presidente de Estados Unidos"}


def test_a_city_the_sentence_names_places_a_bare_title(read):
    extraction = read("En junio Kast viajó a Tegucigalpa, donde lo recibió el presidente "
                      "Ramón Quesada.")
    assert offices(extraction, "Ramón Quesada") == {"Presidente de Honduras"}, \
        sorted(facts(extraction))


def test_a_year_after_a_title_is_no_part_of_the_office(read):
    extraction = read("La senadora del PP en 2021 Lucía Garrido visitó Sevilla.")
    assert offices(extraction, "Lucía Garrido") == {"Senador"}, sorted(facts(extraction))


def test_the_president_of_the_republic_is_the_head_of_the_state_told_of(read):
    extraction = read("París, 3 may (AFP).- El presidente de la República, Étienne Morel, "
                      "recibió ayer en el Elíseo a Giorgia Meloni.")
    assert offices(extraction, "Étienne Morel") == {"Presidente de Francia"}
    assert not any(c.object == "República" or c.subject == "República"
                   for c in extraction.candidates), sorted(facts(extraction))


def test_a_person_named_like_a_city_does_not_place_a_title(read):
    extraction = read("La senadora Marta Valencia recorrió Antioquia. El expresidente Pedro "
                      "Lagos respaldó a Valencia en Medellín.")
    assert offices(extraction, "Pedro Lagos") == {"Presidente de Colombia"}, \
        sorted(facts(extraction))


def test_a_regional_adjective_places_the_office_in_its_region(read):
    extraction = read("Abascal criticó al presidente gallego, Xoán Ferreiro. El gobernador "
                      "mendocino Tomás Arriaga recibió a Milei. La senadora mendocina Laura "
                      "Ibáñez no acudió.")
    assert offices(extraction, "Xoán Ferreiro") == {"Presidente de Galicia"}
    assert offices(extraction, "Tomás Arriaga") == {"Gobernador de Mendoza"}
    # a seat's adjective says whom it sits for, not where the chamber is
    assert "Senador de Mendoza" not in offices(extraction, "Laura Ibáñez")


# ---------------------------------------------------------------- headline and dateline


def test_the_headline_and_the_dateline_are_parsed_apart_from_the_lead(extractor):
    from graph.ingest.nlp import pipeline

    text = ("Abascal recibe a un ministro esloveno\n\nCÁCERES, 4 feb (EFE).- El líder de Vox, "
            "Santiago Abascal, recibió ayer al ministro esloveno Marko Kranjc.\n")
    doc = pipeline.parse(extractor.nlp, text)
    assert doc.text == text
    starts = [s[0].text for s in doc.sents if not s[0].is_space]
    assert starts[0] == "Abascal" and "El" in starts, starts
    lead = next(s for s in doc.sents if s[0].text == "El")
    assert lead.root.lemma_ == "recibir"


def test_a_dateline_in_capitals_names_a_place(extractor, knowledge):
    from graph.ingest.nlp import pipeline
    from graph.ingest.nlp.linking import link_document
    from graph.ingest.nlp.spans import share_tables

    kb = knowledge.for_document()
    share_tables(knowledge, kb)
    for text in ("Una visita\n\nCÁCERES, 4 feb (EFE).- Kast se reunió ayer con Abascal.\n",
                 "PUERTO NATALES.- Kast se reunió ayer con Abascal.\n"):
        linked = link_document(pipeline.parse(extractor.nlp, text), kb)
        classes = {e.label: e.cls.rsplit("#")[-1] for e in linked.entities.values()}
        place = text.split("\n")[-2].split(",")[0].split(".-")[0]
        assert classes.get(place) == "Place", classes


# ---------------------------------------------------------------- names


def test_a_surname_with_its_particle_names_the_person_met_before(read):
    extraction = read("El empresario Julián de la Serna lidera las encuestas en Cali. La "
                      "senadora Marta Ríos lo critica a diario. De la Serna, en cambio, ha "
                      "buscado apoyos fuera: en marzo se reunió en Madrid con Santiago Abascal.")
    met = {(c.subject, c.object) for c in extraction.candidates if c.relation == "met"}
    assert met == {("Julián de la Serna", "Santiago Abascal")}, sorted(facts(extraction))


def test_a_surname_that_is_also_a_given_name_names_the_person_met_before(read):
    extraction = read("El gobernador Esteban Salvador y la alcaldesa Lucía Rosales hablaron en "
                      "Quito. Salvador, que asumió el cargo en enero, se reunió después con "
                      "Santiago Abascal.")
    find(extraction, "Esteban Salvador", "met", "Santiago Abascal")
    # a lone given name still names nobody the text has not named by it
    extraction = read("Esteban Salvador viajó a Quito. Rosario se reunió con Santiago Abascal.")
    absent(extraction, "met")


def test_a_title_of_a_party_runs_into_the_name_it_is_of(read):
    extraction = read("En el acto de Oporto intervino la concejala de Vox Catarina Lobo.")
    people = {e.label for e in extraction.entities if e.cls.endswith("Person")}
    assert "Catarina Lobo" in people, sorted(facts(extraction))
    find(extraction, "Catarina Lobo", "memberOf", "Vox")


def test_the_head_of_a_body_of_a_party_is_its_member_not_its_leader(read):
    extraction = read("La presidenta del grupo parlamentario de Vox en el Senado, Aurora "
                      "Prieto, habló ayer. El líder de Vox, Santiago Abascal, la escuchó.")
    find(extraction, "Aurora Prieto", "memberOf", "Vox")
    leaders = {c.subject for c in extraction.candidates if c.relation == "leaderOf"}
    assert leaders == {"Santiago Abascal"}, sorted(facts(extraction))


def test_a_person_who_organizes_an_event_is_its_organizer(read):
    extraction = read("Marta Ríos, presidenta de la Fundación Sur y organizadora del Foro "
                      "Atlántico, habló ayer en Vigo. Luis Pardo, anfitrión de la Cumbre del "
                      "Norte, la clausuró ayer.")
    find(extraction, "Foro Atlántico", "organizedBy", "Marta Ríos")
    # a host takes part in it
    assert not any(c.relation == "organizedBy" and c.object == "Luis Pardo"
                   for c in extraction.candidates), sorted(facts(extraction))


# ---------------------------------------------------------------- a dropped subject


def test_a_dropped_rival_is_the_candidate_not_who_backed_them(read):
    extraction = read("José Antonio Kast ganó la primera vuelta presidencial chilena. Evelyn "
                      "Matthei le ofreció su respaldo esta mañana. Se medirá con Jeannette Jara "
                      "en la segunda vuelta.", issued="2025-11-17")
    rivals = {(c.subject, c.object) for c in extraction.candidates
              if c.relation == "opponentOf"}
    assert rivals == {("José Antonio Kast", "Jeannette Jara")}, sorted(facts(extraction))


# ---------------------------------------------------------------- dates


def test_this_morning_dates_the_event_and_its_programme(read):
    extraction = read("El líder de Vox, Santiago Abascal, inauguró esta mañana en Toledo el "
                      "Foro de la Hispanidad. Intervinieron después Marine Le Pen y André "
                      "Ventura.", issued="2026-10-03")
    for person in ("Santiago Abascal", "Marine Le Pen", "André Ventura"):
        claim = find(extraction, person, "participatedIn", "Foro de la Hispanidad")
        assert claim.date == "2026-10-03", (person, claim.date)


def test_an_elections_day_does_not_date_the_rally_told_beside_it(read):
    extraction = read("Irene Campos pidió el voto en las elecciones autonómicas del 14 de junio. "
                      "En el Foro Extremadura Firme intervinieron Santiago Abascal y Jorge "
                      "Buxadé.", issued="2026-05-20")
    for person in ("Santiago Abascal", "Jorge Buxadé"):
        assert find(extraction, person, "participatedIn", "Foro Extremadura Firme").date is None


def test_after_the_event_the_story_keeps_its_day(read):
    extraction = read("Javier Milei clausuró ayer en Rosario el Foro de la Libertad. Tras el "
                      "acto, el presidente se reunió con Santiago Abascal en el hotel.",
                      issued="2026-09-07")
    assert find(extraction, "Javier Milei", "met", "Santiago Abascal").date == "2026-09-06"


# ---------------------------------------------------------------- events


def test_an_event_that_gathers_people_has_them_take_part(read):
    extraction = read("El Foro de Cádiz reunió en mayo a Santiago Abascal y a Marine Le Pen. "
                      "Abascal reunió después a sus diputados.")
    for person in ("Santiago Abascal", "Marine Le Pen"):
        find(extraction, person, "participatedIn", "Foro de Cádiz")
    assert not any(c.relation == "met" for c in extraction.candidates), \
        sorted(facts(extraction))


def test_an_edition_of_a_series_of_summits_is_a_summit(read):
    extraction = read("La CPAC Chile 2027 congregó en Santiago a José Antonio Kast y a "
                      "Javier Milei.")
    edition = next(e for e in extraction.entities if e.label == "CPAC Chile 2027")
    assert edition.cls.endswith("Summit")
    find(extraction, "Javier Milei", "participatedIn", "CPAC Chile 2027")


def test_among_the_audience_is_attendance_not_a_meeting(read):
    extraction = read("El mitin «Galicia Firme» llenó ayer el auditorio de Vigo. Entre el "
                      "público se encontraban Hermann Tertsch y Jorge Buxadé.")
    for person in ("Hermann Tertsch", "Jorge Buxadé"):
        find(extraction, person, "participatedIn", "Galicia Firme")
    assert not any(c.relation == "met" for c in extraction.candidates), \
        sorted(facts(extraction))


def test_junto_al_adds_a_participant_as_junto_a_does(read):
    extraction = read("Karina Milei abrió el Foro de Mendoza junto al presidente del Senado, "
                      "Bartolomé Abdala.")
    find(extraction, "Bartolomé Abdala", "participatedIn", "Foro de Mendoza")


def test_the_story_day_skips_a_quoted_today_and_a_recalled_election(read):
    extraction = read("Una alianza\n\nMadrid, 5 may (EFE).- Ana Ruiz recibió ayer en Toledo a "
                      "Marta Gil. «Hoy empieza otra etapa», afirmó Ruiz. Gil, que fue candidata "
                      "en las autonómicas de marzo, agradeció el gesto. Tras la firma, Ruiz y "
                      "Gil clausuraron el Foro de Toledo.", issued="2026-05-05")
    for person in ("Ana Ruiz", "Marta Gil"):
        assert find(extraction, person, "participatedIn", "Foro de Toledo").date == "2026-05-04"


def test_a_time_of_the_claims_own_phrase_dates_it_before_a_nearer_one(read):
    extraction = read("La dirigente peruana Lucía Pérez, que fue candidata en las presidenciales "
                      "de enero y disputó la segunda vuelta del 8 de febrero frente a Mario "
                      "Ruiz, anunció ayer su retirada.", issued="2026-03-12")
    rivals = [c for c in extraction.candidates if c.relation == "opponentOf"]
    assert rivals and all(c.date == "2026-02-08" for c in rivals), sorted(
        (c.subject, c.object, c.date) for c in rivals)
