"""The next edition of an event, named by the event's own name: "la próxima cumbre del Foro
Madrid se celebrará en 2027 en Asunción" is not the summit the text reports, so the time its
clause gives dates that later edition, not those who took part in this one."""

from __future__ import annotations

from graph.ingest.reading import fold

_NEXT = {"proximo", "proxima", "siguiente", "venidero", "venidera", "futuro", "futura"}
_REACH = 5  # words before the event's name: "la próxima edición de la Cumbre de X"


def next_edition(token) -> bool:
    """Whether the event named at `token` is called the next one: "la próxima cumbre del X",
    "la siguiente edición de la Cumbre X", "el próximo Foro X" (the words before it, back to a
    verb or a punctuation mark)."""
    doc = token.doc
    for t in reversed(doc[max(token.i - _REACH, token.sent.start):token.i + 1]):
        if fold(t.lower_) in _NEXT:
            return True
        if t.i < token.i and (t.is_punct or t.pos_ in ("VERB", "AUX")):
            return False
    return False
