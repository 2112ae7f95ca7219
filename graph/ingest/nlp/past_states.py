"""A state the text puts in the preterite is over: "X, que presidió la fundación", "militó en
el PP" (the simple past of a verb of holding a post or belonging), "hasta 2020 militaba en
Ciudadanos" (the imperfect bounded by "hasta"). Joining or founding is an event, not a state:
"se afilió a Vox", "fundó el partido" say nothing of its end."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma

_STATES = {"presidir", "dirigir", "liderar", "encabezar", "militar", "pertenecer", "integrar",
           "formar"}


def ended(lemma: str, verb) -> bool:
    if lemma not in _STATES or verb.morph.get("Mood") != ["Ind"]:
        return False
    if any(c.dep_ in ("aux", "aux:pass") for c in verb.children):
        return False  # "ha presidido": a compound tense reaches the present
    tense = verb.morph.get("Tense")
    if tense == ["Past"]:
        return True
    return tense == ["Imp"] and any(
        folded_lemma(t) == "hasta" for t in verb.subtree if t.head == verb or t.head.head == verb)
