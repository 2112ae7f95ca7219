"""The random distributions of the generator: Zipf-weighted draws and dates of mixed
precision."""

from __future__ import annotations

import bisect
import itertools
import random
from datetime import date

from graph.build.synthetic.vocabulary import MONTHS

# Zipf exponent of how often an entity is drawn as a claim's end: close to 1 gives a few hubs
# (the Kasts and Vox of the graph) and a long tail of entities seen once or twice.
ZIPF_EXPONENT = 1.0


class Zipf:
    """Draws members of a pool with Zipf weights over a random ranking, in O(log n)."""

    def __init__(self, members: list[int], rng: random.Random):
        ranked = members[:]
        rng.shuffle(ranked)
        self.members = ranked
        self.cumulative = list(
            itertools.accumulate(1.0 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(ranked)))
        )

    def __bool__(self) -> bool:
        return bool(self.members)

    def draw(self, rng: random.Random) -> int:
        point = rng.random() * self.cumulative[-1]
        return self.members[min(bisect.bisect(self.cumulative, point), len(self.members) - 1)]


def random_date(rng: random.Random, start_year: int = 2000, end_year: int = 2025) -> date:
    first = date(start_year, 1, 1).toordinal()
    last = date(end_year, 12, 31).toordinal()
    return date.fromordinal(rng.randint(first, last))


def dated_phrase(rng: random.Random, day: date) -> tuple[str, str, str, int]:
    """A date at a random precision: (lexical, xsd type, phrase, compact key for duplicates)."""
    roll = rng.random()
    if roll < 0.55:
        phrase = f"el {day.day} de {MONTHS[day.month - 1]} de {day.year}"
        return day.isoformat(), "date", phrase, 3 * day.toordinal() + 2
    if roll < 0.8:
        phrase = f"en {MONTHS[day.month - 1]} de {day.year}"
        return f"{day.year:04d}-{day.month:02d}", "gYearMonth", phrase, 3 * (
            day.year * 12 + day.month
        ) + 1
    return f"{day.year:04d}", "gYear", f"en {day.year}", 3 * day.year
