"""Meetings the parse extractor missed or invented: a finite verb the small model hung on the
name before it as a modifier ("Abascal almorzó con X" read as a noun phrase) is parsed again
as a verb; coinciding with someone at a named event is meeting them there, and both attend
it; coinciding in a view ("en reclamar", "en que", "en la necesidad de") is agreeing, no
meeting.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_a_verb_read_as_the_names_modifier_is_a_verb(read):
    found = facts(read("Abascal almorzó con Julián Navarro."))
    assert ("Santiago Abascal", "met", "Julián Navarro") in found


def test_coinciding_at_a_named_event_with_someone(read):
    found = facts(read("Abascal coincidió en la CPAC con José Antonio Kast."))
    assert {("Santiago Abascal", "met", "José Antonio Kast"),
            ("Santiago Abascal", "participatedIn", "CPAC"),
            ("José Antonio Kast", "participatedIn", "CPAC")} <= found


def test_coinciding_where_a_clause_names_the_event(read):
    found = facts(read("Abascal ha participado en varias ediciones de la CPAC, donde coincidió "
                       "más de una vez con José Antonio Kast."))
    assert ("Santiago Abascal", "met", "José Antonio Kast") in found


@pytest.mark.parametrize("text", [
    "Abascal coincidió con Kast en la necesidad de frenar la inmigración.",
    "Abascal y Kast coincidieron en reclamar una agenda común.",
    "Abascal y Kast coinciden en que la segunda vuelta será reñida.",
    "Abascal y Kast coincidimos en casi todo."])
def test_coinciding_in_a_view_is_no_meeting(read, text):
    assert not {f for f in facts(read(text)) if f[1] in ("met", "participatedIn")}


def test_coinciding_at_unnamed_forums_is_no_meeting(read):
    found = facts(read("Kast y Abascal son amigos. Ambos dirigentes han coincidido en foros "
                       "internacionales donde han defendido posiciones comunes."))
    assert ("José Antonio Kast", "met", "Santiago Abascal") not in found
