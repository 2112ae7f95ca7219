"""The parse extractor on reproaches levelled at a named politician: "acusó a X de", "criticó a
Y", "le reprochó a Z haber pactado" make the two rivals, as the sets written since the
eleventh read them, whether or not the text spoke of the one reproached before; a reproach
denied or only wished is no rivalry.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _rivals(found) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in found if r == "opponentOf"}


@pytest.mark.parametrize("text", [
    "La senadora Elvira Quesada acusó el lunes a Tomás Lerma de \"vender la provincia\".",
    "La senadora Elvira Quesada criticó a Tomás Lerma en el pleno.",
    "La senadora Elvira Quesada reprochó a Tomás Lerma haber pactado con la izquierda.",
])
def test_a_reproach_to_a_named_politician_makes_rivals(read, text):
    assert _rivals(facts(read(text))) == {("Elvira Quesada", "Tomás Lerma")}


def test_a_reproach_in_a_relative_clause_is_to_its_antecedent(read):
    found = facts(read("La senadora Elvira Quesada cargó contra el alcalde, Tomás Lerma, a "
                       "quien reprochó haber subido los impuestos."))
    assert ("Elvira Quesada", "opponentOf", "Tomás Lerma") in found


@pytest.mark.parametrize("text", [
    "La senadora Elvira Quesada no acusó a Tomás Lerma de nada.",
    "La senadora Elvira Quesada evitó criticar a Tomás Lerma en el pleno.",
])
def test_a_reproach_denied_or_avoided_makes_no_rivals(read, text):
    assert not _rivals(facts(read(text)))
