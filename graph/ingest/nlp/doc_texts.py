"""A parsed document's text, read once: spaCy joins the tokens again on every read of
Doc.text, and the readers ask for it thousands of times in a batch of articles."""

from __future__ import annotations

_TEXT = "kgraph:text"


def doc_text(doc) -> str:
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text
