"""Spanish time expressions resolved against the article's date, with their precision."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from graph.ingest.reading import fold
from graph.model.dates import FuzzyDate, parse_iso

MONTHS = {name: number for number, name in enumerate(
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"], start=1)}
MONTHS["setiembre"] = 9
WEEKDAYS = {"lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5,
            "domingo": 6}

# wire copy's datelines abbreviate ("ASUNCIÓN, 16 may 2026 (AFP)")
_ABBREVIATIONS = {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8,
                  "sep": 9, "sept": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12}
_NUMBERS = {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
            "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15,
            "veinte": 20}

_MONTH = "(" + "|".join(MONTHS) + ")"
_WEEKDAY = "(" + "|".join(WEEKDAYS) + ")"
_ABBREVIATION = "(" + "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True)) + ")"
_COUNT = r"(\d{1,2}|" + "|".join(_NUMBERS) + ")"
_UNIT = r"(dias?|semanas?|mes|meses|anos?)"

# Ordered: the first pattern that matches a stretch of text wins it.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("full", re.compile(rf"\b(?:el\s+)?(?:{_WEEKDAY}\s+)?(\d{{1,2}})\s+de\s+{_MONTH}\s+"
                        r"(?:de|del)\s+(\d{4})\b")),
    ("numeric", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")),
    ("abbreviated", re.compile(rf"\b(\d{{1,2}})\s+{_ABBREVIATION}\.?\s+(\d{{4}})\b")),
    ("ago", re.compile(rf"\bhace\s+(?:ya\s+|apenas\s+|casi\s+|mas\s+de\s+)?{_COUNT}\s+"
                       rf"{_UNIT}\b")),
    ("day_month", re.compile(rf"\b(?:el\s+)?(?:{_WEEKDAY}\s+)?(\d{{1,2}})\s+de\s+{_MONTH}\b")),
    ("month_year", re.compile(rf"\b(?:en\s+|de\s+)?{_MONTH}\s+(?:de|del)\s+(\d{{4}})\b")),
    ("weekday", re.compile(rf"\b(este|esta|el\s+pasado|el\s+proximo|el|del)\s+{_WEEKDAY}"
                           r"(\s+pasado|\s+proximo)?\b")),
    ("relative_day", re.compile(r"\b(hoy|ayer|anteayer|antier|anoche|anteanoche|"
                                r"esta\s+(?:manana|tarde|noche))\b")),
    ("this_year", re.compile(r"\b(?:este\s+ano|el\s+presente\s+ano|el\s+ano\s+en\s+curso)\b")),
    ("last_year", re.compile(r"\bel\s+(?:ano\s+pasado|pasado\s+ano)\b")),
    ("next_year", re.compile(r"\bel\s+(?:ano\s+que\s+viene|proximo\s+ano|ano\s+proximo)\b")),
    ("this_month", re.compile(r"\beste\s+mes\b")),
    ("last_month", re.compile(r"\bel\s+(?:mes\s+pasado|pasado\s+mes)\b(?!\s+de\s)")),
    ("next_month", re.compile(r"\bel\s+(?:mes\s+que\s+viene|proximo\s+mes|mes\s+proximo)\b"
                              r"(?!\s+de\s)")),
    ("week", re.compile(r"\b(?:(esta)\s+semana|la\s+(pasada|proxima)\s+semana|"
                        r"la\s+semana\s+(pasada|proxima|que\s+viene))\b")),
    ("named_month", re.compile(rf"\bel\s+(pasado|proximo)\s+(?:mes\s+de\s+)?{_MONTH}\b")),
    ("month", re.compile(rf"\b(?:en|desde|durante|de)\s+{_MONTH}\b")),
    ("year", re.compile(r"\b(?:en|desde|durante|hasta|de)\s+(?:el\s+ano\s+)?((?:19|20)\d{2})\b")),
    ("vague", re.compile(r"\b(desde hace (?:anos|meses|decadas|tiempo)|durante anos|"
                         r"hace (?:unos|unas|algunos|algunas|varios|varias|pocos|pocas) "
                         r"(?:dias|semanas|meses|anos)|"
                         r"reiteradas veces|en varias ocasiones)\b")),
]


_SINCE = re.compile(r"(?:^|\W)desde\s+$")


@dataclass(frozen=True)
class TimeExpression:
    start: int  # offsets in the text the expression was found in
    end: int
    text: str
    date: FuzzyDate | None  # None: a time expression that fixes no date ("desde hace años")
    since: bool = False  # "desde 2019": the date starts a period

    @property
    def precision(self) -> str | None:
        return self.date.precision if self.date else None


@dataclass(frozen=True)
class Anchor:
    """What the article's date tells: a day, or a month or a year with perhaps a first day."""

    date: FuzzyDate | None
    not_before: date | None = None

    @property
    def day(self) -> date | None:
        if self.date and self.date.precision == "day":
            return self.date.start
        return self.not_before

    @property
    def year(self) -> int | None:
        return self.date.start.year if self.date else (
            self.not_before.year if self.not_before else None)

    @property
    def month(self) -> tuple[int, int] | None:
        if self.date and self.date.precision in ("day", "month"):
            return self.date.start.year, self.date.start.month
        if self.not_before:
            return self.not_before.year, self.not_before.month
        return None

    @classmethod
    def parse(cls, issued: str | None, not_before: str | None = None) -> Anchor:
        first = parse_iso(not_before) if not_before else None
        return cls(parse_iso(issued) if issued else None, first.start if first else None)


