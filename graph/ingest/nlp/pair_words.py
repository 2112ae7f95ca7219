""""Ambos" and "los dos" standing alone for two persons named before: "Los dos se reunieron
en marzo", "la reunión entre ambos", "el encuentro entre las dos". The small model tags the
words a number and may hang "entre ambos" on the noun as a count ("nummod"); a count of a noun
("los dos partidos", "ambos dirigentes") or an hour ("a las dos de la tarde") stands for
nobody by itself."""

from __future__ import annotations

from graph.ingest.nlp.words import case_marker
from graph.ingest.reading import fold

_BOTH = {"ambos", "ambas"}
_THE = {"los", "las"}
_TWO = _BOTH | {"dos"}
# Phrases a standalone pair word heads: the pair as subject, object or in a phrase
_STANDING = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "conj", "appos"}
# Prepositions that put a pair inside an event noun's phrase: "la reunión entre ambos"
_OF_AN_EVENT = {"entre", "de", "con"}


def _preposition(token) -> str:
    marker = case_marker(token)
    return fold(marker.lower_) if marker is not None else ""


def standalone_pair(token) -> bool:
    """Whether `token` is "ambos"/"ambas" or "los dos"/"las dos" with no noun of its own."""
    word = fold(token.lower_)
    if word in _BOTH:
        pass
    elif word == "dos" and any(c.dep_ == "det" and c.lower_ in _THE for c in token.children):
        if an_hour(token) or token.i == 0 or token.doc[token.i - 1].lower_ not in _THE or any(
                t.dep_ not in ("det", "case", "punct") or t.dep_ == "det" and t.lower_ not in _THE
                for t in token.subtree if t.i != token.i):
            return False  # "los otros dos", "los dos primeros": some two among more
    else:
        return False
    if any(c.dep_ in ("nmod", "amod") and c.i > token.i and c.pos_ == "NOUN"
           for c in token.children):
        return False  # "los dos de la lista"
    if token.dep_ in _STANDING:
        return True
    # "la reunión entre ambos": a count with a preposition of its own is a phrase
    return token.dep_ == "nummod" and token.head.i < token.i and \
        _preposition(token) in _OF_AN_EVENT


def an_hour(token) -> bool:
    """"a las dos", "hasta las dos de la tarde": a time, not a pair."""
    after = token.doc[token.i + 1:token.i + 4]
    return any(c.dep_ == "det" and c.lower_ == "las" for c in token.children) and (
        _preposition(token) in ("a", "hasta", "desde", "sobre", "hacia") or
        any(fold(t.lower_) in ("tarde", "manana", "madrugada", "noche", "horas")
            for t in after))


def pair_window(token) -> int:
    """How many sentences back the two a plural reference stands for may have been named, when
    nothing nearer says who they are: "ambos", "los dos" take up two just named (a sentence
    before at most); a verb's dropped plural subject ("—Se habla de A y de B. —Se conocen. Se
    reunieron en febrero") may reach further back."""
    named = fold(token.lower_) in _TWO or any(fold(c.lower_) in _TWO for c in token.children)
    return 1 if named else 3
