"""The parse-based extractor on candidacies told by the place taken in a count: a bare ordinal
("quedó tercera", "se ubicó cuarto"), a place noun ("terminó en segundo lugar", "ocupó el
quinto puesto", "el tercer puesto fue para X"), the most voted, a share of the vote ("obtuvo el
28 %", "sumó 120.000 votos"); and what is none (a poll's ranking, a place in something else,
a place in an earlier year, a party's share).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import find

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent

_RACE = "Perú celebró el domingo la primera vuelta presidencial. "
_ROUND = "Primera vuelta presidencial de Perú de 2026"


def test_a_bare_ordinal_places_a_candidate_in_the_race_told_before(read):
    for sentence, person in (
            ("La exdiputada Marta Salinas quedó tercera con el 11 % de los votos.",
             "Marta Salinas"),
            ("Con el 9 %, el economista Rubén Otero terminó cuarto.", "Rubén Otero"),
            ("Detrás, Ismael Corvalán se ubicó quinto.", "Ismael Corvalán"),
            ("El exalcalde, Julio Benavente, que acabó segundo, pidió un recuento.",
             "Julio Benavente")):
        find(read(_RACE + sentence, issued="2026-04-13"), person, "candidateIn", _ROUND)


def test_a_place_noun_places_a_candidate(read):
    for sentence, person in (
            ("Rubén Otero terminó en segundo lugar.", "Rubén Otero"),
            ("Marta Salinas se situó en la tercera posición, lejos de los dos primeros.",
             "Marta Salinas"),
            ("El senador Ismael Corvalán ocupó el cuarto puesto.", "Ismael Corvalán"),
            ("El tercer lugar fue para el empresario Julio Benavente.", "Julio Benavente")):
        find(read(_RACE + sentence, issued="2026-04-13"), person, "candidateIn", _ROUND)


def test_the_most_voted_and_a_share_of_the_vote_place_a_candidate(read):
    for sentence, person in (
            ("Marta Salinas fue la más votada.", "Marta Salinas"),
            ("El abogado Rubén Otero fue el candidato más votado en Lima.", "Rubén Otero"),
            ("Ismael Corvalán obtuvo el 18,2 % de los sufragios en la primera vuelta.",
             "Ismael Corvalán")):
        find(read(_RACE + sentence, issued="2026-04-13"), person, "candidateIn", _ROUND)
    # a share after a race without rounds
    whole = "Honduras celebró el domingo sus elecciones presidenciales. "
    for sentence, person in (
            ("Julio Benavente, que sumó 850.000 votos, no reconoció el resultado.",
             "Julio Benavente"),
            ("Escrutadas nueve de cada diez mesas, Marta Salinas cosecha el 39,6 %.",
             "Marta Salinas")):
        find(read(whole + sentence, issued="2025-12-02"), person, "candidateIn",
             "Elección presidencial de Honduras de 2025")


def test_a_named_race_is_taken_over_the_one_before(read):
    found = read("Rubén Otero quedó tercero en las presidenciales de Chile de 2025.",
                 issued="2026-04-13")
    find(found, "Rubén Otero", "candidateIn", "Elección presidencial de Chile de 2025")


def test_what_is_no_place_in_the_count(read):
    # a poll's ranking
    poll = read(_RACE + "Según la última encuesta, Marta Salinas queda segunda con el 14 %.",
                issued="2026-04-10")
    absent(poll, "candidateIn", "Marta Salinas")
    intention = read(_RACE + "Rubén Otero se ubica tercero en intención de voto.",
                     issued="2026-04-10")
    absent(intention, "candidateIn", "Rubén Otero")
    # a place in something else, in an earlier year, or one denied
    contest = read(_RACE + "Ismael Corvalán quedó segundo en el concurso de oratoria.",
                   issued="2026-04-13")
    absent(contest, "candidateIn", "Ismael Corvalán")
    earlier = read(_RACE + "Julio Benavente quedó cuarto en 2016.", issued="2026-04-13")
    absent(earlier, "candidateIn", "Julio Benavente", _ROUND)
    denied = read(_RACE + "Marta Salinas no quedó tercera, como se dijo.", issued="2026-04-13")
    absent(denied, "candidateIn", "Marta Salinas", _ROUND)
    # arriving first is not placing; nor is a count without a race before it
    hall = read(_RACE + "Rubén Otero llegó primero al local de votación.", issued="2026-04-13")
    absent(hall, "candidateIn", "Rubén Otero")
    # a share after a first round may be the runoff's: which round is not said
    share = read(_RACE + "Rubén Otero obtiene el 52 % de los votos.", issued="2026-06-08")
    absent(share, "candidateIn", "Rubén Otero")
    norace = read("Ismael Corvalán quedó tercero con el 11 %.", issued="2026-04-13")
    absent(norace, "candidateIn", "Ismael Corvalán")


def test_who_placed_ahead_or_behind_ran_too(read):
    found = read(_RACE + "Marta Salinas quedó segunda, por detrás del economista Rubén Otero.",
                 issued="2026-04-13")
    find(found, "Rubén Otero", "candidateIn", _ROUND)
    ahead = read(_RACE + "Ismael Corvalán terminó tercero, por delante de Julio Benavente.",
                 issued="2026-04-13")
    find(ahead, "Julio Benavente", "candidateIn", _ROUND)


def test_a_relative_clause_places_its_antecedent(read):
    found = read(_RACE + "Otero recibió el respaldo de Julio Benavente, el empresario que "
                 "había quedado tercero.", issued="2026-04-20")
    find(found, "Julio Benavente", "candidateIn", _ROUND)
    beside = read(_RACE + "El ganador fue Rubén Otero. Lo felicitó el exministro Julio "
                  "Benavente, el abogado que acabó cuarto.", issued="2026-04-20")
    find(beside, "Julio Benavente", "candidateIn", _ROUND)
    absent(beside, "candidateIn", "Rubén Otero", _ROUND)


def test_a_contest_in_a_relative_on_the_race_is_the_candidates(read):
    for text in (
            "El PL confirmó a Ciro Matos como candidato para las elecciones presidenciales "
            "brasileñas de octubre, en las que se enfrentará a la gobernadora Irene Lopes.",
            "Los liberales oficializaron la candidatura de Ciro Matos a las presidenciales "
            "brasileñas de octubre, en las cuales competirá con Irene Lopes.",
            "La dirección del partido proclamó ayer a Ciro Matos candidato a las elecciones "
            "presidenciales brasileñas, en las que se medirá con Irene Lopes."):
        found = read(text, issued="2026-03-05")
        find(found, "Ciro Matos", "opponentOf", "Irene Lopes")
        absent(found, "opponentOf", "PL")
    # no candidate named before: the clause's own reading stands
    plain = read("Ciro Matos anunció su apoyo para las elecciones presidenciales brasileñas, "
                 "en las que el PL se medirá con el PT.", issued="2026-03-05")
    absent(plain, "opponentOf", "Ciro Matos")


def test_a_partys_standard_bearer_is_its_candidate(read):
    race = "Colombia celebrará el 31 de mayo sus elecciones presidenciales. "
    for sentence, person in (
            ("Lina Torres, abanderada del Centro Democrático, cerró su campaña en Medellín.",
             "Lina Torres"),
            ("El abanderado del Partido Liberal, Tomás Rincón, votó en Bogotá.",
             "Tomás Rincón"),
            ("Las encuestas sitúan a Tomás Rincón, abanderado del Partido Liberal, en cabeza.",
             "Tomás Rincón")):
        find(read(race + sentence, issued="2026-05-20"), person, "candidateIn",
             "Elección presidencial de Colombia de 2026")
    # the bearer of a cause, not of a party
    cause = read(race + "Lina Torres, abanderada de la lucha contra la corrupción, habló en "
                 "Cali.", issued="2026-05-20")
    absent(cause, "candidateIn", "Lina Torres")


_ARAGON = "Aragón celebrará sus elecciones autonómicas el 8 de febrero. "


def test_a_place_on_a_list_is_a_candidacy(read):
    for sentence in (
            "Carmen Pardo, cabeza de lista del PP por Huesca, presentó su programa.",
            "La cabeza de lista de Vox por Huesca, la abogada Carmen Pardo, presentó su "
            "programa.",
            "Carmen Pardo será la cabeza de lista del PSOE por Huesca.",
            "Carmen Pardo, número dos de la lista del PSOE en Huesca, presentó su programa.",
            "Carmen Pardo irá de número uno por Huesca."):
        found = read(_ARAGON + sentence, issued="2026-01-10")
        assert [c for c in found.candidates if c.subject == "Carmen Pardo" and
                c.relation == "candidateIn" and not c.negated and
                c.object.endswith("Aragón de 2026")], sentence


def test_a_place_on_a_list_in_another_year_or_denied(read):
    earlier = read(_ARAGON + "Carmen Pardo, que fue cabeza de lista en 2019, no repetirá.",
                   issued="2026-01-10")
    assert [c for c in earlier.candidates if c.subject == "Carmen Pardo" and
            c.relation == "candidateIn" and c.object.endswith("Aragón de 2019")]
    assert not [c for c in earlier.candidates if c.subject == "Carmen Pardo" and
                c.relation == "candidateIn" and c.object.endswith("2026")]
    denied = read(_ARAGON + "Carmen Pardo no será cabeza de lista.", issued="2026-01-10")
    absent(denied, "candidateIn", "Carmen Pardo")
    # a list that is no candidacy, and a head of something else
    guests = read(_ARAGON + "Carmen Pardo encabeza la lista de invitados a la gala.",
                  issued="2026-01-10")
    absent(guests, "candidateIn", "Carmen Pardo")
    speakers = read(_ARAGON + "La lista de oradores la encabeza Carmen Pardo.",
                    issued="2026-01-10")
    absent(speakers, "candidateIn", "Carmen Pardo")
    family = read(_ARAGON + "Carmen Pardo, cabeza de familia numerosa, votó en Huesca.",
                  issued="2026-01-10")
    absent(family, "candidateIn", "Carmen Pardo")


def test_one_beaten_knocked_out_or_elected_in_a_named_race_ran_in_it(read):
    race = "Colombia celebrará el 21 de junio la segunda vuelta presidencial. "
    first = "Primera vuelta presidencial de Colombia de 2026"
    for sentence, person in (
            ("Lina Torres, derrotada en la primera vuelta, anunció su apoyo a Rincón.",
             "Lina Torres"),
            ("Lina Torres, del Centro Democrático, eliminada en la primera vuelta, calló.",
             "Lina Torres"),
            ("El exalcalde Tomás Rincón, que fue derrotado en la primera vuelta, pidió el voto "
             "en blanco.", "Tomás Rincón")):
        find(read(race + sentence, issued="2026-06-10"), person, "candidateIn", first)
    # the name coordinated with the beaten one did not run
    pair = read(race + "Se sentaron el expresidente Tomás Rincón, derrotado en la primera "
                "vuelta, y el escritor Julio Benavente.", issued="2026-06-10")
    find(pair, "Tomás Rincón", "candidateIn", first)
    absent(pair, "candidateIn", "Julio Benavente")
    # beaten in something that is no race
    debate = read(race + "Lina Torres, derrotada en el debate televisado, no habló.",
                  issued="2026-06-10")
    absent(debate, "candidateIn", "Lina Torres", first)
