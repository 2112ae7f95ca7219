"""The tone a text gives a "relación": allies have a close one, rivals a hostile one ("su
relación con X es glacial"), and a strained one ("tensa", "con altibajos") makes them
neither."""

from __future__ import annotations

from graph.ingest.nlp.triggers import HOSTILE, STRAINED, Nominal
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

HOSTILE_RELATION = Nominal("opponentOf", frozenset({"de"}), frozenset({"con", "entre"}), 0.6)


def _words(noun) -> set[str]:
    tokens = [t for t in noun.subtree if t.i <= noun.i + 4]
    if noun.dep_ == "nsubj" or noun.dep_ == "obj" and noun.head.pos_ in ("ADJ", "SPACE"):
        # "es glacial", "ha tenido altibajos": what the clause says of it (the small model
        # may take the subject of "es glacial" for an object, of the paragraph break)
        tokens += [noun.head] + [c for c in noun.head.children if c.pos_ == "ADJ" or
                                 c.dep_ in ("obj", "amod", "advmod", "xcomp")]
    return {w for t in tokens for w in (folded_lemma(t), fold(t.lower_).rstrip("s"))}


def tone(noun) -> str | None:
    """"hostile", "strained" or None (nothing said of it, or a warm word)."""
    words = _words(noun)
    if words & HOSTILE:
        return "hostile"
    if words & STRAINED:
        return "strained"
    return None
