"""A round of a governor's race: "la segunda vuelta por la Gobernación de La Paz", "el
balotaje para gobernador de Santa Cruz". Bolivia and other countries hold run-offs for a
department's governor too; the round is the province's, not the country's presidential one.
Named like the graph's rounds: "Segunda vuelta de la elección de gobernador de La Paz de 2026"."""

from __future__ import annotations

from graph.ingest.nlp.election_kinds import FIRST_ROUND, GOVERNOR, SECOND_ROUND
from graph.ingest.nlp.story_provinces import names_a_body, provincial_vote, story_province
from graph.ingest.reading import fold

_ROUND_NAMES = {FIRST_ROUND: "Primera vuelta", SECOND_ROUND: "Segunda vuelta"}


def of_a_governor(kind: str | None, token) -> bool:
    """Whether `kind` is a governor's race, or a round whose phrase names a governor's office."""
    return kind == GOVERNOR or kind in _ROUND_NAMES and _governor_word(token) is not None


def governor_race(kind: str, token, elections, words: list[str]) -> str | None:
    """The name of the governor's race (or round of it) the phrase of `token` names, by the
    province it names after the office ("por la Gobernación de La Paz"), else as a governor's
    race finds it; None without a province."""
    office = _governor_word(token)
    doc = token.doc
    province = None
    if office is not None and office.i + 2 < len(doc) and doc[office.i + 1].lower_ == "de" \
            and doc[office.i + 2].text[:1].isupper() and \
            not names_a_body(elections.parsed, office.i + 2):
        province = elections._name_at(office.i + 2)
    province = province or elections._province(token, words)
    if province is None and (office is not None or provincial_vote(words, doc)):
        province = story_province(doc)  # the office named, its province the story's
    if province is None:
        return None
    if kind == GOVERNOR:
        return f"{GOVERNOR} de {province}"
    return f"{_ROUND_NAMES[kind]} de la elección de gobernador de {province}"


def _governor_word(token):
    return next((t for t in token.subtree if abs(t.i - token.i) <= 8 and
                 fold(t.lower_).startswith(("gobernacion", "gobernador"))), None)
