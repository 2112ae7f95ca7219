"""A weekday read by the tense of its clause: "el martes" in news is the past six days, but
"lo recibirá el martes", "la cumbre que se celebrará el domingo" is the coming one; and
"mañana" beside a future is the day after the article's. A month or a day named without its
year goes by the tense too: "viajó en octubre", told in July, was last year's October."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from graph.ingest.nlp.interviews import in_answer
from graph.ingest.nlp.modality import is_future
from graph.ingest.temporal import Anchor, TimeExpression
from graph.model.dates import FuzzyDate

_WEEKDAY = re.compile(r"^(?:el|del|este|esta)\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|"
                      r"s[aá]bado|domingo)$", re.IGNORECASE)
_SPOKEN_WEEKDAY = re.compile(r"^el\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|"
                             r"domingo)$", re.IGNORECASE)
# a month or a day and month named without the year
_YEARLESS = re.compile(r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
                       r"setiembre|octubre|noviembre|diciembre)", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")
_TOMORROW = re.compile(r"(?<![Ll]a )(?<![Pp]or la )\bmañana\b")


def by_tense(time: TimeExpression, token, anchor: Anchor) -> TimeExpression:
    """`time`, moved to the coming week when it is a bare weekday in the past of a clause in
    the future tense (`token` is the expression's first word)."""
    day = anchor.day
    if time.date is None or day is None:
        return time
    if _YEARLESS.search(time.text) and not _YEAR.search(time.text):
        return _by_year(time, clause_verb(token), day)
    if time.date.precision == "day" and time.date.start == day and \
            _SPOKEN_WEEKDAY.match(time.text.strip()) and in_answer(token.doc, token) and \
            _is_past(clause_verb(token)):
        # "R. [...] el martes ya estaba haciéndose fotos con X", in an interview published on a
        # Tuesday: who speaks calls the day "hoy", and the interview was held before
        start = day - timedelta(days=7)
        return replace(time, date=FuzzyDate(start, start, "day"))
    if time.date.precision != "day" or not _WEEKDAY.match(time.text.strip()) or \
            time.date.start > day or not is_future(clause_verb(token)):
        return time
    start = time.date.start + timedelta(days=7)
    return replace(time, date=FuzzyDate(start, start, "day"))


def _by_year(time: TimeExpression, verb, day) -> TimeExpression:
    """A month or day nearest the article's date, moved a year back when its clause tells
    what happened and it would be still to come."""
    if time.date.start <= day or not _is_past(verb):
        return time
    start, end = _year_before(time.date.start), _year_before(time.date.end)
    return replace(time, date=FuzzyDate(start, end, time.date.precision))


def _year_before(value):
    try:
        return value.replace(year=value.year - 1)
    except ValueError:  # the 29th of February
        return value.replace(year=value.year - 1, day=28)


def _is_past(verb) -> bool:
    """"viajó", "viajaba", "ha viajado", "había viajado": the clause tells what happened."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(t.dep_ in ("aux", "aux:pass") and t.lemma_ == "haber" for t in verb.children):
        return True
    tenses = set(verb.morph.get("Tense")) | {
        tense for t in verb.children if t.dep_ in ("aux", "aux:pass", "cop")
        for tense in t.morph.get("Tense")}
    return bool(tenses & {"Past", "Imp"}) and "Fut" not in tenses


def tomorrow(text: str, offset: int, doc, anchor: Anchor) -> list[TimeExpression]:
    """"encabezará mañana": the day after the article's, when the clause is in the future."""
    day = anchor.day
    if day is None:
        return []
    found = []
    for match in _TOMORROW.finditer(text):
        start = offset + match.start()
        token = next((t for t in doc if t.idx == start), None)
        if token is not None and is_future(clause_verb(token)):
            following = day + timedelta(days=1)
            found.append(TimeExpression(start, start + len(match.group()), match.group(),
                                        FuzzyDate(following, following, "day")))
    return found


def clause_verb(token):
    """The verb heading the clause a token is in (a noun answers for the verb that governs it)."""
    current = token
    for _ in range(20):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "cop", "aux:pass"):
            return current
        if current.head == current:
            return current
        current = current.head
    return current
