"""The parse extractor on whom a dropped subject stands for: a person who is a subject only
inside a parenthesis or between dashes does not take over the sentence ("Presentó a X como
candidato («X será alcalde») y reveló que había hablado con Y": the one who presented, not X);
a heading with no verb that names one person ("Discurso de Ventura.", "Turno para Ventura.")
makes them the one the next sentences follow, not the person they address; a name right after
a label's colon ("Confirmado: Viktor Orbán, invitado por X, declinó acudir") is the subject of
the verb after its aside; a headline names its subject, not those it names beside them ("con
Abascal y Bardella como invitados").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_OPENING = "La presidenta del partido, Marta Ríos, cerró el acto. "


@pytest.mark.parametrize("text", [
    _OPENING + 'Presentó a Pedro Salas como su candidato a la alcaldía de Cuenca ("Pedro será '
    'el próximo alcalde") y reveló que el lunes había hablado por teléfono con Giorgia Meloni.',
    _OPENING + 'Anunció la candidatura de Pedro Salas (Salas ganó las primarias en marzo) y '
    'contó que el lunes había hablado por teléfono con Giorgia Meloni.',
    _OPENING + 'Elogió a Pedro Salas (según dijo, Salas «será un gran alcalde») y explicó que '
    'había hablado por teléfono con Giorgia Meloni.',
])
def test_a_subject_inside_an_aside_does_not_take_over(read, text):
    found = facts(read(text))
    assert ("Marta Ríos", "contactWith", "Giorgia Meloni") in found
    assert ("Pedro Salas", "contactWith", "Giorgia Meloni") not in found


@pytest.mark.parametrize("text", [
    "Marta Ríos (Cuenca, 1970) habló el lunes por teléfono con Giorgia Meloni.",
    _OPENING + "Pedro Salas, su candidato a la alcaldía (el partido lo eligió en marzo), "
    "habló el lunes por teléfono con Giorgia Meloni.",
])
def test_a_subject_beside_an_aside_still_acts(read, text):
    found = facts(read(text))
    subject = "Marta Ríos" if text.startswith("Marta") else "Pedro Salas"
    assert (subject, "contactWith", "Giorgia Meloni") in found


_BLOG = ("André Ventura recibió a los delegados en la entrada.\n\n"
         "Santiago Abascal llegó al recinto y saludó a los delegados.\n\n")


@pytest.mark.parametrize("heading, body", [
    ("Discurso de Ventura.", 'Llama a Abascal "su amigo" y revela que anoche habló por '
     "teléfono con Marine Le Pen."),
    ("Discurso de Ventura.", "Cita a Abascal como ejemplo y cuenta que anoche habló por "
     "teléfono con Marine Le Pen."),
    ("Micrófono para Ventura, muy aplaudido.", "Llama a Abascal «hermano» y revela que anoche "
     "habló por teléfono con Marine Le Pen."),
])
def test_a_heading_that_names_one_person_sets_whom_the_text_follows(read, heading, body):
    found = facts(read(_BLOG + heading + " " + body))
    assert ("André Ventura", "contactWith", "Marine Le Pen") in found
    assert ("Santiago Abascal", "contactWith", "Marine Le Pen") not in found


@pytest.mark.parametrize("heading", [
    "Por Ana Gómez\n\n",
    "Texto y fotos por Ana Gómez\n\n",
])
def test_a_byline_is_nobody_the_text_follows(read, heading):
    text = ("Santiago Abascal llegó al recinto y saludó a los delegados.\n\n" + heading +
            "Se reunió después con Marine Le Pen en el hotel.")
    found = facts(read(text))
    assert ("Ana Gómez", "met", "Marine Le Pen") not in found


_LIVE = ("Arranca en Oporto el VII Congreso de Chega. Geert Wilders interviene por "
         "vídeo.\n\n")


@pytest.mark.parametrize("label", ["Confirmado", "Última hora", "Atención"])
def test_a_name_after_a_labels_colon_is_the_subject(read, label):
    found = facts(read(_LIVE + label + ": Viktor Orbán, invitado por André Ventura, declinó "
                       "acudir al VII Congreso de Chega."))
    assert ("Viktor Orbán", "not participatedIn", "VII Congreso de Chega") in found
    assert ("Geert Wilders", "not participatedIn", "VII Congreso de Chega") not in found


def test_a_name_after_a_labels_colon_acts_in_any_verb(read):
    found = facts(read(_LIVE + "Confirmado: Viktor Orbán, invitado por André Ventura, habló el "
                       "lunes con Santiago Abascal."))
    assert ("Viktor Orbán", "contactWith", "Santiago Abascal") in found
    assert ("Geert Wilders", "contactWith", "Santiago Abascal") not in found


def test_a_name_after_a_saying_verbs_colon_is_no_label(read):
    # "Lo confirmó Abascal: con Le Pen se reunió ayer": the colon follows a verb and its
    # subject; what comes after is what was said
    found = facts(read("Geert Wilders intervino por vídeo desde La Haya. Lo confirmó Santiago "
                       "Abascal: con Marine Le Pen se reunió ayer."))
    assert ("Geert Wilders", "met", "Marine Le Pen") not in found


@pytest.mark.parametrize("headline", [
    "Ventura, reelegido en Oporto con Abascal y Bardella como invitados",
    "Ventura gana el congreso de Chega junto a Santiago Abascal",
])
def test_whom_a_headline_names_beside_its_subject_is_not_whom_the_piece_follows(read, headline):
    text = (headline + "\n\nSantiago Abascal llegó a Oporto el viernes. Abascal saludó a los "
            "delegados y Abascal se sentó en primera fila.\n\nAndré Ventura habló después. "
            "Llama a Abascal «hermano».\n\nTambién reveló que había hablado por teléfono con "
            "Marine Le Pen.")
    found = facts(read(text))
    assert ("André Ventura", "contactWith", "Marine Le Pen") in found
    assert ("Santiago Abascal", "contactWith", "Marine Le Pen") not in found


_BEFORE = "Geert Wilders interviene por vídeo.\n\n"


@pytest.mark.parametrize("text, fact", [
    ("Entra Santiago Abascal entre aplausos. Según fuentes del partido, él y André Ventura se "
     "reunieron a puerta cerrada.", ("Santiago Abascal", "met", "André Ventura")),
    ("Llega Giorgia Meloni al hotel. Minutos después se reúne con Marine Le Pen.",
     ("Giorgia Meloni", "met", "Marine Le Pen")),
    ("Interviene Jordan Bardella. Anuncia que ayer habló por teléfono con Viktor Orbán.",
     ("Jordan Bardella", "contactWith", "Viktor Orbán")),
])
def test_a_verb_opening_a_chronicles_sentence_before_its_subject(read, text, fact):
    found = facts(read(_BEFORE + text))
    assert fact in found
    assert ("Geert Wilders", fact[1], fact[2]) not in found


def test_a_plural_opening_verb_keeps_both_subjects(read):
    found = facts(read(_BEFORE + "Llegan Santiago Abascal y André Ventura al hotel. Se reúnen "
                       "después con Marine Le Pen."))
    assert ("Santiago Abascal", "met", "Marine Le Pen") in found
    assert ("André Ventura", "met", "Marine Le Pen") in found
    assert ("Geert Wilders", "met", "Marine Le Pen") not in found


def _classes(extraction) -> dict[str, str]:
    return {e.label: e.cls.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for e in extraction.entities}


@pytest.mark.parametrize("text", [
    "Sin nombrar a Gastón Pereyra, su partido, Comunidad Neuquina, recordó que la provincia no "
    "se gobierna desde la capital.",
    "Sin citar a Gastón Pereyra, su coalición, Comunidad Neuquina, pidió el voto para Rolando "
    "Figueroa.",
])
def test_a_description_before_a_second_name_is_of_that_name(read, text):
    classes = _classes(read(text + " Gastón Pereyra se reunió después con Karina Milei."))
    assert classes["Gastón Pereyra"] == "Person"


def test_a_description_closing_a_name_still_gives_its_class(read):
    classes = _classes(read("Comunidad Neuquina, el partido del gobernador, anunció su apoyo a "
                            "Rolando Figueroa."))
    assert classes["Comunidad Neuquina"] == "PoliticalParty"


def test_a_heading_that_names_the_titled_person_after_a_comma(read):
    found = facts(read(_BLOG + 'Discurso del presidente de Chega, André Ventura. Llama a Abascal '
                       '"su amigo" y revela que anoche habló por teléfono con Marine Le Pen.'))
    assert ("André Ventura", "contactWith", "Marine Le Pen") in found
    assert ("Santiago Abascal", "contactWith", "Marine Le Pen") not in found


@pytest.mark.parametrize("entry", [
    "Janez Kovač. Presidente del Partido Democrático Esloveno (SDS). Participó en la mesa sobre "
    "fronteras y mantuvo una reunión bilateral con Kickl.",
    "Marek Novák. Líder del Partido Cívico Moravo. Intervino en la mesa sobre fronteras y se "
    "reunió después con Kickl.",
])
def test_a_title_line_names_no_one_the_entry_follows(read, entry):
    # a fact box's entry: the name, then a line of its titles; the body that follows that
    # line is the named person's, not the body the title is of
    found = facts(read("Herbert Kickl abrió el foro.\n\n" + entry))
    name = entry.split(".")[0]
    assert (name, "met", "Herbert Kickl") in found
    assert not any(f[1] == "met" and f[0] != name for f in found)


_SPOKE = "André Ventura habló en el congreso. "


@pytest.mark.parametrize("text, party", [
    ('Insiste en que Chega no respalda al Gobierno de Luís Montenegro: "Ni lo apoyamos ni lo '
     'apoyaremos".', "Chega"),
    ('"No apoyaremos a Luís Montenegro", advirtió Chega en un comunicado.', "Chega"),
    ("Vox fue tajante: «Nunca apoyaremos a Luís Montenegro».", "Vox"),
    ("«Nosotros no apoyaremos a Luís Montenegro», replicó Vox en un comunicado.", "Vox"),
    ("«No apoyamos a Luís Montenegro», aseguró ayer Chega.", "Chega"),
])
def test_a_partys_we_is_the_party(read, text, party):
    found = facts(read(_SPOKE + text))
    assert (party, "not endorsed", "Luís Montenegro") in found
    assert ("André Ventura", "not endorsed", "Luís Montenegro") not in found


@pytest.mark.parametrize("text, fact", [
    ("Ventura fue tajante: «Nunca apoyaremos a Luís Montenegro».",
     ("André Ventura", "not endorsed", "Luís Montenegro")),
    ('"Apoyamos a Luís Montenegro", dijo Ventura.',
     ("André Ventura", "endorsed", "Luís Montenegro")),
])
def test_a_persons_we_stays_the_speakers(read, text, fact):
    assert fact in facts(read(_SPOKE + text))


def test_a_we_outside_any_quotation_keeps_the_clause_it_follows(read):
    # an interview's answer: "Vox y Chega son partidos hermanos, compartimos grupo": the "we"
    # is the two parties the clause before names, not a quotation's speaker
    found = facts(read("P. ¿Qué le une a Vox?\n\nR. Vox y Chega son partidos hermanos, "
                       "compartimos grupo en el Parlamento Europeo."))
    assert ("Vox", "allied", "Chega") in found or ("Chega", "allied", "Vox") in found
