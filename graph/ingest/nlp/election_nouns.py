"""The words that name an election in Spanish news ("las elecciones", "los comicios", "la
segunda vuelta", "las presidenciales", "las europeas"), told apart from the same words in an
institution's name ("el Tribunal Supremo de Elecciones") or naming people ("los generales",
"las mujeres europeas"), and the year a word writes."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# The nouns of an election's round ("la segunda vuelta", "el balotaje")
ROUND_NOUNS = frozenset({"vuelta", "balotaje", "ballotage"})
ELECTION_NOUNS = {"eleccion", "elecciones", "comicios", "vuelta", "balotaje", "ballotage",
                  "presidenciales", "legislativas", "parlamentarias", "autonomicas",
                  "municipales", "primarias", "contienda"}


def is_election_noun(token) -> bool:
    if fold(token.lower_) == "generales" and token.pos_ in ("NOUN", "ADJ"):
        # "en las generales de abril"; "los generales" are soldiers
        return any(c.dep_ == "det" and c.lower_ in ("las", "unas", "estas", "esas")
                   for c in token.children)
    if fold(token.lower_) in ("europeas", "regionales") and \
            token.pos_ in ("NOUN", "ADJ", "PROPN"):
        # "en las europeas de 2019", "las regionales de Madeira"; "las mujeres europeas" are
        # women, "las sedes regionales" offices
        return token.dep_ != "amod" and any(
            c.dep_ == "det" and c.lower_ in ("las", "unas", "estas", "esas", "aquellas")
            for c in token.children)
    if token.text[:1].isupper() and token.i > 1 and token.nbor(-1).lower_ in ("de", "del") and \
            token.nbor(-2).text[:1].isupper() and not token.nbor(-2).is_sent_start:
        return False  # "el Tribunal Supremo de Elecciones", "el Jurado Nacional de Elecciones"
    return token.pos_ in ("NOUN", "ADJ", "PROPN") and (
        folded_lemma(token) in ELECTION_NOUNS or fold(token.lower_) in ELECTION_NOUNS)


def heads_election(token) -> bool:
    """An election noun heading its phrase ("las presidenciales"; not the adjective of
    "elecciones presidenciales", read with its noun)."""
    return is_election_noun(token) and not (
        token.dep_ in ("amod", "flat") and is_election_noun(token.head))


def of_a_round(token) -> bool:
    """"la primera vuelta de las elecciones generales": the race a round is of, named once with
    the round."""
    return token.dep_ == "nmod" and fold(token.head.lower_) in ("vuelta", "balotaje",
                                                                 "ballotage")


def year_of(text: str) -> int | None:
    """The year a word writes ("2025"), if it writes one of this century or the last."""
    return int(text) if text.isdigit() and len(text) == 4 and text[:2] in ("19", "20") else None
