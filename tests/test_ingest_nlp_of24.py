"""The parse extractor on candidacies and offices: a candidacy one announces after a title
("El senador X anunció que será el candidato del PL a la presidencia") or denies ("descartó
ser candidato a la presidencia"), a further term sought paragraphs after its race was named
("se presentará a un cuarto mandato"), a share counted in a round named inside the share ("el
21 % de los votos válidos en la primera vuelta"), a prime minister's counterpart ("su homólogo
polaco"), and a party's councillor in a place ("la única edil del partido en la capital")
whose office keeps no stray "del".

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_RACE = "Chile elegirá presidente en las elecciones presidenciales de noviembre de 2026. "
_CHILE = "Elección presidencial de Chile de 2026"


# ------------------------------------------------------------ a candidacy told or denied

def test_a_titled_speaker_announces_their_own_candidacy(read):
    found = facts(read(_RACE + "El senador Tomás Arnedo anunció que será el candidato del "
                       "Partido Republicano a la presidencia."))
    assert ("Tomás Arnedo", "candidateIn", _CHILE) in found


def test_a_titled_speaker_confirms_a_bare_candidacy(read):
    found = facts(read(_RACE + "La diputada Rosa Villalta confirmó ayer que será candidata a "
                       "la presidencia."))
    assert ("Rosa Villalta", "candidateIn", _CHILE) in found


def test_a_candidacy_announced_of_another_is_not_the_speakers(read):
    found = facts(read(_RACE + "El senador Tomás Arnedo anunció que Rosa Villalta será la "
                       "candidata del Partido Republicano a la presidencia."))
    assert ("Tomás Arnedo", "candidateIn", _CHILE) not in found


def test_a_candidacy_ruled_out_is_denied(read):
    found = facts(read(_RACE + "Tomás Arnedo descartó ser candidato a la presidencia."))
    assert ("Tomás Arnedo", "not candidateIn", _CHILE) in found
    assert ("Tomás Arnedo", "candidateIn", _CHILE) not in found


def test_a_candidacy_ruled_out_in_a_relative_after_an_aside(read):
    found = facts(read(_RACE + "La decisión sorprendió al alcalde de Temuco, Tomás Arnedo, del "
                       "Partido Republicano, que descartó una vez más ser candidato a la "
                       "presidencia."))
    assert ("Tomás Arnedo", "not candidateIn", _CHILE) in found


def test_a_candidacy_of_another_ruled_out_denies_nothing_of_the_speaker(read):
    found = facts(read(_RACE + "Tomás Arnedo descartó que Rosa Villalta sea candidata a la "
                       "presidencia."))
    assert ("Tomás Arnedo", "not candidateIn", _CHILE) not in found
    assert ("Tomás Arnedo", "candidateIn", _CHILE) not in found


# ------------------------------------------------------------ a further term

_FAR = ("Los partidos ya preparan sus listas. La derecha busca un nombre de consenso. Los "
        "sondeos muestran un empate. Los analistas dudan de todo. Nadie quiere adelantar "
        "nada. ")


def test_a_further_term_sought_far_after_its_race_was_named(read):
    found = facts(read(_RACE + _FAR + "Enfrente estará el presidente Tomás Arnedo, del Partido "
                       "Republicano, que ya confirmó que se presentará a un segundo mandato."))
    assert ("Tomás Arnedo", "candidateIn", _CHILE) in found


def test_a_further_term_aimed_at_far_after_its_race_was_named(read):
    found = facts(read(_RACE + _FAR + "Rosa Villalta, que aspira a un tercer mandato, calla."))
    assert ("Rosa Villalta", "candidateIn", _CHILE) in found


def test_a_governors_further_term_is_not_the_presidential_race(read):
    found = facts(read(_RACE + _FAR + "El gobernador Tomás Arnedo, que buscará un segundo "
                       "mandato, calla."))
    assert ("Tomás Arnedo", "candidateIn", _CHILE) not in found


# ------------------------------------------------------------ a share counted in a round

_VOTED = "Chile votó este domingo para elegir presidente. "


def test_a_share_counted_in_a_round_named_inside_the_share(read):
    found = facts(read(_VOTED + "Según el conteo oficial, Rosa Villalta obtiene el 31,2 % de "
                       "los votos válidos en la primera vuelta."))
    assert ("Rosa Villalta", "candidateIn", "Primera vuelta presidencial de Chile de 2026") \
        in found
    assert ("Rosa Villalta", "candidateIn", "Elección presidencial de Chile de 2026") \
        not in found


def test_a_share_of_ballots_counted_in_a_round_named_inside_the_share(read):
    found = facts(read(_VOTED + "Rosa Villalta consiguió el 18 % de los sufragios válidos en "
                       "la primera vuelta."))
    assert ("Rosa Villalta", "candidateIn", "Primera vuelta presidencial de Chile de 2026") \
        in found


def test_a_share_counted_in_a_runoff_named_inside_the_share(read):
    found = facts(read(_VOTED + "Rosa Villalta obtuvo el 52 % de los votos emitidos en la "
                       "segunda vuelta."))
    assert ("Rosa Villalta", "candidateIn", "Segunda vuelta presidencial de Chile de 2026") \
        in found


# ------------------------------------------------------------ counterparts

def test_a_prime_ministers_counterpart_is_a_prime_minister(read):
    found = facts(read("El primer ministro de Hungría, Zoltán Barta, y su homólogo polaco, "
                       "Marek Wilczek, se reunieron este viernes en Varsovia."))
    assert ("Marek Wilczek", "holdsOffice", "Primer ministro de Polonia") in found
    assert ("Marek Wilczek", "holdsOffice", "Ministra o ministro") not in found


def test_a_woman_prime_ministers_counterpart_is_a_prime_minister(read):
    found = facts(read("La primera ministra de Italia, Chiara Folchi, recibió a su homólogo "
                       "polaco, Marek Wilczek, este viernes en Roma."))
    assert ("Marek Wilczek", "holdsOffice", "Primer ministro de Polonia") in found


def test_a_ministers_counterpart_is_no_prime_minister(read):
    found = facts(read("El ministro de Hungría, Zoltán Barta, y su homólogo polaco, Marek "
                       "Wilczek, se reunieron este viernes en Varsovia."))
    assert ("Marek Wilczek", "holdsOffice", "Primer ministro de Polonia") not in found


# ------------------------------------------------------------ a party's seat in a place

def test_a_partys_councillor_in_a_place_keeps_no_stray_link(read):
    found = facts(read("VITORIA. Marta Ugalde preside Vox Álava desde 2022, y su número dos es "
                       "la concejala Irene Saldaña, la única edil del partido en la capital."))
    offices = {o for s, r, o in found if s == "Irene Saldaña" and r == "holdsOffice"}
    assert offices and not any(" del en " in o or o.endswith(" del") for o in offices)


def test_a_partys_councillor_in_a_place_after_a_name(read):
    found = facts(read("VITORIA. Marta Ugalde preside Vox Álava desde 2022, y su número dos es "
                       "Irene Saldaña, la única concejala del partido en la capital."))
    offices = {o for s, r, o in found if s == "Irene Saldaña" and r == "holdsOffice"}
    assert not any(" del en " in o for o in offices)


def test_a_partys_councillor_in_a_named_town_keeps_the_town(read):
    found = facts(read("Vox tiene dos escaños. Su portavoz es Irene Saldaña, concejala del "
                       "partido en Bilbao."))
    assert ("Irene Saldaña", "holdsOffice", "Concejal de Bilbao") in found


# ------------------------------------------------------------ a candidacy to re-election backed

_GOVERNOR = "MENDOZA. El gobernador de Mendoza, Tomás Arnedo, fue recibido ayer en la Casa Rosada. "


def test_a_governors_candidacy_to_reelection_backed_by_another(read):
    found = facts(read(_GOVERNOR + "Rosa Villalta respaldó además la candidatura de Arnedo a la "
                       "reelección en 2027, según el comunicado oficial."))
    assert ("Tomás Arnedo", "candidateIn", "Elección de gobernador de Mendoza de 2027") in found
    assert ("Tomás Arnedo", "candidateIn", "Elección presidencial de Argentina de 2027") \
        not in found


def test_a_governors_candidacy_to_reelection_backed_by_a_president(read):
    found = facts(read(_GOVERNOR + "El presidente Ramiro Olmedo apoyará la candidatura de "
                       "Arnedo a la reelección."))
    assert not any(s == "Tomás Arnedo" and r == "candidateIn" and o.startswith(
        "Elección presidencial") for s, r, o in found)
    assert any(s == "Tomás Arnedo" and r == "candidateIn" and o.startswith(
        "Elección de gobernador de Mendoza") for s, r, o in found)


# ------------------------------------------------------------ a candidacy only supposed or asked

_INTERVIEW = ("Entrevista\n\nBOGOTÁ. Rosa Villalta es candidata a la presidencia de Colombia en "
              "las elecciones de 2026. Hablamos con Tomás Arnedo.\n\n—¿Cómo ve la campaña?\n\n"
              "—Muy bien.\n\n")
_RUNOFF = "Segunda vuelta presidencial de Colombia de 2026"


def test_a_round_supposed_missed_in_an_interviews_question_is_no_claim(read):
    found = facts(read(_INTERVIEW + "—Si Rosa Villalta no pasa a segunda vuelta, ¿apoyaría a "
                       "Ramiro Olmedo?\n\n—Eso lo decidirá el partido.\n"))
    assert ("Rosa Villalta", "not candidateIn", _RUNOFF) not in found


def test_a_round_supposed_reached_in_an_interviews_question_is_no_claim(read):
    found = facts(read(_INTERVIEW + "—Si Rosa Villalta pasa a segunda vuelta, ¿la apoyaría?\n\n"
                       "—Eso lo decidirá el partido.\n"))
    assert ("Rosa Villalta", "candidateIn", _RUNOFF) not in found


def test_a_candidacy_in_question_after_a_noun_is_no_claim(read):
    found = facts(read("BOGOTÁ. Colombia vota en las presidenciales de 2026. Persiste la duda "
                       "de si Rosa Villalta será candidata a la presidencia."))
    assert ("Rosa Villalta", "candidateIn", "Elección presidencial de Colombia de 2026") \
        not in found


def test_a_round_missed_is_still_denied(read):
    found = facts(read("BOGOTÁ. Colombia votó en la primera vuelta de las presidenciales de "
                       "2026. Rosa Villalta no pasó a la segunda vuelta."))
    assert ("Rosa Villalta", "not candidateIn", _RUNOFF) in found


# ------------------------------------------------------------ a race faced

_SANTIAGO = "SANTIAGO. "


def test_a_race_faced_is_run(read):
    found = facts(read(_SANTIAGO + "El presidente Tomás Arnedo afronta en noviembre unas "
                       "elecciones presidenciales muy reñidas."))
    assert ("Tomás Arnedo", "candidateIn", "Elección presidencial de Chile de 2026") in found


def test_a_race_faced_in_a_relative_is_run(read):
    found = facts(read(_SANTIAGO + "La diputada Rosa Villalta, que encara en noviembre unas "
                       "elecciones legislativas, habló ayer."))
    assert ("Rosa Villalta", "candidateIn", "Elecciones legislativas de Chile de 2026") in found


def test_a_race_one_faces_up_to_is_run(read):
    found = facts(read(_SANTIAGO + "Rosa Villalta se enfrenta en noviembre a unas elecciones "
                       "presidenciales."))
    assert ("Rosa Villalta", "candidateIn", "Elección presidencial de Chile de 2026") in found


def test_a_trial_faced_is_no_race(read):
    found = facts(read(_SANTIAGO + "Tomás Arnedo afronta en noviembre un juicio por "
                       "corrupción."))
    assert not any(r == "candidateIn" for s, r, o in found)


# ------------------------------------------------------------ a candidate from abroad

def test_a_foreign_leader_faces_his_own_countrys_race(read):
    found = facts(read("MADRID. El primer ministro húngaro, Zoltán Barta, que afronta en abril "
                       "unas elecciones legislativas, visitó ayer Madrid."))
    assert ("Zoltán Barta", "candidateIn", "Elecciones legislativas de Hungría de 2027") in found
    assert ("Zoltán Barta", "candidateIn", "Elecciones legislativas de España de 2027") \
        not in found


def test_a_race_whose_country_is_said_keeps_it(read):
    found = facts(read("MADRID. El húngaro Zoltán Barta afronta las elecciones legislativas "
                       "españolas."))
    assert not any(r == "candidateIn" and "Hungría" in o for s, r, o in found)


def test_a_candidate_of_no_known_country_runs_in_the_storys(read):
    found = facts(read("MADRID. El diputado Tomás Arnedo se presenta a las elecciones "
                       "legislativas de abril."))
    assert ("Tomás Arnedo", "candidateIn", "Elecciones legislativas de España de 2027") in found


# ------------------------------------------------------------ a candidacy announced

_BRAZIL = "BRASILIA. Las presidenciales de octubre de 2026 se acercan. "


def test_a_candidacy_one_has_announced_is_ones_own(read):
    found = facts(read(_BRAZIL + "Tomás Arnedo ya ha anunciado su precandidatura."))
    assert ("Tomás Arnedo", "candidateIn", "Elección presidencial de Brasil de 2026") in found


def test_a_candidacy_announced_in_a_relative_after_an_aside(read):
    found = facts(read(_BRAZIL + "Tomás Arnedo, de União Brasil, que ya ha anunciado su "
                       "precandidatura, habló ayer."))
    assert ("Tomás Arnedo", "candidateIn", "Elección presidencial de Brasil de 2026") in found


def test_a_candidacy_filed_by_an_infinitive_is_not_the_companions(read):
    found = facts(read(_BRAZIL + "Ramiro Olmedo acompañó a Rosa Villalta a inscribir su "
                       "candidatura."))
    assert ("Ramiro Olmedo", "candidateIn", "Elección presidencial de Brasil de 2026") \
        not in found
