"""The parse extractor on taking part in the gathering a chronicle reports when the text
tells it late or around asides: a rally told by its venue in the lead and by its noun only
paragraphs later is one rally; a dateline or a byline set apart is no sentence of the lead;
a cleft of presence keeps its reading across an aside.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


# A rally told by its venue in the lead, by its noun later: one rally, the text's event.

_LATE_NOUN = [
    ("Santiago Abascal llenó ayer el pabellón municipal de Murcia.\n\n"
     "Abascal subió al escenario acompañado por el diputado Pablo Sanz y por la concejala Irene "
     "Gil.\n\nEl discurso duró media hora y se centró en el agua.\n\nEl líder de Vox prometió "
     "bajar impuestos.\n\nEl mitin, organizado por Vox, reunió a 3.000 personas. Entre el "
     "público se encontraba el alcalde de Lorca, Tomás Vera."),
    ("El líder de Vox, Santiago Abascal, abarrotó el domingo el polideportivo de Jaén.\n\n"
     "A su lado estuvieron el diputado Pablo Sanz y la concejala Irene "
     "Gil.\n\nAbascal habló de vivienda y de seguridad.\n\nTambién criticó al Gobierno.\n\nEl "
     "mitin, convocado por la dirección provincial de Vox, terminó con el himno. En primera "
     "fila se sentó el alcalde de Lorca, Tomás Vera."),
]


@pytest.mark.parametrize("text", _LATE_NOUN)
def test_a_rally_told_by_its_venue_and_named_by_its_noun_paragraphs_later(read, text):
    found = facts(read(text))
    assert ("Mitin de Vox", "organizedBy", "Vox") in found
    assert ("Tomás Vera", "participatedIn", "Mitin de Vox") in found
    assert ("Santiago Abascal", "participatedIn", "Mitin de Vox") in found


def test_a_rally_the_lead_does_not_tell_by_its_venue_stays_where_the_noun_is(read):
    # a lead about something else: the rally named late is no event of the lead
    found = facts(read(
        "Marta Ruiz presentó ayer su programa en una rueda de prensa.\n\nLa candidata prometió "
        "bajar impuestos.\n\nTambién criticó al Gobierno.\n\nRuiz habló de vivienda.\n\nEl "
        "mitin de Vox del sábado pasado reunió a 3.000 personas."))
    assert ("Marta Ruiz", "participatedIn", "Mitin de Vox") not in found


# A dateline or a byline on its own is no sentence of the lead.

@pytest.mark.parametrize("opening", [
    "LIMA. De nuestro enviado especial.— ",
    "QUITO.\n\nDe nuestra corresponsal.— ",
    "ROSARIO (Enviado especial).- ",
])
def test_a_dateline_and_a_byline_leave_the_lead_its_sentences(read, opening):
    text = ("Renovación Popular reunió el fin de semana a sus cuadros en Lima.\n\n" + opening +
            "En el Centro de Convenciones, Renovación Popular celebró el sábado su congreso "
            "extraordinario. El invitado fue el diputado chileno Pablo Sanz, que intervino el "
            "domingo. Tampoco estuvo el alcalde Tomás Vera.")
    found = facts(read(text))
    assert ("Pablo Sanz", "participatedIn", "Congreso extraordinario") in found
    assert ("Tomás Vera", "not participatedIn", "Congreso extraordinario") in found


# A cleft of presence with an aside before its copula.

@pytest.mark.parametrize(("aside", "negated"), [
    ("aunque sin subir al estrado", False),
    ("si bien no habló", False),
    ("pese a estar invitado", True),
    ("a pesar de la invitación", True),
])
def test_a_cleft_of_presence_across_an_aside(read, aside, negated):
    verb = "no vino" if negated else "sí estuvo"
    found = facts(read(
        "El Partido Verde celebró ayer un congreso extraordinario en Lima. Habló el diputado "
        f"Tomás Vera. Quien {verb}, {aside}, fue el eurodiputado español Pablo Sanz, de Vox."))
    relation = "not participatedIn" if negated else "participatedIn"
    assert ("Pablo Sanz", relation, "Congreso extraordinario") in found
    # the party he is of is named after a comma: no one more at the congress
    assert ("Vox", "participatedIn", "Congreso extraordinario") not in found


def test_a_cleft_with_two_asides_is_not_read(read):
    found = facts(read(
        "El Partido Verde celebró ayer un congreso extraordinario en Lima. Quien, según dijo, "
        "estuvo, aunque sin hablar, fue el eurodiputado Pablo Sanz."))
    assert ("Pablo Sanz", "not participatedIn", "Congreso extraordinario") not in found


# The next edition of the event, called by the event's name, dates that edition, not this one.

@pytest.mark.parametrize("closing", [
    "Ramiro Soto anuncia que la próxima Cumbre de Lima se celebrará en 2028 en Quito.",
    "La organización confirma que la siguiente Cumbre de Lima tendrá lugar en marzo de 2028.",
    "Soto adelanta que la próxima edición de la Cumbre de Lima será en 2028, en Asunción.",
])
def test_the_next_edition_does_not_date_this_one(read, closing):
    extraction = read(
        "10:05 — Arranca la segunda jornada de la Cumbre de Lima, organizada por la Fundación "
        "Atlas.\n\n10:40 — Primer panel. Intervienen la senadora Inés Quiroga y el diputado "
        "Tomás Lerma.\n\n18:00 — Clausura. " + closing, issued="2026-05-02")
    dates = {c.subject: c.date for c in extraction.candidates
             if c.relation == "participatedIn" and c.object == "Cumbre de Lima"}
    assert dates.get("Inés Quiroga") == "2026-05-02"
    assert dates.get("Tomás Lerma") == "2026-05-02"


def test_an_event_announced_by_its_own_clause_keeps_that_date(read):
    # an event only to come, not called the next one: its own clause dates it
    extraction = read("La Fundación Atlas celebrará la Cumbre de Lima el 12 de junio. "
                      "Intervendrán la senadora Inés Quiroga y el diputado Tomás Lerma.",
                      issued="2026-05-02")
    dates = {c.subject: c.date for c in extraction.candidates
             if c.relation == "participatedIn" and c.object == "Cumbre de Lima"}
    assert dates.get("Inés Quiroga") == "2026-06-12"


# Acting from the stage of the event the text reports, and speaking for others there.

_CONGRESS = "El Partido Verde celebró ayer un congreso extraordinario en Lima. "


@pytest.mark.parametrize("sentence", [
    "\"Somos aliados\", ratificó desde el escenario el diputado Pablo Sanz.",
    "El diputado Pablo Sanz gritó desde la tribuna contra el Gobierno.",
    "Desde el atril, Pablo Sanz pidió el voto para los verdes.",
    "Sobre el escenario, el diputado Pablo Sanz agradeció el apoyo de las bases.",
    "El diputado Pablo Sanz habló en nombre de los socios andinos.",
    "Pablo Sanz intervino en representación de los liberales.",
])
def test_acting_from_the_stage_or_speaking_for_others_is_taking_part(read, sentence):
    found = facts(read(_CONGRESS + sentence))
    assert ("Pablo Sanz", "participatedIn", "Congreso extraordinario") in found


@pytest.mark.parametrize("sentence", [
    "Pablo Sanz no habló desde el escenario.",
    "Pablo Sanz siguió el congreso desde su casa.",
    "Pablo Sanz puso sobre la mesa una nueva propuesta.",
    "Pablo Sanz escribió desde esta tribuna una columna sobre el congreso.",
    "Pablo Sanz no habló en nombre de los socios andinos.",
])
def test_what_says_nothing_of_being_on_the_stage(read, sentence):
    found = facts(read(_CONGRESS + sentence))
    assert ("Pablo Sanz", "participatedIn", "Congreso extraordinario") not in found
    assert ("Pablo Sanz", "not participatedIn", "Congreso extraordinario") not in found


def test_not_taking_the_stage_is_no_absence(read):
    found = facts(read(_CONGRESS + "Habló la senadora Inés Quiroga. Quien sí estuvo, aunque "
                       "sin subir al estrado, fue el diputado Pablo Sanz."))
    assert ("Inés Quiroga", "not participatedIn", "Congreso extraordinario") not in found
    assert ("Pablo Sanz", "participatedIn", "Congreso extraordinario") in found


# A party's "mesa" or "conducción" organizes for it; a gathering the lead tells twice is one.

@pytest.mark.parametrize("body", [
    "la mesa provincial de Vox", "la mesa nacional de Vox", "la mesa directiva de Vox",
])
def test_a_party_body_organizes_the_act_the_lead_reports(read, body):
    found = facts(read(
        "La secretaria general encabezó ayer un acto en el Hipódromo de Jaén.\n\n"
        "Unas 5.000 personas asistieron.\n\nLa dirigente pidió el voto.\n\nEl acto, organizado "
        f"por {body}, terminó con el himno. \"Somos aliados\", dijo desde el escenario el "
        "diputado Pablo Sanz."))
    assert ("Acto de Vox", "organizedBy", "Vox") in found
    assert ("Pablo Sanz", "participatedIn", "Acto de Vox") in found


def test_a_gathering_told_twice_in_the_lead_takes_the_time_of_either(read):
    extraction = read(
        "La secretaria general encabezó un acto en el Hipódromo de Jaén.\n\n"
        "JAÉN.- Con un acto multitudinario en el Hipódromo, la dirigente dejó ayer claro su "
        "apoyo al candidato.\n\nEl acto, organizado por la mesa provincial de Vox, terminó con "
        "el himno. \"Somos aliados\", dijo desde el escenario el diputado Pablo Sanz.",
        issued="2026-05-02")
    dates = {c.subject: c.date for c in extraction.candidates
             if c.relation == "participatedIn" and c.object == "Acto de Vox"}
    assert dates.get("Pablo Sanz") == "2026-05-01"


def test_a_time_in_a_relative_clause_does_not_move_the_story_on(read):
    extraction = read(
        "Vox celebró ayer un mitin en la plaza de toros de Jaén.\n\nEl mitin sirvió para sellar "
        "el acuerdo con el Partido Verde, que hoy lidera la senadora Inés Quiroga. \"Somos "
        "aliados\", dijo desde el escenario el diputado Pablo Sanz.", issued="2026-05-02")
    dates = {c.subject: c.date for c in extraction.candidates
             if c.relation == "participatedIn" and c.object == "Mitin de Vox"}
    assert dates.get("Pablo Sanz") == "2026-05-01"


# The one excepted from those who came did not take part.

_RALLY = "Vox celebró ayer un mitin en la plaza de toros de Jaén. "


@pytest.mark.parametrize("sentence", [
    "Al mitin acudieron varios diputados del PP, pero no Pablo Sanz, que prefirió quedarse en "
    "Madrid.",
    "A la cita asistieron dirigentes de todas las provincias, pero no el diputado Pablo Sanz.",
    "Estuvieron todos los consejeros, salvo el diputado Pablo Sanz.",
    "Acudieron la senadora Inés Quiroga y el alcalde Tomás Vera, pero no el diputado Pablo Sanz.",
    "Vinieron los concejales de la comarca, excepto Pablo Sanz.",
])
def test_the_one_excepted_from_those_who_came(read, sentence):
    found = facts(read(_RALLY + sentence))
    assert ("Pablo Sanz", "not participatedIn", "Mitin de Vox") in found
    assert ("Pablo Sanz", "participatedIn", "Mitin de Vox") not in found


@pytest.mark.parametrize("sentence", [
    "Acudió la senadora Inés Quiroga, pero no habló el diputado Pablo Sanz.",
    "Habló el diputado Pablo Sanz, pero no de inmigración.",
    "No acudieron los consejeros, salvo el diputado Pablo Sanz.",
    "Pablo Sanz criticó a todos, pero no a Inés Quiroga.",
])
def test_what_excepts_no_one_from_those_who_came(read, sentence):
    found = facts(read(_RALLY + sentence))
    assert ("Pablo Sanz", "not participatedIn", "Mitin de Vox") not in found
    assert ("Inés Quiroga", "not participatedIn", "Mitin de Vox") not in found
