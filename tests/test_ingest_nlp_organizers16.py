"""The parse extractor on who organizes an event and whom a person acts for: a second agent
with its own "por" ("organizada por A (AA) y por la fundación húngara B", "por A, el partido
que fundó X, y por B"); a party's organ for the party ("la dirección nacional del partido"); a
relative clause on the event named before its comma; "en representación del partido" and the
one sent in a body's name; a partner a relative with "con" names ("con el que organizamos") and
"we" as the speaker's party.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _organizers(found, event: str) -> set[str]:
    return {o for s, r, o in found if r == "organizedBy" and s == event}


# A second agent that repeats "por".

@pytest.mark.parametrize("text", [
    "La Cumbre del Tajo, un encuentro de tres días organizado por el Partido Azul (PAZ) y por "
    "la fundación lusa Causa Atlántica, reunió a medio millar de personas.",
    "La Cumbre del Tajo fue convocada por el Partido Azul, la formación que fundó hace diez "
    "años y dirige Tomás Lerma, y por la fundación Causa Atlántica.",
    "La Cumbre del Tajo, que terminó ayer, fue organizada por el Partido Azul, que preside "
    "Tomás Lerma, y por la asociación portuguesa Causa Atlántica.",
    "Tomás Lerma clausuró la Cumbre del Tajo, promovida por el Partido Azul, su formación, y "
    "por la fundación Causa Atlántica.",
])
def test_a_second_agent_with_its_own_por(read, text):
    organizers = _organizers(facts(read(text)), "Cumbre del Tajo")
    assert {"Partido Azul", "Causa Atlántica"} <= organizers


@pytest.mark.parametrize("text", [
    # the "por" of a phrase inside the apposition's clause names no second agent
    "La Cumbre del Tajo, organizada por el Partido Azul, que luchó por la Fundación Causa "
    "Atlántica en los tribunales, reunió a cien personas.",
    # a semicolon ends the agents; "por la noche" opens another clause
    "La Cumbre del Tajo fue organizada por el Partido Azul, la formación de Tomás Lerma; por la "
    "noche, la Fundación Causa Atlántica ofreció una cena.",
    # the apposition's own "por" phrase, and a second clause with no "por"
    "La Cumbre del Tajo fue organizada por el Partido Azul, la formación que premió a Tomás "
    "Lerma por su carrera, y la Fundación Causa Atlántica ofreció una cena.",
])
def test_no_second_agent_outside_the_list_of_agents(read, text):
    organizers = _organizers(facts(read(text)), "Cumbre del Tajo")
    assert "Causa Atlántica" not in organizers
    assert "Fundación Causa Atlántica" not in organizers


# A party's organ said by its noun alone stands for the party named before.

@pytest.mark.parametrize("text", [
    "El Partido Azul presentó ayer su programa. La Cumbre del Tajo, organizada por la dirección "
    "nacional del partido, reunirá en junio a veinte alcaldes.",
    "El Partido Azul presentó ayer su programa. La Cumbre del Tajo, que convoca la ejecutiva de "
    "la formación, reunirá en junio a veinte alcaldes.",
    "Tomás Lerma, del Partido Azul, clausuró la Cumbre del Tajo, un foro convocado por el "
    "comité ejecutivo del partido.",
    "El Partido Azul cerró ayer su congreso. Su grupo parlamentario no votó. La Cumbre del "
    "Tajo fue organizada por la cúpula de la formación.",
])
def test_a_party_organ_organizes_for_the_party(read, text):
    assert "Partido Azul" in _organizers(facts(read(text)), "Cumbre del Tajo")


@pytest.mark.parametrize("text", [
    # two parties named before: either may be meant
    "El Partido Azul y el Partido Verde presentaron ayer sus programas. La Cumbre del Tajo, "
    "organizada por la dirección del partido, reunirá en junio a veinte alcaldes.",
    # an indefinite or a described party is another one
    "El Partido Azul presentó ayer su programa. La Cumbre del Tajo, organizada por la dirección "
    "de un partido rival, reunirá en junio a veinte alcaldes.",
    "El Partido Azul presentó ayer su programa. La Cumbre del Tajo, organizada por la dirección "
    "del partido socialista, reunirá en junio a veinte alcaldes.",
])
def test_no_party_for_an_organ_that_names_none(read, text):
    assert "Partido Azul" not in _organizers(facts(read(text)), "Cumbre del Tajo")


# A relative clause the model hangs on the noun that holds the event's name.

@pytest.mark.parametrize("text", [
    "El Gobierno aprobó una subvención de diez mil euros para la Cumbre del Tajo, que organiza "
    "la fundación Causa Atlántica.",
    "El pleno votó ayer una ayuda a la Cumbre del Tajo, que convocan cada año el Partido Azul y "
    "la fundación Causa Atlántica.",
    "Los presupuestos incluyen una partida para la Cumbre del Tajo, que organizarán en junio la "
    "fundación Causa Atlántica y el Partido Azul.",
])
def test_a_relative_on_the_event_named_before_its_comma(read, text):
    assert "Causa Atlántica" in _organizers(facts(read(text)), "Cumbre del Tajo")


def test_a_relative_on_a_person_is_not_the_events(read):
    found = facts(read("Tomás Lerma pidió una ayuda para la Cumbre del Tajo, que él organiza con "
                       "la fundación Causa Atlántica, y para el Foro Azul, cuyo presidente, "
                       "Íñigo Sanz, la apoyó."))
    assert ("Foro Azul", "organizedBy", "Tomás Lerma") not in found


# Acting for a body the phrase does not name: the party named before, or the one that sends.

@pytest.mark.parametrize("text, person", [
    ("El Partido Azul estuvo en Lisboa. Su dirección envió a Íñigo Sanz en representación del "
     "partido.", "Íñigo Sanz"),
    ("El Partido Azul, que preside Tomás Lerma, mandó a la diputada Marta Gil en representación "
     "de la formación.", "Marta Gil"),
    ("El Partido Azul cerró ayer su congreso. Íñigo Sanz intervino después en nombre del "
     "partido.", "Íñigo Sanz"),
    ("El Partido Azul designó a Íñigo Sanz en su representación ante la comisión.", "Íñigo Sanz"),
])
def test_one_sent_or_speaking_for_the_party_named_before(read, text, person):
    assert (person, "represents", "Partido Azul") in facts(read(text))


@pytest.mark.parametrize("text", [
    # two parties named before: either may be meant
    "El Partido Azul y el Partido Verde cerraron ayer sus congresos. Íñigo Sanz intervino "
    "después en nombre del partido.",
    # the party has a name or words of its own
    "El Partido Azul cerró ayer su congreso. Íñigo Sanz intervino después en nombre del "
    "partido socialista.",
    # no party named before
    "La Cumbre del Tajo reunió a cien personas. Íñigo Sanz acudió en representación del "
    "partido.",
])
def test_no_party_for_a_phrase_that_names_none(read, text):
    assert not any(s == "Íñigo Sanz" and r == "represents" for s, r, _ in facts(read(text)))


def test_a_person_who_sends_is_not_the_body_represented(read):
    found = facts(read("Tomás Lerma envió a Íñigo Sanz en su representación a la Cumbre del "
                       "Tajo."))
    assert not any(s == "Íñigo Sanz" and r == "represents" for s, r, _ in found)


# A partner in a relative clause, and "we" as the speaker's party.

@pytest.mark.parametrize("text", [
    "Tomás Lerma preside el Partido Azul desde 2020. Su aliado es el Instituto Atlántico, con el "
    "que organizó en junio el Foro del Tajo.",
    "La Cumbre del Tajo reunió a cien personas. El Instituto Atlántico, con quien el Partido "
    "Azul organiza el Foro del Tajo, envió a dos observadores.",
    "Tomás Lerma preside el Partido Azul. «Nuestro socio es el Instituto Atlántico, con el que "
    "convocamos cada año el Foro del Tajo», dijo Lerma.",
])
def test_the_partner_a_relative_with_con_names(read, text):
    assert "Instituto Atlántico" in _organizers(facts(read(text)), "Foro del Tajo")


def test_a_person_named_before_con_quien_is_no_partner(read):
    found = facts(read("El Partido Azul elogió a Tomás Lerma, con quien organizó el Foro del "
                       "Tajo."))
    assert "Tomás Lerma" not in _organizers(found, "Foro del Tajo")


def test_we_organize_is_the_speakers_party(read):
    found = facts(read("Tomás Lerma preside el Partido Azul desde 2020. «Con el Instituto "
                       "Atlántico organizamos en junio el Foro del Tajo», dijo Lerma."))
    organizers = _organizers(found, "Foro del Tajo")
    assert {"Partido Azul", "Instituto Atlántico"} <= organizers
    assert "Tomás Lerma" not in organizers


def test_we_organize_stays_the_speakers_without_a_party(read):
    found = facts(read("Tomás Lerma estuvo en Lisboa. «Organizamos en junio el Foro del Tajo», "
                       "dijo Lerma."))
    assert "Partido Azul" not in _organizers(found, "Foro del Tajo")


# An event named after a meal.


@pytest.mark.parametrize("text, event", [
    ('Tomás Lerma fue el orador principal de la "Cena por la Patria Azul", un evento '
     "organizado por la Fundación Causa Atlántica.", "Cena por la Patria Azul"),
    ("Tomás Lerma cerró el «Almuerzo de la Libertad» organizado por la Fundación Causa "
     "Atlántica.", "Almuerzo de la Libertad"),
    ("El Desayuno por la Familia, organizado por la Fundación Causa Atlántica, reunió a "
     "doscientas personas.", "Desayuno por la Familia"),
])
def test_an_event_named_after_a_meal(read, text, event):
    assert "Fundación Causa Atlántica" in _organizers(facts(read(text)), event)


# A name coordinated with a candidate presented before it is one more candidate.

@pytest.mark.parametrize("text", [
    "Los electores elegirán alcalde entre Marta Gil, candidata del Partido Verde, e Íñigo Sanz, "
    "del Partido Azul.",
    "La segunda vuelta enfrentará a Marta Gil, aspirante del Partido Verde, y a Íñigo Sanz, del "
    "Partido Azul.",
])
def test_a_name_beside_a_candidate_represents_its_party(read, text):
    found = facts(read(text))
    assert ("Íñigo Sanz", "represents", "Partido Azul") in found
    assert ("Marta Gil", "represents", "Partido Verde") in found


@pytest.mark.parametrize("text", [
    # a title of their own presents the second name
    "La alcaldesa recibió a Marta Gil, candidata del Partido Verde, y al concejal Íñigo Sanz, "
    "del Partido Azul.",
    # no candidate before
    "En la cena estuvieron Marta Gil, presidenta del Partido Verde, e Íñigo Sanz, del Partido "
    "Azul.",
])
def test_a_name_beside_no_candidate_stays_a_member(read, text):
    found = facts(read(text))
    assert ("Íñigo Sanz", "represents", "Partido Azul") not in found
    assert ("Íñigo Sanz", "memberOf", "Partido Azul") in found


# A candidacy "por" a party: the candidate stands for it.

@pytest.mark.parametrize("text", [
    "Íñigo Sanz ya lanzó su precandidatura por el Partido Azul.",
    "Íñigo Sanz, que presentó ayer su candidatura a la alcaldía por el Partido Azul, visitó "
    "Salta.",
    "Íñigo Sanz fue candidato a alcalde de Salta en 2023 por el Partido Azul.",
    "Íñigo Sanz, aspirante a la gobernación por el Partido Azul, visitó Salta.",
])
def test_a_candidacy_for_a_party(read, text):
    assert ("Íñigo Sanz", "represents", "Partido Azul") in facts(read(text))


@pytest.mark.parametrize("text, absent", [
    ("Íñigo Sanz fue elegido diputado por Madrid en 2019.", "Madrid"),  # a constituency
    ("Íñigo Sanz podría presentar su candidatura por el Partido Azul.", "Partido Azul"),
    ("Íñigo Sanz criticó la candidatura de Marta Gil por el Partido Azul.", "Partido Azul"),
])
def test_no_candidacy_for_a_place_a_plan_or_another(read, text, absent):
    assert ("Íñigo Sanz", "represents", absent) not in facts(read(text))


def test_a_candidacy_denied(read):
    found = facts(read("Íñigo Sanz no presentó su candidatura por el Partido Azul."))
    assert ("Íñigo Sanz", "not represents", "Partido Azul") in found
    assert ("Íñigo Sanz", "represents", "Partido Azul") not in found


# "el partido" organizing: the party the text introduced with that noun.

@pytest.mark.parametrize("text", [
    "El líder del partido nacionalista búlgaro Patria Libre, Tomás Lerma, recibió el martes "
    "al eurodiputado Íñigo Sanz, del Partido Azul, en la víspera del Foro del Danubio, un "
    "encuentro de dos días que el partido organiza por segundo año.",
    "La formación soberanista Patria Libre, de Tomás Lerma, invitó a Íñigo Sanz, del Partido "
    "Azul, al Foro del Danubio, una cita que la formación convoca cada otoño.",
])
def test_the_party_introduced_with_the_noun_organizes(read, text):
    organizers = _organizers(facts(read(text)), "Foro del Danubio")
    assert "Patria Libre" in organizers
    assert "Partido Azul" not in organizers


def test_the_party_named_last_without_a_noun_of_its_own(read):
    found = facts(read("Tomás Lerma, de Patria Libre, recibió a Íñigo Sanz, del Partido Azul. "
                       "El Foro del Danubio, que el partido organiza cada año, terminó ayer."))
    assert "Patria Libre" not in _organizers(found, "Foro del Danubio")


# An event said to be a body's.

@pytest.mark.parametrize("text, event", [
    ("Íñigo Sanz ya habló en mayo en el Viva 24 de Vox, en Madrid.", "Viva 24"),
    ("Íñigo Sanz intervino en marzo en el cierre de campaña de Chega en Oporto.",
     "Cierre de campaña"),
    ("Íñigo Sanz asistió después a la CPAC de la Unión Conservadora Estadounidense.", "CPAC"),
])
def test_an_events_body_organizes_it(read, text, event):
    found = facts(read(text))
    assert any(r == "organizedBy" and s.startswith(event) and o in (
        "Vox", "Chega", "Unión Conservadora Estadounidense") for s, r, o in found)


@pytest.mark.parametrize("text", [
    "Íñigo Sanz asistió al Foro del Tajo de Lisboa.",  # a place
    "Íñigo Sanz habló del Foro del Tajo de Tomás Lerma.",  # a person
])
def test_no_organizer_for_a_place_or_a_person(read, text):
    assert not any(r == "organizedBy" for _, r, _ in facts(read(text)))


def test_a_chambers_session_has_no_organizer(read):
    found = facts(read("Íñigo Sanz intervino ayer en la sesión plenaria del Parlamento Europeo."))
    assert not any(r == "organizedBy" for _, r, _ in found)
