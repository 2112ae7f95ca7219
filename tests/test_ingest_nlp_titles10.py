"""The parse extractor on titles, appositions and relatives that say who leads or belongs to
an organization: a titled name after "según" closed by a comma, a think tank's director, a
chamber one sits in (not one's party), the antecedent of "que preside X" and "cuyo
presidente, X", and an organization typed by the noun before its adjective.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts
from helpers import facts_of as _of

read = lists_tests.read  # the extractor, its articles dated in May 2026


# ------------------------------------------------------------ "según" before a titled name

def test_a_titled_name_after_segun_closed_by_a_comma(read):
    found = _of("Según el portavoz de Vox, Rubén Ferrer, la reunión duró dos horas.", read,
                "Rubén Ferrer")
    assert ("memberOf", "Vox") in found


def test_a_titled_name_after_segun_in_the_middle_of_a_sentence(read):
    found = _of("Los dos dirigentes, según la presidenta de la Fundación Horizonte Liberal, "
                "Clara Ibáñez, hablaron de energía.", read, "Clara Ibáñez")
    assert ("leaderOf", "Fundación Horizonte Liberal") in found


def test_segun_a_bare_title_then_a_name_is_a_source(read):
    found = _of("Según la eurodiputada, Giorgia Meloni es la aliada más firme de Vox.", read,
                "Giorgia Meloni")
    assert not {o for r, o in found if r == "holdsOffice"}


# ------------------------------------------------------------ heads of think tanks

def test_the_director_of_a_study_centre_leads_it(read):
    found = _of("Asistió el economista Tomás Ruiz Vega, director del centro de estudios "
                "Instituto Atlántico de Ideas, que habló de impuestos.", read, "Tomás Ruiz Vega")
    assert ("leaderOf", "Instituto Atlántico de Ideas") in found
    assert ("memberOf", "Instituto Atlántico de Ideas") not in found


def test_the_president_of_a_think_tank_leads_it(read):
    found = _of("La presidenta del laboratorio de ideas Fundación Nuevo Rumbo, Elena Sáez, "
                "abrió la jornada.", read, "Elena Sáez")
    assert ("leaderOf", "Fundación Nuevo Rumbo") in found


def test_the_head_of_a_party_s_youth_wing_is_only_a_member(read):
    found = _of("El presidente de las juventudes de Vox, Pablo Lerma, habló en Murcia.", read,
                "Pablo Lerma")
    assert ("leaderOf", "Vox") not in found


# ------------------------------------------------------------ a chamber is not a party

def test_a_deputy_of_a_party_in_a_national_council(read):
    found = _of("El diputado del FPÖ en el Consejo Nacional Peter Hofer aseguró que nadie fue "
                "invitado.", read, "Peter Hofer")
    assert ("memberOf", "Consejo Nacional") not in found
    assert any(r == "memberOf" and o != "Consejo Nacional" for r, o in found)


def test_a_spokeswoman_in_a_regional_assembly(read):
    found = _of("La portavoz de Vox en la Asamblea Regional, Lucía Navas, votó en contra.",
                read, "Lucía Navas")
    assert ("memberOf", "Vox") in found
    assert ("memberOf", "Asamblea Regional") not in found


# ------------------------------------------------------------ what a relative's noun stands for

def test_the_think_tank_a_person_presides_is_the_name_before_the_comma(read):
    found = _of("La cumbre, organizada por Vox y por la Fundación Puente Atlántico, el "
                "laboratorio de ideas que preside Marta Olmedo Gil, reunió a cien invitados.",
                read, "Marta Olmedo Gil")
    assert ("leaderOf", "Fundación Puente Atlántico") in found
    assert ("leaderOf", "Vox") not in found


def test_the_foundation_a_person_directs_after_another_party(read):
    found = _of("El foro lo convocaron el PP y el Instituto Valores del Sur, la entidad que "
                "dirige Andrés Colomer, en Sevilla.", read, "Andrés Colomer")
    assert ("leaderOf", "Partido Popular") not in found
    assert ("leaderOf", "PP") not in found


def test_whose_president_after_an_association_with_an_adjective(read):
    found = _of("Acudió una delegación de la asociación ganadera Tierra Firme, cuyo presidente, "
                "Jaume Roig Ferrer, pidió ayudas.", read, "Jaume Roig Ferrer")
    assert ("leaderOf", "Tierra Firme") in found


def test_whose_spokeswoman_after_a_federation(read):
    found = _of("Estuvo la federación vecinal Barrios Unidos, cuya portavoz, Rosa Llull "
                "Campins, leyó un manifiesto.", read, "Rosa Llull Campins")
    assert ("memberOf", "Barrios Unidos") in found


# ------------------------------------------------------------ whose party a phrase says

def test_a_party_described_as_a_president_s_is_the_one_beside_the_phrase(read):
    found = facts(read("El Partido Popular celebró su congreso en Madrid. Horas después, "
                       "Patria Nueva, el partido de Nayib Bukele, anunció su apoyo."))
    assert ("Nayib Bukele", "memberOf", "Patria Nueva") in found
    assert ("Nayib Bukele", "memberOf", "Partido Popular") not in found


def test_a_party_described_after_its_person_is_the_one_beside_the_phrase(read):
    found = facts(read("Vox abrió la campaña en Toledo. En Hungría, el partido de Viktor "
                       "Orbán, Fidesz, ganó de nuevo."))
    assert ("Viktor Orbán", "memberOf", "Vox") not in found


def test_a_party_of_a_person_in_no_apposition_is_not_read_here(read):
    found = facts(read("Los votantes del partido de Nayib Bukele llenaron la plaza."))
    assert not {o for s, r, o in found if s == "Nayib Bukele" and r == "memberOf"
                and o not in ("Nuevas Ideas",)}


def test_a_name_a_party_noun_describes_is_a_party(read):
    found = facts(read("Horizonte Soberano, la formación del abogado Tomás Lerena, obtuvo dos "
                       "escaños. Lerena fue invitado a la cumbre de Vox."))
    assert not any(s == "Horizonte Soberano" and r in ("invitedTo", "participatedIn")
                   for s, r, o in found)


def test_a_movement_after_a_name_is_its_party(read):
    found = _of("Con el 90% escrutado, el abogado Ramiro de la Fuente, del movimiento Patria "
                "Firme, obtiene el 40%.", read, "Ramiro de la Fuente")
    assert ("memberOf", "Patria Firme") in found


def test_a_grouping_after_a_name_is_its_party(read):
    found = _of("La senadora Inés Vidal Soto, de la agrupación Voz Ciudadana, votó en contra.",
                read, "Inés Vidal Soto")
    assert ("memberOf", "Voz Ciudadana") in found


# ------------------------------------------------------------ a chronicle's shouted dateline

def test_a_city_in_capitals_after_the_standfirst_places_the_offices(read):
    found = facts(read("Ana Dvořák: «Europa necesita otra voz»\n\nLa diputada habla de Ucrania "
                       "y de Rusia.\n\nPRAGA.— Ana Dvořák nos recibe en su despacho. Habla de "
                       "la guerra en Ucrania. Critica al primer ministro Tomás Novák."))
    assert ("Tomás Novák", "holdsOffice", "Primer ministro de Chequia") in found
    assert ("Tomás Novák", "holdsOffice", "Primer ministro de Ucrania") not in found


def test_a_line_in_capitals_inside_a_paragraph_is_no_dateline(read):
    found = facts(read("Habla de Ucrania, de Ucrania y de Rusia. Dice que PRAGA. — no es "
                       "Kiev. Critica al primer ministro Tomás Novák."))
    assert ("Tomás Novák", "holdsOffice", "Primer ministro de Chequia") not in found


# ------------------------------------------------------------ on an organization's behalf

def test_party_officers_listed_after_por_parte_de_are_its_members(read):
    found = facts(read("Por parte del PP acudieron el vicesecretario de Organización, Luis "
                       "Moreno Gil; la portavoz en el Senado, Alicia Pons, y el coordinador "
                       "general, Andrés Vela."))
    for person in ("Luis Moreno Gil", "Alicia Pons", "Andrés Vela"):
        assert any(s == person and r == "memberOf" and o in ("PP", "Partido Popular")
                   for s, r, o in found), person


def test_a_deputy_who_travels_on_behalf_of_a_party_represents_it(read):
    found = _of("Por parte de Chega viajó a Roma el diputado Rui Tavares Lopes.", read,
                "Rui Tavares Lopes")
    assert ("represents", "Chega") in found


def test_en_nombre_de_before_the_verb(read):
    found = _of("En nombre de Vox intervino la senadora Carmen Ibarra Soler.", read,
                "Carmen Ibarra Soler")
    assert ("represents", "Vox") in found


def test_en_representacion_de_after_the_subject(read):
    found = _of("La diputada Laura Peñalver asistió a la cumbre en representación de Vox.",
                read, "Laura Peñalver")
    assert ("represents", "Vox") in found


def test_a_person_met_on_behalf_of_a_party_is_not_its_representative(read):
    found = _of("Por parte de Vox, Santiago Abascal se reunió con Giorgia Meloni.", read,
                "Giorgia Meloni")
    assert ("represents", "Vox") not in found


def test_a_person_in_a_relative_clause_is_not_on_the_party_s_behalf(read):
    found = _of("En nombre del PP habló la vicesecretaria Ana Roldán, que saludó a Santiago "
                "Abascal.", read, "Santiago Abascal")
    assert not {o for r, o in found if r in ("represents", "memberOf") and "P" in o}


def test_a_title_of_another_party_is_not_completed_by_the_phrase(read):
    found = _of("Por parte de Vox asistió también el líder de Chega, André Ventura.", read,
                "André Ventura")
    assert ("memberOf", "Vox") not in found
    assert ("represents", "Vox") not in found


# ------------------------------------------------------------ at the front, at the head

def test_today_at_the_front_of_a_platform_after_a_former_title(read):
    found = _of("Pedro Lanza, exdiputado de Vox y hoy al frente de la plataforma Brújula, "
                "no fue invitado.", read, "Pedro Lanza")
    assert ("leaderOf", "Brújula") in found


def test_is_at_the_front_of_a_foundation(read):
    found = _of("Desde 2019 Sara Montoya está al frente de la Fundación Horizonte Libre.", read,
                "Sara Montoya")
    assert ("leaderOf", "Fundación Horizonte Libre") in found


def test_was_at_the_front_is_a_former_leadership(read):
    extraction = read("Sara Montoya estuvo al frente de la Fundación Horizonte Libre hasta "
                      "2020.")
    claims = [c for c in extraction.candidates if c.relation == "leaderOf"]
    assert claims and all(c.qualifiers.get("former") for c in claims)


def test_not_at_the_front_is_negated(read):
    found = _of("Sara Montoya ya no está al frente de la Fundación Horizonte Libre.", read,
                "Sara Montoya")
    assert ("leaderOf", "Fundación Horizonte Libre") not in found


def test_with_a_person_at_the_head_of_a_named_party(read):
    found = _of("Chega, con André Ventura a la cabeza, celebró su congreso.", read,
                "André Ventura")
    assert ("leaderOf", "Chega") in found


def test_at_the_front_of_a_common_coalition_is_no_named_leadership(read):
    found = _of("Tomás Novák volvió al poder al frente de una coalición con Vox.", read,
                "Tomás Novák")
    assert ("leaderOf", "Vox") not in found


def test_directed_by_heads_an_observation_mission(read):
    found = _of("La Misión de Observación Ciudadana, dirigida por Lucía Barrios, informó de "
                "incidentes.", read, "Lucía Barrios")
    assert ("leaderOf", "Misión de Observación Ciudadana") in found


def test_the_opposition_of_another_country_is_not_the_graph_s(read):
    found = facts(read("La oposición salvadoreña, encabezada por la diputada Claudia Ortiz, "
                       "denunció el gasto."))
    assert not any(o == "Oposición chilena" for s, r, o in found)


# ------------------------------------------------------------ possessives, acronyms, openers

def test_its_president_after_the_organization_s_address(read):
    found = _of("El desayuno fue en la sede de la Fundación Atlas, en Washington. Su "
                "presidente, Daniel Reyes Mora, habló de comercio.", read, "Daniel Reyes Mora")
    assert ("leaderOf", "Fundación Atlas") in found


def test_a_country_and_its_president_is_no_organization_s(read):
    found = _of("Viajó ayer a Chile. Su presidente, José Antonio Kast, lo recibió.", read,
                "José Antonio Kast")
    assert not {o for r, o in found if r == "leaderOf"}


def test_an_acronym_then_de_and_a_person_are_two_names(read):
    found = facts(read("Babiš gobierna con el SPD de Tomio Okamura. Ayer Okamura se reunió "
                       "con Babiš en Praga."))
    assert not any("SPD de" in s or "SPD de" in o for s, r, o in found)
    assert any(s == "Tomio Okamura" and r == "met" for s, r, o in found)


def test_a_feminine_seat_read_as_a_verb_after_fue(read):
    extraction = read("Lucía Hernández nos recibe en su despacho. Antes de llegar al Senado "
                      "fue concejala en Getafe durante dos mandatos.")
    offices = [c for c in extraction.candidates
               if c.subject == "Lucía Hernández" and c.relation == "holdsOffice"]
    assert offices and all(c.qualifiers.get("former") for c in offices)


def test_fronted_titles_of_a_dropped_subject_each_hold(read):
    found = _of("Lucía Hernández nos recibe en su despacho. Eurodiputada de Vox desde 2019 y "
                "vicepresidenta del grupo Patriotas por Europa, es una de las voces del "
                "partido.", read, "Lucía Hernández")
    assert any(r == "holdsOffice" and o.startswith("Eurodiputad") for r, o in found)
    assert ("memberOf", "Patriotas por Europa") in found


def test_a_fronted_list_of_bare_titles_before_the_subject(read):
    found = _of("Exministra, senadora y presidenta de Vox en Murcia, Ana Gil Soto cerró el "
                "acto.", read, "Ana Gil Soto")
    assert ("memberOf", "Vox") in found
    assert any(r == "holdsOffice" and o.startswith("Senador") for r, o in found)
    assert any(r == "holdsOffice" and o.startswith("Minist") for r, o in found)


def test_a_clause_before_the_subject_is_no_list_of_titles(read):
    found = _of("Tras la derrota del PP, senadora y portavoz, Ana Gil Soto cerró el acto.", read,
                "Ana Gil Soto")
    assert not {o for r, o in found if r == "holdsOffice"}


# ------------------------------------------------------------ a party's officer, party unsaid

def test_a_provincial_secretary_after_the_party_named_in_the_sentence(read):
    found = _of("Llegó con la presidenta de Vox en Murcia, Lucía Navas, y con el secretario "
                "provincial de Sevilla, Jaime Ortuño.", read, "Jaime Ortuño")
    assert ("memberOf", "Vox") in found


def test_a_secretary_general_in_a_story_on_one_party(read):
    found = _of("Chega cerró ayer su congreso en Oporto. Según la dirección, el secretario "
                "general, Pedro Frazão Lima, no hablará hasta el lunes.", read,
                "Pedro Frazão Lima")
    assert ("memberOf", "Chega") in found


def test_a_regional_spokeswoman_after_the_party(read):
    found = _of("El PP presentó ayer su lista. La portavoz regional, Elena Cuesta Ruiz, "
                "defendió el acuerdo.", read, "Elena Cuesta Ruiz")
    assert ("memberOf", "Partido Popular") in found or ("memberOf", "PP") in found


def test_an_officer_with_two_parties_named_is_no_one_s(read):
    found = _of("El PP y Vox negociaron toda la noche. El secretario general, Mario Lerma, no "
                "habló.", read, "Mario Lerma")
    assert not {o for r, o in found if r == "memberOf"}


def test_a_state_s_secretary_general_is_no_party_officer(read):
    found = _of("Vox abrió la campaña. La secretaria general de la Presidencia, Karina Milei, "
                "viajó a Córdoba.", read, "Karina Milei")
    assert ("memberOf", "Vox") not in found


def test_a_bare_president_is_not_a_party_officer(read):
    found = _of("Vox abrió la campaña en Toledo. El presidente, Daniel Noboa, viajó a Quito.",
                read, "Daniel Noboa")
    assert ("memberOf", "Vox") not in found


# ------------------------------------------------------------ a country's party epithets

def test_a_white_deputy_in_a_uruguayan_story(read):
    found = _of("MONTEVIDEO, 3 mar (EFE).- La diputada blanca Sofía Irazábal votó contra el "
                "presupuesto.", read, "Sofía Irazábal")
    assert ("memberOf", "Partido Nacional") in found


def test_a_colorado_senator_in_a_paraguayan_story(read):
    found = _of("ASUNCIÓN, 3 mar (EFE).- El senador colorado Ramón Insfrán Ayala presidió la "
                "sesión.", read, "Ramón Insfrán Ayala")
    assert ("memberOf", "Partido Colorado") in found


def test_a_democratic_congresswoman_in_a_washington_story(read):
    found = _of("WASHINGTON, 3 mar (EFE).- La congresista demócrata por Nuevo México Ana "
                "Delgado criticó la cumbre.", read, "Ana Delgado")
    assert ("memberOf", "Partido Demócrata") in found


def test_a_white_deputy_elsewhere_is_no_party(read):
    found = _of("MADRID, 3 mar (EFE).- El diputado blanco Juan Pérez Lobo habló.", read,
                "Juan Pérez Lobo")
    assert not {o for r, o in found if r == "memberOf"}


def test_the_white_house_is_no_party_in_montevideo(read):
    found = facts(read("MONTEVIDEO, 3 mar (EFE).- La Casa Blanca no respondió a Sofía "
                       "Irazábal."))
    assert not any(o == "Partido Nacional" for s, r, o in found)


# ------------------------------------------------------------ a party's name before a name

def test_a_deputy_of_a_party_then_the_name_without_a_comma(read):
    found = _of("Intervino después la diputada de Konfederacja Anna Zalewska.", read,
                "Anna Zalewska")
    assert ("memberOf", "Konfederacja") in found


def test_two_titled_names_with_their_parties_in_a_list(read):
    found = facts(read("Asistieron el eurodiputado de Chega Tiago Moreira y la diputada del PP "
                       "Laura Santos."))
    assert ("Tiago Moreira", "memberOf", "Chega") in found
    assert any(s == "Laura Santos" and r == "memberOf" and "P" in o for s, r, o in found)


def test_a_minister_s_portfolio_before_the_name_is_no_party(read):
    found = facts(read("Habló la ministra de Seguridad Patricia Bullrich."))
    assert not any(r == "memberOf" for s, r, o in found)


def test_titles_with_their_own_names_are_no_one_else_s(read):
    found = facts(read("Antelo se reunió con López Miras. Entre los ponentes estuvieron también "
                       "el exministro de Agricultura Jaime Ortega Ruiz y la eurodiputada del PP "
                       "Carmen Llorente."))
    assert not any(s in ("Antelo", "López Miras") and r in ("memberOf", "holdsOffice")
                   for s, r, o in found)
    assert ("Carmen Llorente", "memberOf", "PP") in found or \
        ("Carmen Llorente", "memberOf", "Partido Popular") in found


def test_also_between_article_and_title_still_reads(read):
    found = _of("Ana Gil Soto habló en Murcia. Después intervino la también diputada de Vox "
                "para cerrar el acto.", read, "Ana Gil Soto")
    assert ("memberOf", "Vox") in found


# ------------------------------------------------------------ one word after a leader's "de"

def test_one_word_after_the_leader_of_names_what_is_led(read):
    found = _of("Ferenc Kovács, el líder de Szabadság, habló ayer en Budapest.", read,
                "Ferenc Kovács")
    assert ("leaderOf", "Szabadság") in found


def test_one_word_after_a_member_s_title_is_the_party(read):
    found = _of("Habló Jana Nováková, dirigente de Svoboda, en Praga.", read, "Jana Nováková")
    assert ("memberOf", "Svoboda") in found


def test_an_institution_after_del_is_not_led_as_an_organization(read):
    found = _of("Juan Pérez Gil habló en Valencia. El jefe del Consell estaba en Castellón.",
                read, "Juan Pérez Gil")
    assert ("leaderOf", "Consell") not in found


def test_a_portfolio_after_a_member_s_title_is_no_organization(read):
    found = facts(read("Habló el responsable de Comunicación, Andrés Vela Ruiz, en Madrid."))
    assert not any(o == "Comunicación" for s, r, o in found)


# ------------------------------------------------------------ more title words, possessives

def test_a_regional_procurador_of_a_party(read):
    found = _of("Marta Llano, procuradora de Vox en las Cortes, pidió la palabra.", read,
                "Marta Llano")
    assert ("memberOf", "Vox") in found


def test_a_precandidate_belongs_to_the_party_whose_nomination_she_seeks(read):
    found = _of("Se reunió con la senadora Laura Quintero, precandidata del Centro Democrático.",
                read, "Laura Quintero")
    assert ("memberOf", "Centro Democrático") in found
    assert ("represents", "Centro Democrático") not in found


def test_its_president_then_a_second_apposition_with_the_name(read):
    found = _of("La Fundación Valores Comunes celebró su cumbre en Roma. Su actual "
                "presidenta, la senadora paraguaya Liliana Benítez, abrió el acto.", read,
                "Liliana Benítez")
    assert ("leaderOf", "Fundación Valores Comunes") in found


def test_its_president_then_a_list_is_not_one_holder(read):
    found = facts(read("La Fundación Valores Comunes celebró su cumbre. Su presidenta, el "
                       "diputado Mario Gil y la senadora Liliana Benítez hablaron."))
    assert ("Mario Gil", "leaderOf", "Fundación Valores Comunes") not in found


# ------------------------------------------------------------ a title's referent

def test_the_object_of_the_subject_s_own_infinitive_is_not_the_title(read):
    found = facts(read("Tras derrotar a Mario Gil en las primarias y empujar a Kast hasta La "
                       "Moneda, el líder del Partido Nacional Libertario se convirtió en el "
                       "socio más incómodo del Gobierno."))
    assert ("Mario Gil", "leaderOf", "Partido Nacional Libertario") not in found
    assert ("José Antonio Kast", "leaderOf", "Partido Nacional Libertario") not in found


# ------------------------------------------------------------ an office of a named territory

def test_a_mayor_of_a_commune_named_after_its_generic_word(read):
    found = _of("Asistió la alcaldesa de la comuna chilena de Ñuñoa, Emilia Ríos Saavedra.",
                read, "Emilia Ríos Saavedra")
    assert ("holdsOffice", "Alcalde de Ñuñoa") in found
    assert not any(r == "holdsOffice" and "Chile" in o for r, o in found)


def test_a_governor_of_a_province_named_after_its_generic_word(read):
    found = _of("Habló el gobernador de la provincia de Salta, Gustavo Sáenz Peña.", read,
                "Gustavo Sáenz Peña")
    assert ("holdsOffice", "Gobernador de Salta") in found


def test_a_mayor_of_the_city_unnamed_is_no_office_of_a_country(read):
    found = _of("Habló la alcaldesa de la ciudad, Ana Gil Ruiz, en el acto.", read,
                "Ana Gil Ruiz")
    assert not any(r == "holdsOffice" and "ciudad" in o for r, o in found)


def test_a_province_s_name_after_its_generic_word_is_a_place(read):
    found = facts(read("Milei viajó a la provincia de Tucumán Norte, donde se reunió con "
                       "Osvaldo Jaldo Ruiz."))
    assert not any(o == "Tucumán Norte" and r in ("memberOf", "leaderOf", "participatedIn")
                   for s, r, o in found)


def test_the_name_after_a_party_s_parliamentary_group_is_the_party(read):
    found = _of("Se reunió con la diputada Carla Montero, jefa de la fracción de Nueva "
                "Patria, en San José.", read, "Carla Montero")
    assert ("memberOf", "Nueva Patria") in found


def test_a_person_after_a_bloc_s_de_is_still_a_person(read):
    found = facts(read("Habló el jefe del bloque de Javier Milei en el Senado."))
    assert not any(s == "Javier Milei" and r == "memberOf" for s, r, o in found)


def test_the_name_after_a_candidate_s_de_is_a_party(read):
    found = _of("El tercer clasificado, el candidato de Nuevo Rumbo, Alfonso Chávez Lara, no "
                "apoyará a nadie.", read, "Alfonso Chávez Lara")
    assert ("represents", "Nuevo Rumbo") in found


def test_a_person_after_a_candidate_s_de_is_still_a_person(read):
    found = facts(read("Habló el candidato de Santiago Abascal a la alcaldía, Pedro Ruiz "
                       "Gallego."))
    assert not any(o == "Santiago Abascal" and r == "represents" for s, r, o in found)
