"""The parse extractor on attacks that make rivals: one who charges against a person or a party
("cargó contra X", "arremetió contra el partido Y"), attacks them ("dedicó su discurso a atacar
a Z"), scorns them ("desdeña a W") or accuses them ("lo acusó de mentir", "al que acusó de
Y") is their opponent. Not when the attack is denied or avoided, nor
when the one attacked is a government the name only owns, nor when the attacker is a dropped
subject neither the sentence nor the one before names alone.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _rivals(text: str, read) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(read(text)) if r == "opponentOf"}


def _either(found: set[tuple[str, str]], a: str, b: str) -> bool:
    return (a, b) in found or (b, a) in found


# ------------------------------------------------------------ charging against someone

def test_charging_against_a_named_mayor(read):
    found = _rivals("La candidata Lucía Berrocal cargó contra el alcalde, Tomás Arnedo, por "
                    "el estado de las calles.", read)
    assert _either(found, "Lucía Berrocal", "Tomás Arnedo")


def test_lashing_out_at_a_party_and_its_leader(read):
    found = _rivals("En el mitin, Santiago Abascal arremetió contra el PNV y contra el "
                    "presidente del Gobierno, Pedro Sánchez.", read)
    assert _either(found, "Santiago Abascal", "PNV")
    assert _either(found, "Santiago Abascal", "Pedro Sánchez")


def test_charging_against_a_title_whose_name_hangs_on_an_adjective(read):
    found = _rivals("Rosa Villalta agradeció los aplausos y cargó contra el alcalde, el "
                    "socialista Ernesto Calvo, al que acusó de abandonar los barrios.", read)
    assert _either(found, "Rosa Villalta", "Ernesto Calvo")


def test_attacking_someone_in_a_speech(read):
    found = _rivals("Marcos Ibarra dedicó su discurso a atacar al consejero Julián Ortega.",
                    read)
    assert _either(found, "Marcos Ibarra", "Julián Ortega")


def test_scorning_a_rival_in_public(read):
    found = _rivals("El gobernador Daniel Fuentes desdeña a Ramiro Olmedo en cada pleno.", read)
    assert _either(found, "Daniel Fuentes", "Ramiro Olmedo")


# ------------------------------------------------------------ accusing one spoken of

def test_accusing_with_a_clitic_one_named_before(read):
    found = _rivals("Germán Quesada es concejal desde 2019. La alcaldesa, Inés Carrasco, lo "
                    "ha acusado varias veces de vivir del ruido.", read)
    assert _either(found, "Inés Carrasco", "Germán Quesada")


def test_accusing_in_a_relative_after_charging(read):
    found = _rivals("Pilar Montes cargó contra Raúl Ibáñez, al que acusó de mentir a los "
                    "vecinos.", read)
    assert _either(found, "Pilar Montes", "Raúl Ibáñez")


# ------------------------------------------------------------ what is no rivalry

def test_an_avoided_attack_says_nothing(read):
    found = facts(read("Sergio Maldonado evitó atacar a Clara Benítez durante el debate."))
    assert not {f for f in found if "opponentOf" in f[1]}


def test_a_denied_charge_says_nothing(read):
    found = facts(read("Sergio Maldonado no cargó contra Clara Benítez en su discurso."))
    assert not {f for f in found if "opponentOf" in f[1]}


def test_a_government_the_name_only_owns_is_not_attacked(read):
    found = _rivals("Geert Wilders arremetió contra el Gobierno de coalición del primer "
                    "ministro, Micheál Martin.", read)
    assert not _either(found, "Geert Wilders", "Micheál Martin")


def test_a_dropped_subject_makes_no_attacker(read):
    # (one person alone named as the subject of the sentence before is the attacker: see
    # test_ingest_nlp_rivals31; two are not)
    found = _rivals("Teresa Llorente y Marta Gil llegaron a la plaza a mediodía. Después "
                    "arremetió contra el alcalde Juan Salas.", read)
    assert not found


def test_charging_against_an_institution_is_no_rivalry(read):
    found = _rivals("Matteo Salvini cargó contra la Comisión Europea por el pacto migratorio.",
                    read)
    assert not found


# ------------------------------------------------------------ calling someone one's rival

def test_called_a_rival_with_a_bare_title_after_de(read):
    found = _rivals("El alcalde Pablo Ferrer inauguró la feria. La concejala Irene Salcedo lo "
                    "calificó de \"rival político, no de enemigo personal\".", read)
    assert _either(found, "Irene Salcedo", "Pablo Ferrer")


def test_called_a_rival_as_a_bare_title_after_como(read):
    found = _rivals("Irene Salcedo definió a Pablo Ferrer como rival en las municipales.", read)
    assert _either(found, "Irene Salcedo", "Pablo Ferrer")


def test_a_rival_in_a_relative_hung_on_the_noun_the_name_is_of(read):
    found = _rivals("El gobernador Tomás Aldana no comparte nada del proyecto de Lorena Vidal, "
                    "a la que considera su principal adversaria.", read)
    assert _either(found, "Tomás Aldana", "Lorena Vidal")


def test_a_bare_title_of_someone_else_is_not_the_callers(read):
    found = _rivals("Irene Salcedo calificó a Pablo Ferrer de rival de Vox.", read)
    assert not _either(found, "Irene Salcedo", "Pablo Ferrer")


# ------------------------------------------------------------ "we are not enemies"

def _denied(text: str, read) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(read(text)) if r == "not opponentOf"}


def test_we_are_not_enemies_with_the_one_named_con(read):
    found = _denied("\"Con Ramiro Ortega tenemos diferencias, pero no somos enemigos\", dijo "
                    "Lucía Paredes.", read)
    assert _either(found, "Lucía Paredes", "Ramiro Ortega")


def test_he_and_i_are_not_rivals(read):
    found = _denied("\"Ramiro Ortega y yo no estamos en el mismo partido, pero no somos "
                    "rivales\", afirmó Lucía Paredes.", read)
    assert _either(found, "Lucía Paredes", "Ramiro Ortega")


def test_we_are_not_enemies_without_anyone_named_says_nothing(read):
    found = facts(read("\"Tenemos diferencias, pero no somos enemigos\", dijo Lucía Paredes."))
    assert not {f for f in found if "opponentOf" in f[1]}


# ------------------------------------------------------------ a clash

def test_two_candidates_clash(read):
    found = _rivals("En el debate, Lucía Lara y Raúl Espinosa chocan por la seguridad.", read)
    assert _either(found, "Lucía Lara", "Raúl Espinosa")


def test_clashing_with_someone(read):
    found = _rivals("La diputada Ana Gómez chocó con el senador Pedro Ruiz en la comisión.", read)
    assert _either(found, "Ana Gómez", "Pedro Ruiz")


def test_two_parties_clashing_over_an_issue_are_no_rivals(read):
    found = _rivals("Vox y el PP chocan por la política del agua.", read)
    assert not found


# ------------------------------------------------------------ a conceded defeat

def test_conceding_and_congratulating_in_a_quotation(read):
    found = _rivals("La candidata opositora, Teresa Quiñones, reconoce la derrota ante sus "
                    "seguidores: \"Felicito a Hernán Brizuela. Seremos una oposición firme\".",
                    read)
    assert _either(found, "Teresa Quiñones", "Hernán Brizuela")


def test_conceding_and_calling_the_winner_to_congratulate_him(read):
    found = _rivals("Teresa Quiñones reconoció su derrota en un mensaje. Dice que llamó a "
                    "Hernán Brizuela para felicitarlo.", read)
    assert _either(found, "Teresa Quiñones", "Hernán Brizuela")


def test_conceding_and_thanking_no_one_named_makes_no_rival(read):
    found = _rivals("Teresa Quiñones reconoció la derrota y felicitó a sus militantes por la "
                    "campaña.", read)
    assert not found


def test_a_rival_called_so_in_a_clause_after_aunque(read):
    found = _rivals("Mateo Rincón reconoció que habla a menudo con la ministra Sabrina Lozano, "
                    "aunque la calificó de \"rival político\".", read)
    assert _either(found, "Mateo Rincón", "Sabrina Lozano")


def test_an_attacker_named_by_her_title_in_the_sentence(read):
    found = _rivals("La candidata de Vox, Lucía Berrocal, habló en Bilbao. \"Vengo de lejos\", "
                    "dijo la candidata, que dedicó su intervención a atacar al alcalde, Tomás "
                    "Arnedo.", read)
    assert _either(found, "Lucía Berrocal", "Tomás Arnedo")


def test_a_clitic_taking_up_the_government_charged_is_no_person(read):
    found = _rivals("Javier Milei volvió a cargar contra el Gobierno español y lo acusó de "
                    "arruinar el país. Pedro Sánchez no respondió.", read)
    assert not _either(found, "Javier Milei", "Pedro Sánchez")


def test_a_clitic_after_a_coordinated_verb_on_others_is_the_one_named_before(read):
    found = _rivals("Germán Quesada es concejal. Inés Carrasco visitó a las vecinas y lo acusó "
                    "de mentir.", read)
    assert _either(found, "Inés Carrasco", "Germán Quesada")
