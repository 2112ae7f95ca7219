"""A gathering's name said of another edition than the one the text reports: "la próxima
cumbre del Foro Madrid se celebrará en 2027 en Asunción", "la pasada edición de Europa Viva",
"la cumbre anterior, en Budapest". The time such a clause gives is that edition's, never the
date of who took part in the one told; nor does a time after the article's day, which a
neighbouring sentence gives ("La próxima cumbre se celebrará en 2027"), date an act the
text tells in the past."""

from __future__ import annotations

from graph.ingest.nlp.tense_dates import clause_verb
from graph.ingest.reading import fold

# Words that set another edition apart: the next one, the last one held, the one before
_OTHER = {"proximo", "proxima", "proximos", "proximas", "siguiente", "siguientes", "anterior",
          "anteriores", "pasado", "pasada", "venidero", "venidera", "futuro", "futura",
          "precedente", "previa", "previo", "nuevo", "nueva", "otra", "otro"}
_MODIFIERS = {"amod", "det", "nummod"}


def of_other_edition(doc, start: int) -> bool:
    """Whether the mention opening at token `start` names another edition: its noun, or the
    noun it completes ("la próxima cumbre del Foro Madrid"), bears a word of _OTHER ("la
    próxima cumbre", "la cumbre anterior"); a place's own word ("Nueva York") is none."""
    token = doc[start]
    if token.dep_ in _MODIFIERS:
        token = token.head  # "la VI Cumbre": the ordinal hangs on the noun
    nouns = [token]
    if token.dep_ in ("nmod", "flat", "appos") and token.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(token.head)  # "la próxima edición de Europa Viva"
    i = start - 1  # the small model may hang the adjective elsewhere: the words just before
    while i >= 0 and doc[i].pos_ in ("DET", "ADJ"):
        if _other(doc[i]):
            return True
        i -= 1
    return any(_other(c) for noun in nouns for c in noun.children if c.dep_ in _MODIFIERS)


def _other(word) -> bool:
    return word.text.islower() and fold(word.lower_) in _OTHER


def after_a_past_act(time, trigger, document) -> bool:
    """Whether `time` starts after the article's day while the act at `trigger` is told in
    the past ("intervinieron"): a time of another sentence that cannot be the act's."""
    day = document.anchor.day
    verb = clause_verb(trigger)
    return day is not None and time.date.start > day and \
        "Past" in verb.morph.get("Tense") and "Ind" in verb.morph.get("Mood")
