"""Offices, candidacies and the names of elections: a race whose place no table knows is
still its race, place and year ("Elección a gobernador de Tarapacá" = "Elección de gobernador
de Tarapacá"), a state's election ("estatal") is a region's and a hyphened state is whole;
a title in apposition holds whatever its clause's verb says ("El cabeza de lista de X, Y, aún
no ha llegado") and a title right after a name and a comma is that name's; a time in a
relative clause on an earlier noun dates no race, and a participle of the vote's outcome
tells it as past ("elegido en las parlamentarias de noviembre"); "el alcalde de la ciudad" is
of the town the text opens in; a house one aspires to is its race ("aspira al Senado"); "la
consejera nacional X" sits in her country's national council; an unplaced governor's race is
of the state the story is about.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

from graph.ingest.knowledge import name_tokens
from graph.ingest.nlp.election_kinds import identity, same_election

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _same(gold: str, found: str) -> bool:
    return same_election(identity(name_tokens(gold)), identity(name_tokens(found)))


# ------------------------------------------------------------ one election, two names

def test_a_race_in_a_place_no_table_knows_is_its_race_place_and_year():
    assert _same("Elección a gobernador de Valdoria de 2027",
                 "Elección de gobernador de Valdoria de 2027")
    assert _same("Elección municipal de Villa Quenta de 2024",
                 "Elecciones municipales de Villa Quenta de 2024")
    # another year, another place, another kind of race
    assert not _same("Elección a gobernador de Valdoria de 2027",
                     "Elección de gobernador de Valdoria de 2023")
    assert not _same("Elección a gobernador de Valdoria de 2027",
                     "Elección de gobernador de Monteluz de 2027")
    assert not _same("Elección a gobernador de Valdoria de 2027",
                     "Elecciones municipales de Valdoria de 2027")
    # a name with no place still names no election
    assert identity(name_tokens("Elecciones municipales de 2027")) is None
    assert identity(name_tokens("Elecciones generales")) is None


def test_a_state_election_is_the_regional_race_of_the_whole_hyphened_state():
    assert _same("Elección estatal de Sajonia-Anhalt de 2026",
                 "Elección regional de Sajonia-Anhalt de 2026")
    assert _same("Elecciones estatales de Baviera de 2028",
                 "Elección regional de Baviera de 2028")
    # half a hyphened state's name is another state
    assert not _same("Elección estatal de Sajonia-Anhalt de 2026",
                     "Elección regional de Sajonia de 2026")
    assert not _same("Elección estatal de Sajonia-Anhalt de 2026",
                     "Elección regional de Sajonia-Anhalt de 2021")


# ------------------------------------------------------------ a title beside a name

def test_a_list_head_in_apposition_holds_whatever_the_verb_denies(read):
    text = ("Las elecciones autonómicas de Aragón de 2027 se celebran hoy. El cabeza de "
            "lista de Vox, Tomás Ugarte, aún no ha llegado a la sede.")
    assert ("Tomás Ugarte", "candidateIn", "Elecciones a las Cortes de Aragón de 2027") in \
        facts(read(text))
    assert ("Tomás Ugarte", "not candidateIn", "Elecciones a las Cortes de Aragón de 2027") \
        not in facts(read(text))
    # a place on the list its own copula denies is still denied
    found = facts(read("Las elecciones autonómicas de Aragón de 2027 se celebran hoy. Tomás "
                       "Ugarte no será cabeza de lista de Vox."))
    assert not {f for f in found if f[0] == "Tomás Ugarte" and f[1] == "candidateIn"}


def test_a_title_after_a_name_and_a_comma_is_not_anothers_reference(read):
    found = facts(read("En la otra orilla está Duarte Mendes, el alcalde de Quixadá, que dejó "
                       "el cargo en abril con el apoyo del presidente Álvaro Teles Pinto da "
                       "Rocha."))
    assert ("Duarte Mendes", "holdsOffice", "Alcalde de Quixadá") in found
    assert ("Álvaro Teles Pinto da Rocha", "holdsOffice", "Alcalde de Quixadá") not in found


# ------------------------------------------------------------ the year of a race

def test_a_time_in_a_relative_clause_before_the_race_dates_no_race(read):
    for text in (
            "Las lonas muestran a un hombre al que casi nadie conocía hace un año: el "
            "coronel Tadeu Farias, candidato del Partido Liberal a gobernador de Pernambuco.",
            "Apareció un hombre al que nadie conocía en 2025: el coronel Tadeu Farias, "
            "candidato del Partido Liberal a gobernador de Pernambuco."):
        found = facts(read(text, "2026-08-23"))
        assert ("Tadeu Farias", "candidateIn",
                "Elección de gobernador de Pernambuco de 2026") in found, text
        assert ("Tadeu Farias", "candidateIn",
                "Elección de gobernador de Pernambuco de 2025") not in found, text
    # a year the race's own clause gives still dates it
    found = facts(read("El coronel Tadeu Farias, que hace cuatro años fue candidato a "
                       "gobernador de Pernambuco, reapareció ayer.", "2026-08-23"))
    assert ("Tadeu Farias", "candidateIn",
            "Elección de gobernador de Pernambuco de 2022") in found


def test_a_race_a_bare_participle_tells_is_the_one_before(read):
    for text in (
            "SANTIAGO.- Hoy Matías Lagos ocupa desde marzo un escaño en el Senado por la "
            "Región del Maule, elegido en las parlamentarias de noviembre con la lista de "
            "Renovación Nacional.",
            "SANTIAGO.- Matías Lagos ocupa un escaño en la Cámara, elegido en las "
            "legislativas de noviembre."):
        found = facts(read(text, "2026-04-19"))
        assert ("Matías Lagos", "candidateIn", "Elecciones legislativas de Chile de 2025") \
            in found, text
        assert ("Matías Lagos", "candidateIn", "Elecciones legislativas de Chile de 2026") \
            not in found, text
    # one who will run runs in the coming one
    found = facts(read("SANTIAGO.- Matías Lagos, que ocupa un escaño en la Cámara, aspira a "
                       "repetir en las legislativas previstas para noviembre.", "2026-04-19"))
    assert ("Matías Lagos", "candidateIn", "Elecciones legislativas de Chile de 2026") in found


# ------------------------------------------------------------ the town a text is in

def test_the_city_is_the_one_the_text_opens_in_among_others_named_less(read):
    text = ("Vox llena la plaza de toros de Toledo\n\n"
            "Santiago Abascal habló ayer en la plaza de toros de Toledo ante cuatro mil "
            "personas. Llegaron autobuses desde Albacete. En Toledo no se "
            "recordaba un acto así. No asistió el alcalde de la ciudad, Ramiro Villaseca "
            "(PP), que estaba de viaje.")
    assert ("Ramiro Villaseca", "holdsOffice", "Alcalde de Toledo") in facts(read(text))
    # a town named in the title's own sentence may be the one it speaks of
    text = ("Vox llena la plaza de toros de Toledo\n\n"
            "Santiago Abascal habló ayer en la plaza de toros de Toledo ante cuatro mil "
            "personas. En Toledo no se recordaba un acto así. Después viajó a Albacete, "
            "donde lo recibió el alcalde de la ciudad, Ramiro Villaseca.")
    assert ("Ramiro Villaseca", "holdsOffice", "Alcalde de Toledo") not in facts(read(text))


# ------------------------------------------------------------ an office sought

def test_a_house_one_aspires_to_is_its_race(read):
    for text in ("BOGOTÁ.- Hernán Quiroga, que también aspira al Senado, no respondió.",
                 "BOGOTÁ.- Hernán Quiroga aspira al Senado con la lista de su partido.",
                 "BOGOTÁ.- Hernán Quiroga compite por el Senado."):
        assert ("Hernán Quiroga", "candidateIn", "Elecciones legislativas de Colombia de 2026") \
            in facts(read(text, "2026-03-02")), text
    # one who takes a bill to the Senate runs for nothing
    found = facts(read("BOGOTÁ.- Hernán Quiroga presentó al Senado un proyecto de ley.",
                       "2026-03-02"))
    assert not {f for f in found if f[1] == "candidateIn"}


# ------------------------------------------------------------ a national council's seat

def test_a_national_councillor_sits_in_the_country_s_national_council(read):
    found = facts(read("BERNA.- La consejera nacional Verena Zollinger moderó el panel."))
    assert ("Verena Zollinger", "holdsOffice", "Consejero nacional de Suiza") in found
    found = facts(read("VIENA.- El consejero nacional Florian Gruber habló ayer."))
    assert ("Florian Gruber", "holdsOffice", "Consejero nacional de Austria") in found
    # a regional minister's portfolio is no national council
    found = facts(read("SEVILLA.- La consejera de Sanidad Verena Zollinger habló ayer."))
    assert not {f for f in found if "nacional" in f[2]}


# ------------------------------------------------------------ the state of a governor's race

def test_an_unplaced_governor_race_is_of_the_state_the_story_is_about(read):
    text = ("POSADAS.- La Libertad Avanza presentó en Misiones a su candidato a la gobernación "
            "de Misiones. Llegó con el operador bonaerense Julián Ferrari. En Misiones el "
            "partido nunca ganó; Misiones vota al Frente Renovador. Tampoco asistió el ex "
            "candidato a gobernador Tadeo Quintana, que en 2023 compitió sin éxito.")
    found = facts(read(text, "2026-07-08"))
    assert ("Tadeo Quintana", "candidateIn", "Elección de gobernador de Misiones de 2023") \
        in found
    assert ("Tadeo Quintana", "candidateIn", "Elección de gobernador de Buenos Aires de 2023") \
        not in found
