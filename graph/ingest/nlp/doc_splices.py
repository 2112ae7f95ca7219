"""A parse with some of its sentences replaced by their parse again (the mended readings of
verb_repair, opening_verbs and demonym_repair)."""

from __future__ import annotations

# Where a word read again is still part of a noun phrase, not the verb it was put in for
_NOMINAL = {"amod", "compound", "nmod", "appos", "flat"}


def reparsed_as_verb(nlp, sentence, index: int, word: str, lemma: str | None = None,
                     ents: list[str] | None = None, others: dict | None = None):
    """`sentence` (a span) parsed again with `word` in place of its token at `index`, keeping
    its own words and spacing, when the new parse reads the word as a verb; else None.
    `lemma` is the verb's lemma and `ents` the entity tags, when not the new parse's; `others`
    the sentence's other verbs put in already (index -> word, lemma), which must stay verbs."""
    others = others or {}
    return reparsed_with(nlp, sentence, index, word, lambda t: all(
        u.pos_ in ("VERB", "AUX") and u.dep_ not in _NOMINAL
        for u in [t, *(t.doc[i] for i in others)]), lemma, ents, others)


def reparsed_with(nlp, sentence, index: int, word: str, keeps, lemma: str | None = None,
                  ents: list[str] | None = None, others: dict | None = None):
    """`sentence` (a span) parsed again with `word` in place of its token at `index`, keeping
    its own words and spacing, when `keeps` accepts the stand-in's new reading; else None.
    `lemma` is the token's lemma and `ents` the entity tags, when not the new parse's."""
    from spacy.tokens import Doc

    words = {i: w for i, (w, _) in (others or {}).items()} | {index: word}
    text = "".join(words.get(i, t.text) + t.whitespace_ for i, t in enumerate(sentence))
    parsed = nlp(text)
    if len(parsed) != len(sentence) or not keeps(parsed[index]):
        return None
    lemmas = [t.lemma_ for t in parsed]
    for i, (_, other) in (others or {}).items():
        lemmas[i] = other
    if lemma is not None:
        lemmas[index] = lemma
    if ents is None:
        ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed]
    fixed = Doc(sentence.doc.vocab, words=[t.text for t in sentence],
                spaces=[bool(t.whitespace_) for t in sentence],
                pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed],
                morphs=[str(t.morph) for t in parsed], lemmas=lemmas,
                heads=[t.head.i for t in parsed], deps=[t.dep_ for t in parsed], ents=ents)
    fixed.tensor = parsed.tensor  # Doc.from_docs joins the parts' tensors too
    return fixed


def spliced(doc, fixes):
    """`doc` with each span `(start, end)` of `fixes`, in order, replaced by its Doc."""
    if not fixes:
        return doc
    from spacy.tokens import Doc

    parts, start = [], 0
    for first, end, fixed in fixes:
        if first > start:
            parts.append(doc[start:first].as_doc())
        parts.append(fixed)
        start = end
    if start < len(doc):
        parts.append(doc[start:].as_doc())
    return Doc.from_docs(parts, ensure_whitespace=False)
