"""Coinciding with someone in a body one joined is having been in it at the same time, not a
meeting: "Se afilió a Nuevas Generaciones en 1996 y allí coincidió con X", "ingresó en la
Academia, donde coincidió con Y". Those who coincide meet at an occasion ("viajó a Roma y
allí coincidió con X", "participó en la cumbre, donde coincidió con Y"), not in a party, a
school or an office they belonged to over years. Nor is coinciding in a view: "coincidieron
en reclamar", "coinciden en que", "coincidió con Kast en la necesidad de", "en casi todo"
say that they agree."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

COINCIDED_IN_A_BODY = "coincidir en un cuerpo"  # a reading with no relation
COINCIDED_IN_A_VIEW = "coincidir en una idea"  # agreeing: no relation either
# Joining or belonging to a body: "se afilió a", "ingresó en", "militó en", "estudió en"
_JOINING = {"afiliar", "afiliarse", "ingresar", "militar", "entrar", "incorporar",
            "incorporarse", "estudiar", "trabajar"}
_THERE = {"alli", "ahi", "alla"}


def body_sense(verb, lemma: str) -> str:
    """The reading of "coincidir" (any other lemma as it is)."""
    if lemma != "coincidir":
        return lemma
    words = {fold(c.lower_) for c in verb.children if c.dep_ in ("advmod", "obl")}
    if words & _THERE and verb.dep_ == "conj" and folded_lemma(verb.head) in _JOINING:
        return COINCIDED_IN_A_BODY  # "se afilió a X y allí coincidió con Y"
    if "donde" in words and verb.dep_ in ("acl", "acl:relcl") and \
            folded_lemma(verb.head.head) in _JOINING and verb.head.dep_ in ("obj", "obl"):
        return COINCIDED_IN_A_BODY  # "ingresó en la Academia, donde coincidió con Y"
    if any(_a_view(c) for c in verb.children):
        return COINCIDED_IN_A_VIEW
    return lemma


# Nouns of what one thinks or wants, which people coincide in by agreeing
_VIEWS = {"necesidad", "idea", "diagnostico", "analisis", "critica", "rechazo", "defensa",
          "postura", "opinion", "punto", "objetivo", "valoracion", "votacion", "propuesta",
          "importancia", "urgencia", "conveniencia", "lectura", "tesis"}


def _a_view(phrase) -> bool:
    """An "en" phrase that is a clause ("en que", "en reclamar"), an amount ("en casi todo")
    or a noun of a view ("en la necesidad de")."""
    if not any(g.dep_ in ("case", "mark") and fold(g.lower_) == "en" and g.i < phrase.i
               for g in phrase.children):
        return False
    return phrase.pos_ in ("VERB", "AUX", "PRON") or \
        any(c.dep_ == "cop" for c in phrase.children) or folded_lemma(phrase) in _VIEWS
