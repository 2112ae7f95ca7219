"""The parse extractor on where a title's place ends and its holder's name begins, on towns the
model once tags as persons, on the party a seat's title names by a name the linker missed, and
on the country of an office the sentence praises from abroad.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import entity_classes, facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _objects(found, person: str, relation: str) -> set[str]:
    return {o for s, r, o in found if s == person and r == relation}


def _subjects(found) -> set[str]:
    return {s for s, _, _ in found}


# ------------------------------------------------ a place that ends a title, then the name


@pytest.mark.parametrize("sentence, person, office", [
    ("La diputada local de Nuevo León Mariana Treviño, del Partido Acción Nacional, asistió "
     "al foro.", "Mariana Treviño", "Diputado de Nuevo León"),
    ("El exgobernador de Nuevo León Jaime Rodríguez criticó la medida del Gobierno.",
     "Jaime Rodríguez", "Gobernador de Nuevo León"),
    ("Ayer habló la alcaldesa de San Luis Claudia Ponce ante los vecinos.",
     "Claudia Ponce", "Alcalde de San Luis"),
])
def test_a_place_ending_a_title_keeps_its_last_word_from_the_name(read, sentence, person,
                                                                  office):
    found = facts(read("Foro\n\n" + sentence))
    assert office in _objects(found, person, "holdsOffice")
    assert not any(s != person and s.endswith(person) for s in _subjects(found))
    assert not any(s.startswith(("León", "Luis ")) for s in _subjects(found))


def test_a_given_name_after_a_place_that_is_no_name_start_stays_whole(read):
    found = facts(read("Foro\n\nEl exgobernador de Antioquia Sergio Fajardo, que aspira por "
                       "tercera vez a la presidencia, habló en Medellín."))
    assert "Gobernador de Antioquia" in _objects(found, "Sergio Fajardo", "holdsOffice")


# ------------------------------------------- a town the model tags once as a person


@pytest.mark.parametrize("text, town, member", [
    ("Abascal proclama en Mieres a Gonzalo Tuñón candidato de Vox al Principado\n\n"
     "MIERES.– Santiago Abascal presentó el domingo en la plaza Mayor de Mieres a Gonzalo "
     "Tuñón. Junto a Abascal subió al escenario el portavoz municipal de Vox en Mieres, Luis "
     "Pardo, que abrió el acto.", "Mieres", "Luis Pardo"),
])
def test_a_town_after_en_is_no_member_of_the_party(read, text, town, member):
    found = facts(read(text))
    assert town not in _subjects(found)
    assert (member, "memberOf", "Vox") in found


# ------------------------------------------------------ a seat's party the linker missed


@pytest.mark.parametrize("text, person, party, office", [
    ("Crisis\n\nLa diputada de Vamos Claudia Ortiz criticó al Gobierno salvadoreño. El partido "
     "Vamos pidió explicaciones.", "Claudia Ortiz", "Vamos", "Diputado"),
    ("Foro\n\nLa lideresa del partido Valor, Zury Ríos, firmó el acuerdo. El diputado de Valor "
     "Rodrigo Samayoa adelantó que el partido buscará sumar a Vox.", "Rodrigo Samayoa",
     "Valor", "Diputado"),
    ("Pleno\n\nLa formación Nueva Fuerza votó en contra. El senador de Nueva Fuerza Tomás Vidal "
     "lo explicó después.", "Tomás Vidal", "Nueva Fuerza", "Senador"),
])
def test_a_seat_of_a_party_the_text_names_elsewhere(read, text, person, party, office):
    found = facts(read(text))
    assert (person, "memberOf", party) in found
    offices = _objects(found, person, "holdsOffice")
    assert office in offices and not any(party in o for o in offices)


@pytest.mark.parametrize("sentence, person", [
    ("El diputado de Ourense Luis Pardo dimitió ayer.", "Luis Pardo"),  # a province no list has
    ("El concejal de Hacienda Luis Pardo dimitió ayer.", "Luis Pardo"),  # a portfolio
])
def test_a_seat_of_a_place_or_a_portfolio_is_of_no_party(read, sentence, person):
    found = facts(read("Pleno\n\n" + sentence))
    assert not _objects(found, person, "memberOf")


# ----------------------------------------------------------- an office praised from afar


@pytest.mark.parametrize("body, person, country", [
    ("TOKIO.– La conferencia reunió a mil personas en Japón. Desde Madrid, Santiago Abascal "
     "envió un mensaje en vídeo y elogió a la primera ministra, Sanae Takaichi.",
     "Sanae Takaichi", "Japón"),
    ("TOKIO.– La cumbre de Tokio terminó ayer en Japón. Desde Buenos Aires, el diputado Pedro "
     "Ramos felicitó por carta al primer ministro, Kenta Mori.", "Kenta Mori", "Japón"),
])
def test_where_someone_else_speaks_from_is_not_the_office_country(read, body, person, country):
    found = facts(read("Conferencia\n\n" + body))
    offices = _objects(found, person, "holdsOffice")
    assert f"Primer ministro de {country}" in offices
    assert not any("España" in o or "Argentina" in o for o in offices)


def test_spain_has_no_prime_minister(read):
    found = facts(read("Cumbre\n\nMADRID.– El primer ministro, Kenta Mori, llegó ayer a la "
                       "capital."))
    assert "Primer ministro de España" not in _objects(found, "Kenta Mori", "holdsOffice")


@pytest.mark.parametrize("body, person, office", [
    ("QUITO.– Tomás Vera obtuvo un 6 % de los votos frente al presidente del país, Pablo "
     "Andrade, que fue reelegido.", "Pablo Andrade", "Presidente de Ecuador"),
    ("LIMA.– La oposición criticó ayer al presidente del país, Ramón Quispe, por el "
     "presupuesto.", "Ramón Quispe", "Presidente de Perú"),
])
def test_the_president_of_the_country_is_the_story_country(read, body, person, office):
    found = facts(read("Crónica\n\n" + body))
    offices = _objects(found, person, "holdsOffice")
    assert office in offices and "Presidente del país" not in offices


def test_the_president_of_no_known_country_is_no_office(read):
    found = facts(read("Crónica\n\nLa oposición criticó ayer al presidente del país, Ramón "
                       "Quispe, por el presupuesto."))
    assert "Presidente del país" not in _objects(found, "Ramón Quispe", "holdsOffice")


# ------------------------------------------------- the head of a party's regional branch


@pytest.mark.parametrize("sentence, person, relation, party", [
    ("Abascal presentó en Oviedo al presidente de Vox Asturias, Gonzalo Tuñón, como "
     "candidato.", "Gonzalo Tuñón", "leaderOf", "Vox Asturias"),
    ("La presidenta del PP de Madrid, Ana Gil, habló la primera.", "Ana Gil", "leaderOf",
     "PP de Madrid"),
    ("Ayer intervino el líder de Vox en Andalucía, Manuel Gavira.", "Manuel Gavira", "memberOf",
     "Vox"),
])
def test_the_head_of_a_regional_branch_holds_no_office_of_the_region(read, sentence, person,
                                                                     relation, party):
    """A branch named after its place leads a party of its own; one placed with "en" makes
    its head a member of the party."""
    found = facts(read("Jornada\n\n" + sentence))
    assert (person, relation, party) in found
    assert not {o for s, r, o in found if s == person and r == "leaderOf" and o in
                ("Vox", "PP")}
    assert not _objects(found, person, "holdsOffice")


def test_the_head_of_a_party_of_a_country_leads_it(read):
    found = facts(read("Jornada\n\nEl presidente del Partido Republicano de Chile, Arturo "
                       "Squella, habló ayer."))
    assert ("Arturo Squella", "leaderOf", "Partido Republicano") in found


# ------------------------------------------------------------- a town's own mayoral race


@pytest.mark.parametrize("sentence, person, race", [
    ("Rodrigo Ferreyra fue candidato a intendente de Córdoba en 2023.", "Rodrigo Ferreyra",
     "Elección municipal de Córdoba de 2023"),
    ("Ana Gil fue candidata a la alcaldía de Miami en 2021.", "Ana Gil",
     "Elección municipal de Miami de 2021"),
    ("En 2019 Luis Prado fue el candidato a intendente de la ciudad de Rosario.", "Luis Prado",
     "Elección municipal de Rosario de 2019"),
])
def test_a_mayoral_candidacy_of_a_town_voting_on_its_own_is_its_race(read, sentence, person,
                                                                     race):
    found = facts(read("Radio\n\n" + sentence))
    assert _objects(found, person, "candidateIn") == {race}


@pytest.mark.parametrize("sentence, person, place", [
    ("El partido inscribió la candidatura de Felipe Urrutia a la alcaldía de Santiago, que se "
     "disputará en las elecciones municipales de octubre.", "Felipe Urrutia",
     "Elección municipal de Santiago"),
    ("MADRID.– Ana Gil será candidata a la alcaldía en 2027.", "Ana Gil",
     "Elecciones municipales de España"),
    ("Ana Gil fue candidata a la alcaldía de Valencia en 2023.", "Ana Gil",
     "Elección municipal de Valencia"),
])
def test_a_mayoral_candidacy_is_the_towns_race_else_the_countrys(read, sentence, person, place):
    found = facts(read("Radio\n\n" + sentence))
    races = _objects(found, person, "candidateIn")
    assert races and all(r.startswith(place) for r in races)


def test_a_race_for_intendente_is_municipal():
    from graph.ingest.nlp.election_kinds import MUNICIPAL, identity

    words = ("eleccion", "a", "intendente", "de", "cordoba", "de", "2023")
    assert identity(words) == (MUNICIPAL, "Córdoba", "2023")
    assert identity(("elecciones", "municipales", "de", "cordoba", "de", "2023")) == \
        identity(words)


# --------------------------------------------------------- left out of the second round


@pytest.mark.parametrize("sentence, person, country, year", [
    ("GUATEMALA.– Marta Solís fue candidata presidencial en 2023 y quedó fuera de la segunda "
     "vuelta, que ganó Tomás Ayala.", "Marta Solís", "Guatemala", "2023"),
    ("LIMA.– Ana Quispe, que fue candidata presidencial en 2021, se quedó fuera del "
     "balotaje.", "Ana Quispe", "Perú", "2021"),
    ("QUITO.– El exalcalde Jorge Vera, candidato presidencial en 2021, quedó fuera de la "
     "segunda vuelta por apenas mil votos.", "Jorge Vera", "Ecuador", "2021"),
])
def test_left_out_of_the_runoff_ran_in_the_election_not_in_the_runoff(read, sentence, person,
                                                                      country, year):
    found = facts(read("Perfil\n\n" + sentence))
    runoff = f"Segunda vuelta presidencial de {country} de {year}"
    assert (person, "not candidateIn", runoff) in found
    assert (person, "candidateIn", runoff) not in found
    assert (person, "candidateIn", f"Elección presidencial de {country} de {year}") in found


def test_left_out_of_a_building_is_no_race(read):
    found = facts(read("Perfil\n\nLIMA.– Ana Quispe quedó fuera de la sede del partido."))
    assert not _objects(found, "Ana Quispe", "not candidateIn")


# ------------------------------------------------------- a mayor or governor of no place


@pytest.mark.parametrize("sentence, person, office", [
    ("Lo recibió el gobernador Tomás Ibarra en su despacho.", "Tomás Ibarra", "Gobernador"),
    ("La exalcaldesa Marta Ugarte encabezó la marcha.", "Marta Ugarte", "Alcalde"),
    ("Acompañó al intendente Julio Salas durante la visita.", "Julio Salas", "Intendente"),
    ("Pedro Ruiz, un alcalde con licencia, votó a favor.", "Pedro Ruiz", "Alcalde"),
])
def test_a_mayor_or_governor_whose_place_is_unsaid_holds_the_bare_office(read, sentence,
                                                                         person, office):
    found = facts(read("Crónica\n\n" + sentence))
    offices = _objects(found, person, "holdsOffice")
    assert office in offices
    assert not any(o.startswith(("Gobernador de", "Alcalde de", "Intendente de"))
                   for o in offices)


def test_a_deputy_mayor_is_no_mayor(read):
    found = facts(read("Crónica\n\nLo recibió el teniente de alcalde Luis Mora."))
    assert "Alcalde" not in _objects(found, "Luis Mora", "holdsOffice")


# ------------------------------------------------- a paragraph opening on a dropped subject


@pytest.mark.parametrize("text, person, office", [
    ("Perfil\n\nLuis Medina nació en Tenerife en 1980. En 2019 se afilió a Vox.\n\nHoy es "
     "diputado en el Parlamento de Canarias, donde Vox tiene cuatro escaños.", "Luis Medina",
     "Diputado"),
    ("Perfil\n\nAna Ruiz nació en Lima en 1970.\n\nDesde 2022 es senadora por Lima y una de las "
     "voces del partido.", "Ana Ruiz", "Senador"),
    ("Perfil\n\nMarta Gil llegó a la política en 2010.\n\nAhora es concejala de Valencia y "
     "portavoz de su grupo.", "Marta Gil", "Concejal de Valencia"),
])
def test_a_paragraph_break_is_no_subject_of_its_first_copula(read, text, person, office):
    assert office in _objects(facts(read(text)), person, "holdsOffice")


def test_a_plural_copula_after_a_paragraph_break_is_no_one_s_office(read):
    found = facts(read("Perfil\n\nAna Ruiz nació en Lima en 1970.\n\nHoy son diputados en el "
                       "Congreso."))
    assert not _objects(found, "Ana Ruiz", "holdsOffice")


# ------------------------------------------------------------- where a seat is won


@pytest.mark.parametrize("sentence, person, race", [
    ("ATENAS.– Eleni Pappa ganó su escaño en las europeas de 2024.", "Eleni Pappa",
     "Elección europea de 2024"),
    ("MADRID.– Ana Gil ganó un escaño en la Eurocámara en 2019.", "Ana Gil",
     "Elección europea de 2019"),
    ("SANTIAGO.– Ana Soto ganó un escaño en el concejo en 2021.", "Ana Soto",
     "Elecciones municipales de Chile de 2021"),
    ("LIMA.– Ana Quispe ganó un escaño en el Senado en 2021.", "Ana Quispe",
     "Elecciones legislativas de Perú de 2021"),
])
def test_a_seat_is_won_in_the_race_of_where_it_is(read, sentence, person, race):
    assert _objects(facts(read("Perfil\n\n" + sentence)), person, "candidateIn") == {race}


def test_a_council_seat_of_a_town_voting_on_its_own_names_no_national_race(read):
    found = facts(read("Perfil\n\nMIAMI.– Adriana Salas llegó a la política local en 2020, "
                       "cuando ganó por 312 votos un escaño en el concejo frente al concejal "
                       "Ricardo Peña."))
    assert not any("Estados Unidos" in o for o in _objects(found, "Adriana Salas",
                                                           "candidateIn"))


# ------------------------------------------- a foreign name after a title and its comma


@pytest.mark.parametrize("sentence, person", [
    ("En ese foro participó también la ministra húngara de Familia, Zsófia Kerekes, según "
     "la organización.", "Zsófia Kerekes"),
    ("Tomó la palabra la ministra croata de Demografía, Vesna Horvatek, durante media hora.",
     "Vesna Horvatek"),
])
def test_a_foreign_name_between_commas_after_a_title_is_a_person(read, sentence, person):
    found = facts(read("Foro\n\n" + sentence))
    assert _objects(found, person, "holdsOffice")


def test_places_between_commas_after_no_title_are_no_persons(read):
    found = facts(read("Foro\n\nViajó por la región: Liubliana, Zagreb Centro, Sarajevo."))
    assert not any(r == "holdsOffice" for _, r, _ in found)


# ------------------------------------------------ a title held now, after the name's comma


@pytest.mark.parametrize("sentence, person, office", [
    ("Rodrigo Ferreyra perdió frente al peronista Daniel Pazos, hoy intendente.",
     "Daniel Pazos", "Intendente"),
    ("Lo acompañó Ana Ruiz, actualmente diputada de Vox, que habló después.", "Ana Ruiz",
     "Diputado"),
    ("Lo acompañó Ana Ruiz, ahora senadora, que habló después.", "Ana Ruiz", "Senador"),
])
def test_a_title_after_an_adverb_of_now_is_held(read, sentence, person, office):
    assert office in _objects(facts(read("Foro\n\n" + sentence)), person, "holdsOffice")


def test_an_adverb_of_now_before_a_place_is_no_title(read):
    found = facts(read("Foro\n\nLo acompañó Ana Ruiz, hoy en Madrid, que habló después."))
    assert not _objects(found, "Ana Ruiz", "holdsOffice")


# ------------------------------------------------------- a party named by its leader or noun


@pytest.mark.parametrize("sentence, name", [
    ("Enfrente tiene a Péter Magyar, el líder de Tisza, que encabeza los sondeos.", "Tisza"),
    ("El primer ministro eslovaco, Robert Fico, apoya a Orbán, pero su partido, Smer, no "
     "pertenece a Patriotas por Europa.", "Smer"),
    ("Lo recibió Mario Dossi, cuyo partido, Avanti, gobierna la región.", "Avanti"),
])
def test_a_one_word_name_a_party_leader_leads_or_a_party_noun_opens_is_a_party(read, sentence,
                                                                               name):
    assert entity_classes(read("Análisis\n\n" + sentence)).get(name) == "PoliticalParty"


def test_the_leader_named_after_his_party_noun_is_a_person(read):
    extraction = read("Análisis\n\nLa diputada Rita Matos, de Chega, leyó un mensaje del líder "
                      "de su partido, André Ventura.")
    assert entity_classes(extraction).get("André Ventura") in (None, "Person")
    assert not any(o == "André Ventura" and r == "memberOf" for _, r, o in facts(extraction))


@pytest.mark.parametrize("sentence, name", [
    ("En 2014 se afilió a Coalición Canaria (CC), el partido que entonces gobernaba las "
     "islas.", "Coalición Canaria"),
    ("Militó en Alianza Cívica (AC), el partido del exalcalde, hasta 2020.", "Alianza Cívica"),
])
def test_a_coalition_named_name_the_text_calls_a_party_is_a_party(read, sentence, name):
    assert entity_classes(read("Perfil\n\nAna Ruiz es diputada. " + sentence)).get(name) == \
        "PoliticalParty"


def test_a_coalition_the_text_calls_no_party_stays_a_coalition(read):
    extraction = read("Perfil\n\nAna Ruiz se sumó a Coalición Cívica (CC), la alianza de "
                      "cinco partidos opositores.")
    assert entity_classes(extraction).get("Coalición Cívica") in (None, "Coalition")


# -------------------------------------------------------- a year the sentence opens on


@pytest.mark.parametrize("sentence, person, race", [
    ("En 2023, el secretario general de Vox, Ignacio Garriga, apostó por Nicasio Galván como "
     "candidato de Vox a la presidencia del Gobierno canario.", "Nicasio Galván",
     "Elecciones al Parlamento de Canarias de 2023"),
    ("En marzo de 2019, el comité del partido eligió a Pedro Alonso como su candidato a la "
     "presidencia de la Junta de Andalucía.", "Pedro Alonso",
     "Elecciones al Parlamento de Andalucía de 2019"),
])
def test_a_year_opening_the_sentence_dates_its_race(read, sentence, person, race):
    assert race in _objects(facts(read("Perfil\n\n" + sentence)), person, "candidateIn")


def test_a_term_start_opening_the_sentence_dates_no_race(read):
    found = facts(read("Perfil\n\nDesde 2019, Vox apostó por Pedro Alonso como candidato a la "
                       "presidencia de la Junta de Andalucía."))
    assert not any(r.endswith("2019") for r in _objects(found, "Pedro Alonso", "candidateIn"))


# ---------------------------------------------------------- a region's race outside Spain


@pytest.mark.parametrize("sentence, person, race", [
    ("FUNCHAL.– Tomás Gouveia fue candidato en las regionales de Madeira de 2025.",
     "Tomás Gouveia", "Elección regional de Madeira de 2025"),
    ("ROMA.– Marco Rossi fue candidato en las regionales de Lombardía de 2023.", "Marco Rossi",
     "Elección regional de Lombardía de 2023"),
    ("PARÍS.– Marc Petit se presentó a las elecciones regionales de Bretaña de 2021.",
     "Marc Petit", "Elección regional de Bretaña de 2021"),
    ("SEVILLA.– Ana Gil fue candidata en las autonómicas de Andalucía de 2022.", "Ana Gil",
     "Elecciones al Parlamento de Andalucía de 2022"),
])
def test_a_regional_race_is_the_region_s_its_phrase_names(read, sentence, person, race):
    assert _objects(facts(read("Perfil\n\n" + sentence)), person, "candidateIn") == {race}


def test_the_presidency_of_a_regional_government_is_no_region_named_gobierno(read):
    found = facts(read("Mitin\n\nZARAGOZA.– Abascal arropó a Luis Nolasco, candidato de su "
                       "partido a la Presidencia del Gobierno de Aragón."))
    assert not any("Gobierno" in o for o in _objects(found, "Luis Nolasco", "candidateIn"))


def test_a_list_head_in_those_elections_ran_in_them(read):
    found = facts(read("Perfil\n\nLAS PALMAS.– En marzo de 2025 intervino en el cierre de "
                       "campaña de Chega para las regionales de Madeira. El cabeza de lista de "
                       "Chega en esos comicios, Tomás Gouveia, habló primero."))
    assert "Elección regional de Madeira de 2025" in _objects(found, "Tomás Gouveia",
                                                              "candidateIn")
    assert not any(r == "participatedIn" and o.startswith("Elección") for _, r, o in found)


def test_the_regional_offices_of_a_party_are_no_race(read):
    found = facts(read("Visita\n\nROMA.– Marco Rossi visitó las sedes regionales del partido."))
    assert not _objects(found, "Marco Rossi", "candidateIn")


# ------------------------------------------------- a title elided before a second demonym


@pytest.mark.parametrize("sentence, person, office", [
    ("Abascal elogió al presidente argentino, Javier Milei, y al salvadoreño Nayib Bukele.",
     "Nayib Bukele", "Presidente de El Salvador"),
    ("Asistieron la primera ministra italiana, Giorgia Meloni, y la danesa, Mette "
     "Frederiksen.", "Mette Frederiksen", "Primer ministro de Dinamarca"),
    ("Llamó al presidente chileno, José Antonio Kast, y al paraguayo, Santiago Peña.",
     "Santiago Peña", "Presidente de Paraguay"),
])
def test_a_second_demonym_takes_the_first_title(read, sentence, person, office):
    assert office in _objects(facts(read("Foro\n\n" + sentence)), person, "holdsOffice")


@pytest.mark.parametrize("sentence, person", [
    ("El presidente argentino Javier Milei habló con el escritor peruano Mario Vargas y el "
     "chileno Pedro Soto.", "Pedro Soto"),
    ("Firmaron el diputado portugués Pedro Frazão, de Chega, y el peruano Rafael Aliaga.",
     "Rafael Aliaga"),
    ("Firmaron el diputado portugués Pedro Frazão y el peruano Rafael Aliaga.", "Rafael Aliaga"),
])
def test_a_demonym_after_another_title_or_a_described_name_is_no_title(read, sentence, person):
    assert not _objects(facts(read("Foro\n\n" + sentence)), person, "holdsOffice")


# ---------------------------------------------------------------- reaching a chamber


@pytest.mark.parametrize("sentence, person, office, race", [
    ("ROSARIO.– Marcela Luna llegó a la Cámara en 2023 en la lista de Luis Juárez.",
     "Marcela Luna", "Diputado", "Elecciones legislativas de Argentina de 2023"),
    ("MADRID.– Ana Gil entró en el Senado en 2019.", "Ana Gil", "Senador",
     "Elecciones legislativas de España de 2019"),
    ("MADRID.– Ana Gil accedió a la Eurocámara en 2024.", "Ana Gil", "Eurodiputado", None),
    ("SANTIAGO.– Catalina Ruiz llegó a la Cámara de Diputados en 2022.", "Catalina Ruiz",
     "Diputado", None),
])
def test_one_who_reaches_a_chamber_holds_its_seat(read, sentence, person, office, race):
    found = facts(read("Perfil\n\n" + sentence))
    assert office in _objects(found, person, "holdsOffice")
    if race:
        assert race in _objects(found, person, "candidateIn")


@pytest.mark.parametrize("sentence", [
    "MADRID.– Ana Gil llegó a la sede del Senado en coche.",
    "MADRID.– Ana Gil llegó a la cámara de fotos a tiempo.",
])
def test_reaching_a_building_or_a_thing_is_no_seat(read, sentence):
    assert not _objects(facts(read("Perfil\n\n" + sentence)), "Ana Gil", "holdsOffice")


def test_one_who_did_not_reach_a_chamber_may_have_run(read):
    found = facts(read("Perfil\n\nMADRID.– Ana Gil no llegó al Senado en 2019."))
    assert not _objects(found, "Ana Gil", "not candidateIn")
    assert not _objects(found, "Ana Gil", "holdsOffice")


def test_before_reaching_a_chamber_tells_of_the_earlier_post(read):
    found = facts(read("Perfil\n\nLuc Morel nació en Lyon. Antes de llegar al Senado, fue "
                       "alcalde de Rennes."))
    assert "Senador" not in _objects(found, "Luc Morel", "holdsOffice")
