"""The parse-based extractor on the subject of a copula that opens a paragraph: the small
model hangs the name on the paragraph break and makes the break the subject.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def test_a_copula_whose_subject_opens_a_paragraph(read):
    found = facts(read("Vox celebró su congreso en Madrid.\n\nAbascal, nacido en Bilbao, es "
                       "presidente de Vox desde 2014."))
    assert ("Santiago Abascal", "leaderOf", "Vox") in found
    found = facts(read("Kast viajó a Madrid.\n\nKaiser, elegido en 2021, es líder del Partido "
                       "Nacional Libertario."))
    assert ("Johannes Kaiser", "leaderOf", "Partido Nacional Libertario") in found
