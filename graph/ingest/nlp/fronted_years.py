"""A year the sentence opens on: "En 2023, el secretario general apostó por X como candidato a
la presidencia ...", "En marzo de 2025 intervino en el cierre de campaña para las regionales
de Madeira". A time fronted before the clause sets the time of the whole sentence, however far
from it the race is named."""

from __future__ import annotations

from graph.ingest.reading import fold

_OPENERS = {"en", "ya", "hacia", "durante"}  # not "desde": a term's start


def fronted_year(sentence) -> int | None:
    words = [t for t in sentence if not t.is_space]
    if len(words) < 4 or fold(words[0].lower_) not in _OPENERS:
        return None
    for t in words[1:8]:
        if t.text == ",":
            return None
        if len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20"):
            # "En 2023, ...", "En marzo de 2025 intervino en ...": the time, then the clause
            following = [w for w in words if w.i > t.i][:1]
            return int(t.text) if following and (following[0].text == "," or following[0].pos_
                                                 in ("VERB", "AUX")) else None
    return None
