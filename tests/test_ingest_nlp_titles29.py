"""The parse extractor on a plural title right before the names it holds for ("los diputados
del PP A y B", "los concejales de Vox A, de Lugo; B, de Vigo, e C, de Soria", each one's town
between commas), on a former premier in apposition ("X, ex primer ministro de Y", "exprimer"),
and on a place whose name opens on a Galician or Portuguese article ("de A
Coruña", which is no preposition).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_a_plural_title_holds_for_each_coordinated_name_after_it(read):
    found = facts(read("Al acto asistieron los diputados del PP Nuria Calvo y Andrés Lago."))
    for name in ("Nuria Calvo", "Andrés Lago"):
        assert (name, "memberOf", "PP") in found
        assert (name, "holdsOffice", "Diputado") in found


def test_each_ones_town_between_the_names_does_not_stop_the_list(read):
    found = facts(read("Estuvieron los concejales de Vox Sara Pazos, de Ourense; Pablo Lema, "
                       "de A Coruña, e Elena Souto, de Lugo."))
    for name in ("Sara Pazos", "Pablo Lema", "Elena Souto"):
        assert (name, "memberOf", "Vox") in found
    assert not any(s == "Coruña" or o == "Coruña" for s, _, o in found)


def test_names_not_closed_by_y_are_not_shared_a_title(read):
    found = facts(read("Hablaron los diputados del PP Nuria Calvo, Andrés Lago dijo que no."))
    assert ("Andrés Lago", "memberOf", "PP") not in found


def test_a_galician_article_opens_the_place(read):
    found = read("La alcaldesa de A Coruña, Inés Rey, recibió a Pablo Lema.")
    labels = {e.label for e in found.entities}
    assert "A Coruña" in labels or any("A Coruña" in c.object for c in found.candidates)
    assert "Coruña" not in labels


def test_a_former_premier_in_apposition_with_ex_apart_or_joined(read):
    for text in ("Radu Pop, ex primer ministro de Rumanía, declinó la invitación.",
                 "Radu Pop, exprimer ministro de Rumanía, declinó la invitación."):
        found = read(text)
        claims = [c for c in found.candidates if c.relation == "holdsOffice"]
        assert [c.object for c in claims] == ["Primer ministro de Rumania"], text
        assert claims[0].qualifiers.get("former")
