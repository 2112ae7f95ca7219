"""Times a story steps aside to, which do not end the day it has reached: "Wilders ... anunció
que había hablado la víspera con Netanyahu" carries on from the last day told even when a
sentence between recalls "ya había cancelado una visita hace un año" (a pluperfect looks back
before the story), "Arrieta, que fue candidato en 2024, ..." (a relative clause describes
someone) or "se juega la reelección el mes próximo" (a time still to come)."""

from __future__ import annotations

from graph.ingest.nlp.tense_dates import clause_verb
from graph.ingest.nlp.time_owners import ago_head
from graph.ingest.nlp.words import folded_lemma

_RELATIVE = ("acl", "acl:relcl")


def told_aside(token, time, day) -> bool:
    """Whether `time` (starting on `token`) is background to the story's course: in a relative
    clause, in the pluperfect, or after the article's `day`."""
    if day is not None and time.date is not None and time.date.start > day:
        return True
    if token is None:
        return False
    if any(t.dep_ in _RELATIVE for t in [token, *token.ancestors]):
        return True
    verb = clause_verb(ago_head(token))  # "había cancelado una visita hace un año"
    return any(c.dep_ == "aux" and folded_lemma(c) == "haber" and "Imp" in c.morph.get("Tense")
               for c in verb.children)
