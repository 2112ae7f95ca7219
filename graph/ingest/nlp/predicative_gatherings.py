"""A gathering noun a clause says something is, rather than one it tells of: "calificó el
mitin de «provocación»" calls the rally something, so "de provocación" is no complement that
names it; "convirtió la campaña en una fiesta nacional" makes the campaign a party, which is
no gathering held."""

from __future__ import annotations

from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# Verbs whose object is called what their "de" or "como" complement says
_CALLING = {"calificar", "tildar", "tachar", "catalogar", "definir", "describir", "considerar"}
# Verbs whose "en" complement is what their object becomes
_BECOMING = {"convertir", "transformar", "reconvertir", "volver"}


def called_by_verb(noun) -> bool:
    """Whether the noun is the object a calling verb calls something ("calificó el mitin de
    X"): its "de" complement is what it is called."""
    return noun.dep_ == "obj" and noun.head.pos_ == "VERB" and \
        verb_lemma(noun.head) in _CALLING


def what_it_becomes(noun) -> bool:
    """Whether the noun is what a becoming verb turns its object into ("convertir una campaña
    en una fiesta")."""
    return noun.dep_ in ("obl", "obj") and noun.head.pos_ == "VERB" and \
        verb_lemma(noun.head) in _BECOMING and any(
            c.dep_ == "case" and fold(c.lower_) == "en" for c in noun.children)
