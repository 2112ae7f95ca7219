"""A state said by a participle or an adjective set after a name and its comma ("Luis Pardo,
afiliado al PP desde 2010,", "Ana Soto, hoy enemistada con Y"): the word is the named one's
state, as "militante de" or "rival de" are, and what it is a state towards is the phrase its
prepositions introduce."""

from __future__ import annotations

from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.reading import fold

_ENDINGS = ("o", "a", "os", "as")
_DENIALS = {"no", "nunca", "jamas", "ni"}


def stem_of(word: str, stems) -> str | None:
    """The stem of `stems` the folded `word` is a gendered or plural form of."""
    for ending in _ENDINGS:
        if word.endswith(ending) and word[:-len(ending)] in stems:
            return word[:-len(ending)]
    return None


def state_after_name(parsed: Parsed, token, prepositions, holder) -> tuple | None:
    """The mention `token` follows after a comma, when `holder(key)` accepts it and nothing
    denies the state, with the ends its phrases introduced by `prepositions` name (the
    mention's own excluded); None when `token` is no such state ("el PP opuesto": a noun's
    adjective)."""
    if token.pos_ not in ("ADJ", "VERB") or token.dep_ not in ("amod", "acl", "appos") or any(
            c.dep_ == "advmod" and fold(c.lower_) in _DENIALS for c in token.children):
        return None
    named = parsed.mention(token.head)
    doc = parsed.doc
    if named is None or named.kind == METONYM or not holder(named.key) or \
            token.i < named.end or not any(t.text == "," for t in doc[named.end:token.i]) or \
            any(fold(t.lower_) in _DENIALS for t in doc[named.end:token.i]):
        return None
    ends: list[End] = []
    for child in token.children:
        case = next((c.lower_ for c in child.children if c.dep_ == "case"), None)
        if child.dep_ in ("obj", "obl", "nmod") and case in prepositions and child.i > token.i:
            ends += [end for end in parsed.ends(child) if end.key != named.key]
    return named, ends
