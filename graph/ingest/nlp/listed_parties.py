"""Parties listed after a candidate's party: "Xóchitl Gálvez, candidata del PAN, el PRI y el
PRD", "el candidato de Chega, de IL y del CDS". The title's phrase ends at the first comma;
the names that go on after it, closed by "y", are the other parties the one candidate stood
for. Without the closing "y" the names after the comma are an apposition, not a list."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, PARTY
from graph.ingest.nlp.ends import End

_ARTICLES = {"el", "la", "los", "las", "de", "del"}


def listed_parties(parsed, targets: list[End]) -> list[End]:
    """The parties listed after the last of a title's `targets`, when it is a party."""
    if not targets or not _party(parsed, targets[-1].key):
        return []
    doc = parsed.doc
    end = doc[targets[-1].last].sent.end
    i, found = targets[-1].last + 1, []
    while i < end and (doc[i].text == "," or doc[i].lower_ in ("y", "e")):
        closing = doc[i].lower_ in ("y", "e")
        j = i + 1
        while j < end and doc[j].lower_ in _ARTICLES:
            j += 1
        mention = parsed.mention(doc[j]) if j < end else None
        if mention is None or mention.start != j or not _party(parsed, mention.key):
            return []
        found.append(End.of(mention))
        if closing:
            return found
        i = mention.end
    return []


def _party(parsed, key: str) -> bool:
    return parsed.kb.is_a(key, PARTY) or parsed.kb.is_a(key, COALITION)
