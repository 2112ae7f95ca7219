"""A weekday read by the tense of its clause: "el martes" in news is the past six days, but
"lo recibirá el martes", "la cumbre que se celebrará el domingo" is the coming one; and
"mañana" beside a future is the day after the article's."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from graph.ingest.nlp.modality import is_future
from graph.ingest.temporal import Anchor, TimeExpression
from graph.model.dates import FuzzyDate

_WEEKDAY = re.compile(r"^(?:el|este|esta)\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|"
                      r"s[aá]bado|domingo)$", re.IGNORECASE)
_TOMORROW = re.compile(r"(?<![Ll]a )(?<![Pp]or la )\bmañana\b")


def by_tense(time: TimeExpression, token, anchor: Anchor) -> TimeExpression:
    """`time`, moved to the coming week when it is a bare weekday in the past of a clause in
    the future tense (`token` is the expression's first word)."""
    day = anchor.day
    if time.date is None or day is None or time.date.precision != "day" or \
            not _WEEKDAY.match(time.text.strip()) or time.date.start > day or \
            not is_future(_verb(token)):
        return time
    start = time.date.start + timedelta(days=7)
    return replace(time, date=FuzzyDate(start, start, "day"))


def tomorrow(text: str, offset: int, doc, anchor: Anchor) -> list[TimeExpression]:
    """"encabezará mañana": the day after the article's, when the clause is in the future."""
    day = anchor.day
    if day is None:
        return []
    found = []
    for match in _TOMORROW.finditer(text):
        start = offset + match.start()
        token = next((t for t in doc if t.idx == start), None)
        if token is not None and is_future(_verb(token)):
            following = day + timedelta(days=1)
            found.append(TimeExpression(start, start + len(match.group()), match.group(),
                                        FuzzyDate(following, following, "day")))
    return found


def _verb(token):
    current = token
    for _ in range(20):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "cop", "aux:pass"):
            return current
        if current.head == current:
            return current
        current = current.head
    return current
