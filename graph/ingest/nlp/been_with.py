"""Being with someone, told as done: "Estuve con Santiago Abascal y con Rocío de Meer", "X
estuvo con Y en Lima", "ha estado con él varias veces". The preterite (or the perfect) of
"estar" with a person after "con" is a meeting; the present ("estoy con Ventura") takes a
side, and the imperfect may tell a state ("estaba con el Gobierno"), so neither says so."""

from __future__ import annotations

import re

from graph.ingest.knowledge import PERSON
from graph.ingest.nlp.clause_objects import arguments
from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# "estuve", "estuvo", "estuvimos", "estuvieron" (not the subjunctive "estuviera")
_PRETERITE = re.compile(r"estuv(?:e|iste|o|imos|isteis|ieron)")


def been_with_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.dep_ == "cop" or not _done(verb):
        return []
    subjects = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    if len(subjects) != 1:
        return []
    others = [e for e in arguments(parsed, verb, frozenset({"con"}))
              if parsed.kb.is_a(e.key, PERSON) and e.key != subjects[0].key]
    return [Found("met", subjects[0], other, 0.6, "verb:estar con", verb.i) for other in others]


def _done(verb) -> bool:
    """"estuvo", or the perfect "ha estado"."""
    if _PRETERITE.fullmatch(fold(verb.lower_)):
        return True
    return fold(verb.lower_) == "estado" and any(
        c.dep_ == "aux" and folded_lemma(c) == "haber" and c.morph.get("Mood") == ["Ind"]
        for c in verb.children)
