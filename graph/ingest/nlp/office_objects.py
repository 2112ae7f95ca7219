"""The office a verb of running takes as its object: "disputa la alcaldía de Lyon a X", "pelea
la gobernación", "se juega la intendencia": the race that fills that office is the clause's,
before any election its sentence named for another reason ("a cinco días de las
municipales"). Only nouns of an office, not titles of persons ("derrotó al alcalde" names a
rival, not a race)."""

from __future__ import annotations

from graph.ingest.reading import fold

_OFFICES = {"alcaldia", "intendencia", "gobernacion", "senaduria", "diputacion",
            "prefectura", "jefatura"}


def office_object(verb):
    """The office noun the verb `verb` takes as its direct object, if any."""
    return next((c for c in verb.children if c.dep_ == "obj" and
                 fold(c.lower_) in _OFFICES), None)
