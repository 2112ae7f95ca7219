"""Dates with a precision (day, month, year) and the windows used to filter claims."""

from __future__ import annotations

import re
from datetime import date, timedelta

from graph.errors import InputError
from graph.model.terms import XSD
from graph.records import Frozen

DATATYPE_PRECISION = {XSD + "date": "day", XSD + "gYearMonth": "month", XSD + "gYear": "year"}
PRECISION_DATATYPE = {v: k for k, v in DATATYPE_PRECISION.items()}

_PATTERN = re.compile(r"^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class FuzzyDate(Frozen):
    """A date known to a day, a month or a year; it covers the period from `start` to `end`.
    Dates order by their fields, in this order."""

    __slots__ = ("start", "end", "precision")

    def __init__(self, start: date, end: date, precision: str):
        self.set_fields(start, end, precision)

    def __lt__(self, other):
        return self.fields() < other.fields() if type(other) is FuzzyDate else NotImplemented

    def __le__(self, other):
        return self.fields() <= other.fields() if type(other) is FuzzyDate else NotImplemented

    def __gt__(self, other):
        return self.fields() > other.fields() if type(other) is FuzzyDate else NotImplemented

    def __ge__(self, other):
        return self.fields() >= other.fields() if type(other) is FuzzyDate else NotImplemented

    @property
    def iso(self) -> str:
        if self.precision == "year":
            return f"{self.start.year:04d}"
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()

    def __str__(self) -> str:
        return self.iso


def parse_iso(text: str) -> FuzzyDate | None:
    """`2025`, `2025-11` or `2025-11-18` as a FuzzyDate; None when it is not one of them."""
    match = _PATTERN.match(text.strip())
    if not match:
        return None
    year_text, month_text, day_text = match.groups()
    try:
        year = int(year_text)
        if month_text is None:
            return FuzzyDate(date(year, 1, 1), date(year, 12, 31), "year")
        month = int(month_text)
        if day_text is None:
            first = date(year, month, 1)
            # The day before the next month's first (calendar, for this alone, took 2 ms to load).
            last = date(year, 12, 31) if month == 12 else date(year, month + 1, 1) - timedelta(1)
            return FuzzyDate(first, last, "month")
        day = date(year, month, int(day_text))
        return FuzzyDate(day, day, "day")
    except ValueError:
        return None


def parse_literal(lexical: str, datatype: str) -> FuzzyDate | None:
    """A typed date literal; None when the datatype is not a date type or the value is invalid."""
    precision = DATATYPE_PRECISION.get(datatype)
    if precision is None:
        return None
    parsed = parse_iso(lexical)
    if parsed is None or parsed.precision != precision:
        return None
    return parsed


def parse_user_date(text: str, label: str, parameter: str | None = None) -> FuzzyDate:
    parsed = parse_iso(text)
    if parsed is None:
        raise InputError(f"{label} expects YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}",
                         parameter=parameter)
    return parsed


class Window(Frozen):
    """A time window; a claim is inside when its period overlaps the window."""

    __slots__ = ("since", "until")

    def __init__(self, since: FuzzyDate | None = None, until: FuzzyDate | None = None):
        self.set_fields(since, until)

    @classmethod
    def parse(cls, since: str | None, until: str | None) -> Window:
        window = cls(
            parse_user_date(since, "`since`", "since") if since else None,
            parse_user_date(until, "`until`", "until") if until else None,
        )
        if window.since and window.until and window.since.start > window.until.end:
            raise InputError(f"`since` {since} is after `until` {until}", parameter="since")
        return window

    @property
    def is_open(self) -> bool:
        return self.since is None and self.until is None

    def admits(self, span: tuple[date, date] | None) -> bool:
        """Undated claims fall outside any bounded window: their time is unknown."""
        if self.is_open:
            return True
        if span is None:
            return False
        first, last = span
        if self.since and last < self.since.start:
            return False
        return not (self.until and first > self.until.end)


def span(
    point: FuzzyDate | None, start: FuzzyDate | None = None, end: FuzzyDate | None = None
) -> tuple[date, date] | None:
    """The period a claim covers: its date, or from its start to its end (open ends unbounded)."""
    if point is not None:
        return point.start, point.end
    if start is None and end is None:
        return None
    return (start.start if start else date.min), (end.end if end else date.max)
