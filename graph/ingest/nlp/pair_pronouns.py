""""Ninguno" said of a pair: "ninguno de los dos finalistas", "ninguna de ambas", and "ninguno de
ellos" when "ellos" takes up two named as a pair just before ("se reunió con los dos
candidatos. ... no ha pedido el voto para ninguno de ellos"). A plural pronoun with no pair
before it may stand for any group ("los ocho ministros ... ninguno de ellos"), so it names
nobody here."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_NONE = {"ninguno", "ninguna"}
_PAIRED = {"dos", "ambos", "ambas"}
_PLURAL = {"ellos", "ellas"}
# a run-off's two: "los finalistas" are a pair without a number
_TWO_SIDED = {"finalista"}
# Who a vote sets against each other: "ninguno de los dos finalistas".
_CONTENDERS = {"finalista", "candidato", "candidata", "aspirante", "contendiente", "rival",
               "contrincante", "adversario", "adversaria"}


def says_a_pair(token) -> bool:
    """Whether `token` is a "ninguno" whose own words make it one of two."""
    return _none(token) and any(fold(t.lower_) in _PAIRED for t in [
        *token.subtree, *token.doc[token.i + 1:token.i + 4]])


def plural_taken_up(token) -> bool:
    """Whether `token` is "ninguno de ellos" (or "ninguna de ellas")."""
    return _none(token) and any(fold(c.lower_) in _PLURAL and c.i > token.i
                                for c in token.children)


def pair_antecedent(token):
    """The noun of two that "ninguno de ellos" takes up: the last plural noun counted as a pair
    ("los dos candidatos", "ambos aspirantes", "los finalistas") in its sentence or the one
    before; None without one."""
    if not plural_taken_up(token):
        return None
    sentence = token.sent
    start = sentence.start
    if start > 0:
        start = token.doc[start - 1].sent.start
    for word in reversed(token.doc[start:token.i]):
        if word.pos_ == "NOUN" and "Plur" in word.morph.get("Number") and (
                any(fold(c.lower_) in _PAIRED for c in [*word.children, word.doc[word.i - 1]])
                or folded_lemma(word) in _TWO_SIDED):
            return word
    return None


def of_contenders(token) -> bool:
    """Whether the pair is of those a vote sets against each other, named in the phrase
    ("ninguno de los dos finalistas") or by the noun "ellos" takes up ("los dos candidatos")."""
    taken_up = pair_antecedent(token)
    return any(folded_lemma(t) in _CONTENDERS for t in token.subtree) or (
        taken_up is not None and folded_lemma(taken_up) in _CONTENDERS)


def outside_subject(token, persons: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`persons` (token, key) but those in the subject of the clause "ninguno" is the object
    of: "la senadora X no respaldará a ninguno de los dos" speaks of two others than X."""
    if not _none(token) or token.dep_ in ("nsubj", "nsubj:pass"):
        return persons
    spans = [(c.left_edge.i, c.right_edge.i) for c in token.head.children
             if c.dep_ == "nsubj" and c.i < token.i]
    return [(i, k) for i, k in persons if not any(a <= i <= b for a, b in spans)]


def _none(token) -> bool:
    return token.pos_ == "PRON" and fold(token.lower_) in _NONE
