"""Whom an infinitive is given to by a copula: "X fue el encargado de abrir el acto", "Y fue la
primera en intervenir", "Z fue la responsable de clausurar la cumbre". The infinitive hangs on
the predicate noun; its subject is the copula's."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma

# Predicate nouns that hand an act to their subject.
_CHARGED = {"encargado", "encargada", "responsable", "primero", "primera", "ultimo", "ultima",
            "unico", "unica"}


def charged_subject(verb):
    """The copula's subject the infinitive `verb` belongs to, or None."""
    if verb.dep_ != "acl" or verb.morph.get("VerbForm") != ["Inf"] or verb.head == verb:
        return None
    noun = verb.head
    if folded_lemma(noun) not in _CHARGED or not any(c.dep_ == "cop" for c in noun.children):
        return None
    return next((c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i), None)
