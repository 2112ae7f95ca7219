"""The place that names a series' edition, cut where the city it is held in starts: in "la
CPAC Brasil de Balneário Camboriú" the linker may take "Brasil de Balneário Camboriú" for one
place, but a country the gazetteer knows followed by "de" and another place is the edition's
country and where it was held ("CPAC Brasil", held in Balneário Camboriú)."""

from __future__ import annotations

from graph.ingest.knowledge import name_tokens
from graph.ingest.nlp import gazetteer


def edition_place_end(doc, start: int, end: int) -> int:
    """Where the place naming an edition ends within the mention doc[start:end]: before an
    inner "de" when a known country or region opens it, else `end`."""
    inner = next((t.i for t in doc[start + 1:end] if t.lower_ in ("de", "del")), None)
    if inner is None or inner + 1 >= end:
        return end
    key = name_tokens(doc[start:inner].text)
    found = gazetteer.place_at(key, 0, ("country", "region")) if key else None
    return inner if found is not None and found[0] == len(key) else end
