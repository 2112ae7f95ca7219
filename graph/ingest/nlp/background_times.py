"""Times a story steps aside to, which do not end the day it has reached: "Wilders ... anunció
que había hablado la víspera con Netanyahu" carries on from the last day told even when a
sentence between recalls "ya había cancelado una visita hace un año" (a pluperfect looks back
before the story), "Arrieta, que fue candidato en 2024, ..." (a relative clause describes
someone), "concejal desde 2023" (a state's start), "recordó su reunión de la semana pasada"
(the time of a thing talked of, or recalled) or "se juega la reelección el mes próximo" (a
time still to come)."""

from __future__ import annotations

from graph.ingest.nlp.tense_dates import clause_verb
from graph.ingest.nlp.time_owners import ago_head
from graph.ingest.nlp.words import RELATIVES, folded_lemma

_RELATIVE = ("acl", "acl:relcl")


def told_aside(token, time, day) -> bool:
    """Whether `time` (starting on `token`) is background to the story's course: a state's
    start, in a relative clause, of a noun talked of, in the pluperfect, or after the
    article's `day`."""
    if time.since or day is not None and time.date is not None and time.date.start > day:
        return True  # "concejal desde 2023": a state's start is no step of the story
    if token is None:
        return False
    if any(t.dep_ in _RELATIVE for t in [token, *token.ancestors]):
        return True
    span = token.doc.char_span(time.start, time.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else token
    if root.dep_ == "nmod" and root.head.pos_ == "NOUN" and \
            root.head.dep_ not in ("obl", "nmod"):
        # "recordó su reunión de la semana pasada": the time of a thing talked of, unlike
        # the occasion a clause is set at ("En la contienda de febrero participaron ...")
        return True
    verb = clause_verb(ago_head(token))  # "había cancelado una visita hace un año"
    if folded_lemma(verb) in _RECALLING and time.date is not None and \
            time.date.precision != "day":
        # "recordó su reunión con X el mes pasado": the month of the thing recalled, however
        # the parse hangs it (a day there may be the recalling's own: "recordó ayer")
        return True
    return any(c.dep_ == "aux" and folded_lemma(c) == "haber" and "Imp" in c.morph.get("Tense")
               for c in verb.children)


_RECALLING = {"recordar", "rememorar", "evocar"}


_RELATIVES = RELATIVES | {"cuyo", "cuya", "cuyos", "cuyas"}


def in_other_relative(token, trigger) -> bool:
    """Whether the time (its first word `token`) is in a relative clause that does not hold
    the claim's `trigger`: "Milei, que fue diputado en 2021, se reunió el martes con Abascal"
    (the small model hangs a copular relative clause on its noun, so the parse's clause
    verb of "2021" is "reunió")."""
    for node in [token, *token.ancestors]:
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "acl:relcl"):
            return False  # the time's own clause, a verb's, is reached first
        if node.dep_ in ("acl", "acl:relcl") and any(
                folded_lemma(c) in _RELATIVES or c.lower_ in _RELATIVES
                for c in node.children if c.i < node.i):
            return trigger not in node.subtree
    return False
