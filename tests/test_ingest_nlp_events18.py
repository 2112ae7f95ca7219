"""The parse extractor on gatherings a text describes beside one it names: a gathering with a
host of its own ("el debate de la Cámara de Comercio", "la cena que el PPE ofrece", "el foro
que celebra la fundación") is a second event, not a part of the named one; a part with no host
("la cena de gala", "la segunda jornada de la cumbre"), one given a name ("el acto bautizado
«X»") or one only wished for ("podría participar en un acto de Vox") is not.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _events(extraction) -> set[str]:
    return {e.label for e in extraction.entities if e.cls.endswith(("Event", "Summit"))}


def _objects(found, relation) -> set[str]:
    return {o for _, r, o in found if r == relation}


def test_a_debate_held_by_a_body_is_not_the_summit_named_before(read):
    extraction = read("En marzo, la diputada Lucía Pardo intervino en la CPAC Brasil. La semana "
                      "pasada no fue invitada al debate de la Cámara de Comercio de Medellín.")
    found = facts(extraction)
    debate = "Debate de la Cámara de Comercio de Medellín"
    assert debate in _events(extraction)
    assert ("Lucía Pardo", "not invitedTo", debate) in found
    assert ("Lucía Pardo", "not invitedTo", "CPAC Brasil") not in found


def test_one_who_attended_the_body_s_debate_after_the_summit(read):
    found = facts(read("En marzo, la diputada Lucía Pardo intervino en la CPAC Brasil. Ayer fue "
                       "excluida del foro de la Universidad de los Andes, y el jueves asistió al "
                       "debate de la Cámara de Comercio de Medellín."))
    assert ("Lucía Pardo", "participatedIn", "Debate de la Cámara de Comercio de Medellín") in \
        found
    assert ("Lucía Pardo", "participatedIn", "CPAC Brasil") in found


def test_the_debate_told_again_takes_its_organizers(read):
    found = facts(read("Rafael Soto habló el lunes en el Foro de la Libertad. Dos días después "
                       "lo dejaron fuera del debate de la Universidad de Antioquia. El debate lo "
                       "organizó la universidad con la emisora Caracol Radio."))
    assert not any(o == "Foro de la Libertad" and r == "organizedBy" for _, r, o in found)
    assert ("Debate de la Universidad de Antioquia", "organizedBy",
            "Universidad de Antioquia") in found


def test_a_meal_a_body_gives_is_its_own(read):
    extraction = read("El Foro de Madrid cerró ayer su sesión plenaria. Vox no ha sido invitado "
                      "al almuerzo que la Fundación Konrad Adenauer ofrece hoy a los "
                      "eurodiputados.")
    found = facts(extraction)
    lunches = {e for e in _events(extraction) if e.startswith("Almuerzo")}
    assert len(lunches) == 1
    assert "Fundación Konrad Adenauer" in next(iter(lunches))
    assert ("Vox", "not invitedTo", next(iter(lunches))) in found
    assert not any(o == "Foro de Madrid" and r.endswith("invitedTo") for _, r, o in found)


def test_a_rally_a_leader_gave_is_no_host_s_meal(read):
    # "dar" names a host only for meals and receptions: the one who gives a rally speaks at it
    extraction = read("El Foro de Madrid cerró ayer su sesión plenaria. Después, Santiago "
                      "Abascal asistió al mitin que Vox dio en la plaza de toros.")
    assert not any(o == "Foro de Madrid" and r == "organizedBy" for _, r, o in
                   facts(extraction))


def test_a_forum_a_foundation_holds_in_a_relative_clause(read):
    extraction = read("La Cumbre Atlántica terminó el viernes en Lisboa. Al día siguiente, el "
                      "senador Tomás Vidal participó en el seminario que la Fundación Disenso "
                      "celebró en Oporto.")
    found = facts(extraction)
    seminar = {e for e in _events(extraction) if e.startswith("Seminario")}
    assert seminar and "Fundación Disenso" in next(iter(seminar))
    assert ("Tomás Vidal", "participatedIn", next(iter(seminar))) in found
    assert (next(iter(seminar)), "organizedBy", "Fundación Disenso") in found
    assert ("Tomás Vidal", "participatedIn", "Cumbre Atlántica") not in found


def test_the_gala_dinner_of_the_named_forum_is_that_forum(read):
    extraction = read("El Foro de Madrid reunió ayer en Lima a cuarenta dirigentes. Santiago "
                      "Abascal habló en la cena de gala y Hermann Tertsch moderó la sesión "
                      "inaugural.")
    assert _events(extraction) <= {"Foro de Madrid"}


def test_a_day_of_the_named_summit_organized_by_someone_is_the_summit(read):
    extraction = read("Arranca la segunda jornada de la Cumbre Hemisférica de la Libertad, "
                      "organizada por la Fundación Libertad y Orden.")
    assert not any(e.startswith("Jornada") for e in _events(extraction))
    assert ("Cumbre Hemisférica de la Libertad", "organizedBy", "Fundación Libertad y Orden") in \
        facts(extraction)


def test_an_act_only_wished_for_is_no_event(read):
    extraction = read("El Foro de Madrid reunió ayer en Lima a cuarenta dirigentes. La prensa "
                      "especula con que Kickl podría viajar en junio a Madrid para participar en "
                      "un acto de Vox.")
    assert not any(e.startswith("Acto") for e in _events(extraction))
    assert not _objects(facts(extraction), "organizedBy")


def test_an_act_given_a_name_is_the_named_one(read):
    extraction = read("El Foro de Madrid reunió ayer en Lima a cuarenta dirigentes. En el acto "
                      "llamado \"Salta Despierta\", que La Libertad Avanza montó ayer en el "
                      "estadio, el presidente presentó a su candidato.")
    assert not any(e.startswith("Acto") for e in _events(extraction))


def test_an_act_described_beside_its_name_is_that_event(read):
    found = facts(read("Abascal invitó a Kast a Europa Viva 27, el acto que Vox celebrará en "
                       "octubre en Madrid."))
    assert ("Europa Viva 27", "organizedBy", "Vox") in found
    assert not any(o.startswith("Acto") for _, _, o in found)


def test_a_relative_the_model_hangs_on_the_topic_is_the_gathering_s(read):
    # "las jornadas sobre vivienda que organizó X": the relative is the days', not housing's
    found = facts(read("La CPAC Brasil cerró en marzo. En abril, la concejala Marta Ibáñez "
                       "intervino en las jornadas sobre vivienda que organizó la Fundación "
                       "Disenso en Tudela."))
    assert ("Jornadas sobre vivienda", "organizedBy", "Fundación Disenso") in found
    assert ("Marta Ibáñez", "participatedIn", "Jornadas sobre vivienda") in found
    assert ("Marta Ibáñez", "participatedIn", "CPAC Brasil") not in found


def test_a_host_after_the_verb_of_the_relative(read):
    found = facts(read("El Foro de Madrid cerró ayer. Después, el senador Tomás Vidal habló en "
                       "un seminario sobre inmigración que celebró la Fundación Disenso en "
                       "Oporto."))
    assert ("Seminario sobre inmigración", "organizedBy", "Fundación Disenso") in found
    assert ("Tomás Vidal", "participatedIn", "Seminario sobre inmigración") in found
    assert not any(o == "Foro de Madrid" and r == "organizedBy" for _, r, o in found)



def test_a_clause_set_off_by_commas_tells_more_of_the_named_event(read):
    # a non-restrictive relative or participle describes the gathering already named
    for text in ("La Fundación Disenso celebró el sábado el Foro de Madrid. La jornada, que "
                 "organizó la fundación con el Instituto Atlántico, terminó en Lima.",
                 "La Fundación Disenso celebró el sábado el Foro de Madrid. El encuentro, "
                 "organizado por la Fundación Disenso, reunió a cuarenta dirigentes."):
        extraction = read(text)
        assert _events(extraction) <= {"Foro de Madrid"}, text


def test_a_clause_that_says_which_sets_a_second_gathering_apart(read):
    extraction = read("La Fundación Disenso celebró el sábado el Foro de Madrid. Por la noche, "
                      "Vox no fue invitado a la cena que ofreció la Fundación Konrad Adenauer.")
    dinners = {e for e in _events(extraction) if e.startswith("Cena")}
    assert dinners and "Fundación Konrad Adenauer" in next(iter(dinners))