def _day(value: date) -> FuzzyDate:
    return FuzzyDate(value, value, "day")


def _month(year: int, month: int) -> FuzzyDate:
    return FuzzyDate(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]),
                     "month")


def _year(year: int) -> FuzzyDate:
    return FuzzyDate(date(year, 1, 1), date(year, 12, 31), "year")


def _closest_year(anchor: Anchor, month: int, day: int = 1, direction: int = 0) -> int | None:
    """The year that puts a day-and-month nearest the article's date: in November,
    "el 14 de diciembre" is next month, and in January "el 28 de diciembre" was last month.
    A `direction` of -1 ("el pasado 14 de diciembre") keeps to the past, 1 to the future."""
    reference = anchor.day or (date(*anchor.month, 1) if anchor.month else None)
    if reference is None:
        return anchor.year
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        except ValueError:
            continue
        if direction and (candidate - reference).days * direction < 0:
            continue
        distance = abs((candidate - reference).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


_PAST_BEFORE = re.compile(r"\bel\s+pasado\s+(?:mes\s+de\s+)?$")
_NEXT_BEFORE = re.compile(r"\bel\s+proximo\s+(?:mes\s+de\s+)?$")
_PAST_AFTER = re.compile(r"^\s+(?:pasado|ultimo)\b")
_NEXT_AFTER = re.compile(r"^\s+(?:proximo|que\s+viene)\b")


def _direction(folded: str, start: int, end: int) -> int:
    """"el pasado 12 de marzo", "en octubre pasado" (-1); "el próximo 3 de mayo", "en marzo
    próximo" (1); else 0, the nearest."""
    before, after = folded[max(start - 20, 0):start], folded[end:end + 12]
    if _PAST_BEFORE.search(before) or _PAST_AFTER.match(after):
        return -1
    if _NEXT_BEFORE.search(before) or _NEXT_AFTER.match(after):
        return 1
    return 0


def _ago(count: str, unit: str, anchor: Anchor) -> FuzzyDate | None:
    """"hace tres días" is a day, "hace dos semanas" the month it fell in (when the week
    around it lies in one), "hace un mes" a month, "hace un año" a year."""
    number = _NUMBERS[count] if count in _NUMBERS else int(count)
    if unit.startswith("ano"):
        return _year(anchor.year - number) if anchor.year else None
    if unit.startswith("mes"):
        if not anchor.month:
            return None
        months = anchor.month[0] * 12 + anchor.month[1] - 1 - number
        return _month(months // 12, months % 12 + 1)
    if anchor.day is None:
        return None
    if unit.startswith("dia"):
        return _day(anchor.day - timedelta(days=number))
    return _within_a_month(anchor.day - timedelta(days=7 * number))


def _within_a_month(day: date) -> FuzzyDate | None:
    """The month of the Monday-to-Sunday week around `day`, when the whole week lies in it."""
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    return _month(monday.year, monday.month) if monday.month == sunday.month else None


def _resolve(kind: str, match: re.Match, anchor: Anchor, direction: int = 0) -> FuzzyDate | None:
    groups = match.groups()
    try:
        if kind == "full":
            return _day(date(int(groups[3]), MONTHS[groups[2]], int(groups[1])))
        if kind == "numeric":
            return _day(date(int(groups[2]), int(groups[1]), int(groups[0])))
        if kind == "abbreviated":
            return _day(date(int(groups[2]), _ABBREVIATIONS[groups[1]], int(groups[0])))
        if kind == "ago":
            return _ago(groups[0], groups[1], anchor)
        if kind == "day_month":
            month, day = MONTHS[groups[2]], int(groups[1])
            year = _closest_year(anchor, month, day, direction)
            return _day(date(year, month, day)) if year else None
        if kind == "month_year":
            return _month(int(groups[1]), MONTHS[groups[0]])
        if kind == "weekday":
            return _weekday(groups, anchor)
        if kind == "relative_day":
            if anchor.date is None or anchor.date.precision != "day":
                return None
            word = groups[0].split()[0]  # "esta mañana" is today's, "anoche" yesterday's
            back = {"hoy": 0, "esta": 0, "ayer": 1, "anoche": 1}.get(word, 2)  # anteayer
            return _day(anchor.date.start - timedelta(days=back))
        if kind == "this_year":
            return _year(anchor.year) if anchor.year else None
        if kind == "last_year":
            return _year(anchor.year - 1) if anchor.year else None
        if kind == "next_year":
            return _year(anchor.year + 1) if anchor.year else None
        if kind == "this_month":
            return _month(*anchor.month) if anchor.month else None
        if kind == "last_month":
            if not anchor.month:
                return None
            year, month = anchor.month
            return _month(year - 1, 12) if month == 1 else _month(year, month - 1)
        if kind == "next_month":
            if not anchor.month:
                return None
            year, month = anchor.month
            return _month(year + 1, 1) if month == 12 else _month(year, month + 1)
        if kind == "week":
            if anchor.day is None:
                return None
            which = next(g for g in groups if g)
            shift = {"esta": 0, "pasada": -7}.get(which, 7)
            return _within_a_month(anchor.day + timedelta(days=shift))
        if kind in ("month", "named_month"):
            if kind == "named_month":
                direction = -1 if groups[0] == "pasado" else 1
            month = MONTHS[groups[-1]]
            year = _closest_year(anchor, month, 15, direction)
            return _month(year, month) if year else None
        if kind == "year":
            return _year(int(groups[0]))
    except (ValueError, TypeError):
        return None
    return None


def _weekday(groups, anchor: Anchor) -> FuzzyDate | None:
    """"este martes" and "el domingo" in news mean the past six days (or today); "el próximo"
    and "el ... próximo" the coming week."""
    reference = anchor.day
    if reference is None:
        return None
    which, name, after = groups[0], groups[1], (groups[2] or "").strip()
    target = WEEKDAYS[name]
    if "proximo" in which or after == "proximo":
        ahead = (target - reference.weekday()) % 7 or 7
        return _day(reference + timedelta(days=ahead))
    back = (reference.weekday() - target) % 7
    if ("pasado" in which or after == "pasado") and back == 0:
        back = 7
    return _day(reference - timedelta(days=back))


def find_times(text: str, anchor: Anchor) -> list[TimeExpression]:
    """Every time expression of `text`, left to right, none overlapping another."""
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    found: list[TimeExpression] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            value = None if kind == "vague" else _resolve(kind, match, anchor,
                                                          _direction(folded, start, end))
            # "desde 2019", "desde el 9 de marzo": the date starts a period
            since = kind != "vague" and (folded[start:end].startswith("desde") or
                                         _SINCE.search(folded[:start]) is not None)
            found.append(TimeExpression(start, end, text[start:end], value, since))
    return sorted(found, key=lambda t: t.start)
