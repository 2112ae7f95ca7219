"""A bare round in a story on a chamber's two-round race: "ambos pasan a la segunda vuelta",
told after "la primera vuelta de las elecciones al Senado", is the Senate race's round, not a
presidential one the text never named. The graph names a chamber's race by the whole race
(see `election_kinds._round_of`), so the round is that race. A town's rounds are left to the
town's race (city_races): the country's municipal elections would misplace them."""

from __future__ import annotations

from graph.ingest.nlp.election_kinds import LEGISLATIVE, PRESIDENTIAL_ROUNDS, kind_of
from graph.ingest.nlp.election_nouns import ROUND_NOUNS
from graph.ingest.reading import fold

_ROUND_WORDS = ROUND_NOUNS | {"vueltas"}


def house_round_before(elections, token) -> str | None:
    """The chamber's race a bare round at `token` belongs to: the one the text named earlier
    by one of its rounds ("la primera vuelta del Senado"); None when a presidential round or
    race, or a round of another kind of race, was named before it."""
    doc = token.doc
    for before in reversed(doc[:token.i]):
        word = fold(before.lower_)
        if word.startswith("presidencial"):
            return None  # "las presidenciales", "la elección presidencial": a president's
        if word not in _ROUND_WORDS:
            continue
        words = [t.text for t in before.subtree if abs(t.i - before.i) <= 8]
        kind = kind_of(words)
        if kind in PRESIDENTIAL_ROUNDS:
            continue  # another bare round: what it named is asked of the same text
        if kind == LEGISLATIVE:
            house = next((t for t in before.subtree if t.i > before.i and
                          fold(t.lower_).startswith(("eleccion", "comicio"))), None)
            key = elections.named(house) if house is not None else None
            return key or elections.of_kind(kind, before, words)
        return None
    return None
