"""The parse extractor on the race a candidacy is in: a race pointed back at by a distal
demonstrative ("en aquellas elecciones") is the one named before, not the office the title
seeks in the article's year; a headline's race takes the year the body gives it; "las
municipales en <town>" are that town's race.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _races(text: str, read, person: str, issued: str = "2026-05-02") -> set[str]:
    return {o for s, r, o in facts(read(text, issued)) if s == person and r == "candidateIn"}


# ------------------------------------------------------------ "aquellas elecciones"

def test_a_candidate_to_the_presidency_in_those_elections(read):
    races = _races("El partido nació tras las presidenciales polacas de 2025. Ayer habló Tomasz "
                   "Wolski, que fue candidato a la presidencia en aquellas elecciones y quedó "
                   "cuarto.", read, "Tomasz Wolski", "2026-11-20")
    assert races == {"Elección presidencial de Polonia de 2025"}


def test_one_who_won_those_elections(read):
    races = _races("Polonia votó en las presidenciales de 2025. El presidente, Marek Zielony, "
                   "que ganó aquellas elecciones con el apoyo de la derecha, no acudió al acto.",
                   read, "Marek Zielony", "2026-11-20")
    assert races == {"Elección presidencial de Polonia de 2025"}


def test_one_who_ran_in_those_elections_of_a_round(read):
    races = _races("Rumanía celebró sus presidenciales en 2025. George Ionescu, que compitió en "
                   "aquellas elecciones, dijo ayer que no repetirá.", read, "George Ionescu",
                   "2026-11-20")
    assert races == {"Elección presidencial de Rumania de 2025"}


def test_a_candidate_in_those_elections_of_another_kind(read):
    races = _races("En las legislativas suecas de 2022 la izquierda perdió la mayoría. Ana Berg, "
                   "que fue candidata en aquellas elecciones, lo recordó ayer.", read, "Ana Berg",
                   "2026-11-20")
    assert races == {"Elecciones legislativas de Suecia de 2022"}


def test_these_elections_are_still_the_ones_at_hand(read):
    races = _races("Las elecciones presidenciales de Perú de 2026 se celebran en abril. Luis "
                   "Salas, candidato a la presidencia en estas elecciones, votó temprano.",
                   read, "Luis Salas")
    assert races == {"Elección presidencial de Perú de 2026"}


# ------------------------------------------------------------ a headline's race and year

def test_a_headline_candidacy_takes_the_year_the_body_gives(read):
    text = ("Vox presenta a Lucía Ortega como su candidata a la alcaldía de Burgos\n\n"
            "El partido presentó ayer en Burgos a Lucía Ortega, que será su candidata a la "
            "alcaldía de Burgos en las municipales de 2027. El acto reunió a mil personas.")
    races = _races(text, read, "Lucía Ortega", "2026-11-16")
    assert "Elección municipal de Burgos de 2027" in races
    assert "Elección municipal de Burgos de 2026" not in races


def test_a_headline_takes_no_year_of_a_race_gone_by(read):
    text = ("El PP presenta a Jaime Soto como candidato a la alcaldía de Soria\n\n"
            "Jaime Soto ya fue candidato a la alcaldía de Soria en las municipales de 2019. "
            "Ayer prometió bajar los impuestos.")
    races = _races(text, read, "Jaime Soto", "2026-11-16")
    # the race recalled is the body's; the headline's is still the one ahead (Spain's towns
    # vote in 2027)
    assert races == {"Elección municipal de Soria de 2019", "Elección municipal de Soria de 2027"}


def test_a_body_candidacy_keeps_its_own_sentence_year(read):
    text = ("Municipales en Burgos: el PP elige candidato\n\n"
            "Marcos Gil será el candidato del PP a la alcaldía de Burgos. Lo anunció ayer. "
            "En las municipales de 2023 el partido fue segundo.")
    races = _races(text, read, "Marcos Gil", "2026-11-16")
    assert races == {"Elección municipal de Burgos de 2027"}  # the next one Spain's towns hold


# ------------------------------------------------------------ "municipales en <town>"

def test_municipal_elections_in_a_town_named_in_a_headline(read):
    text = ("EN DIRECTO | Municipales en Ciudad del Este: la oposición reconoce la derrota\n\n"
            "21:00 — El candidato del Partido Colorado, Ramón Gauto Ferreira, saluda a sus "
            "simpatizantes en la sede del partido.")
    races = _races(text, read, "Ramón Gauto Ferreira", "2026-10-05")
    assert "Elección municipal de Ciudad del Este de 2026" in races
    assert "Elecciones municipales de Paraguay de 2026" not in races


def test_municipal_elections_in_a_town_in_a_sentence(read):
    races = _races("Las municipales en Rosario se celebrarán en octubre. Ayer la candidata de "
                   "la UCR, Sofía Brandán Paz, presentó su programa.", read, "Sofía Brandán Paz")
    assert races == {"Elección municipal de Rosario de 2026"}


def test_municipal_elections_in_a_country_stay_the_country_s(read):
    races = _races("Las municipales en Francia se celebran en marzo. El candidato de "
                   "Reagrupamiento Nacional, Louis Marchand, abrió la campaña.", read,
                   "Louis Marchand")
    assert races and not any(r.startswith("Elección municipal de") for r in races)


# ------------------------------------------------------------ a holder's re-election

def test_a_governor_who_goes_for_re_election_runs_in_the_governor_race_named_before(read):
    text = ("La diputada Laura Pizarro Soto será candidata a la gobernación regional de "
            "Atacama en las elecciones de 2028. Dijo que tiene un programa listo. Habló de agua "
            "y de empleo. También de seguridad.\n\n"
            "Su rival será el actual gobernador, Tomás Araya Vega, que va a la reelección.")
    races = _races(text, read, "Tomás Araya Vega", "2026-11-20")
    assert races and all("Atacama" in r and r.endswith("2028") for r in races)


def test_a_mayor_s_re_election_is_not_the_legislative_race_named_beside_it(read):
    text = ("Milei habló de las legislativas de 2027 ante los empresarios. Antes se reunió con "
            "el intendente de Tandil, Julio Pereyra Sosa. Pereyra ya anunció que buscará la "
            "reelección.")
    races = _races(text, read, "Julio Pereyra Sosa", "2026-10-16")
    assert not any("legislativas" in r for r in races)


def test_a_president_s_re_election_is_still_the_presidential_race(read):
    races = _races("Las elecciones presidenciales de Brasil de 2026 serán en octubre. El "
                   "presidente Luiz Inácio Lula da Silva anunció que buscará la reelección.",
                   read, "Luiz Inácio Lula da Silva")
    assert races == {"Elección presidencial de Brasil de 2026"}


# ------------------------------------------------------------ a clitic proclaimed candidate

def test_a_party_proclaims_her_candidate_by_a_clitic(read):
    text = ("Valentina Rojas Pardo recibe a este diario en su despacho. Hace una semana la "
            "directiva del Partido Republicano la proclamó candidata a la gobernación regional "
            "de Atacama para las elecciones de 2028.")
    found = read(text, "2026-11-20")
    races = {(c.object, c.date) for c in found.candidates
             if c.subject == "Valentina Rojas Pardo" and c.relation == "candidateIn"}
    # the day she was proclaimed is not the race's
    assert races == {("Elección de gobernador de Atacama de 2028", None)}


def test_a_clitic_of_the_other_gender_names_no_candidate(read):
    races = _races("Valentina Rojas Pardo recibe a este diario en su despacho. Hace una semana "
                   "la directiva del Partido Republicano lo proclamó candidato a la gobernación "
                   "regional de Atacama para las elecciones de 2028.", read,
                   "Valentina Rojas Pardo", "2026-11-20")
    assert not races


# ------------------------------------------------------------ a bare house of a named region

def test_a_list_head_for_the_assembly_of_the_region_named_before(read):
    text = ("El diputado de Vox en la Asamblea de Ceuta pasó por la radio.\n\n"
            "Karim Benali recordó que fue cabeza de lista a la Asamblea en las elecciones de "
            "2023.")
    races = _races(text, read, "Karim Benali", "2026-11-20")
    assert races == {"Elecciones a la Asamblea de Ceuta de 2023"}


def test_a_national_house_is_no_region_s(read):
    races = _races("Karim Benali fue candidato al Congreso en las elecciones de 2023.", read,
                   "Karim Benali", "2026-11-20")
    assert not any("Asamblea" in r or "Parlamento de" in r for r in races)


# ------------------------------------------------------------ a count with its verb once

def test_a_count_listed_with_the_verb_said_once(read):
    text = ("EN DIRECTO | Municipales en Asunción: recuento ajustado\n\n"
            "21:30 — Con el 80 % de las mesas, la candidata del PLRA, Rosa Benítez Ortiz, "
            "obtiene el 45,2 % de los votos; Carlos Duarte Vera, de la ANR, el 41,0 %; y el "
            "independiente Pedro Aquino Báez, el 9,1 %.")
    found = facts(read(text, "2026-10-04"))
    race = "Elección municipal de Asunción de 2026"
    for person in ("Rosa Benítez Ortiz", "Carlos Duarte Vera", "Pedro Aquino Báez"):
        assert (person, "candidateIn", race) in found


def test_a_count_listed_after_a_comma_and_y(read):
    text = ("Elecciones municipales en Asunción\n\n"
            "La candidata del PLRA, Rosa Benítez Ortiz, suma el 45,2 % de los votos, y Carlos "
            "Duarte Vera, de la ANR, el 41,0 %.")
    found = facts(read(text, "2026-10-04"))
    assert ("Carlos Duarte Vera", "candidateIn", "Elección municipal de Asunción de 2026") \
        in found


def test_names_in_a_list_without_shares_are_no_candidates(read):
    text = ("EN DIRECTO | Municipales en Asunción: recuento ajustado\n\n"
            "21:30 — La candidata del PLRA, Rosa Benítez Ortiz, obtiene el 45,2 % de los votos; "
            "la acompañaron en la sede Carlos Duarte Vera y Pedro Aquino Báez.")
    races = _races(text, read, "Pedro Aquino Báez", "2026-10-04")
    assert not races


# ------------------------------------------------------------ a bare candidacy denied

_URUGUAY = "Las elecciones presidenciales de Uruguay de 2029 se celebran en octubre. "


def test_one_who_could_not_run(read):
    found = facts(read(_URUGUAY + "Andrés Ferreira Luna, que no pudo presentarse por sus "
                       "causas judiciales, apoya al candidato blanco."))
    assert ("Andrés Ferreira Luna", "not candidateIn",
            "Elección presidencial de Uruguay de 2029") in found


def test_one_who_does_not_run_this_time(read):
    found = facts(read(_URUGUAY + "El exsenador Andrés Ferreira Luna no se presentará esta "
                       "vez."))
    assert ("Andrés Ferreira Luna", "not candidateIn",
            "Elección presidencial de Uruguay de 2029") in found


def test_one_who_did_not_turn_up_is_no_candidacy_denied(read):
    found = facts(read(_URUGUAY + "El exsenador Andrés Ferreira Luna no se presentó a la "
                       "reunión del partido."))
    assert not {f for f in found if f[0] == "Andrés Ferreira Luna" and "candidateIn" in f[1]}


def test_a_bare_no_without_the_turn_at_hand_says_nothing(read):
    found = facts(read(_URUGUAY + "El exsenador Andrés Ferreira Luna no se presentó ayer en "
                       "el Parlamento."))
    assert not {f for f in found if f[0] == "Andrés Ferreira Luna" and "candidateIn" in f[1]}
