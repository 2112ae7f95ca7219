"""The parse extractor on where a phrase belongs and whom a name points to: the dateline that
opens a paragraph in capitals ("PRAGA.—"), a headline's country, the party acronyms of
well-known parties and their full names, a party's name before its person's, a country's camp,
the country and year of an office or a race. Events named without a proper name are in
test_ingest_nlp_link10_events.py.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts, model_or_skip

from graph.ingest.knowledge import PERSON

read = lists_tests.read  # the extractor, its articles dated in May 2026


@pytest.fixture(scope="module")
def nlp():
    from graph.ingest.nlp import pipeline

    model_or_skip()
    return pipeline.load()


@pytest.fixture(scope="module")
def link(nlp, kg):
    """The linker alone on a text: its mentions."""
    from graph.ingest import Knowledge
    from graph.ingest.nlp.linking import link_document

    knowledge = Knowledge.from_graph(kg)
    return lambda text: link_document(nlp(text), knowledge.for_document()).mentions


# ---------------------------------------------------------------- datelines in capitals


@pytest.mark.parametrize("opening, country", [
    ("PRAGA.— La eurodiputada recibe a este diario.", "Chequia"),
    ("BUENOS AIRES.— El presidente habló ayer.", "Argentina"),
    ("SANTIAGO DE CHILE — El diputado llegó temprano.", "Chile"),
    ("LIMA. El alcalde inauguró la obra.", "Perú"),
    ("Sevilla.- El alcalde inauguró la obra.", "España"),
    ("Bogotá — La senadora votó en contra.", "Colombia"),
])
def test_a_paragraph_opened_by_a_city_and_a_dash_is_a_dateline(nlp, opening, country):
    from graph.ingest.nlp.document_places import dateline_country

    doc = nlp("Un titular cualquiera\nUna entradilla que resume la historia\n\n" + opening)
    assert dateline_country(doc) == country


@pytest.mark.parametrize("opening", [
    "VOX. El partido presentó ayer su programa.",
    "El PSOE celebró su congreso en Lima. Nadie habló.",
    "Una mañana en Quito — dijo el alcalde — empezó todo.",
])
def test_no_dateline_without_a_city_opening_the_paragraph(nlp, opening):
    from graph.ingest.nlp.document_places import dateline_country

    doc = nlp("Un titular cualquiera\nUna entradilla que resume la historia\n\n" + opening)
    assert dateline_country(doc) is None


def test_the_dateline_in_capitals_gives_an_office_its_country(read):
    found = facts(read("Ana Novak: «Europa necesita más industria»\nLa eurodiputada defiende "
                       "el plan del Gobierno\n\nVARSOVIA.— La eurodiputada Ana Novak es una de "
                       "las personas de confianza del primer ministro Tomasz Wrona. Hablamos "
                       "con ella de Ucrania."))
    assert ("Tomasz Wrona", "holdsOffice", "Primer ministro de Polonia") in found
    assert ("Tomasz Wrona", "holdsOffice", "Primer ministro de Ucrania") not in found


def test_a_dateline_city_outweighs_a_country_named_once_elsewhere(read):
    found = facts(read("Un diputado contra todos\nPerfil de un político joven\n\nLIMA. Marco "
                       "Salas es aliado del presidente Julio Ferrer desde hace años. Su padre "
                       "emigró desde Chile."))
    assert ("Julio Ferrer", "holdsOffice", "Presidente de Perú") in found
    assert ("Julio Ferrer", "holdsOffice", "Presidente de Chile") not in found


# ---------------------------------------------------------------- party acronyms


def _names(extraction, name: str) -> set[str]:
    """Every name of the proposed entity the extraction labels or aliases `name`."""
    for entity in extraction.entities:
        if name == entity.label or name in entity.aliases:
            return {entity.label, *entity.aliases}
    return set()


@pytest.mark.parametrize("text, short, full", [
    ("El alcalde de Lugo, Pedro Ruiz, del PP, no acudió al acto.", "PP", "Partido Popular"),
    ("La diputada Ana Gil, del PRI, votó en contra de la reforma.", "PRI",
     "Partido Revolucionario Institucional"),
    ("Luis Pérez es senador de la UCR desde 2021.", "UCR", "Unión Cívica Radical"),
    ("La ministra Carmen Vidal, militante del PSOE, defendió la ley.", "PSOE",
     "Partido Socialista Obrero Español"),
])
def test_a_party_acronym_alone_takes_its_full_name(read, text, short, full):
    assert full in _names(read(text), short)


@pytest.mark.parametrize("text, full, short", [
    ("La portavoz del Partido Popular, Elena Mora, criticó el acuerdo.", "Partido Popular", "PP"),
    ("El Partido Acción Nacional eligió ayer a su nueva dirigente, Rosa Tello.",
     "Partido Acción Nacional", "PAN"),
])
def test_a_full_party_name_alone_takes_its_acronym(read, text, full, short):
    assert short in _names(read(text), full)


def test_an_acronym_of_two_parties_is_not_expanded(read):
    names = _names(read("El diputado Jorge Lara, de RN, votó en contra."), "RN")
    assert "Renovación Nacional" not in names and "Agrupación Nacional" not in names


def test_a_person_never_takes_a_party_name():
    from graph.ingest.nlp.party_acronyms import other_names

    assert other_names("Pedro Ruiz") == []
    assert other_names("Paz") == []
    assert "PP" in other_names("partido popular")


# ---------------------------------------------------------------- a country's camps


@pytest.mark.parametrize("text, camp", [
    ("La oposición salvadoreña, encabezada por la diputada Irma Flores, denunció el gasto.",
     "Oposición salvadoreña"),
    ("El oficialismo peruano, liderado por el senador Luis Rocha, votó en contra.",
     "Oficialismo peruano"),
    ("Lima, 2 may (EFE).- La oposición boliviana, que dirige el senador Raúl Mena, "
     "rechazó la ley.", "Oposición boliviana"),
])
def test_a_camp_takes_the_country_of_its_own_adjective(read, text, camp):
    found = facts(read(text))
    assert any(r == "leaderOf" and o == camp for _, r, o in found)
    assert not any(o == "Oposición chilena" for _, _, o in found)


def test_the_graphs_camp_when_its_adjective_names_its_country(read):
    found = facts(read("La oposición chilena, encabezada por la diputada Irma Flores, pidió "
                       "explicaciones."))
    assert ("Irma Flores", "leaderOf", "Oposición chilena") in found


def test_a_bare_camp_is_not_another_countrys_in_a_text_from_abroad(read):
    found = facts(read("Lima, 2 may (EFE).- La oposición, encabezada por la diputada Irma "
                       "Flores, denunció el gasto."))
    assert not any(o == "Oposición chilena" for _, _, o in found)
    found = facts(read("Santiago, 2 may (EFE).- La oposición, encabezada por la diputada Irma "
                       "Flores, denunció el gasto."))
    assert ("Irma Flores", "leaderOf", "Oposición chilena") in found


# ---------------------------------------------------------------- the country a story is about


@pytest.mark.parametrize("headline, country", [
    ("¿Gira Bolivia a la derecha? Los liberales ante el espejo vecino", "Bolivia"),
    ("Costa Rica busca su camino entre dos modelos", "Costa Rica"),
    ("La derecha de Uruguay mira al otro lado del río", "Uruguay"),
])
def test_a_country_in_the_headline_is_what_a_column_is_about(read, headline, country):
    found = facts(read(headline + "\nPor Ana Suárez\n\nDurante años miramos lo que ocurría en "
                       "Argentina con distancia. Los libertarios argentinos celebraron sus "
                       "victorias. Aquí, el presidente Julio Ferrer ha evitado cualquier gesto "
                       "de acercamiento."))
    assert ("Julio Ferrer", "holdsOffice", f"Presidente de {country}") in found


def test_a_headline_without_a_country_leaves_the_count_to_the_body(read):
    found = facts(read("Los liberales ante el espejo vecino\nPor Ana Suárez\n\nDurante años "
                       "miramos lo que ocurría en Argentina con distancia. Los libertarios "
                       "argentinos celebraron sus victorias. Aquí, el presidente Julio Ferrer "
                       "ha evitado cualquier gesto de acercamiento."))
    assert ("Julio Ferrer", "holdsOffice", "Presidente de Argentina") in found


# ---------------------------------------------------------------- offices of a town


@pytest.mark.parametrize("text, person, office", [
    ("Entre los invitados estaba la alcaldesa de la comuna chilena de Ñuñoa, Rosa Díaz.",
     "Rosa Díaz", "Alcalde de Ñuñoa"),
    ("Pedro Gil, alcalde del municipio mexicano de Tlalpan, tomó la palabra.", "Pedro Gil",
     "Alcalde de Tlalpan"),
    ("El gobernador del estado mexicano de Jalisco, Luis Mora, cerró el acto.", "Luis Mora",
     "Gobernador del estado de Jalisco"),
])
def test_a_demonym_on_the_town_is_no_country_of_the_office(read, text, person, office):
    found = facts(read(text))
    assert (person, "holdsOffice", office) in found
    assert not any(s == person and ("Chile" in o or "México" in o) for s, _, o in found)


def test_a_demonym_on_a_national_body_still_gives_the_country(read):
    found = facts(read("El presidente del Gobierno español, Pedro Sánchez, habló ayer."))
    assert ("Pedro Sánchez", "holdsOffice", "Presidente del Gobierno de España") in found


# ---------------------------------------------------------------- a party and its person


@pytest.mark.parametrize("text, person, party", [
    ("Gobierna en coalición con el SPD de Tomio Okamura. Okamura preside la Cámara.",
     "Tomio Okamura", "SPD"),
    ("Ganó el PVV de Geert Wilders. Wilders celebró la victoria con sus votantes.",
     "Geert Wilders", "PVV"),
    ("Habló con el FPÖ de Herbert Kickl. Kickl pidió elecciones.", "Herbert Kickl", "FPÖ"),
])
def test_a_known_partys_name_does_not_run_on_into_its_persons(link, text, person, party):
    mentions = link(text)
    names = {m.text: m for m in mentions}
    assert f"{party} de {person}" not in names
    assert names[person].cls == PERSON
    surname = person.split()[-1]
    assert [m.key for m in mentions if m.text == surname] == [names[person].key]


def test_a_place_after_a_partys_name_is_no_person(link):
    assert not any(m.cls == PERSON for m in link("Ganó el PSOE de Castilla La Mancha."))


@pytest.mark.parametrize("text, person, party", [
    ("Vox celebró su congreso en Madrid. Marta Ruiz, dirigente de Nuevas Ideas, el partido de "
     "Bukele, será candidata.", "Nayib Bukele", "Nuevas Ideas"),
    ("Vox celebró su congreso en Madrid. El partido de Bukele, Nuevas Ideas, ganó en todas las "
     "provincias.", "Nayib Bukele", "Nuevas Ideas"),
    ("Vox celebró su congreso en Madrid. Nuevas Ideas, el partido de Bukele, ganó en todas las "
     "provincias.", "Nayib Bukele", "Nuevas Ideas"),
])
def test_the_party_of_a_person_in_apposition(read, text, person, party):
    # the party the phrase stands beside, not the one the text is about (Vox)
    found = facts(read(text))
    assert (person, "memberOf", party) in found
    assert (person, "memberOf", "Vox") not in found


@pytest.mark.parametrize("text", [
    "Vox, el partido de Madrid con más afiliados, ganó.",
    "Vox, el partido de la derecha radical, ganó.",
    "El partido de fútbol de Vox contra el PP acabó en empate.",
])
def test_no_owner_where_the_complement_is_no_person(read, text):
    assert not any(r == "memberOf" for _, r, _ in facts(read(text)))


# ---------------------------------------------------------------- two surnames


@pytest.mark.parametrize("text, person, later", [
    ("El presidente de la cooperativa, Vicent Soler Borràs, pidió ayudas. Después, Soler se "
     "reunió con Abascal.", "Vicent Soler Borràs", "Soler"),
    ("Pidió ayudas el agricultor Vicent Soler Borràs. Más tarde Abascal y Borràs se reunieron "
     "en privado.", "Vicent Soler Borràs", "Borràs"),
    ("La moción la firmó Xuban Etxeberria Goikoetxea. Etxeberria se reunió ayer con Abascal.",
     "Xuban Etxeberria Goikoetxea", "Etxeberria"),
])
def test_either_surname_names_a_person_whose_given_name_is_unlisted(read, text, person, later):
    found = facts(read(text))
    assert (person, "met", "Santiago Abascal") in found or \
        ("Santiago Abascal", "met", person) in found
    assert not any(later in (s, o) for s, _, o in found)


def test_a_two_word_place_is_no_persons_surname(link):
    keys = {m.text: m.key for m in link("Habló Nuria Calvo Pérez en Ciudad Real. Real ganó.")}
    assert keys.get("Real") != keys["Nuria Calvo Pérez"]


# ---------------------------------------------------------------- a race's year told relatively


def _races(extraction, person: str) -> set[str]:
    return {o for s, r, o in facts(extraction) if s == person and r == "candidateIn"}


@pytest.mark.parametrize("phrase, year", [
    ("las presidenciales del próximo año", "2027"),
    ("las presidenciales del año que viene", "2027"),
    ("los comicios presidenciales del año próximo", "2027"),
    ("las presidenciales del año pasado", "2025"),
])
def test_a_race_of_next_or_last_year(read, phrase, year):
    extraction = read(f"Lima, 3 sep (EFE).- El senador Raúl Mena fue proclamado ayer candidato "
                      f"de su partido para {phrase}.", issued="2026-09-03")
    races = _races(extraction, "Raúl Mena")
    assert any(r.endswith(year) for r in races), races


def test_a_later_bare_race_takes_the_year_given_before(read):
    extraction = read("Valencia, 3 sep (EFE).- Los partidos de la Comunitat Valenciana ya "
                      "piensan en las autonómicas del próximo año. Rosa Albert será la "
                      "candidata socialista en las autonómicas.",
                      issued="2026-09-03")
    races = _races(extraction, "Rosa Albert")
    assert races and all(r.endswith("2027") for r in races), races


def test_a_year_of_something_else_is_no_race_year(read):
    extraction = read("Lima, 3 sep (EFE).- El senador Raúl Mena será candidato en las "
                      "presidenciales de abril, según el balance del año pasado.",
                      issued="2026-09-03")
    assert not any(r.endswith("2025") for r in _races(extraction, "Raúl Mena"))


# ---------------------------------------------------------------- a city that is not where


@pytest.mark.parametrize("sentence, person, country", [
    ("El primer ministro, Tomasz Wrona, que no viajó a Washington, deseó éxito a la "
     "delegación.", "Tomasz Wrona", "Polonia"),
    ("El primer ministro Tomasz Wrona viajará a Washington el lunes.", "Tomasz Wrona",
     "Polonia"),
    ("La presidenta Elena Duarte denunció que Washington pretende decidir por el país.",
     "Elena Duarte", "Polonia"),
])
def test_a_city_the_holder_goes_to_or_that_stands_for_a_government(read, sentence, person,
                                                                   country):
    found = facts(read("Varsovia, 3 may (PAP).- El Gobierno polaco presentó ayer su plan. " +
                       sentence))
    offices = {o for s, r, o in found if s == person and r == "holdsOffice"}
    assert offices and all(o.endswith(country) for o in offices), offices


def test_a_city_where_the_holder_receives_visitors_is_where_the_office_is(read):
    found = facts(read("Varsovia, 3 may (PAP).- La ministra viajó a San Salvador, donde la "
                       "recibió el presidente Tomás Ayala."))
    assert ("Tomás Ayala", "holdsOffice", "Presidente de El Salvador") in found


# ---------------------------------------------------------------- a race's country and year


@pytest.mark.parametrize("sentence, race", [
    ("Luis Ramos, que asumió la presidencia boliviana hace un año tras derrotar en la segunda "
     "vuelta a Jorge Medina, habló después.", "Segunda vuelta presidencial de Bolivia de 2025"),
    ("Luis Ramos, que llegó a la jefatura del Gobierno peruano hace dos años tras vencer en el "
     "balotaje a Jorge Medina, habló después.", "Segunda vuelta presidencial de Perú de 2024"),
])
def test_a_seat_of_power_gives_the_race_its_country(read, sentence, race):
    found = facts(read("Washington, 5 nov (EFE).- Varios presidentes hablaron ayer de Venezuela "
                       "y de Cuba en un foro. " + sentence, issued="2026-11-05"))
    assert ("Jorge Medina", "candidateIn", race) in found


def test_a_demonym_on_a_thing_gives_no_race_its_country(read):
    found = facts(read("Varsovia, 5 nov (PAP).- Mentzen, tercero en la primera vuelta de 2025, "
                       "pidió mano dura en la frontera bielorrusa.", issued="2026-11-05"))
    assert not any("Bielorrusia" in o for _, r, o in found if r == "candidateIn")


# ---------------------------------------------------------------- one who acts on another


@pytest.mark.parametrize("clause", [
    "Después de apoyar a Kast en la segunda vuelta",
    "Tras respaldar a Kast en el balotaje",
    "Antes de criticar a Kast por su gabinete",
    "Sin dejar de presionar a Kast desde su escaño",
])
def test_a_title_is_not_the_person_its_own_clauses_act_on(read, clause):
    found = facts(read("Johannes Kaiser, el diputado que dijo no\nPerfil. " + clause + ", el "
                       "líder del Partido Nacional Libertario se ha convertido en su socio más "
                       "crítico.\n\nVALPARAÍSO.— Kaiser llega temprano al Congreso."))
    assert ("José Antonio Kast", "leaderOf", "Partido Nacional Libertario") not in found


@pytest.mark.parametrize("sentence", [
    "Pedro Prado concurrió en 2026 a las presidenciales de Brasil y perdió la segunda vuelta "
    "frente a Luiz Inácio Lula da Silva.",
    "Pedro Prado se presentó en 2026 a la elección presidencial de Brasil, pero perdió la "
    "segunda vuelta frente a Luiz Inácio Lula da Silva.",
])
def test_a_round_takes_the_year_its_sentence_gives_the_election(read, sentence):
    found = facts(read(sentence, issued="2027-09-20"))
    rounds = {o for s, r, o in found if s == "Pedro Prado" and r == "candidateIn" and
              "vuelta" in o}
    assert rounds == {"Segunda vuelta presidencial de Brasil de 2026"}, rounds


def test_a_past_year_recalled_elsewhere_is_no_later_races_year(read):
    found = facts(read("Ana Prado fue candidata en las presidenciales de Brasil de 2022. Hoy "
                       "aspira de nuevo a la presidencia y será candidata en la segunda vuelta "
                       "si supera la primera.", issued="2026-05-02"))
    assert not any(o.endswith("2022") and "Segunda" in o for _, _, o in found)


@pytest.mark.parametrize("text, person", [
    ("La diputada Ana Gil forma parte del patronato de la Red Política de Valores.", "Ana Gil"),
    ("El senador Luis Mora forma parte de la Red Política por los Valores.",
     "Luis Mora"),
])
def test_a_graph_network_named_in_another_language(read, text, person):
    found = facts(read(text))
    assert (person, "memberOf", "Political Network for Values") in found


# ------------------------------------------------------------ a person after "la presidencia de"


@pytest.mark.parametrize("text, person", [
    ("Fue ministra durante la Presidencia de Tomás Ayala. Hoy agradece al presidente Ayala su "
     "apoyo.", "Tomás Ayala"),
    ("Sirvió como asesor en la Jefatura de Marta Ríos antes de volver al Senado.", "Marta Ríos"),
    ("Durante el Mandato de Tomás Ayala se aprobó la ley de presupuestos.", "Tomás Ayala"),
])
def test_a_persons_name_after_their_term_is_theirs(link, text, person):
    mentions = link(text)
    assert person in {m.text for m in mentions}
    assert not any(" de " + person in m.text for m in mentions)


def test_the_surname_after_the_term_names_the_person(read):
    found = facts(read("San José, 2 feb (EFE).- La candidata, que fue ministra de la Presidencia "
                       "de Tomás Ayala hasta el año pasado, agradece al presidente Ayala por "
                       "haber abierto el camino."))
    assert ("Tomás Ayala", "holdsOffice", "Presidente de Costa Rica") in found
    assert not any(s == "Ayala" for s, _, _ in found)


# ------------------------------------------------------------ a known party right before a name


@pytest.mark.parametrize("text, person, party", [
    ("Abascal almorzó el jueves con el diputado de Fidesz Balázs Orbán.", "Balázs Orbán",
     "Fidesz"),
    ("La senadora del PRO Patricia Bullrich votó en contra.", "Patricia Bullrich", "PRO"),
    ("Habló después la eurodiputada del PP Carmen Crespo.", "Carmen Crespo", "PP"),
    ("El concejal de Chega Rui Paulo Sousa pidió la palabra.", "Rui Paulo Sousa", "Chega"),
])
def test_a_party_the_lists_know_before_a_persons_name(read, text, person, party):
    assert (person, "memberOf", party) in facts(read(text))


def test_an_organization_named_after_a_person_stays_whole(link):
    mentions = link("Habló el presidente de la Fundación Francisco Franco.")
    assert "Fundación Francisco Franco" in {m.text for m in mentions}


@pytest.mark.parametrize("text, person, party", [
    ("La secretaria general del PSPV, Rosa Albert, cerró el mitin.", "Rosa Albert", "PSPV"),
    ("El senador del PJ Luis Mora votó en contra.", "Luis Mora", "PJ"),
    ("La diputada del FMLN Ana Gil pidió la palabra.", "Ana Gil", "FMLN"),
])
def test_regional_and_latin_american_party_acronyms_are_parties(read, text, person, party):
    found = facts(read(text))
    # a socialist federation's general secretary leads it; the others are members
    assert {(person, "memberOf", party), (person, "leaderOf", party)} & found
    assert not any(s == person and r == "holdsOffice" and party in o for s, r, o in found)


@pytest.mark.parametrize("text, person, office", [
    ("Garriga llena el pabellón de Carlet y pide un adelanto electoral\nEl dirigente de Vox "
     "apoya a su candidato\n\nCARLET. Mil personas llenaron ayer el pabellón. El alcalde de "
     "Carlet, Pedro Ruiz, no acudió.", "Pedro Ruiz", "Alcalde de Carlet"),
    ("Feijóo llena la plaza de Ontinyent y pide elecciones\nEl líder del PP arropa a su "
     "candidato\n\nONTINYENT. Miles de personas llenaron ayer la plaza. La alcaldesa de "
     "Ontinyent, Rosa Mira, no acudió.", "Rosa Mira", "Alcalde de Ontinyent"),
])
def test_a_town_taken_for_a_person_is_the_seat_of_its_mayor(read, text, person, office):
    found = facts(read(text))
    assert (person, "holdsOffice", office) in found
