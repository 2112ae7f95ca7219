"""The signature of a column or a chronicle ("Por Ricardo Arosemena Vallarino", "Por Ana Gil |
Lima", "Crónica de Ana Gil"): its author writes the story and is no one in it, so no title or
pronoun of the story stands for them."""

from __future__ import annotations

import re

from graph.ingest.nlp.doc_texts import doc_text

# "Por NOMBRE" ("Crónica de NOMBRE") alone on its line near the top, with at most a place, a
# date or a post after a separator
_WORD = r"[A-ZÁÉÍÓÚÑ][\w'.-]+"
_BYLINE = re.compile(rf"^\s*(?:Por|POR|Texto:|Escribe:?|(?:Crónica|Texto) de)\s+{_WORD}"
                     rf"(?:\s+(?:de|del|la|y|{_WORD}))*"
                     r"\s*(?:[,|/–—][^\n]{0,60})?$")
_TOP = 600  # characters: a signature sits under the headline


def signed(parsed, mention) -> bool:
    """Whether the mention is the name in the story's byline."""
    doc = parsed.doc
    start = doc[mention.start].idx
    if start > _TOP:
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return is_byline(line)


def is_byline(line: str) -> bool:
    """Whether a line is a story's signature ("Por Ana Gil | Lima")."""
    return bool(_BYLINE.match(line))
