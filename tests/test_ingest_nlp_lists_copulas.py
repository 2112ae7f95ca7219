"""The parse-based extractor on claims that lists, copulas and appositions state: a rally
named after its place as the event a list of speakers attends, lists of titled names, rivals
and memberships said by nouns and verbs of competing and joining, regional branches, and
titles shared by two roles; with the cases that state none of these.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts, find

from graph.ingest.nlp.entity_types import entity_class

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent

KG = "https://w3id.org/kgraph/ontology#"


# ---------------------------------------------------------------- rallies


def test_a_rally_named_after_its_place_is_an_event_a_party_of_that_name_is_not():
    assert entity_class("Concentración de Garbatella") == KG + "Event"
    assert entity_class("Concentración Democrática") == KG + "PoliticalParty"
    assert entity_class("Concentración de Fuerza Popular") != KG + "Event"


def test_the_speakers_of_a_list_take_part_in_the_rally_named_before(read):
    found = read("Miles de personas llenaron el sábado la Concentración de Garbatella, la cita "
                 "anual de la Liga Azul. En la tarima intervinieron el presidente de Unión "
                 "Ibérica, Tomás Ferrer; el líder del Frente Sur, Juan Ortega, y la dirigente de "
                 "Acción Norte Marta Ruiz.")
    for person in ("Tomás Ferrer", "Juan Ortega", "Marta Ruiz"):
        claim = find(found, person, "participatedIn", "Concentración de Garbatella")
        assert claim.qualifiers == {"role": "speaker"}
    find(found, "Juan Ortega", "leaderOf", "Frente Sur")


# ---------------------------------------------------------------- rivals and joining


def test_disputing_with_someone_or_leading_them_in_a_poll_makes_rivals(read):
    found = read("Laura Gómez pugna con Santiago Abascal por el liderazgo de la oposición.")
    find(found, "Laura Gómez", "opponentOf", "Santiago Abascal")
    found = read("Según el último sondeo, el Partido Popular mantiene una ventaja de cuatro "
                 "puntos sobre Vox.")
    find(found, "Partido Popular", "opponentOf", "Vox")
    found = read("La rivalidad de Laura Gómez con Santiago Abascal marcó la campaña.")
    find(found, "Laura Gómez", "opponentOf", "Santiago Abascal")


def test_an_advantage_over_a_thing_or_a_quarrel_with_a_neighbour_makes_no_rivals(read):
    absent(read("Vox obtuvo una ventaja fiscal sobre el resto de formaciones."), "opponentOf")
    absent(read("La disputa entre Laura Gómez y su vecino terminó en los tribunales."),
           "opponentOf")
    absent(read("Laura Gómez disputará la final de tenis con su hermana."), "opponentOf")


def test_integrating_into_an_organization_is_joining_it(read):
    found = read("Vox se integró en el grupo Patriotas por Europa en 2024.")
    assert facts(found) == {("Vox", "memberOf", "Patriotas por Europa")}
    absent(read("Laura Gómez se integró en el equipo de campaña."), "memberOf")


# ---------------------------------------------------------------- branches of a party


def test_the_head_of_a_regional_or_parliamentary_branch_is_a_member_of_the_party(read):
    found = read("El presidente del PP en Andalucía, Juanma Moreno, habló ayer en Sevilla.")
    assert facts(found) == {("Juanma Moreno", "memberOf", "PP")}
    found = read("Juan Ortega, líder de Vox en la comunidad, presentó su programa.")
    assert facts(found) == {("Juan Ortega", "memberOf", "Vox")}
    found = read("El líder de Vox en el Parlamento Europeo, Jorge Buxadé, habló ayer.")
    find(found, "Jorge Buxadé", "memberOf", "Vox")
    absent(found, "leaderOf")


def test_the_leader_of_a_party_in_its_country_or_its_campaign_leads_it(read):
    find(read("Juan Ortega, líder de Vox en España, presentó su programa."),
         "Juan Ortega", "leaderOf", "Vox")
    find(read("El líder de Vox en la campaña, Juan Ortega, habló ayer."),
         "Juan Ortega", "leaderOf", "Vox")


def test_a_party_adjective_after_a_party_is_its_region_not_another_party(read):
    found = read("El Partido Aragonés no entró en el Gobierno. La portavoz del PSOE aragonés, "
                 "María Márquez, criticó el pacto.")
    find(found, "María Márquez", "memberOf", "PSOE")
    absent(found, "memberOf", "María Márquez", "Partido Aragonés")


# ---------------------------------------------------------------- titles shared or set now


def test_two_roles_sharing_one_name_both_hold(read):
    found = read("La senadora y presidenta del Partido Republicano, Laura Gómez, habló ayer.")
    assert facts(found) == {("Laura Gómez", "leaderOf", "Partido Republicano"),
                            ("Laura Gómez", "holdsOffice", "Senador")}


def test_two_titles_each_with_its_article_are_two_persons(read):
    found = read("El presidente de Chile y el líder de Vox, Santiago Abascal, hablaron ayer.")
    assert facts(found) == {("Santiago Abascal", "leaderOf", "Vox")}


def test_a_title_after_a_name_opened_by_today_holds_now(read):
    found = read("Laura Gómez, hoy presidenta del Partido Comunista, habló ayer.")
    assert facts(found) == {("Laura Gómez", "leaderOf", "Partido Comunista")}
    found = read("Laura Gómez, ahora diputada de Vox, habló ayer.")
    find(found, "Laura Gómez", "memberOf", "Vox")
    assert not facts(read("Laura Gómez, hoy en Madrid, habló ayer."))


# ---------------------------------------------------------------- the country of an office


def test_a_continents_adjective_does_not_make_the_article_about_a_continent(read):
    found = read("La derecha europea se reunió ayer en Italia. Los partidos de la derecha "
                 "radical europea pidieron unidad frente a la Comisión. Tampoco asistió la "
                 "primera ministra, Chiara Bianchi.")
    find(found, "Chiara Bianchi", "holdsOffice", "Primer ministro de Italia")
    absent(found, "holdsOffice", obj="Primer ministro de Europa")


# ---------------------------------------------------------------- "su partido, X"


def test_the_party_named_after_his_or_her_party_is_that_persons(read):
    found = read("Tampoco asistió Laura Gómez, socia de Santiago Abascal en el Gobierno; su "
                 "partido, Vox, no mandó a nadie.")
    find(found, "Laura Gómez", "memberOf", "Vox")
    absent(found, "memberOf", "Santiago Abascal")
    find(read("Laura Gómez habló ayer. Su partido, Vox, sumó diez escaños."),
         "Laura Gómez", "memberOf", "Vox")


def test_the_leader_of_his_party_or_a_person_after_it_is_no_membership(read):
    found = read("El líder de Vox, Santiago Abascal, habló en Roma y su partido, Vox, sumó "
                 "diez escaños.")
    absent(found, "memberOf")
    absent(read("Laura Gómez leyó un mensaje del líder de su partido, Santiago Abascal."),
           "memberOf")


# ---------------------------------------------------------------- copulas


def test_a_second_copula_joined_to_one_with_a_dropped_subject_shares_it(read):
    found = read("Laura Gómez nació en Cali. Fue concejal entre 2014 y 2018 y desde entonces "
                 "es senadora por el Partido Popular.")
    find(found, "Laura Gómez", "memberOf", "Partido Popular")
    find(found, "Laura Gómez", "holdsOffice", "Senador")


def test_a_second_copula_with_its_own_subject_is_that_subjects(read):
    found = read("Laura Gómez nació en Cali. Fue concejal entre 2014 y 2018 y su hermano es "
                 "senador por el Partido Popular.")
    absent(found, "memberOf", "Laura Gómez", "Partido Popular")
    absent(found, "holdsOffice", "Laura Gómez", "Senador")


# ---------------------------------------------------------------- "del partido"


def test_the_party_a_title_says_is_the_one_its_sentence_names_alone(read):
    found = read("El PP ganó las elecciones en febrero. Un mes después, Vox rompió el pacto y "
                 "el secretario general del partido, Juan Ortega, lo anunció en Zaragoza.")
    find(found, "Juan Ortega", "memberOf", "Vox")
    absent(found, "memberOf", "Juan Ortega", "PP")


def test_a_title_of_the_party_after_two_parties_named_together_names_neither(read):
    found = read("El PP y Vox rompieron el pacto. El secretario general del partido, Juan "
                 "Ortega, lo anunció en Zaragoza.")
    absent(found, "memberOf", "Juan Ortega")


def test_the_head_of_a_task_within_a_party_is_its_member_not_its_leader(read):
    found = read("El director de comunicación de Vox, Juan Ortega, habló ayer.")
    assert facts(found) == {("Juan Ortega", "memberOf", "Vox")}
    found = read("La jefa de prensa de Vox, Laura Gómez, habló ayer.")
    assert facts(found) == {("Laura Gómez", "memberOf", "Vox")}
    find(read("Juan Ortega, líder del partido Vox, habló ayer."), "Juan Ortega", "leaderOf", "Vox")


def test_a_copula_joined_to_a_relative_clause_on_a_name_is_the_names(read):
    found = read("Laura Gómez, que encabezó la lista socialista en febrero y es hoy la principal "
                 "rival de Santiago Abascal en las Cortes, denunció el pacto.")
    find(found, "Laura Gómez", "opponentOf", "Santiago Abascal")
    found = read("Laura Gómez, que nació en Cali y fue diputada de Vox entre 2015 y 2019, "
                 "denunció el pacto.")
    assert find(found, "Laura Gómez", "memberOf", "Vox").qualifiers.get("former")


def test_a_copula_joined_to_a_relative_clause_with_its_own_subject_is_not_the_names(read):
    found = read("Laura Gómez, que nació en Cali y cuyo hermano es diputado de Vox, denunció "
                 "el pacto.")
    absent(found, "memberOf", "Laura Gómez")


# ---------------------------------------------------------------- deputy prime ministers


def test_a_deputy_prime_minister_holds_that_office_of_the_country(read):
    found = read("El viceprimer ministro italiano, Marco Rossi, habló ayer.")
    assert facts(found) == {("Marco Rossi", "holdsOffice", "Viceprimer ministro de Italia")}
    found = read("Roma, 3 may. Marco Rossi, que es viceprimer ministro y ministro de "
                 "Transportes, cargó contra Bruselas.")
    find(found, "Marco Rossi", "holdsOffice", "Viceprimer ministro de Italia")
    find(read("La primera ministra italiana, Chiara Bianchi, habló ayer."),
         "Chiara Bianchi", "holdsOffice", "Primer ministro de Italia")


def test_an_office_a_copula_puts_in_the_future_is_not_held(read):
    found = read("Laura Gómez es diputada de Vox y será presidenta de Chile.")
    find(found, "Laura Gómez", "holdsOffice", "Diputado")
    absent(found, "holdsOffice", "Laura Gómez", "Presidente de Chile")
    absent(read("Laura Gómez será presidenta de Chile."), "holdsOffice")
    find(read("Laura Gómez será la candidata de Vox en las elecciones andaluzas de 2026."),
         "Laura Gómez", "represents", "Vox")


# ---------------------------------------------------------------- memberships a leadership says


def test_a_leader_referred_to_by_the_partys_epithet_is_not_also_its_member(read):
    found = read("Juan Ortega, líder del Partido Azul, llegó ayer a Lima. Por la tarde, el "
                 "líder azul almorzó con Laura Gómez.")
    assert facts(found) == {("Juan Ortega", "leaderOf", "Partido Azul"),
                            ("Juan Ortega", "met", "Laura Gómez")}
    found = read("Juan Ortega llegó ayer a Lima con el Partido Azul. Por la tarde, el "
                 "dirigente azul almorzó con Laura Gómez.")
    find(found, "Juan Ortega", "memberOf", "Partido Azul")


def test_an_acting_head_holds_the_office_named_after_en_funciones(read):
    found = read("El presidente en funciones del Gobierno de Aragón, Jorge Azcón, habló ayer.")
    assert facts(found) == {("Jorge Azcón", "holdsOffice", "Presidente del Gobierno de Aragón")}


def test_a_demonym_the_small_model_takes_for_a_verb_still_gives_the_country(read):
    found = read("Por el atril pasaron la expresidenta húngara Katalin Novák y el senador "
                 "estadounidense Mike Lee.")
    find(found, "Katalin Novák", "holdsOffice", "Presidente de Hungría")
