"""The parse extractor on support, alliance and rivalry told in the shapes a live blog or a
chronicle gives them: a phrase under a participle is the participle's ("votó acompañada por
X" is no vote for X); "ninguno de ellos" is each of a pair just named as such ("los dos
candidatos"), and "ninguno de los dos" said by one is of two others; "X, del partido" is no
coordination of X with the party; a candidacy against a rival named past a title or an
intensifier ("frente a la propia X"); "su candidatura" under a verb of backing is another's;
a title of rivalry or alliance owned by "su", "mi" or a "de" phrase ("Su rival, X", "Mi
adversario es X", "se presentó como su adversaria"); governing "de la mano de" another; and
votes that pass a measure ("aprobó las cuentas con los votos de X") back no person; and a title
opening what a colon explains is the person named just before it.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


@pytest.mark.parametrize("text", [
    "La candidata Marta Gil votó en un colegio de Toledo acompañada por el senador Pedro Ruiz.",
    "El alcalde Luis Mora votó a primera hora, escoltado por la diputada Ana Pons.",
    "Marta Gil vota en Toledo rodeada por Pedro Ruiz y varios concejales.",
    "La diputada Ana Pons votó en Burgos arropada por el exministro Luis Mora, que no "
    "habló con la prensa.",
])
def test_one_who_votes_beside_another_does_not_vote_for_them(read, text):
    found = facts(read(text))
    assert not any(relation == "endorsed" for _, relation, _ in found), found


@pytest.mark.parametrize("text, subject, obj", [
    ("El concejal Luis Mora votó por Marta Gil en la segunda vuelta, acompañado por su "
     "familia.", "Luis Mora", "Marta Gil"),
    ("Acompañada por sus hijos, la diputada Ana Pons votó por Pedro Ruiz.", "Ana Pons",
     "Pedro Ruiz"),
])
def test_a_vote_for_a_person_beside_a_participle_stays(read, text, subject, obj):
    assert (subject, "endorsed", obj) in facts(read(text))


# "ninguno de ellos" takes up a pair named as such just before; "ninguno de los dos" said by
# one person is of two others than that person.
@pytest.mark.parametrize("text, subject", [
    ("Marta Gil y Pedro Ruiz disputan la alcaldía de Toledo. El exalcalde Luis Mora se reunió "
     "ayer con los dos candidatos. Mora no ha pedido el voto para ninguno de ellos.",
     "Luis Mora"),
    ("Marta Gil y Pedro Ruiz pasaron a la segunda vuelta. Ambos aspirantes buscan el apoyo de "
     "la senadora Ana Pons, que no respaldará a ninguno de ellos.", "Ana Pons"),
    ("Marta Gil y Pedro Ruiz se medirán en la segunda vuelta. El exalcalde Luis Mora, que "
     "recibió ayer a los dos finalistas, no apoyará a ninguno de ellos.", "Luis Mora"),
])
def test_none_of_them_is_each_of_the_pair_named_before(read, text, subject):
    found = facts(read(text))
    assert (subject, "not endorsed", "Marta Gil") in found
    assert (subject, "not endorsed", "Pedro Ruiz") in found
    assert (subject, "endorsed", "Marta Gil") not in found


def test_none_of_them_after_a_group_of_many_names_nobody(read):
    found = facts(read("Los ocho ministros del Gobierno de Pedro Ruiz juraron ayer. La senadora "
                       "Ana Pons no apoyará a ninguno de ellos."))
    assert not any(relation.endswith("endorsed") for _, relation, _ in found), found


def test_none_of_the_two_said_by_one_is_of_two_others(read):
    found = facts(read("La segunda vuelta enfrentará a Marta Gil y a Pedro Ruiz. La senadora Ana "
                       "Pons, que quedó tercera, no respaldará a ninguno de los dos."))
    assert ("Ana Pons", "not endorsed", "Marta Gil") in found
    assert ("Ana Pons", "not endorsed", "Pedro Ruiz") in found


@pytest.mark.parametrize("text", [
    "Ayer el ministro Julián Paz se reunió con Marta Gil. Paz, del Partido Liberal (PL), no ha "
    "pedido el voto para Marta Gil.",
    "El ministro Julián Paz visitó Toledo. Paz, de Unión Cívica (UC), no apoyó a Marta Gil.",
])
def test_a_person_of_a_party_is_not_coordinated_with_it(read, text):
    found = facts(read(text))
    assert ("Julián Paz", "not endorsed", "Marta Gil") in found
    assert not any(relation.endswith("endorsed") and subject != "Julián Paz"
                   for subject, relation, _ in found), found


def test_a_party_of_no_named_person_backs_nobody(read):
    found = facts(read("Paz, de Unión Cívica (UC), apoyó ayer a la candidata Marta Gil."))
    assert ("Unión Cívica", "endorsed", "Marta Gil") not in found


# A candidacy against someone whose name comes past the words of its noun phrase: "frente a
# la propia X", "contra el alcalde Y", "frente al presidente, Z"; the candidate named beside
# the subject's title.
@pytest.mark.parametrize("text, candidate, rival", [
    ("La alcaldesa, Natalia Ortega (PP), aprobó ayer los presupuestos. La portavoz "
     "socialista, Lola Gil, que fue candidata del PSOE a la alcaldía en 2023 frente a la "
     "propia Ortega, anunció un recurso.", "Lola Gil", "Natalia Ortega"),
    ("La portavoz socialista Lola Gil fue candidata a la alcaldía frente a la alcaldesa "
     "Natalia Ortega.", "Lola Gil", "Natalia Ortega"),
    ("Lola Gil, candidata socialista contra el propio alcalde Pedro Ruiz en 2019, dejó la "
     "política.", "Lola Gil", "Pedro Ruiz"),
    ("Lola Gil, que fue la candidata del PP frente al presidente, Pedro Ruiz, en las "
     "elecciones de 2019, dejó la política.", "Lola Gil", "Pedro Ruiz"),
])
def test_a_candidacy_against_a_titled_or_stressed_rival(read, text, candidate, rival):
    found = facts(read(text))
    assert (candidate, "opponentOf", rival) in found or (rival, "opponentOf", candidate) in found


@pytest.mark.parametrize("text", [
    "Lola Gil fue candidata del PP en 2019 y habló frente a la prensa, Pedro Ruiz no.",
    "Lola Gil no fue candidata frente al alcalde Pedro Ruiz en 2019.",
    "La portavoz Lola Gil fue candidata a la alcaldía junto al alcalde Pedro Ruiz.",
])
def test_no_rival_without_a_candidacy_against_them(read, text):
    found = facts(read(text))
    assert not any(relation == "opponentOf" for _, relation, _ in found), found


# One backs another's candidacy: "su candidatura" under a verb of backing is of the one person
# named besides the backer, in the sentence or, with none there, the one before.
@pytest.mark.parametrize("text", [
    "Marta Gil votó en Toledo acompañada por el senador Pedro Ruiz, jefe de Libre, que volvió "
    "a respaldar su candidatura ante las cámaras.",
    "Marta Gil cerró la campaña en Toledo. El senador Pedro Ruiz respaldó su candidatura.",
    "Marta Gil llegó a Toledo con el senador Pedro Ruiz, que apoya su candidatura desde enero.",
    "Marta Gil visitó ayer Cuenca. Allí el exalcalde Pedro Ruiz avaló públicamente su "
    "candidatura a la alcaldía.",
])
def test_backing_his_candidacy_backs_the_other_one_named(read, text):
    assert ("Pedro Ruiz", "endorsed", "Marta Gil") in facts(read(text))


@pytest.mark.parametrize("text", [
    "Marta Gil y Ana Pons llegaron a Toledo. El senador Pedro Ruiz apoya su candidatura.",
    "Marta Gil cerró la campaña en Toledo. El senador Pedro Ruiz presentó su candidatura.",
    "Marta Gil cerró la campaña en Toledo. El senador Pedro Ruiz no respaldó su candidatura "
    "en público.",
])
def test_no_backing_of_an_unclear_or_own_candidacy(read, text):
    found = facts(read(text))
    assert ("Pedro Ruiz", "endorsed", "Marta Gil") not in found
    assert ("Pedro Ruiz", "endorsed", "Ana Pons") not in found


# A title of rivalry or alliance owned by a possessive or a "de" phrase, said of the one the
# clause names: as the subject with a name in apposition, as a copula's subject, or said of
# the subject with "como"; "mi" is the quoted speaker's.
@pytest.mark.parametrize("text, holder, owner, relation", [
    ("El candidato Pedro Ruiz cerró la campaña en Cuenca. Su rival, la socialista Marta Gil, "
     "lo hizo en Tarancón.", "Marta Gil", "Pedro Ruiz", "opponentOf"),
    ("El rival de Pedro Ruiz, la senadora Marta Gil, cerró la campaña en Tarancón.",
     "Marta Gil", "Pedro Ruiz", "opponentOf"),
    ("El candidato Pedro Ruiz cerró la campaña en Cuenca. Su principal adversaria es la "
     "socialista Marta Gil.", "Marta Gil", "Pedro Ruiz", "opponentOf"),
    ("El candidato Pedro Ruiz cerró la campaña en Cuenca. Marta Gil se presentó como su única "
     "adversaria real en los comicios.", "Marta Gil", "Pedro Ruiz", "opponentOf"),
    ("El candidato Pedro Ruiz habló en Cuenca. \"Mi adversario es Ruiz\", dijo ayer la "
     "senadora Marta Gil.", "Pedro Ruiz", "Marta Gil", "opponentOf"),
    ("El candidato Pedro Ruiz cerró la campaña en Cuenca. Su principal aliada es la senadora "
     "Marta Gil.", "Marta Gil", "Pedro Ruiz", "allied"),
    ("La exministra Marta Gil visitó Cuenca. Su aliado de siempre, el alcalde Pedro Ruiz, la "
     "esperaba en la plaza.", "Pedro Ruiz", "Marta Gil", "allied"),
])
def test_an_owned_title_of_rivalry_or_alliance(read, text, holder, owner, relation):
    found = facts(read(text))
    assert (holder, relation, owner) in found or (owner, relation, holder) in found


@pytest.mark.parametrize("text", [
    # the speaker's side, not the speaker
    "El candidato Pedro Ruiz habló en Cuenca. \"Nuestro rival es Ruiz\", dijo la senadora "
    "Marta Gil.",
    # said of the object by others, not of the subject
    "El senador Pedro Ruiz habló ayer. La exministra Marta Gil, a la que muchos daban como "
    "rival del senador, no se presentó.",
])
def test_no_owned_rival_of_a_side_or_of_an_opinion(read, text):
    found = facts(read(text))
    assert not any(relation == "opponentOf" for _, relation, _ in found), found


def test_an_owned_rival_in_apposition_holds_under_a_negated_verb(read):
    found = facts(read("El candidato Pedro Ruiz cerró la campaña en Cuenca. Su rival, la "
                       "socialista Marta Gil, no acudió al debate."))
    assert ("Marta Gil", "opponentOf", "Pedro Ruiz") in found


def test_a_denied_owned_rival(read):
    found = facts(read("El candidato Pedro Ruiz cerró la campaña en Cuenca. Su rival no es la "
                       "senadora Marta Gil."))
    assert ("Marta Gil", "opponentOf", "Pedro Ruiz") not in found


# Governing or running "de la mano de" another makes them allies; a handshake does not.
@pytest.mark.parametrize("text, a, b", [
    ('La portavoz respondió que el PSOE "gobernó ocho años de la mano de Vox".', "PSOE", "Vox"),
    ("El PP llegó al gobierno de la mano de Vox.", "PP", "Vox"),
    ("Vox gobernó cuatro años en Murcia de la mano del PP.", "Vox", "PP"),
    ("Coalición Canaria concurrirá a las municipales de la mano del PP.", "Coalición Canaria",
     "PP"),
])
def test_governing_hand_in_hand_is_an_alliance(read, text, a, b):
    found = facts(read(text))
    assert (a, "allied", b) in found or (b, "allied", a) in found


@pytest.mark.parametrize("text", [
    "El alcalde Pedro Ruiz estrechó la mano de Marta Gil.",
    "El PSOE gobernó con un presidente que estrechó la mano de Vox.",
    "El PSOE no gobernará de la mano de Vox.",
])
def test_no_alliance_from_a_handshake_or_a_denial(read, text):
    found = facts(read(text))
    assert not any(relation == "allied" for _, relation, _ in found), found


# Votes or support that pass a measure back the measure, not the one who tables it.
@pytest.mark.parametrize("text", [
    "La alcaldesa de Toledo, Marta Gil (PP), sacó adelante ayer los presupuestos gracias a los "
    "votos de Vox.",
    "La alcaldesa Marta Gil aprobó las cuentas municipales con los votos de Vox.",
    "La presidenta Marta Gil aprobó la ley de vivienda con el respaldo del PP.",
    "El Gobierno de Pedro Ruiz convalidó el decreto gracias al apoyo de Vox.",
])
def test_votes_that_pass_a_measure_back_no_person(read, text):
    found = facts(read(text))
    assert not any(relation == "endorsed" for _, relation, _ in found), found


@pytest.mark.parametrize("text, backer, backed", [
    ("El senador Pedro Ruiz ganó la alcaldía con el apoyo de Vox.", "Vox", "Pedro Ruiz"),
    ("La diputada Marta Gil fue elegida gracias al respaldo del PP.", "PP", "Marta Gil"),
])
def test_support_that_wins_a_race_still_backs_the_winner(read, text, backer, backed):
    assert (backer, "endorsed", backed) in facts(read(text))


# A title opening what a colon explains is the person named just before the colon, not an
# earlier holder of the title.
@pytest.mark.parametrize("text, subject", [
    ("El expresidente Luis Mora votó en Toledo. Marta Gil votó en Cuenca. Quien no estuvo fue "
     "Andrés Vidal: el expresidente no ha apoyado a Gil en ningún momento de la campaña.",
     "Andrés Vidal"),
    ("La exministra Ana Pons votó en Toledo. Marta Gil votó en Cuenca. Faltó Lucía Ferrán: la "
     "exministra no ha respaldado a Gil.", "Lucía Ferrán"),
])
def test_a_title_after_a_colon_is_the_one_just_named(read, text, subject):
    found = facts(read(text))
    assert (subject, "not endorsed", "Marta Gil") in found
    assert not any(relation.endswith("endorsed") and s != subject for s, relation, _ in found)


def test_a_title_of_the_other_gender_after_a_colon_is_not_the_one_just_named(read):
    found = facts(read("La exministra Ana Pons votó en Toledo. Marta Gil votó en Cuenca. Faltó "
                       "Andrés Vidal: la exministra no ha respaldado a Gil."))
    assert ("Andrés Vidal", "not endorsed", "Marta Gil") not in found
