"""The parse-based extractor on parties and groups: the president of a group named right after
"grupo" leads the group, while the president of a party's group is the party's member; a body
described by a common noun that a passive participle hangs on ("X, un partido liderado por
Y").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


# --- the president of a group named by its own name ----------------------------------------

def test_the_president_of_a_named_group_leads_it(read):
    found = facts(read("Marta Lind, presidenta del grupo Renovación Europea, pidió la palabra."))
    assert ("Marta Lind", "leaderOf", "Renovación Europea") in found
    assert ("Marta Lind", "memberOf", "Renovación Europea") not in found
    found = facts(read("El copresidente del grupo de los Liberales Demócratas Europeos, Jan "
                       "Kowal, votó en contra."))
    assert ("Jan Kowal", "leaderOf", "Liberales Demócratas Europeos") in found
    found = facts(read("Tomó la palabra el jefe de la bancada Unión por la Patria, Germán "
                       "Ibarra."))
    assert ("Germán Ibarra", "leaderOf", "Unión por la Patria") in found


def test_the_president_of_a_partys_group_is_its_member(read):
    found = facts(read("Ana Ruiz, presidenta del grupo parlamentario de Vox en el Senado, "
                       "habló ayer."))
    assert ("Ana Ruiz", "memberOf", "Vox") in found
    assert ("Ana Ruiz", "leaderOf", "Vox") not in found
    found = facts(read("La portavoz del grupo de Vox, Lucía Serna, habló ayer."))
    assert ("Lucía Serna", "leaderOf", "Vox") not in found


def test_a_vice_president_of_a_named_group_stays_a_member(read):
    found = facts(read("Eva Nagy, vicepresidenta del grupo Renovación Europea, habló ayer."))
    assert ("Eva Nagy", "memberOf", "Renovación Europea") in found
    assert ("Eva Nagy", "leaderOf", "Renovación Europea") not in found


# --- a body described by a common noun and a participle -----------------------------------

def test_a_party_described_as_led_by_someone(read):
    found = facts(read("Unión Patriótica, una formación presidida desde 2019 por la abogada "
                       "Marta Solís, se presenta en Lima."))
    assert ("Marta Solís", "leaderOf", "Unión Patriótica") in found
    found = facts(read("La Unión Cívica es un partido liderado por Kyriakos Velopoulos."))
    assert ("Kyriakos Velopoulos", "leaderOf", "Unión Cívica") in found
    found = facts(read("La Fundación Libertad es una organización dirigida por Pedro Soto."))
    assert ("Pedro Soto", "leaderOf", "Fundación Libertad") in found


def test_a_participle_coordinated_with_an_adjective_describes_the_same_body(read):
    found = facts(read("Alianza Cívica, un partido ortodoxo nacido en Salónica y encabezado "
                       "por Nikos Pappas, ganó tres escaños."))
    assert ("Nikos Pappas", "leaderOf", "Alianza Cívica") in found


def test_a_described_body_is_not_led_by_whoever_acts_on_it(read):
    found = facts(read("La Unión Cívica, un partido criticado por Pedro Soto, ganó."))
    assert not any(r == "leaderOf" for _, r, _ in found)
    found = facts(read("La Unión Cívica, un partido apoyado por Pedro Soto, ganó."))
    assert ("Pedro Soto", "leaderOf", "Unión Cívica") not in found


# --- the leader named in a relative clause on a described body ----------------------------

def test_a_body_described_after_its_acronym_in_brackets(read):
    found = facts(read("Ganó Acción Popular (AP), la formación que preside Jan Kowalski."))
    assert ("Jan Kowalski", "leaderOf", "Acción Popular") in found
    found = facts(read("El pacto con Renovación Nacional (RN), el partido que dirige desde 2021 "
                       "Tomás Vidal, sigue en pie."))
    assert ("Tomás Vidal", "leaderOf", "Renovación Nacional") in found


def test_the_party_in_a_de_phrase_with_its_leader_in_a_relative(read):
    found = facts(read("Habló Marta Gil, del Movimiento Patria (MP). Es una de las voces del "
                       "partido que fundó y preside Ernesto Salas."))
    assert ("Ernesto Salas", "leaderOf", "Movimiento Patria") in found


def test_a_relative_on_a_described_body_with_another_verb_leads_nothing(read):
    found = facts(read("Ganó Acción Popular (AP), la formación que critica Jan Kowalski."))
    assert not any(r == "leaderOf" for _, r, _ in found)


# --- acting for a body: "Por X firmó Y", "en nombre de su formación" ------------------------

def test_a_fronted_por_names_the_body_its_subject_acts_for(read):
    found = facts(read("Por Unión Cívica firmó el presidente de la Asamblea, Ernesto Lara."))
    assert ("Ernesto Lara", "represents", "Unión Cívica") in found
    found = facts(read("Por Vox intervino la diputada Ana Ruiz."))
    assert ("Ana Ruiz", "represents", "Vox") in found
    found = facts(read("La sesión fue tensa. Por el Partido Verde hablaron Ana Ruiz y Pedro "
                       "Gil."))
    assert ("Ana Ruiz", "represents", "Partido Verde") in found
    assert ("Pedro Gil", "represents", "Partido Verde") in found


def test_a_por_phrase_that_is_no_body_or_not_fronted_represents_nothing(read):
    found = facts(read("Por la tarde intervino la diputada Ana Ruiz."))
    assert not any(r == "represents" for _, r, _ in found)
    found = facts(read("Ana Ruiz votó por Unión Cívica en las municipales."))
    assert ("Ana Ruiz", "represents", "Unión Cívica") not in found
    found = facts(read("Por Vox apostó el diputado Pedro Gil, según la prensa."))
    assert ("Pedro Gil", "represents", "Vox") not in found


def test_on_behalf_of_ones_own_party(read):
    found = facts(read("La presidenta de Unión Cívica, Ana Ruiz, firmó en nombre de su partido "
                       "un pacto de gobierno con Acción Popular."))
    assert ("Ana Ruiz", "represents", "Unión Cívica") in found
    found = facts(read("Ana Ruiz firmó en nombre de su formación, Unión Cívica, el acta."))
    assert ("Ana Ruiz", "represents", "Unión Cívica") in found


def test_a_bond_signed_for_a_body_is_the_bodys(read):
    found = facts(read("La lideresa del partido Aurora, Rosa Paz, firmó ayer en nombre de su "
                       "formación un memorando de entendimiento con Nuevas Ideas."))
    assert ("Aurora", "allied", "Nuevas Ideas") in found
    assert ("Rosa Paz", "allied", "Nuevas Ideas") not in found
    found = facts(read("Por Unión Cívica, Ana Ruiz firmó un acuerdo electoral con Acción "
                       "Popular."))
    assert ("Unión Cívica", "allied", "Acción Popular") in found
    # one who signs for no body named is the ally
    found = facts(read("Ana Ruiz firmó un acuerdo electoral con Acción Popular."))
    assert ("Ana Ruiz", "allied", "Acción Popular") in found


def test_a_memorandum_of_understanding_binds_allies(read):
    found = facts(read("Unión Cívica firmó un memorando de entendimiento con Acción Popular."))
    assert ("Unión Cívica", "allied", "Acción Popular") in found
    found = facts(read("Unión Cívica y Acción Popular suscribieron un memorándum de "
                       "entendimiento."))
    assert ("Unión Cívica", "allied", "Acción Popular") in found
    found = facts(read("Unión Cívica no firmó el memorando de entendimiento con Acción "
                       "Popular."))
    assert ("Unión Cívica", "not allied", "Acción Popular") in found


def test_a_memorandum_on_a_matter_binds_no_allies(read):
    found = facts(read("El Gobierno firmó un memorando sobre aranceles con la Unión Europea."))
    assert not any(r == "allied" for _, r, _ in found)
    found = facts(read("Unión Cívica firmó un memorando de compras con Acción Popular."))
    assert not any(r == "allied" for _, r, _ in found)


# --- a party in a group: sitting with it, sharing it with a partner -----------------------

def test_sitting_with_a_parliamentary_group_is_being_in_it(read):
    found = facts(read("En Bruselas, el Partido Cívico se sienta con los Conservadores y "
                       "Reformistas Europeos."))
    assert ("Partido Cívico", "memberOf", "Conservadores y Reformistas Europeos") in found
    found = facts(read("En Estrasburgo, Acción Popular se sentaba entonces con Patriotas por "
                       "Europa."))
    assert ("Acción Popular", "memberOf", "Patriotas por Europa") in found


def test_sitting_once_with_someone_is_no_membership(read):
    found = facts(read("En Madrid, el Partido Cívico se sentó con los Conservadores y "
                       "Reformistas Europeos para negociar."))
    assert not any(r == "memberOf" for _, r, _ in found)
    found = facts(read("Ana Ruiz se sienta con el Partido Cívico cada semana."))
    assert ("Ana Ruiz", "memberOf", "Partido Cívico") not in found


def test_the_partner_one_shares_a_group_with_is_in_it(read):
    found = facts(read("El Partido Cívico comparte grupo con Vox en Patriotas por Europa."))
    assert ("Partido Cívico", "memberOf", "Patriotas por Europa") in found
    assert ("Vox", "memberOf", "Patriotas por Europa") in found
    found = facts(read("Ambos partidos comparten con la Liga el grupo de Patriotas por Europa "
                       "en Estrasburgo."))
    assert ("Liga", "memberOf", "Patriotas por Europa") in found


def test_not_sharing_a_group_says_no_membership(read):
    found = facts(read("El Partido Cívico no comparte grupo con Vox en Patriotas por Europa."))
    assert not any(r == "memberOf" and o == "Patriotas por Europa" for _, r, o in found)


# --- "X, de la Y": the party of a person named with its article ---------------------------

def test_a_party_after_a_name_keeps_its_article_out(read):
    found = facts(read("Votó Rodrigo Salas, de la Unión Cívica Radical (UCR), a primera hora."))
    assert ("Rodrigo Salas", "memberOf", "Unión Cívica Radical") in found
    found = facts(read("Compiten Marta Gil, de la Alianza Nacional de la Esperanza (ANE), y "
                       "Pedro Soto."))
    assert ("Marta Gil", "memberOf", "Alianza Nacional de la Esperanza") in found
    found = facts(read("Habló también Ana Ruiz, de la Liga."))
    assert ("Ana Ruiz", "memberOf", "Liga") in found


def test_a_place_after_a_name_is_no_party(read):
    found = facts(read("Habló también Ana Ruiz, de la Ciudad de México."))
    assert not any(r == "memberOf" for _, r, _ in found)
    found = facts(read("Habló también Ana Ruiz, de Madrid."))
    assert not any(r == "memberOf" for _, r, _ in found)


def test_a_think_tank_taken_for_a_name_still_describes_the_body(read):
    found = facts(read("Visitó la sede de la Fundación Faro, el think tank que preside Ana "
                       "Laje."))
    assert ("Ana Laje", "leaderOf", "Fundación Faro") in found
    found = facts(read("Visitó la sede de la Fundación Luz, el laboratorio de ideas que dirige "
                       "Pedro Mora."))
    assert ("Pedro Mora", "leaderOf", "Fundación Luz") in found


# --- "Su secretaria general, X" after a sentence about a party ----------------------------

def test_a_possessive_title_is_of_the_subject_not_of_a_party_named_in_passing(read):
    found = facts(read("La Unión Patriótica, fundada en 2019 por disidentes de la Alianza "
                       "Cívica, obtuvo cuatro escaños. Su secretaria general, Ivana Horvat, "
                       "viajó a Madrid."))
    assert ("Ivana Horvat", "memberOf", "Unión Patriótica") in found
    assert ("Ivana Horvat", "memberOf", "Alianza Cívica") not in found
    found = facts(read("El Partido Cívico quiere copiar la estrategia de Vox. Su presidente, "
                       "Kenji Mori, visitó Madrid."))
    assert ("Kenji Mori", "leaderOf", "Partido Cívico") in found


def test_a_possessive_title_after_a_party_the_verb_names_is_that_partys(read):
    found = facts(read("Los Patriotas rivalizan con el Partido Popular Europeo por el voto "
                       "conservador. Su presidente, el alemán Manfred Weber, lo negó."))
    assert ("Manfred Weber", "leaderOf", "Partido Popular Europeo") in found


# --- a described name no list knows as a place ----------------------------------------------

def test_a_name_guessed_a_place_is_corrected_by_its_description(read):
    found = facts(read("En Tokio: Sanseito, la formación populista que dirige Sohei Kamiya, "
                       "ganó escaños."))
    assert ("Sohei Kamiya", "leaderOf", "Sanseito") in found


def test_a_known_place_keeps_its_class_whatever_describes_it(read):
    found = facts(read("Lima, la ciudad que gobierna Rafael Solís, vota hoy."))
    assert not any(r in ("leaderOf", "memberOf") for _, r, _ in found)


# --- a body a verb of leading takes by its head noun ----------------------------------------

def test_leading_the_body_named_by_its_head_noun(read):
    found = facts(read("La Red Cívica Atlántica reunió a cien legisladores. Pedro Gil, que "
                       "presidió la red entre 2022 y 2024, envió un mensaje."))
    assert ("Pedro Gil", "leaderOf", "Red Cívica Atlántica") in found
    found = facts(read("La Fundación Libertad abrió su sede. Pedro Soto, que dirige la "
                       "fundación desde 2020, habló."))
    assert ("Pedro Soto", "leaderOf", "Fundación Libertad") in found


def test_a_head_noun_with_a_name_of_its_own_is_another_body(read):
    found = facts(read("La Fundación Libertad abrió su sede. Pedro Soto, que dirige la "
                       "fundación rival, habló."))
    assert ("Pedro Soto", "leaderOf", "Fundación Libertad") not in found


# --- a body called by the first word of its name -------------------------------------------

def test_a_body_called_by_the_first_word_of_its_name(read):
    found = read("Los Patriotas, que suman 85 escaños, rivalizan con el Partido Popular "
                 "Europeo. Patriotas por Europa votó en contra.")
    assert ("Patriotas por Europa", "opponentOf", "Partido Popular Europeo") in facts(found)
    assert not any(e.label == "Patriotas" for e in found.entities)


def test_a_generic_head_alone_names_no_body(read):
    found = read("La Unión Cívica ganó en Soria. La Unión, que suma 27 países, votó la reforma "
                 "con el Partido Popular Europeo.")
    assert not any(c.subject == "Unión Cívica" and c.object == "Partido Popular Europeo"
                   for c in found.candidates)


# --- "el partido de X" when the text tied X to a party ---------------------------------------

def test_the_party_of_someone_the_text_tied_to_another_party(read):
    found = facts(read("Salvador Ruiz, del Partido Liberal, votó en Tegucigalpa. El Partido "
                       "Nacional celebró su mitin. El partido de Ruiz ha pedido calma."))
    assert ("Salvador Ruiz", "memberOf", "Partido Nacional") not in found
    assert ("Salvador Ruiz", "memberOf", "Partido Liberal") in found
    found = facts(read("Jeannette Jara, del Partido Comunista, votó en Santiago. Vox celebró su "
                       "mitin en Sevilla. El partido de Jara pidió calma."))
    assert ("Jeannette Jara", "memberOf", "Vox") not in found


def test_the_party_of_someone_the_text_tied_to_no_party(read):
    found = facts(read("Vox celebró su mitin en Sevilla. El partido de Abascal pidió calma."))
    assert ("Santiago Abascal", "memberOf", "Vox") in found


# --- a leading verb's clitic standing for a body ----------------------------------------

def test_a_leading_verbs_clitic_stands_for_the_body_named_before(read):
    found = facts(read("Hablamos de Unión Cívica. Pedro Soto la preside desde 2019."))
    assert ("Pedro Soto", "leaderOf", "Unión Cívica") in found
    found = facts(read("Unión Cívica ganó en Soria. Pedro Soto lo fundó en 2010 y lo dirige "
                       "desde entonces."))
    assert ("Pedro Soto", "leaderOf", "Unión Cívica") in found


def test_a_clitic_for_a_person_or_a_body_named_long_before_is_led_by_no_one(read):
    found = facts(read("Pedro Soto visitó Madrid. Ana Gil lo recibió y lo dirigió al hotel."))
    assert not any(r == "leaderOf" for _, r, _ in found)
    found = facts(read("Unión Cívica ganó en Soria. Llovió toda la tarde. Nadie lo esperaba. "
                       "Pedro Soto lo dirige desde 2019."))
    assert ("Pedro Soto", "leaderOf", "Unión Cívica") not in found


# --- a word of time between a name and its title --------------------------------------------

def test_a_title_after_a_word_of_time_is_the_names(read):
    found = facts(read("Luis Vera, entonces aliado de Milei, perdió la intendencia."))
    assert ("Luis Vera", "allied", "Javier Milei") in found
    found = facts(read("Luis Vera, por entonces socio de Milei, perdió la intendencia."))
    assert ("Luis Vera", "allied", "Javier Milei") in found
    found = facts(read("Marta Gil, ya diputada de Vox, habló en el acto."))
    assert ("Marta Gil", "memberOf", "Vox") in found


def test_a_word_of_time_alone_gives_no_title(read):
    found = facts(read("Luis Vera, entonces, perdió ante Milei."))
    assert not any(r == "allied" for _, r, _ in found)


# --- joining the party named by its person ------------------------------------------------

def test_joining_the_party_of_someone_is_joining_their_party(read):
    found = facts(read("Vox irrumpió en 2017. Yeray Medina pidió entonces el carné del partido "
                       "de Santiago Abascal."))
    assert ("Yeray Medina", "memberOf", "Vox") in found
    found = facts(read("Ana Gil, del Partido Verde, habló. Pedro Soto se afilió a la formación "
                       "de Gil en 2019."))
    assert ("Pedro Soto", "memberOf", "Partido Verde") in found
    found = facts(read("Ana Gil, del Partido Verde, habló. Pedro Soto se unió al partido de Gil "
                       "tras las elecciones."))
    assert ("Pedro Soto", "memberOf", "Partido Verde") in found


def test_acting_on_the_party_of_someone_is_no_joining(read):
    found = facts(read("Ana Gil, del Partido Verde, habló. Pedro Soto criticó al partido de "
                       "Gil."))
    assert ("Pedro Soto", "memberOf", "Partido Verde") not in found
    found = facts(read("Ana Gil, del Partido Verde, habló. Pedro Soto no se afilió al partido "
                       "de Gil."))
    assert ("Pedro Soto", "memberOf", "Partido Verde") not in found


# --- a "según" aside between a subject and its predicate -----------------------------------

def test_the_title_after_a_according_to_aside_is_not_the_sources(read):
    found = facts(read("Viktor Orbán llegó a París. El húngaro es, según su consejero Pierre "
                       "Morel, el aliado más fiel de Reagrupamiento Nacional en Europa."))
    assert ("Pierre Morel", "allied", "Reagrupamiento Nacional") not in found
    found = facts(read("Lo anunció, según el diario Le Monde, el líder de Chega, André Ventura."))
    assert ("André Ventura", "leaderOf", "Chega") in found


def test_a_title_after_a_name_outside_an_aside_is_the_names(read):
    found = facts(read("Habló Pierre Morel, el aliado más fiel de Reagrupamiento Nacional."))
    assert ("Pierre Morel", "allied", "Reagrupamiento Nacional") in found


# --- a plural title shared out by "ambos", "los dos", "los tres" -----------------------------

def test_a_plural_title_after_a_quantifier_holds_for_each_name(read):
    found = facts(read("Ana Gil y Pedro Soto, ambos diputados de Vox, votaron."))
    assert {("Ana Gil", "memberOf", "Vox"), ("Pedro Soto", "memberOf", "Vox")} <= found
    found = facts(read("Ana Gil y Pedro Soto, los dos senadores de Unión Cívica, votaron."))
    assert {("Ana Gil", "memberOf", "Unión Cívica"),
            ("Pedro Soto", "memberOf", "Unión Cívica")} <= found
    found = facts(read("Ana Gil, Pedro Soto y Luis Vera, los tres concejales de Vox, votaron."))
    assert ("Ana Gil", "memberOf", "Vox") in found


def test_a_quantified_title_over_two_parties_says_no_one_is_of_which(read):
    found = facts(read("Ana Gil y Pedro Soto, ambos diputados del PP y de Vox, votaron."))
    assert not any(r == "memberOf" for _, r, _ in found)
