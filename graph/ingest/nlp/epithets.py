"""A word the text put before a person's name, used later alone as the person's name: "el
socialista António José Seguro ... El socialista se reunió con X", "la libertaria Ana Ruiz ...
la libertaria". The word need not be a title or a party the graph knows; the one person the
text so described is meant."""

from __future__ import annotations

from graph.ingest.nlp.ends import METONYM, End
from graph.ingest.nlp.events import is_definite
from graph.ingest.nlp.words import is_role_noun
from graph.ingest.reading import fold


def epithet_holder(parsed, token) -> list[End]:
    """The one person named before `token` with `token`'s word right before their name."""
    if token.pos_ not in ("NOUN", "ADJ") or token.dep_ in ("amod", "flat") or \
            parsed.mention(token) is not None or is_role_noun(token) or \
            token.morph.get("Number") != ["Sing"] or not is_definite(token) or \
            any(c.dep_ in ("appos", "flat", "nmod") for c in token.children):
        return []
    word = fold(token.lower_)
    holders: dict[str, int] = {}
    for mention in parsed.linked.mentions:
        if mention.start >= token.i or mention.kind == METONYM or \
                not parsed.is_person(mention.key) or mention.start < 2:
            continue
        before = parsed.doc[mention.start - 1]
        if fold(before.lower_) == word and parsed.doc[mention.start - 2].pos_ == "DET":
            holders.setdefault(mention.key, mention.start)
    if len(holders) != 1:
        return []
    (key, start), = holders.items()
    distance = parsed.sentence_of(token.idx) - parsed.sentence_of(parsed.doc[start].idx)
    return [End(key, token.i, token.i, reference=True, distance=distance)]
