"""A pair named by an office or a seat ("los dos nuevos concejales", "ambos diputados") is two
persons who hold it. Two the text gave other offices ("el alcalde X", "el presidente de la
Diputación Y") and never this one are not the pair, however recently named: the pair is then
one the text leaves unnamed."""

from __future__ import annotations

from graph.ingest.nlp.head_of_state import same_office
from graph.ingest.nlp.words import folded_lemma, role_kind

_OFFICES = {"head", "office", "seat"}


def fitting_pair(parsed, noun, pair: list) -> list:
    word = folded_lemma(noun)
    if role_kind(word) not in _OFFICES or not pair:
        return pair
    holders = {k for w, ks in parsed.titled.items() if same_office(w, word) for k in ks}
    others = {k for w, ks in parsed.titled.items() if not same_office(w, word) and
              role_kind(w.removeprefix("ex:")) in _OFFICES for k in ks}
    if any(e.key in others and e.key not in holders for e in pair):
        return []
    return pair
