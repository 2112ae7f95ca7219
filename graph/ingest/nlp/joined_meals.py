"""Joining a meal or a meeting is meeting the one who holds it: "A comió con B y C, una comida
a la que se sumó X", "A ofreció una cena a la que se unió X", "A almorzó con B; al almuerzo
se incorporó X" say X met A (the eating verb's subject). Those A ate with are only told to
have been there: the writer does not say X sat with them."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma

_JOINING = {"sumar", "unir", "incorporar", "agregar", "anadir", "sumarse", "unirse",
            "incorporarse", "agregarse", "anadirse"}
_MEALS = {"comida", "cena", "almuerzo", "desayuno", "merienda", "sobremesa", "reunion",
          "encuentro", "cita", "tertulia"}
# Verbs of holding the meal or eating it, whose subject and "con" phrase are those at it
_EATING = {"comer", "almorzar", "cenar", "desayunar", "merendar", "reunir", "reunirse"}
_REFLEXIVE = {"se", "me", "nos", "te"}


def joined_meal_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in _JOINING or not any(
            c.lower_ in _REFLEXIVE for c in verb.children if c.i < verb.i):
        return []
    meal = verb.head if verb.dep_.startswith("acl") and folded_lemma(verb.head) in _MEALS \
        else next((c for c in verb.children if c.dep_ in ("obl", "obj") and
                   preposition(c) in ("a", "al") and folded_lemma(c) in _MEALS), None)
    if meal is None and _relative_to(verb):
        # "una comida con afiliados, a la que se sumó X": the small model may hang the
        # relative on the main verb; its antecedent is the meal named last before it
        meal = next((t for t in reversed(verb.doc[verb.sent.start:verb.i])
                     if folded_lemma(t) in _MEALS and t.pos_ == "NOUN"), None)
    if meal is None:
        return []
    host = _host(meal)
    if host is None:
        return []
    present = subject_ends(parsed, host)
    joiners = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    lemma = verb_lemma(verb)
    return [Found("met", j, p, 0.6, f"verb:{lemma}", verb.i)
            for j in joiners for p in {e.key: e for e in present}.values()
            if j.key != p.key and parsed.is_person(p.key) and parsed.kb.fits("met", j.key, p.key)]


def _host(meal):
    """The verb that holds or eats the meal: the one it is the object or the apposition of
    ("celebró una comida", "comió con A, una comida a la que ..."), else an eating verb
    before it in its sentence or the one before ("almorzó con A; a la comida se sumó")."""
    head = meal
    while head.dep_ in ("appos", "conj") and head.head != head:
        head = head.head
    if head != meal and head.pos_ in ("VERB", "AUX"):
        return head
    if head.dep_ in ("obj", "nsubj", "nsubj:pass") and head.head.pos_ in ("VERB", "AUX") and \
            head.head.i < meal.i:
        return head.head
    doc = meal.doc
    start = meal.sent.start
    earlier = doc[doc[start - 1].sent.start if start else start:meal.i]
    return next((t for t in reversed(earlier) if t.pos_ == "VERB" and
                 verb_lemma(t) in _EATING), None)


def _relative_to(verb) -> bool:
    """"a la que se sumó", "al que se unió", "a la cual se incorporó"."""
    return any(c.lower_ in ("que", "cual") and c.i < verb.i and any(
        g.dep_ == "case" and g.lower_ in ("a", "al") for g in c.children)
        for c in verb.children)
