"""The parse extractor on parties, their leaders and members: an academic's post at a
university or an institute is a membership of it ("X, politóloga de la Universidad de Y"); a
relative clause set off after the last item of a list describes that item ("el Fidesz y el
VMRO-DPMNE, el partido que X preside"); a name only guessed a place that a text calls a front
is a coalition ("Chaco Puede, el frente que lidera X"); the head of a party's branch is not
whom "el líder de Vox" stands for; "cuyo partido" is the party of the person before it, and
governing together in the past an alliance that is over ("con cuyo partido Vox gobernó en
coalición hasta 2024"); a movement or an institute named with its person is theirs to lead
("el movimiento X de Y"); a titled speaker's completive copula is said of them ("el senador X
anunció que será el candidato del PL"); one proclaimed a party's candidate represents the party
the title names, from the day of the proclamation ("proclamó a la abogada X candidata de Vox");
a bare title after a name's first one is the name's too ("X, el diputado más votado, militante
del PL"); who heads a party's delegation is its member ("una delegación del Fidesz encabezada
por X"), and so are some of a party's people it names ("varios diputados de Vox, entre ellos
X").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


# ------------------------------------------------------------ an academic's institution

def test_a_political_scientist_of_a_university_is_its_member(read):
    found = facts(read("La candidata Marta Quiroga Sanz habló ayer. Según Adela Pastrana Luz, "
                       "politóloga de la Universidad de Salamanca, el voto cambió."))
    assert ("Adela Pastrana Luz", "memberOf", "Universidad de Salamanca") in found


def test_a_researcher_of_an_institute_is_its_member(read):
    found = facts(read("La candidata Marta Quiroga Sanz habló ayer. Rodrigo Almansa Pi, "
                       "investigador del Instituto Elcano, opinó que el voto cambió."))
    assert ("Rodrigo Almansa Pi", "memberOf", "Instituto Elcano") in found


def test_a_chair_of_a_university_is_its_member_a_persons_teacher_of_nothing(read):
    found = facts(read("La candidata Marta Quiroga Sanz habló ayer. Según Ciro Belmonte Gil, "
                       "catedrático de la Universidad de León, el voto cambió. Nuria Sanz "
                       "Pardo, profesora de Marta Quiroga Sanz, votó por el Partido Popular."))
    assert ("Ciro Belmonte Gil", "memberOf", "Universidad de León") in found
    assert not {f for f in found if f[0] == "Nuria Sanz Pardo" and f[1] == "memberOf"}


# ------------------------------------------------------------ a list's last item described

def test_a_relative_after_a_lists_last_item_describes_that_item(read):
    found = facts(read("Orbán y Borislav Trajkov firmaron una declaración por la que el "
                       "Fidesz y el VMRO-DPMNE, el partido que Trajkov preside desde 2019, "
                       "actuarán como aliados."))
    assert ("Borislav Trajkov", "leaderOf", "VMRO-DPMNE") in found
    assert ("Borislav Trajkov", "leaderOf", "Fidesz") not in found


def test_a_party_after_a_lists_last_item_is_that_items(read):
    found = facts(read("Tomás Ledo Vidal y Ramón Cid celebraron que el PP y Vox, la formación "
                       "que Ledo preside en la provincia, gobernarán juntos."))
    assert ("Tomás Ledo Vidal", "leaderOf", "Vox") in found
    assert ("Tomás Ledo Vidal", "leaderOf", "PP") not in found


# ------------------------------------------------------------ a front is no place

def test_a_front_named_after_a_province_is_a_coalition_its_leader_leads(read):
    found = facts(read("Las partes acordaron mantener la alianza entre Chaco Puede, el frente "
                       "que lidera Leandro Zdero, y La Libertad Avanza."))
    assert ("Leandro Zdero", "leaderOf", "Chaco Puede") in found
    assert ("Leandro Zdero", "leaderOf", "La Libertad Avanza") not in found


def test_a_front_named_after_a_town_is_a_coalition_its_leader_leads(read):
    found = facts(read("Julia Ferrán y Pedro Arce sellaron la alianza entre Salta Crece, el "
                       "frente que lidera Arce, y el PRO."))
    assert ("Pedro Arce", "leaderOf", "Salta Crece") in found
    assert ("Pedro Arce", "leaderOf", "PRO") not in found


# ------------------------------------------------------------ a branch's head is not the leader

def test_the_leader_of_a_party_is_not_its_regional_president(read):
    found = facts(read("Santiago Abascal llegó a Toledo. \"Ganaremos\", aseguró el líder de "
                       "Vox, que llegó acompañado del secretario general del partido, Ignacio "
                       "Garriga, y del presidente de Vox en Extremadura, Anselmo Prieto Gil."))
    assert ("Santiago Abascal", "leaderOf", "Vox") in found
    assert ("Anselmo Prieto Gil", "leaderOf", "Vox") not in found
    assert ("Anselmo Prieto Gil", "memberOf", "Vox") in found


def test_the_leader_of_a_party_is_not_its_provincial_president(read):
    found = facts(read("Alberto Núñez Feijóo visitó Lugo. \"Vamos a ganar\", dijo el líder del "
                       "PP, que llegó acompañado de su secretario general, Miguel Tellado, y "
                       "del presidente del PP en Lugo, Mario Ribas Lago."))
    assert ("Alberto Núñez Feijóo", "leaderOf", "PP") in found
    assert ("Mario Ribas Lago", "leaderOf", "PP") not in found


# ------------------------------------------------------------ "cuyo partido"; governing over

def test_whose_party_governed_with_is_the_persons_party(read):
    found = facts(read("El pleno de Toledo aprobó las cuentas del PP. Marta Quiroga Sanz, "
                       "concejala de Vox, cargó contra el alcalde, el popular Anselmo Prieto "
                       "Gil, con cuyo partido Vox gobernó en coalición hasta julio de 2024."))
    assert ("Vox", "allied", "PP") in found or ("PP", "allied", "Vox") in found
    assert ("Anselmo Prieto Gil", "allied", "Vox") not in found


def test_governing_together_until_a_date_is_a_former_undated_alliance(read):
    claims = [c for c in read("Marta Quiroga Sanz, concejala de Vox, cargó contra el PP, "
                              "con el que Vox gobernó en coalición hasta julio de 2024.")
              .candidates if c.relation == "allied"]
    assert claims and all(c.qualifiers.get("former") and c.date is None for c in claims)


def test_two_parties_that_governed_together_were_allies(read):
    claims = [c for c in read("El PSOE y Compromís gobernaron juntos la ciudad entre 2015 y "
                              "2023.").candidates if c.relation == "allied"]
    assert claims and all(c.qualifiers.get("former") for c in claims)


# ------------------------------------------------------------ a body named with its person

def test_a_movement_named_with_its_person_is_theirs_to_lead(read):
    found = facts(read("Ramiro Olmedo Paz, que militó en el movimiento Patria Nueva de Julián "
                       "Sastre Vela hasta 2024, presentó su candidatura."))
    assert ("Julián Sastre Vela", "leaderOf", "Patria Nueva") in found
    assert ("Ramiro Olmedo Paz", "memberOf", "Patria Nueva") in found


def test_an_institute_named_with_its_person_is_theirs_to_lead(read):
    found = facts(read("El foro, organizado por el Instituto Liberal-Conservador de Julián "
                       "Sastre Vela, reunió a dos mil personas en Lima."))
    assert ("Julián Sastre Vela", "leaderOf", "Instituto Liberal-Conservador") in found


# ------------------------------------------------------------ a title said or given

def test_a_titled_speaker_says_they_will_be_the_partys_candidate(read):
    found = facts(read("El viernes, el senador Baltasar Ferreira Lins anunció que será el "
                       "candidato del Partido Liberal a la presidencia."))
    assert ("Baltasar Ferreira Lins", "represents", "Partido Liberal") in found


def test_a_titled_speaker_recalls_a_membership_of_theirs(read):
    found = facts(read("La diputada Amparo Quesada Ruiz recordó que fue militante del Partido "
                       "Popular durante diez años."))
    assert ("Amparo Quesada Ruiz", "memberOf", "Partido Popular") in found


def test_one_proclaimed_the_candidate_of_a_party_represents_it(read):
    found = facts(read("El mitin sirvió para que Santiago Abascal proclamara a la abogada "
                       "Rosario Villena Paz candidata de Vox a la alcaldía de Cuenca."))
    assert ("Rosario Villena Paz", "represents", "Vox") in found
    assert ("Santiago Abascal", "represents", "Vox") not in found


def test_one_designated_with_a_title_the_candidate_of_a_party_represents_it(read):
    found = facts(read("La dirección nacional designó ayer a la exdiputada Marta Soler Vidal "
                       "candidata del Partido Popular a la alcaldía de Huesca."))
    assert ("Marta Soler Vidal", "represents", "Partido Popular") in found


def test_a_candidacy_for_a_party_is_dated_by_its_proclamation(read):
    claims = [c for c in read("Santiago Abascal proclamó el 3 de marzo a la abogada Rosario "
                              "Villena Paz candidata de Vox a la alcaldía de Cuenca.").candidates
              if c.relation == "represents" and c.subject == "Rosario Villena Paz"]
    assert claims and all(c.date == "2026-03-03" for c in claims)


# ------------------------------------------------------------ a second title after a comma

def test_a_bare_title_after_a_determined_one_is_the_names_too(read):
    found = facts(read("El diputado Baltasar Ferreira Lins votó. Baltasar Ferreira Lins, el "
                       "diputado federal más votado del país, militante del Partido Liberal, "
                       "eligió bando."))
    assert ("Baltasar Ferreira Lins", "memberOf", "Partido Liberal") in found


def test_a_bare_title_after_a_first_one_is_the_names_too(read):
    found = facts(read("Amparo Quesada Ruiz, la concejala más joven del pleno, militante del "
                       "Partido Popular, pidió la palabra."))
    assert ("Amparo Quesada Ruiz", "memberOf", "Partido Popular") in found



# ------------------------------------------------------------ a body's delegation

def test_who_heads_a_partys_delegation_is_its_member_not_a_countrys(read):
    found = facts(read("Llegó a Viena una delegación del Fidesz húngaro encabezada por el "
                       "eurodiputado Lajos Farkas Tóth. Una delegación de Colombia encabezada "
                       "por el senador Tomás Arnedo Gil llegó a Lima."))
    assert ("Lajos Farkas Tóth", "memberOf", "Fidesz") in found
    assert ("Lajos Farkas Tóth", "leaderOf", "Fidesz") not in found
    assert not {f for f in found if f[0] == "Tomás Arnedo Gil" and f[1] == "memberOf"}


def test_who_heads_a_movements_retinue_is_its_member(read):
    found = facts(read("Una comitiva de Reconquista encabezada por el eurodiputado Gaspard "
                       "Lemoine viajó a Roma."))
    assert ("Gaspard Lemoine", "memberOf", "Reconquista") in found


# ------------------------------------------------------------ some of a party's people

def test_some_of_a_partys_deputies_named_are_its_members(read):
    found = facts(read("Llegaron varios diputados de Vox, entre ellos Rosario Villena Paz y "
                       "Tomás Arnedo Gil."))
    assert ("Rosario Villena Paz", "memberOf", "Vox") in found
    assert ("Tomás Arnedo Gil", "memberOf", "Vox") in found


def test_some_of_a_partys_councillors_by_its_adjective_are_its_members(read):
    found = facts(read("El PSOE votó en contra. Hablaron los concejales socialistas, como "
                       "Amparo Quesada Ruiz."))
    assert ("Amparo Quesada Ruiz", "memberOf", "PSOE") in found


def test_some_of_the_guests_are_no_partys_members(read):
    found = facts(read("El PSOE votó en contra. Llegaron varios invitados extranjeros, entre "
                       "ellos Amparo Quesada Ruiz, y varios concejales socialistas, entre ellos "
                       "Tomás Arnedo Gil."))
    assert ("Amparo Quesada Ruiz", "memberOf", "PSOE") not in found
    assert ("Tomás Arnedo Gil", "memberOf", "PSOE") in found
