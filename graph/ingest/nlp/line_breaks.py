"""A line break ends a sentence. The small model may run a byline, a subheading or a
paragraph's last words into the next paragraph ("OPINIÓN | Ana Ruiz, profesora de ...\n\nSeis
meses después de ganar, el presidente ..." read as one sentence, the columnist its subject).
Such a sentence is parsed again line by line and put back in place of the run-on parse; the
sentences the model kept within their lines keep their parse (the model does not honour
sentence starts marked before it runs, and parsing every paragraph on its own changes how
the words at each paragraph's edges are read)."""

from __future__ import annotations

from graph.ingest.nlp.doc_splices import spliced
from graph.ingest.nlp.quote_marks import parse_quoted


def lines_apart(nlp, doc):
    """`doc` with each sentence that runs across a line break parsed again as one sentence
    per line (each line ending with its break)."""
    from spacy.tokens import Doc

    fixes = []
    for sentence in doc.sents:
        cuts = _line_starts(sentence)
        if not cuts:
            continue
        bounds = [sentence.start, *cuts, sentence.end]
        spans = list(zip(bounds, bounds[1:], strict=False))
        parts = parse_quoted(nlp, [doc[a:b].text_with_ws for a, b in spans])
        if [len(p) for p in parts] != [b - a for a, b in spans]:
            continue  # tokenized otherwise on its own: the run-on parse is kept
        fixes.append((sentence.start, sentence.end, Doc.from_docs(parts, ensure_whitespace=False)))
    return spliced(doc, fixes)


def _line_starts(sentence) -> list[int]:
    """Where a line starts inside `sentence`: at its first word, when words came before the
    break in the same sentence (the break ends the line before: a name that closes a paragraph,
    "la AfD.", is read as at the end of any sentence). A
    heading inside the body (a line with no closing mark after the first paragraph that has
    one) stays with the paragraph it heads: what it names is the paragraph's topic, not an
    antecedent the paragraph's titles stand for."""
    doc = sentence.doc
    cuts, words_before, brk = [], False, None
    for token in sentence:
        if token.is_space:
            if "\n" in token.text and brk is None:
                brk = token.i
            continue
        if brk is not None and words_before and not _body_heading(doc, brk):
            cuts.append(token.i)
        words_before, brk = True, None
    return cuts


# What closes a sentence written as one (a stop, a question, a quote's closing mark)
_CLOSING = (".", "?", "!", "…", '"', "»", "”", ")")


def _body_heading(doc, brk: int) -> bool:
    """Whether the line that ends at the break `brk` is a heading inside the body: it has no
    closing mark, and an earlier line ended with one."""
    last = brk - 1
    while last >= 0 and doc[last].is_space:
        last -= 1
    if last < 0 or doc[last].text.endswith(_CLOSING):
        return False
    return any(t.is_space and "\n" in t.text and t.i and
               doc[t.i - 1].text.endswith((".", "?", "!", "…")) for t in doc[:last])
