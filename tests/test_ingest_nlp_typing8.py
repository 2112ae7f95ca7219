"""New names the text treats as parties are proposed as parties, though their words alone say
only "organization": "el partido rumano AUR", "candidato de la Alianza Nacional Cívica (ANC)",
"cabeza de lista del PSL", "concejal por el PDN", "se afilió a Renovación Cívica". A seat's title
before a name with a head word of its own ("diputado de la Asamblea Nacional") makes no party.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
from helpers import model_or_skip

from graph.ingest.knowledge import ORGANIZATION, PARTY, Knowledge
from graph.ingest.model import Document
from graph.ingest.temporal import Anchor


@pytest.fixture(scope="module")
def read(kg):
    """The classes of every name the document proposes, whether a claim uses it or not."""
    from graph.ingest.nlp import NlpExtractor, pipeline
    from graph.ingest.nlp.linking import link_document
    from graph.ingest.nlp.parsed import Parsed
    from graph.ingest.nlp.spans import share_tables

    model_or_skip()
    extractor, knowledge = NlpExtractor(), Knowledge.from_graph(kg)

    def run(text: str) -> dict[str, str]:
        kb = knowledge.for_document()
        share_tables(knowledge, kb)
        doc = pipeline.parse(extractor.nlp, text)
        linked = link_document(doc, kb)
        kb.candidates.update(linked.entities)
        Parsed(Document(text, Anchor.parse("2026-05-02")), doc, linked, kb)
        return {e.label: e.cls for e in linked.entities.values()}
    return run


def test_a_name_after_partido_and_a_demonym_is_a_party(read):
    classes = (read("Habló después el presidente del partido moldavo PRN, Ion Ceban."))
    assert classes.get("PRN") == PARTY


def test_a_candidate_of_an_organization_name_makes_it_a_party(read):
    classes = (read("Luis Ayala será candidato de la Asociación Nacional Cívica (ANC) en "
                            "las elecciones de abril."))
    assert classes.get("Asociación Nacional Cívica") == PARTY


def test_a_list_head_of_an_acronym_makes_it_a_party(read):
    classes = (read("La exministra Ana Pires, que fue cabeza de lista del PSL en Braga, "
                            "tampoco repetirá."))
    assert classes.get("PSL") == PARTY


def test_a_seat_held_for_an_acronym_makes_it_a_party(read):
    classes = (read("Fui concejal de Loures por el PDN antes de fundar mi propio "
                            "movimiento, dijo Rui Matos."))
    assert classes.get("PDN") == PARTY


def test_joining_a_name_makes_it_a_party(read):
    classes = (read("El exdiputado Nuno Teixeira se afilió a Renovación Cívica el pasado "
                            "verano."))
    assert classes.get("Renovación Cívica") == PARTY


def test_a_deputy_of_an_assembly_does_not_make_it_a_party(read):
    classes = (read("El diputado de la Asamblea Nacional Mario Ruiz votó en contra."))
    assert classes.get("Asamblea Nacional", ORGANIZATION) != PARTY


def test_a_deputy_for_a_town_does_not_make_it_a_party(read):
    classes = (read("ALMERÍA. Rodrigo Alonso, diputado por Almería en el Congreso, abrió "
                            "el acto."))
    assert PARTY not in {c for name, c in classes.items() if name.lower() == "almería"}
