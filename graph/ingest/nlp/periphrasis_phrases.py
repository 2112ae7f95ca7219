"""Phrases of an infinitive the small model hangs on the verb that governs it: "volvió a
reunirse con X", "volvió a cargar contra Y", "volvió a acusar a Z de mentir" give "con X",
"contra Y" and "a Z" to "volvió". Placed after the infinitive, they are its own when the
governor only says when, whether or how the infinitive's act was done (a phase or a modal:
"volver a", "acabar de", "empezar a", "quiso", "pudo", "intentó"); an appeal ("llamó a no
votar por X") keeps its own phrases."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma

_PHRASES = {"obj", "iobj", "obl", "obl:arg"}
_GOVERNORS = {"volver", "acabar", "empezar", "comenzar", "terminar", "soler", "llegar",
              "poder", "deber", "querer", "intentar", "tratar", "decidir", "pretender"}


def governor_phrases(parsed: Parsed, verb, wanted: set[str]) -> list[End]:
    """The ends of the phrases with one of `wanted` prepositions that the verb governing
    `verb`, an infinitive completing it, holds after the infinitive."""
    head = verb.head
    if verb.dep_ != "xcomp" or head == verb or head.i > verb.i or \
            "Inf" not in verb.morph.get("VerbForm") or folded_lemma(head) not in _GOVERNORS:
        return []
    return [e for child in head.children
            if child.i > verb.i and child.dep_ in _PHRASES and preposition(child) in wanted
            for e in phrase_ends(parsed, child)]
