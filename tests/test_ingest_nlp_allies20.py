"""The parse extractor on who backs whom and who stands with whom when the parse or a clitic
hides one end: a second clause's subject the small model hangs on the first clause's object
("anunció que buscará la reelección y X, ministra de Y, le dio su respaldo"), a dative "le"
going on with the "lo" of the sentence before, and the subject of another clitic's verb, who
is never the one that clitic stands for.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _endorsed(text: str, read) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(read(text)) if r == "endorsed"}


# ------------------------------------------------- a subject the parse hung on an object

def test_a_backer_named_after_the_first_clause_object(read):
    found = _endorsed("El intendente Tomás Arriaga anunció que buscará la reelección y Lucía "
                      "Ferrán, ministra de Economía, le dio su respaldo en un acto.", read)
    assert ("Lucía Ferrán", "Tomás Arriaga") in found
    assert ("Tomás Arriaga", "Lucía Ferrán") not in found


def test_a_backer_with_no_apposition_after_the_first_clause_object(read):
    found = _endorsed("Pedro Oliva confirmó que disputará la alcaldía y Marta Cid le dio su "
                      "apoyo.", read)
    assert ("Marta Cid", "Pedro Oliva") in found
    assert ("Pedro Oliva", "Marta Cid") not in found


def test_an_object_with_its_preposition_is_no_stray_subject(read):
    found = _endorsed("Abascal felicitó a Pedro Oliva y a Marta Cid y les deseó suerte.", read)
    assert ("Marta Cid", "Pedro Oliva") not in found


def test_a_place_the_visit_goes_to_is_not_the_dative(read):
    found = facts(read("Tomás Arriaga anunció que buscará la reelección y Lucía Ferrán le dio "
                       "su respaldo en una visita a la ciudad."))
    assert ("Lucía Ferrán", "endorsed", "Tomás Arriaga") in found
    assert ("Lucía Ferrán", "met", "Tomás Arriaga") not in found


# ------------------------------------------------- a clitic going on with the one before

PROFILE = ("Julián Ortega Vidal, concejal de Vox en Jaén, quiere repetir. Ortega entró en el "
           "partido en 2015. Desde entonces Ortega no ha faltado a un mitin. Ortega habla poco "
           "de sí mismo. En Madrid lo aprecian. Santiago Abascal lo ha citado en dos "
           "mítines, y Jorge Buxadé lo recibió en octubre en la sede nacional. ")


def test_a_dative_goes_on_with_the_object_clitics_of_the_sentence_before(read):
    found = _endorsed(PROFILE + "Según su entorno, Buxadé le dio entonces su respaldo.", read)
    assert ("Jorge Buxadé", "Julián Ortega Vidal") in found
    assert ("Jorge Buxadé", "Santiago Abascal") not in found


def test_who_acts_on_a_clitic_is_not_whom_the_next_clitic_takes_up(read):
    found = facts(read(PROFILE))
    assert ("Jorge Buxadé", "met", "Julián Ortega Vidal") in found
    assert ("Jorge Buxadé", "met", "Santiago Abascal") not in found


def test_a_dative_after_a_call_goes_on_with_the_one_called(read):
    found = _endorsed("Llegan las felicitaciones a Janez Kovač. Viktor Orbán lo ha llamado por "
                      "teléfono. También Santiago Abascal le ha felicitado en X.", read)
    assert ("Santiago Abascal", "Janez Kovač") in found
    assert ("Santiago Abascal", "Viktor Orbán") not in found


def test_two_clitics_for_two_people_give_no_chain(read):
    found = _endorsed("Abascal recibió a Pedro Oliva y a Marta Cid. Kast la llamó y Milei lo "
                      "felicitó. Orbán le dio su apoyo.", read)
    assert not {o for s, o in found if s == "Viktor Orbán"}


# ------------------------------------------------- a joint declaration signed by two

def _allied(text: str, read) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, r, o in facts(read(text)) if r == "allied"}


def test_two_parties_sign_a_joint_declaration(read):
    found = _allied("Vox y Chega firmaron en marzo una declaración conjunta sobre inmigración.",
                    read)
    assert frozenset(("Vox", "Chega")) in found


def test_two_leaders_sign_a_joint_declaration_after_meeting(read):
    found = _allied("Abascal y Kast se reunieron en Madrid y firmaron después una declaración "
                    "conjunta contra el crimen organizado.", read)
    assert frozenset(("Santiago Abascal", "José Antonio Kast")) in found


def test_a_joint_declaration_signed_with_whom_a_title_describes(read):
    found = _allied("Simion recibió en Bucarest al exministro polaco Piotr Zalewski, presidente "
                    "del partido de Ley y Justicia (PiS), con quien firmó una declaración "
                    "conjunta.", read)
    assert frozenset(("George Simion", "Piotr Zalewski")) in found
    assert frozenset(("George Simion", "Ley y Justicia")) not in found


def test_a_declaration_many_signed_makes_no_allies(read):
    found = _allied("Dirigentes de doce partidos firmaron una declaración conjunta. Entre ellos "
                    "estaban Vox y Chega.", read)
    assert not found


def test_a_declaration_named_after_a_city_is_no_joint_one(read):
    found = _allied("Abascal leyó la declaración de Madrid junto a Milei.", read)
    assert not found


def test_both_parties_of_two_leaders_sign_a_joint_declaration(read):
    found = _allied("La líder del Partido del Centro noruego (SP), Ingrid Dahl, recibió en Oslo "
                    "al presidente de Vox, Santiago Abascal. La reunión sirvió para estrechar "
                    "lazos entre ambas formaciones, que en junio firmaron una declaración "
                    "conjunta.", read)
    assert frozenset(("Partido del Centro", "Vox")) in found
    assert frozenset(("Partido del Centro", "SP")) not in found


def test_an_acronym_after_a_new_party_and_its_country_names_it(read):
    found = facts(read("La líder del Partido del Centro noruego (SP), Ingrid Dahl, habló ayer. "
                       "El concejal del SP en Bergen Lars Holm la acompañó."))
    assert ("Lars Holm", "memberOf", "Partido del Centro") in found
    assert ("Lars Holm", "memberOf", "SP") not in found


# ------------------------------------------------- a brother one calls so, a body one represents

def test_one_called_a_brother_in_the_struggle_is_an_ally(read):
    found = _allied("Pertuz habla cada semana con el senador chileno Felipe Rojas, a quien "
                    "considera «un hermano de lucha».", read)
    assert frozenset(("Pertuz", "Felipe Rojas")) in found


def test_one_considered_a_brother_is_an_ally(read):
    found = _allied("Milei considera a Bukele un hermano.", read)
    assert frozenset(("Javier Milei", "Nayib Bukele")) in found


def test_a_brother_of_a_third_is_not_the_callers(read):
    found = _allied("Milei considera a Bukele un hermano de Kast.", read)
    assert frozenset(("Javier Milei", "Nayib Bukele")) not in found


def test_a_literal_brother_named_is_no_ally(read):
    found = _allied("Karina Milei, a quien su hermano considera «el jefe», habló ayer.", read)
    assert not found


def _represents(text: str, read) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(read(text)) if r == "represents"}


def test_one_who_represents_the_party_named_before(read):
    found = _represents("Vox celebró ayer su congreso. Su portavoz, Ana Gil, que representa al "
                        "partido en el Senado, habló al cierre.", read)
    assert ("Ana Gil", "Vox") in found


def test_one_who_represents_the_movement_the_text_called_so(read):
    found = _represents("Fuerza Caribe, el movimiento que fundó Tomás Arriaga, sube en las "
                        "encuestas. Fuerza Caribe tiene un problema de banquillo. Su única "
                        "concejala, Lucía Ferrán, que representa al movimiento en el Concejo, "
                        "es casi desconocida.", read)
    assert ("Lucía Ferrán", "Fuerza Caribe") in found


def test_a_movement_never_named_so_is_nobody_represented(read):
    found = _represents("Fuerza Caribe sube en las encuestas. Su concejala, Lucía Ferrán, "
                        "que representa al movimiento vecinal en el Concejo, es casi "
                        "desconocida.", read)
    assert ("Lucía Ferrán", "Fuerza Caribe") not in found

