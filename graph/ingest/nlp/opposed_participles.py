"""Rivalry said by a participle or an adjective of opposition beside a name: "Luis Pardo,
enfrentado con el alcalde X desde 2020,", "Ana Soto, hoy enemistada con Y", "el PP, opuesto
a Vox en todo", "Z, contrario a W". The word is the state of the one it follows, as "rival de"
is; "no", "nunca" or "ya no" before it deny nothing the extractor states."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.reading import fold

# The word's stem (gender and number follow) and the prepositions of whom it is set against
_OPPOSED = {"enfrentad": ("con", "a", "al"), "enemistad": ("con",), "opuest": ("a", "al"),
            "contrari": ("a", "al"), "confrontad": ("con", "a", "al")}
_ENDINGS = ("o", "a", "os", "as")
_DENIALS = {"no", "nunca", "jamas", "ni"}


def opposed_participle_claims(parsed: Parsed, token) -> list[Found]:
    stem = _stem(fold(token.lower_))
    if stem is None or token.pos_ not in ("ADJ", "VERB") or \
            token.dep_ not in ("amod", "acl", "appos") or any(
                c.dep_ == "advmod" and fold(c.lower_) in _DENIALS for c in token.children):
        return []
    named = parsed.mention(token.head)
    doc = parsed.doc
    if named is None or named.kind == METONYM or not parsed.is_agent(named.key) or \
            token.i < named.end or not any(t.text == "," for t in doc[named.end:token.i]) or \
            any(fold(t.lower_) in _DENIALS for t in doc[named.end:token.i]):
        return []  # "X, enfrentado con": after the name and its comma, not a noun's adjective
    found = []
    for child in token.children:
        case = next((c.lower_ for c in child.children if c.dep_ == "case"), None)
        if child.dep_ not in ("obj", "obl", "nmod") or case not in _OPPOSED[stem] or \
                child.i < token.i:
            continue
        for other in parsed.ends(child):
            if other.key != named.key and not other.reference and \
                    parsed.kb.fits("opponentOf", named.key, other.key):
                found.append(Found("opponentOf", End.of(named), other, 0.6, "apposition",
                                   token.i, dated=False))
    return found


def _stem(word: str) -> str | None:
    for ending in _ENDINGS:
        if word.endswith(ending) and word[:-len(ending)] in _OPPOSED:
            return word[:-len(ending)]
    return None
