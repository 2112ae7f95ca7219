"""A parse with some of its sentences replaced by their parse again (the mended readings of
verb_repair and opening_verbs)."""

from __future__ import annotations


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
