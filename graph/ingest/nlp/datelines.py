"""Datelines ("Lisboa, 26 ene (Lusa).-"), which the small model takes for the subject of the
lead's first verb, and the subject it then hangs under them."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.parsed import End, Parsed


def is_dateline(token) -> bool:
    """"Lisboa, 26 ene (Lusa).-": the dateline the small model takes for a subject (its
    agency's name may run over several tokens: "(Europa Press).-")."""
    return dateline_end(token) is not None


def dateline_end(token) -> int | None:
    """The token that closes the dateline `token` belongs to, if it does."""
    doc = token.doc
    for i in range(token.i, min(token.i + 4, len(doc))):
        if ".-" in doc[i].text or i > token.i and doc[i].text in (".-", "-"):
            return i
        if i > token.i and (doc[i].is_space or doc[i].pos_ in ("VERB", "AUX")):
            return None
    return None


def subject_after_dateline(parsed: Parsed, token) -> list[End]:
    """The subject hung under a dateline: the names after it, coordinated."""
    marker = dateline_end(token)
    found: list[End] = []
    last = None
    for t in token.subtree:
        mention = parsed.mention(t)
        if t.i <= marker or mention is None or t.i != mention.start:
            continue
        if t.i > 0 and parsed.doc[t.i - 1].lower_ in ("de", "del", "a", "al", "con", "por",
                                                      "en"):
            continue  # "El líder de Chega, André Ventura,": a complement of the title
        if not parsed.is_agent(mention.key):
            if not found and parsed.kb.is_a(mention.key, EVENT):
                break  # "(Diario Financiero).- El Foro X, organizado por Y, abrirá"
            continue
        if last is not None and not all(x.lower_ in ("y", "e", ",") for x in
                                        parsed.doc[last + 1:mention.start]):
            break
        found.append(End.of(mention))
        last = mention.end - 1
    return found
