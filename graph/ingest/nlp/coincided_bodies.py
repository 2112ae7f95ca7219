"""Coinciding with someone in a body one joined is having been in it at the same time, not a
meeting: "Se afilió a Nuevas Generaciones en 1996 y allí coincidió con X", "ingresó en la
Academia, donde coincidió con Y". Those who coincide meet at an occasion ("viajó a Roma y
allí coincidió con X", "participó en la cumbre, donde coincidió con Y"), not in a party, a
school or an office they belonged to over years."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

COINCIDED_IN_A_BODY = "coincidir en un cuerpo"  # a reading with no relation
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
    return lemma
