"""The year that makes a series' name one edition's: "la edición 2026 de la CPAC", "la edición
de 2025 de Europa Viva" name "CPAC 2026", "Europa Viva 2025"; and once a text has named one such
edition of a series, its bare "la CPAC" later is that edition (the one the story reports), not
the series."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.election_nouns import year_of
from graph.ingest.nlp.found import Found
from graph.ingest.reading import fold

_EDITION_NOUNS = {"edicion", "version", "cita"}
# claims about one gathering, which a series' bare name in a report on one edition stands for
_AT_ONE = {"participatedIn", "invitedTo"}


def edition_year(doc, start: int) -> int | None:
    """The year the words before a series' name (at token `start`) give its edition."""
    before = doc[max(start - 5, 0):start]
    words = [fold(t.lower_) for t in before]
    # "edición 2026 de la", "edición de 2026 de", "edición del 2026 de la"
    while words and words[-1] in ("la", "el", "los", "las"):
        words.pop()
    if words and words[-1] in ("de", "del"):
        words.pop()
        if words and year_of(words[-1]):
            year = year_of(words[-1])
            words.pop()
            while words and words[-1] in ("de", "del"):
                words.pop()
            if words and words[-1] in _EDITION_NOUNS:
                return year
    return None  # "en la CPAC de 2023" may date a meeting at the series' gathering


def only_edition(parsed, key: str) -> str:
    """The one dated edition of the series `key` the text named, else `key` itself."""
    editions = parsed.year_editions.get(key, ())
    return next(iter(editions)) if len(editions) == 1 else key


def editions_for_series(parsed, found: list[Found]) -> list[Found]:
    """A series' bare name stands for the one dated edition of it the text named."""
    if not parsed.year_editions:
        return found
    out = []
    for claim in found:
        if claim.relation in _AT_ONE:
            claim = replace(claim, object=replace(claim.object, key=only_edition(
                parsed, claim.object.key)))
        out.append(claim)
    return out
