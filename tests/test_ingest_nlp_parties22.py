"""The parse extractor on parties, places and races read from adjectives and context.

A place's demonym is no party's adjective, even beside a party named after the place ("el
presidente aragonés" beside the Partido Aragonés is Aragón's president). An adjective used as
a noun for a person ("al libertario X") is of the text's own party of that word before the
graph's, and only right after its article ("el armado libertario" is no person). Support taken
from someone ("le disputó el voto del centro a X") backs no one, nor do a place's or a
candidate's votes ("los votos de Sergipe"); a party's votes still do. A race a candidacy is for
("para las elecciones de octubre") lies ahead of the naming. A governor's re-election with no
race named is the race for the office the title names; keeping a town's mayoralty ("revalidó
la alcaldía") is running in its race again, dated by the vote its sentence names; a bare
mayoralty ("candidato a la alcaldía") is the town the story's lead names.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts, find

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _of(found, person: str, relation: str) -> set[str]:
    return {o for s, r, o in found if s == person and r == relation}


# ------------------------------------------------------------ a place's demonym is no party


def test_a_regional_demonym_beside_a_party_named_after_the_region_is_the_region(read):
    for text, person, office, party in (
            ("Jorge Salas, el presidente aragonés, no acudió al congreso del Partido Aragonés.",
             "Jorge Salas", "Presidente de Aragón", "Partido Aragonés"),
            ("El Partido Riojano celebró su congreso. El presidente riojano, Luis Merino, no "
             "acudió.", "Luis Merino", "Presidente de La Rioja", "Partido Riojano"),
            ("El presidente aragonés, Pedro Lanz, criticó ayer al Partido Aragonés.",
             "Pedro Lanz", "Presidente de Aragón", "Partido Aragonés")):
        found = facts(read(text))
        assert party not in _of(found, person, "memberOf"), text
        assert office in _of(found, person, "holdsOffice"), text


def test_a_party_adjective_that_is_no_demonym_still_names_the_party(read):
    found = facts(read("El Partido Socialista presentó su lista. La diputada socialista Ana "
                       "Ruiz la encabeza."))
    assert "Partido Socialista" in _of(found, "Ana Ruiz", "memberOf")


# ------------------------------------------------------------ the text's own party first


def test_an_adjective_as_a_noun_is_of_the_party_the_text_names(read):
    for text, person in (
            ("Karina Milei preside La Libertad Avanza. En las elecciones provinciales, el "
             "gobernador derrotó con holgura al libertario Tomás Gómez, que quedó cuarto.",
             "Tomás Gómez"),
            ("La Libertad Avanza perdió en Misiones. El candidato oficialista venció al "
             "libertario Ramiro Funes por diez puntos.", "Ramiro Funes")):
        found = facts(read(text))
        assert "La Libertad Avanza" in _of(found, person, "memberOf"), text
        assert "Partido Nacional Libertario" not in _of(found, person, "memberOf"), text


def test_an_adjective_after_another_noun_stands_for_no_person(read):
    found = facts(read("Karina Milei, presidenta de La Libertad Avanza, visitó Salta. El "
                       "armado libertario en la provincia lo conduce el senador Julio Herrera, "
                       "aliado del gobernador Rogelio Funes."))
    assert not _of(found, "Rogelio Funes", "memberOf")


# ------------------------------------------------------------ votes taken, votes of a place


def test_support_taken_from_someone_backs_no_one(read):
    for text in ("Provincias Unidas, el frente de gobernadores que disputó a Javier Milei el "
                 "voto del centro, se reunió ayer.",
                 "Vox le arrebató a Alberto Núñez Feijóo el voto rural en Castilla.",
                 "El nuevo partido le quitó a Ana Ruiz el apoyo de los jóvenes."):
        found = facts(read(text))
        assert not {f for f in found if f[1] == "endorsed"}, text


def test_the_votes_of_a_place_or_a_candidate_back_no_one(read):
    for text in ("Ninguna foto con Milei le dará a Flávio Bolsonaro los votos de Sergipe.",
                 "Ninguna visita le dará a Flávio Bolsonaro los votos de Tomás Vial."):
        found = facts(read(text))
        assert not {f for f in found if f[1] == "endorsed"}, text


def test_a_partys_votes_and_a_vote_given_still_back_someone(read):
    found = facts(read("Juan Pérez fue investido alcalde con los votos de Vox."))
    assert ("Vox", "endorsed", "Juan Pérez") in found
    found = facts(read("Vox dio sus votos a Juan Pérez en la investidura."))
    assert ("Vox", "endorsed", "Juan Pérez") in found


# ------------------------------------------------------------ races ahead and races held


def test_a_race_a_candidacy_is_for_lies_ahead_of_the_naming(read):
    text = ("El Partido Liberal proclamó en diciembre a Flávio Bolsonaro candidato a la "
            "presidencia de Brasil para las elecciones de octubre.")
    found = facts(read(text, issued="2026-01-15"))
    assert _of(found, "Flávio Bolsonaro", "candidateIn") == {
        "Elección presidencial de Brasil de 2026"}


def test_a_future_candidacy_is_in_the_race_ahead_the_text_names(read):
    text = ("En Brasil, el Partido Liberal proclamó en diciembre a Flávio Bolsonaro candidato a "
            "la presidencia para las elecciones de octubre. Ronaldo Caiado, gobernador de "
            "Goiás, será candidato de União Brasil.")
    found = facts(read(text, issued="2026-01-15"))
    for person in ("Flávio Bolsonaro", "Ronaldo Caiado"):
        assert _of(found, person, "candidateIn") == {
            "Elección presidencial de Brasil de 2026"}, person


def test_a_governors_reelection_is_the_race_for_the_office_held(read):
    for text, person, race in (
            ("Flávio Bolsonaro será candidato a la presidencia de Brasil en octubre. El "
             "gobernador de Minas Gerais, Romeu Zema, que buscará la reelección, no competirá.",
             "Romeu Zema", "Elección de gobernador de Minas Gerais de 2026"),
            ("Flávio Bolsonaro será candidato a la presidencia de Brasil en octubre. Se "
             "descartó al gobernador de São Paulo, Tarcísio de Freitas. Tarcísio anunció "
             "que buscará la reelección en su estado.",
             "Tarcísio de Freitas", "Elección de gobernador de São Paulo de 2026")):
        found = facts(read(text, issued="2026-01-15"))
        races = _of(found, person, "candidateIn")
        assert race in races, text
        assert "Elección presidencial de Brasil de 2026" not in races, text


def test_a_governors_reelection_is_in_the_governors_race_the_text_names_later(read):
    text = ("NEUQUÉN. El gobernador, que aspira a la reelección, respondió por la tarde. Su "
            "rival, Ana Paredes, competirá en las elecciones provinciales de 2027.")
    found = facts(read(text, issued="2026-08-22"))
    assert not {o for s, r, o in found if r == "candidateIn" and "2026" in o}


def test_keeping_a_mayoralty_is_running_in_the_towns_race(read):
    text = ("Amberes sigue dividida.\n\nAMBERES. En Amberes, el cordón sigue intacto. En las "
            "municipales de octubre de 2024, Bart Peeters revalidó la alcaldía antes de dar el "
            "salto al Gobierno.")
    claim = find(read(text), "Bart Peeters", "candidateIn", "Elección municipal de Amberes de 2024")
    assert claim.date == "2024-10"  # the vote the sentence names, in another clause


def test_keeping_something_else_is_no_candidacy(read):
    found = facts(read("La presidenta Ana Gil retuvo el control del partido tras el congreso."))
    assert not _of(found, "Ana Gil", "candidateIn")


def test_a_bare_mayoralty_is_the_town_the_lead_names(read):
    text = ("Pérez salva los presupuestos con la abstención del PP\n\nOURENSE. El alcalde de "
            "Ourense, Tomás Pérez, sacó adelante ayer los presupuestos municipales. Desde "
            "Santiago, el presidente de la Xunta evitó criticarlo. El presidente provincial de "
            "Vox, Rubén Castro, a quien el partido designó en octubre candidato a la alcaldía "
            "para 2027, estuvo ayer en el pleno y habló de Ourense.")
    found = facts(read(text))
    assert _of(found, "Rubén Castro", "candidateIn") == {"Elección municipal de Ourense de 2027"}
