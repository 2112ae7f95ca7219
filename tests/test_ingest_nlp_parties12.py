"""The parse-based extractor on parties read from nominal constructions: a party named with its
person ("el Partido Verde de Ana Kessler", "Unidad Cívica, el partido del exalcalde X"), a
party's adjective resolved to the party the text names ("el diputado radical X" beside the Unión
Cívica Radical), a list headed by a party's adjective ("encabezará la lista socialista"), a party
given through "su partido, X" or "cuyo partido, X", and a leader named as another's predecessor
("Su antecesor al frente del partido, X").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts, find

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


# --- a party named with its person -------------------------------------------------------

def test_a_party_named_with_its_person_is_the_persons_party(read):
    found = facts(read("En Oslo creció el Partido del Progreso de Sylvi Listhaug."))
    assert ("Sylvi Listhaug", "leaderOf", "Partido del Progreso") in found
    found = facts(read("La fuga de votos hacia el Movimiento Cívico de Tomasz Wrona preocupa "
                       "al Gobierno."))
    assert ("Tomasz Wrona", "leaderOf", "Movimiento Cívico") in found
    # a title between "de" and the name
    found = facts(read("Negociarán con el Partido Agrario del exministro Mikael Lund."))
    assert ("Mikael Lund", "leaderOf", "Partido Agrario") in found


def test_a_party_by_its_acronym_and_a_surname(read):
    found = read("Rechazó un pacto con el PP de Moreno tras las elecciones andaluzas.")
    assert ("Moreno", "leaderOf", "PP") in facts(found)
    # the party stays its own name, not "PP de Moreno"
    assert not any("de Moreno" in c.object or "de Moreno" in c.subject
                   for c in found.candidates)


def test_an_organization_whose_name_ends_in_capitals_keeps_them(read):
    # only a party is cut before a person's name; an institute's words are its own
    found = facts(read("El Foro Andino por la Libertad, convocado por el Instituto Peruano de "
                       "Economía Social, abrió en Lima."))
    assert ("Foro Andino por la Libertad", "organizedBy",
            "Instituto Peruano de Economía Social") in found
    found = facts(read("El Foro Andino por la Libertad, convocado por el Partido Cívico de Ana "
                       "Vela, abrió en Lima."))
    assert ("Foro Andino por la Libertad", "organizedBy", "Partido Cívico") in found
    assert ("Ana Vela", "leaderOf", "Partido Cívico") in found


def test_a_party_with_its_country_then_its_person(read):
    found = facts(read("Muchos votantes se fueron con los Demócratas de Noruega de Karin "
                       "Solberg, una exministra de Justicia."))
    assert not any(s == "Demócratas de Noruega de Karin Solberg" for s, _, _ in found)


def test_no_party_of_a_person_without_a_person_or_an_article(read):
    found = facts(read("El Partido Socialista de Chile votó en contra del proyecto."))
    assert not any(r == "memberOf" for _, r, _ in found)
    found = facts(read("El Gobierno de Pedro Sánchez aprobó el decreto."))
    assert not any(r == "memberOf" for _, r, _ in found)


def test_a_leader_of_the_party_is_not_read_a_member_again(read):
    found = facts(read("Ana Kessler, presidenta del Partido Verde, habló en Berlín. El Partido "
                       "Verde de Ana Kessler subió en las encuestas."))
    assert ("Ana Kessler", "leaderOf", "Partido Verde") in found
    assert ("Ana Kessler", "memberOf", "Partido Verde") not in found


def test_a_party_whose_person_is_told_in_apposition(read):
    # past the party's acronym in parentheses
    found = facts(read("Ganó el Movimiento Cívico (MC), el partido del exalcalde Ramón Ibarra, "
                       "en la capital."))
    assert ("Ramón Ibarra", "memberOf", "Movimiento Cívico") in found
    # set off by dashes, the title capitalized
    found = facts(read("Creció el Partido Republicano —el partido del Presidente José "
                       "Antonio Kast— en las regiones."))
    assert ("José Antonio Kast", "memberOf", "Partido Republicano") in found
    # a time word before the title
    found = facts(read("Fue concejal por Renovación Cívica, el partido del entonces alcalde "
                       "Hugo Salas, durante dos años."))
    assert ("Hugo Salas", "memberOf", "Renovación Cívica") in found


def test_a_party_told_by_a_bare_name_is_left_to_what_the_text_says_of_it(read):
    # "el partido de Magyar" is written of the party one leads as of one's own: no membership
    # is read from it alone
    found = facts(read("Con el 60 % escrutado, Fuerza Cívica, el partido de Péter Varga, "
                       "mantiene la ventaja."))
    assert ("Péter Varga", "memberOf", "Fuerza Cívica") not in found
    found = facts(read("Con el 60 % escrutado, Fuerza Cívica, el partido del exalcalde Péter "
                       "Varga, mantiene la ventaja."))
    assert ("Péter Varga", "memberOf", "Fuerza Cívica") in found


def test_a_party_whose_person_is_referred_to_by_nationality_or_title(read):
    found = facts(read("El primer ministro húngaro, Viktor Orbán, llegó a Bruselas. Repasaron "
                       "la cooperación entre Fidesz, el partido del húngaro, y Vox."))
    assert ("Viktor Orbán", "memberOf", "Fidesz") in found
    found = facts(read("El presidente argentino, Javier Milei, habló. La Libertad Avanza, el "
                       "partido del presidente, ganó en la provincia."))
    assert ("Javier Milei", "memberOf", "La Libertad Avanza") in found
    found = facts(read("El exalcalde Ramón Ibarra llegó. Ganó el Movimiento Cívico, la "
                       "coalición del exalcalde, en la capital."))
    assert ("Ramón Ibarra", "memberOf", "Movimiento Cívico") in found


def test_a_party_said_by_a_copula_to_be_someones(read):
    found = facts(read("Vox es el partido del diputado Luis Roca."))
    assert ("Luis Roca", "memberOf", "Vox") in found
    found = facts(read("La Liga, que es el partido del vicepresidente Matteo Salvini, votó."))
    assert ("Matteo Salvini", "memberOf", "Liga") in found
    found = facts(read("Vox no es el partido del diputado Luis Roca."))
    assert ("Luis Roca", "memberOf", "Vox") not in found


def test_a_partys_person_named_after_a_title_and_a_comma(read):
    found = facts(read("En Hungría ganó Fidesz, el partido del primer ministro húngaro, Viktor "
                       "Orbán, por amplio margen."))
    assert ("Viktor Orbán", "memberOf", "Fidesz") in found


def test_a_party_of_a_relative_or_a_rival_referred_to_is_not_the_persons(read):
    for noun in ("rival", "hijo"):
        found = facts(read(f"Orbán llegó. Repasaron la cooperación entre Fidesz, el partido "
                           f"del {noun}, y Vox."))
        assert not any(r == "memberOf" for _, r, _ in found), noun


def test_a_party_of_someones_rival_is_not_theirs(read):
    found = facts(read("Ganó Unidad Cívica, el partido del rival de Hugo Salas, en la capital."))
    assert ("Hugo Salas", "memberOf", "Unidad Cívica") not in found


# --- a party given through "su partido" and "cuyo partido" --------------------------------

def test_a_party_given_through_whose(read):
    found = facts(read("Estuvo también Robert Fico, cuyo partido, Smer, no pertenece al grupo."))
    assert ("Robert Fico", "memberOf", "Smer") in found
    found = facts(read("El primer ministro eslovaco, Robert Fico, comparte el discurso, pero "
                       "su partido, Smer, no firmó la declaración."))
    assert ("Robert Fico", "memberOf", "Smer") in found


def test_a_possessed_noun_that_is_not_a_party_says_no_membership(read):
    found = facts(read("Estuvo también Robert Fico, cuyo hermano, Juraj Fico, no vino."))
    assert not any(r == "memberOf" for _, r, _ in found)


# --- a party's adjective resolved to the party the text names -----------------------------

def test_a_party_adjective_names_the_party_the_text_names(read):
    found = facts(read("La Unión Cívica Radical votó dividida. El diputado radical Fabián "
                       "Lagos votó en contra."))
    assert ("Fabián Lagos", "memberOf", "Unión Cívica Radical") in found
    found = facts(read("La Unión Cívica Radical votó dividida. La senadora radical Ana Ruiz "
                       "se abstuvo."))
    assert ("Ana Ruiz", "memberOf", "Unión Cívica Radical") in found


def test_a_party_adjective_by_the_acronym_the_text_writes(read):
    found = facts(read("El PSOE presentó la ley. La diputada socialista Elena Cortés la "
                       "defendió."))
    assert ("Elena Cortés", "memberOf", "PSOE") in found


def test_the_texts_party_comes_before_the_graphs_for_an_adjective(read):
    # in a text naming La Libertad Avanza "libertario" is its word, not the Chilean party's
    found = facts(read("La Libertad Avanza sumó dos bancas. El diputado libertario Joaquín "
                       "Sosa celebró el resultado."))
    assert ("Joaquín Sosa", "memberOf", "La Libertad Avanza") in found
    assert not any(o == "Partido Nacional Libertario" for _, _, o in found)


def test_an_adjective_no_party_of_the_text_holds_names_none(read):
    # "radical" with no radical party named is an ideology
    found = facts(read("Vox celebró su congreso. El diputado radical Fabián Lagos votó en "
                       "contra."))
    assert ("Fabián Lagos", "memberOf", "Vox") not in found
    assert not any(r == "memberOf" and s == "Fabián Lagos" for s, r, _ in found)


def test_an_adjective_two_parties_hold_names_neither(read):
    found = facts(read("La Unión Cívica Radical y el Partido Radical Social firmaron. La "
                       "diputada radical Elena Cortés no votó."))
    assert not any(r == "memberOf" and s == "Elena Cortés" for s, r, _ in found)


def test_a_party_adjective_before_a_candidate_of_the_party_is_the_candidacy(read):
    found = facts(read("Se medirá con el liberal Efraín Soto, candidato del Partido Liberal "
                       "Radical, en abril."))
    assert ("Efraín Soto", "represents", "Partido Liberal Radical") in found
    assert ("Efraín Soto", "memberOf", "Partido Liberal Radical") not in found


# --- a list headed, named by the party's adjective ----------------------------------------

def test_heading_a_list_named_by_the_party_adjective_is_representing_it(read):
    found = facts(read("El PSOE cerró sus listas. Criticó a María Jesús Montero, que "
                       "encabezará la lista socialista en las autonómicas de junio."))
    assert ("María Jesús Montero", "represents", "PSOE") in found
    found = facts(read("La Unión Cívica Radical cerró sus listas. Carla Ibáñez encabezó la "
                       "boleta radical en Córdoba."))
    assert ("Carla Ibáñez", "represents", "Unión Cívica Radical") in found
    found = facts(read("El PSOE perdió en Huesca. Pilar Sanz, que lideró la candidatura "
                       "socialista en febrero, dimitió."))
    assert ("Pilar Sanz", "represents", "PSOE") in found


def test_a_list_not_headed_or_not_said_to_be_is_no_representation(read):
    found = read("El PSOE perdió. Luis Vera no encabezará la lista socialista.")
    assert all(c.negated for c in found.candidates if c.relation == "represents")
    found = facts(read("El PSOE perdió. Luis Vera podría encabezar la lista socialista."))
    assert ("Luis Vera", "represents", "PSOE") not in found
    # the person after the verb is not the head of a list the subject heads
    found = facts(read("El PSOE perdió. Pilar Sanz, que encabezó la lista socialista y es "
                       "rival de Luis Vera, dimitió."))
    assert ("Luis Vera", "represents", "PSOE") not in found


# --- a leader named as another's predecessor or successor ---------------------------------

def test_a_predecessor_at_the_head_of_the_party_led_it(read):
    found = read("Riikka Purra preside el Partido de los Finlandeses. Su antecesor al frente "
                 "del partido, Jussi Halla-aho, le allanó el camino.")
    claim = find(found, "Jussi Halla-aho", "leaderOf", "Partido de los Finlandeses")
    assert claim.qualifiers.get("former") is True
    found = read("Ana Kessler preside el Partido Verde. Su predecesora en la presidencia del "
                 "partido, la diputada Lena Ortmann, dimitió en mayo.")
    claim = find(found, "Lena Ortmann", "leaderOf", "Partido Verde")
    assert claim.qualifiers.get("former") is True


def test_a_successor_at_the_head_of_a_party_leads_it(read):
    found = read("Vox celebró su congreso. Su sucesor al frente de Vox, el diputado Luis "
                 "Roca, habló al final.")
    claim = find(found, "Luis Roca", "leaderOf", "Vox")
    assert not claim.qualifiers.get("former")


def test_a_predecessor_in_an_office_leads_no_party(read):
    found = facts(read("Riikka Purra preside el Partido de los Finlandeses. Su antecesor en el "
                       "cargo, Jussi Halla-aho, le allanó el camino."))
    assert ("Jussi Halla-aho", "leaderOf", "Partido de los Finlandeses") not in found


# --- a party or group referred to by its kind beside a person's titles --------------------

def test_a_party_title_coordinated_with_a_mayors_post(read):
    # the town the mayor is of is no party, and "del partido" is still the party named before
    found = facts(read("Reagrupamiento Nacional celebró su congreso en Lyon. Habló Louis "
                       "Aliot, vicepresidente del partido y alcalde de Perpiñán."))
    assert ("Louis Aliot", "memberOf", "Reagrupamiento Nacional") in found
    assert ("Louis Aliot", "memberOf", "Perpiñán") not in found
    found = facts(read("Reagrupamiento Nacional celebró su congreso en Lyon. Habló Julien "
                       "Sanchez, alcalde de Beaucaire y portavoz del partido."))
    assert ("Julien Sanchez", "memberOf", "Beaucaire") not in found


def test_a_group_referred_to_by_the_noun_that_governed_its_name(read):
    found = facts(read("El grupo Patriotas por Europa se reunió en Bruselas. La vicepresidenta "
                       "del grupo, la eurodiputada húngara Kinga Gál, moderó los debates."))
    assert ("Kinga Gál", "memberOf", "Patriotas por Europa") in found
    found = facts(read("La red Alcaldes Libres se reunió en Quito. El secretario de la red, "
                       "el concejal Pablo Torres, leyó la declaración."))
    assert ("Pablo Torres", "memberOf", "Alcaldes Libres") in found


def test_its_president_is_the_president_of_the_clauses_subject(read):
    # "su" stands for the subject, not for a body named inside the subject's apposition
    found = facts(read("El grupo Patriotas por Europa, tercera fuerza del Parlamento Europeo, "
                       "reunió en Bruselas a sus líderes en una cumbre convocada por su "
                       "presidente, Jordan Bardella."))
    assert ("Jordan Bardella", "leaderOf", "Patriotas por Europa") in found
    assert ("Jordan Bardella", "leaderOf", "Parlamento Europeo") not in found
    found = facts(read("Vox, la tercera fuerza del Congreso, celebró su asamblea con su "
                       "presidente, Santiago Abascal."))
    assert ("Santiago Abascal", "leaderOf", "Vox") in found


# --- a party's bloc in a chamber ----------------------------------------------------------

def test_who_presides_a_partys_bloc_leads_the_bloc(read):
    found = facts(read("El bloque de La Libertad Avanza, que preside el diputado Agustín "
                       "Romano, formalizó un interbloque."))
    assert ("Agustín Romano", "leaderOf", "Bloque de La Libertad Avanza") in found
    assert ("Agustín Romano", "leaderOf", "La Libertad Avanza") not in found
    found = facts(read("La bancada de Vox, que dirige la diputada Marta Ruiz, votó en contra."))
    assert ("Marta Ruiz", "leaderOf", "Bancada de Vox") in found
    assert ("Marta Ruiz", "leaderOf", "Vox") not in found


def test_the_chief_of_a_bloc_named_by_the_partys_adjective_leads_the_bloc(read):
    found = facts(read("La Libertad Avanza ganó. Bornoroni, jefe del bloque libertario en la "
                       "Cámara baja, habló después."))
    assert ("Bornoroni", "leaderOf", "Bloque libertario") in found
    found = facts(read("El Partido Nacional Libertario crece. Johannes Kaiser, jefe de la "
                       "bancada libertaria, habló."))
    assert ("Johannes Kaiser", "leaderOf", "Bancada libertaria") in found


def test_a_member_of_a_bloc_or_a_chief_of_a_named_partys_bloc_stays_a_member(read):
    # the party named by its name says whose member the chief is
    found = facts(read("Habló Patricia Bullrich, jefa del bloque de La Libertad Avanza en el "
                       "Senado."))
    assert ("Patricia Bullrich", "memberOf", "La Libertad Avanza") in found
    found = facts(read("La Libertad Avanza ganó. Ana Díaz, diputada del bloque libertario, "
                       "habló después."))
    assert not any(r == "leaderOf" and s == "Ana Díaz" for s, r, _ in found)


# --- a title whose holder is named after a trade -------------------------------------------

def test_a_title_then_a_trade_and_the_name(read):
    found = facts(read("El líder de Vox, el abogado Luis Roca, habló al final."))
    assert ("Luis Roca", "leaderOf", "Vox") in found
    found = facts(read("Abrió el acto la cabeza de lista del PP por Huesca, la ganadera Ana "
                       "Alós, que defendió el regadío."))
    assert ("Ana Alós", "represents", "PP") in found
    found = facts(read("Firmó el secretario de la Fundación Oriente Libre, el abogado cruceño "
                       "Marcelo Roca."))
    assert ("Marcelo Roca", "memberOf", "Fundación Oriente Libre") in found


def test_a_trade_in_a_list_of_names_is_not_the_titles_holder(read):
    # "el líder de Vox, el abogado X, y la ganadera Y": the title is the first name's only
    found = facts(read("Llegaron el líder de Vox, el abogado Luis Roca, y la ganadera Ana "
                       "Gil."))
    assert ("Luis Roca", "leaderOf", "Vox") in found
    assert not any(s == "Ana Gil" and o == "Vox" for s, _, o in found)


# --- a candidate of "su partido" ------------------------------------------------------------

def test_a_candidate_of_his_party_stands_for_the_party_of_the_one_su_is_of(read):
    found = facts(read("El presidente de Vox, Santiago Abascal, arropó en Teruel a Alejandro "
                       "Nolasco, candidato de su partido a la Presidencia de Aragón."))
    assert ("Alejandro Nolasco", "represents", "Vox") in found
    found = facts(read("La líder del Partido Verde, Ana Kessler, saludó a Jonas Weber, "
                       "candidato de su formación en Hamburgo."))
    assert ("Jonas Weber", "represents", "Partido Verde") in found


def test_a_candidate_of_his_party_with_no_party_known_stands_for_none(read):
    found = facts(read("Ana Gil habló. Luis Roca, candidato de su partido, no vino."))
    assert not any(r == "represents" for _, r, _ in found)
