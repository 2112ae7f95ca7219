"""Those a list adds with "además de": "pertenecen el FPÖ, Fidesz y ANO, además de Vox y
Agrupación Nacional". The small model hangs the phrase anywhere in the sentence; read on the
tokens, it goes on with the subjects after the verb."""

from __future__ import annotations

from graph.ingest.nlp.list_runs import listed
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.reading import fold


def besides_after(parsed: Parsed, verb, subjects: list[End]) -> list[End]:
    """The items of an "además de" phrase right after the verb's postverbal subjects."""
    after = [s for s in subjects if s.first > verb.i]
    if not after:
        return []
    doc = parsed.doc
    i = max(s.last for s in after) + 1
    while i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 >= len(doc) or fold(doc[i].lower_) != "ademas" or \
            fold(doc[i + 1].lower_) not in ("de", "del"):
        return []
    keys = {s.key for s in subjects}
    return [e for e in listed(parsed, i + 1, "de") if parsed.is_agent(e.key) and e.key not in keys]
