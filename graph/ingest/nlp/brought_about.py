"""Clauses in the subjunctive that tell what did happen: the past verb above them brought it
about ("el acto sirvió para que X proclamara a Y", "logró que miles llenaran la plaza") or
did not stop it ("ni el viento ni el frío impidieron que miles llenaran la plaza"). Their
mood is the governing verb's, not a plan's, so a gathering told in them is no announcement."""

from __future__ import annotations

from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# Verbs whose past makes their subjunctive clause a fact: "hizo que", "logró que"
_BRINGING = {"hacer", "lograr", "conseguir", "permitir", "servir", "provocar", "motivar",
             "propiciar", "facilitar", "posibilitar", "causar"}
# Verbs whose past, negated, leaves their clause a fact: "no impidió que", "ni ... evitaron que"
_STOPPING = {"impedir", "evitar", "frenar", "detener"}


def brought_about(verb) -> bool:
    """Whether a subjunctive `verb` is the clause a past indicative verb of bringing about
    governs ("sirvió para que proclamara"), or one a negated verb of stopping did not stop
    ("ni el frío impidieron que llenaran")."""
    if "Sub" not in verb.morph.get("Mood") or verb.dep_ not in ("ccomp", "advcl", "csubj"):
        return False
    head = verb.head
    if head.i == verb.i or "Ind" not in head.morph.get("Mood") or \
            not {"Past", "Imp"} & set(head.morph.get("Tense")):
        return False
    lemma = verb_lemma(head)
    if lemma in _BRINGING:
        return not _negated(head)
    # "ni el viento ni el frío impidieron": the negation is on the subject's coordination
    return lemma in _STOPPING and (_negated(head) or any(
        fold(t.lower_) == "ni" for t in head.doc[head.sent.start:head.i]))


def _negated(verb) -> bool:
    return any(fold(c.lower_) in NEGATORS for c in verb.children if c.i < verb.i)
