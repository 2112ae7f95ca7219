""""este último", "esta última": the person of its gender named last before it, in its
sentence or the one before."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.reading import fold


def latter_person(reading, token) -> list[End]:
    gender = "Fem" if fold(token.lower_).endswith("a") else "Masc"
    for start, key in reading.persons_before(token.i, back=1):
        if reading.gender.get(key, gender) == gender:
            return [End(key, token.i, token.i, reference=True,
                        distance=reading.sentence_of(token.idx) - reading.sentence_of(
                            reading.doc[start].idx))]
    return []

