"""Not hiding a bond is showing it: "no oculta su amistad con X", "nunca ha disimulado su
cercanía a Y", "no esconde su admiración por Z ni su relación con W". The "no" (and the "ni"
that carries it on) denies the hiding, not the bond the hidden noun names. Nor does denying a
quality of the bond deny the bond: "la alianza entre X e Y no es nueva", "su amistad con X no
es ningún secreto", "la relación con Y no fue fácil" — the bond is taken as given."""

from __future__ import annotations

from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import folded_lemma, verb_above
from graph.ingest.reading import fold

_HIDING = {"ocultar", "esconder", "disimular", "disfrazar", "camuflar", "encubrir", "callar",
           "silenciar", "tapar"}
# The links from the noun up to the verb that hides it: its object, or a noun coordinated
# with (or hung by the small model under) that object
_UP = ("obj", "conj", "nmod")


def shown_by_not_hiding(trigger) -> bool:
    """Whether `trigger` (a noun naming a bond) is the object of a negated verb of hiding."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    above = verb_above(trigger, _UP, 4)
    if above is None:
        return False
    verb = above[0]
    return folded_lemma(verb) in _HIDING and any(
        c.dep_ in ("advmod", "neg") and fold(c.lower_) in NEGATORS and c.i < verb.i
        for c in verb.children)


# Qualities a bond is denied while being taken as given: its novelty, chance, secrecy, ease.
_QUALITIES = {"nuevo", "nueva", "reciente", "casual", "fortuito", "fortuita", "secreto",
              "secreta", "sorpresa", "novedad", "casualidad", "facil", "sencillo", "sencilla",
              "comodo", "comoda", "improvisado", "improvisada", "gratuito", "gratuita",
              "coyuntural", "ocasional", "pasajero", "pasajera", "circunstancial", "idilico",
              "idilica", "perfecto", "perfecta", "tranquilo", "tranquila", "inedito",
              "inedita", "extrano", "extrana", "raro", "rara", "sorprendente", "ajeno", "ajena"}
_LINKS = {"cop"}


def given_under_denied_quality(trigger) -> bool:
    """Whether `trigger` (a noun naming a bond) is the subject of a denied quality: "no es
    nueva", "nunca fue fácil", "no es ningún secreto"."""
    if trigger.pos_ not in ("NOUN", "PROPN") or not trigger.dep_.startswith("nsubj"):
        return False
    quality = trigger.head
    if quality.pos_ not in ("ADJ", "NOUN") or fold(quality.lower_) not in _QUALITIES:
        return False
    copula = [c for c in quality.children if c.dep_ in _LINKS]
    return bool(copula) and any(
        c.dep_ in ("advmod", "neg") and fold(c.lower_) in NEGATORS
        for t in [quality, *copula] for c in t.children)
