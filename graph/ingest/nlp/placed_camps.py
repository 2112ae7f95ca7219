"""A camp placed in a chamber or a place ("el jefe de la oposición en la Knéset", "la
oposición en el Parlamento gallego"): the opposition there, by the words the text places it
with, not the graph's camp of whichever country it holds one for."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION
from graph.ingest.nlp.proposals import known_or_proposed
from graph.ingest.reading import fold

_CAMPS = {"oposicion"}


def placed_camp(parsed, token) -> str | None:
    """The key of the camp the noun at `token` names with the "en" and the name right after it
    ("en la Knéset", "en el Parlamento gallego"), if they follow it."""
    end = camp_end(token)
    if end is None:
        return None
    return known_or_proposed(parsed, f"Oposición {token.doc[token.i + 1:end].text}", COALITION,
                             token.sent.text)


def camp_end(token) -> int | None:
    """Where the words placing a camp end (the token after them), if they follow it."""
    doc = token.doc
    i = token.i + 1
    if fold(token.lower_) not in _CAMPS or i + 1 >= len(doc) or doc[i].lower_ != "en":
        return None
    j = i + 1
    if doc[j].pos_ == "DET":
        j += 1
    if j >= len(doc) or not doc[j].text[:1].isupper():
        return None
    end = j + 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].text[:1].isupper() or
                              doc[end].pos_ == "ADJ" and doc[end].i == end and
                              doc[end - 1].pos_ == "PROPN" or
                              doc[end].lower_ in ("de", "del") and end + 1 < len(doc) and
                              doc[end + 1].text[:1].isupper()):
        end += 1
    return end
