"""An age set between a name and its title: "Fariña, de 41 años, concejal en Vigo", "la
senadora, de 58 años, ..."; the title after it is still the name's apposition."""

from __future__ import annotations

from graph.ingest.reading import fold

_YEARS = {"anos", "ano"}


def past_age(doc, i: int) -> int:
    """The token after ", de 41 años," when such an age opens at `i` (the word after the
    name's comma), else `i`."""
    if i + 3 < len(doc) and doc[i].lower_ == "de" and doc[i + 1].like_num and \
            fold(doc[i + 2].lower_) in _YEARS and doc[i + 3].text == ",":
        return i + 4
    return i
