"""A year the text points back to: "En 2022 se afilió a X, y ese mismo año fue candidata",
"fue concejala entre 2011 y 2019. Aquel año dejó el partido", "asistió en mayo de 2024 a Europa
Viva y, en diciembre de ese año, viajó a Roma". The pattern reader of time words does not see
the year before ("en diciembre" alone would be the December nearest the article's date): the
year is the last one written in the sentence or the two before (`year_named_before`)."""

from __future__ import annotations

import calendar
import re
from datetime import date

from graph.ingest.nlp.race_tense import year_named_before
from graph.ingest.reading import fold
from graph.ingest.temporal import MONTHS, TimeExpression
from graph.model.dates import FuzzyDate

_THAT = r"(?:ese|aquel|dicho)\s+(?:mismo\s+)?ano\b"
_MONTH = "(" + "|".join(MONTHS) + ")"
_PATTERNS = [
    # "en diciembre de ese año", "el 3 de julio de aquel año"
    re.compile(rf"\b(?:(?:en|desde|hasta|durante)\s+)?(?:(?:el\s+)?(\d{{1,2}})\s+de\s+)?"
               rf"{_MONTH}\s+de\s+{_THAT}"),
    # "ese mismo año", "en aquel año", "desde ese año", "las presidenciales de ese año"
    re.compile(rf"\b(?:(?:en|desde|hasta|durante|de)\s+)?{_THAT}"),
]


def anaphoric_years(text: str, offset: int, doc) -> list[TimeExpression]:
    """The expressions of sentence `text` (starting at `offset` in `doc`'s text) that point back
    to a year written before, resolved to it; none when no year was written just before."""
    folded = fold(text)
    found: list[TimeExpression] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            start, end = match.start() + offset, match.end() + offset
            if any(start < t.end and t.start < end for t in found):
                continue
            span = doc.char_span(start, start + 1, alignment_mode="expand")
            if span is None or not len(span):
                continue
            # a quotation may stand between: "Fue concejala hasta 2019. «...», dice. Ese
            # mismo año se afilió a Vox"
            year = year_named_before(span[0], 2)
            if year is None:
                continue
            value = _value(year, match.groups())
            if value is not None:
                found.append(TimeExpression(start, end, text[match.start():match.end()], value,
                                            match.group().startswith("desde")))
    return found


def _value(year: int, groups) -> FuzzyDate | None:
    day, month = (groups[0], groups[1]) if len(groups) == 2 else (None, None)
    if month is None:
        return FuzzyDate(date(year, 1, 1), date(year, 12, 31), "year")
    number = MONTHS[month]
    if day is not None:
        try:
            value = date(year, number, int(day))
        except ValueError:
            return None
        return FuzzyDate(value, value, "day")
    last = calendar.monthrange(year, number)[1]
    return FuzzyDate(date(year, number, 1), date(year, number, last), "month")
