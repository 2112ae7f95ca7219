"""The parse-based extractor on sentences the small model runs across a line break (a byline
or a deck into the lead, a paragraph's end into the next one, an answer into the question):
each line is its own sentence, so a byline's columnist is not the lead's subject; a heading
inside the body stays with the paragraph it heads. And a definite gathering noun with only its
adjectives ("la cumbre patriota"), once the text names its event, is that event told again.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp as nlp_tests
from helpers import find, model_or_skip

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


@pytest.fixture(scope="module")
def nlp():
    model_or_skip()
    from graph.ingest.nlp.pipeline import load

    return load()


def _sentences(nlp, text: str) -> list[str]:
    from graph.ingest.nlp.pipeline import parse

    return [s.text.strip() for s in parse(nlp, text).sents if s.text.strip()]


# ------------------------------------------------------------ a line break ends a sentence


BYLINES = (
    "TRIBUNA | Marta Oyarzún, profesora de Relaciones Internacionales de la Universidad de "
    "Talca",
    "Por Julia Ancasi, corresponsal en La Paz",
    "ANÁLISIS | Por Sergio Villalba Roca",
)


def test_a_byline_is_not_the_subject_of_the_lead(read):
    for byline in BYLINES:
        found = read("El giro exterior del nuevo Gobierno\n\n" + byline + "\n\nTres meses "
                     "después de vencer al socialista Tomás Ibarra en la segunda vuelta, el "
                     "presidente Rodrigo Salas ha viajado ya a Buenos Aires y a Madrid.")
        find(found, "Rodrigo Salas", "opponentOf", "Tomás Ibarra")
        for wrong in ("Marta Oyarzún", "Julia Ancasi", "Sergio Villalba Roca"):
            absent(found, "opponentOf", wrong)


def test_each_line_of_an_opening_is_its_own_sentence(nlp):
    for byline in BYLINES:
        text = ("El giro exterior del nuevo Gobierno\n\nLa derecha busca socios fuera\n\n" +
                byline + "\n\nEl presidente Rodrigo Salas ha viajado ya a Madrid.")
        sentences = _sentences(nlp, text)
        assert byline in sentences, sentences
        assert "El presidente Rodrigo Salas ha viajado ya a Madrid." in sentences, sentences


def test_a_paragraph_end_and_an_answer_end_at_the_line_break(nlp):
    text = ("Berlín, 4 may (EFE).- La dirigente votó en Leipzig, donde pidió el apoyo de los "
            "indecisos para la AfD.\n\nEl copresidente del partido no acudió a la cita.")
    assert _sentences(nlp, text)[-1] == "El copresidente del partido no acudió a la cita."
    text = ("—¿Con quién habló en Bruselas?\n\n—Con casi todos.\n\n—¿Y con el Gobierno?\n\n"
            "—Ni una palabra.")
    assert _sentences(nlp, text) == ["—¿Con quién habló en Bruselas?", "—Con casi todos.",
                                     "—¿Y con el Gobierno?", "—Ni una palabra."]


def test_a_heading_inside_the_body_stays_with_its_paragraph(nlp):
    text = ("La exalcaldesa Nuria Saldaña perdió la primera vuelta.\n\nLa estrategia de "
            "Saldaña para la segunda vuelta\n\nConsciente de la distancia, la candidata habló "
            "ayer a los votantes del centro.")
    sentences = _sentences(nlp, text)
    assert sentences[0] == "La exalcaldesa Nuria Saldaña perdió la primera vuelta."
    assert len(sentences) == 2 and sentences[1].startswith("La estrategia de"), sentences


def test_lines_apart_leaves_a_text_without_run_on_sentences_as_it_was(nlp):
    from graph.ingest.nlp.line_breaks import lines_apart

    doc = nlp("Abascal llegó ayer a Lima.\n\nAllí se reunió con Rafael López Aliaga.")
    assert lines_apart(nlp, doc) is doc


# ------------------------------------------ a gathering's adjectives tell the named one again


LEAD = ("Cáceres, 3 mar (EFE).- El Foro Ibérico de la Soberanía reunió este sábado en Cáceres "
        "a dirigentes de seis países. ")


@pytest.mark.parametrize("told_again", (
    "En la cumbre patriota intervino también el portugués André Ventura, líder de Chega.",
    "El portugués André Ventura, líder de Chega, participó en la cita soberanista.",
    "André Ventura habló en la gran conferencia anual ante unos dos mil asistentes.",
))
def test_a_definite_gathering_with_only_adjectives_is_the_named_event(read, told_again):
    found = read(LEAD + told_again)
    find(found, "André Ventura", "participatedIn", "Foro Ibérico de la Soberanía")
    assert not [c for c in found.candidates if c.relation == "participatedIn" and
                c.object != "Foro Ibérico de la Soberanía"], found.candidates


def test_a_gathering_set_apart_by_its_organizer_or_place_is_another(read):
    found = read(LEAD + "Por la noche, André Ventura participó en el mitin de Chega en Lisboa.")
    find(found, "André Ventura", "participatedIn", "Mitin de Chega en Lisboa")
    absent(found, "participatedIn", "André Ventura", "Foro Ibérico de la Soberanía")


# ------------------------------------------------------------ a fact box's entries


BOX = "Quién es quién en la convención de Oviedo\n\nLOS PONENTES\n"


@pytest.mark.parametrize(("entry", "relation", "party"), (
    ("Lucía Carreño. Presidenta de Foro Asturias. Abrió la convención.", "leaderOf",
     "Foro Asturias"),
    ("Lucía Carreño: presidenta de Foro Asturias. Abrió la convención.", "leaderOf",
     "Foro Asturias"),
    ("Lucía Carreño. Portavoz de Vox en el Senado. Habló de vivienda.", "memberOf", "Vox"),
    ("Lucía Carreño — Secretaria general de Vox. Cerró el acto.", "memberOf", "Vox"),
))
def test_the_titles_after_an_entrys_name_are_its_apposition(read, entry, relation, party):
    find(read(BOX + entry + "\n"), "Lucía Carreño", relation, party)


def test_an_entry_mark_is_read_as_a_comma_only_before_a_title():
    from graph.ingest.nlp.entry_lines import entries_as_appositions

    text = "Lucía Carreño. Presidenta de Foro Asturias.\nPablo Ruiz Soto. Nació en Gijón."
    read = entries_as_appositions(text)
    assert len(read) == len(text)
    assert read.startswith("Lucía Carreño, presidenta de Foro Asturias.")
    assert "Pablo Ruiz Soto. Nació en Gijón." in read  # no title: a sentence of its own
    # not at a line's start: a name closing a sentence, and the next one's fronted title
    text = "Lo cerró Lucía Carreño. Presidenta de Foro Asturias desde 2019, pidió unidad."
    assert entries_as_appositions(text) == text



FORUM = ("Quién es quién en Oviedo\n\nFICHA | Los protagonistas del Foro Cantábrico de la "
         "Libertad, celebrado ayer en Oviedo\n\nLOS PONENTES\n")


@pytest.mark.parametrize("entries", (
    "Lucía Carreño. Presidenta de Foro Asturias. Inauguró el foro.\n"
    "Tomás Ibarguren. Portavoz de Vox en el Senado. Cerró la sesión de la tarde.\n",
    "Tomás Ibarguren: portavoz de Vox en el Senado. Llegó tarde.\n"
    "Lucía Carreño. Presidenta de Foro Asturias. Abrió el foro ante 500 personas.\n",
))
def test_a_sentence_without_a_subject_in_an_entry_is_about_its_person(read, entries):
    found = read(FORUM + entries)
    find(found, "Lucía Carreño", "participatedIn", "Foro Cantábrico de la Libertad")


def test_a_byline_is_no_entry(read):
    found = read("Lucía Carreño, corresponsal en Oviedo\n\nInauguró ayer el Foro Cantábrico "
                 "de la Libertad el presidente de Foro Asturias, Tomás Ibarguren.")
    absent(found, "participatedIn", "Lucía Carreño")
