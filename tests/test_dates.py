"""Dates with precision and the windows that filter claims by time."""

from __future__ import annotations

from datetime import date

import pytest

from graph.errors import InputError
from graph.model.dates import Window, parse_iso, parse_literal, span

XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize(
    "text, precision, start, end",
    [
        ("2025", "year", date(2025, 1, 1), date(2025, 12, 31)),
        ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-11-18", "day", date(2025, 11, 18), date(2025, 11, 18)),
    ],
)
def test_parse_iso_gives_period_and_precision(text, precision, start, end):
    parsed = parse_iso(text)
    assert (parsed.precision, parsed.start, parsed.end, parsed.iso) == (precision, start, end, text)


@pytest.mark.parametrize("text", ["2025-13", "2025-02-30", "18/11/2025", "", "20255"])
def test_invalid_dates_are_rejected(text):
    assert parse_iso(text) is None


def test_literal_datatype_must_match_the_precision():
    assert parse_literal("2025-11-18", XSD + "date").precision == "day"
    assert parse_literal("2025-11", XSD + "gYearMonth").precision == "month"
    assert parse_literal("2025", XSD + "gYear").precision == "year"
    assert parse_literal("2025", XSD + "date") is None
    assert parse_literal("2025-11-18", XSD + "string") is None


def test_window_overlap():
    window = Window.parse("2025-11-17", "2025-11-30")
    assert window.admits(span(parse_iso("2025-11-18")))
    assert window.admits(span(parse_iso("2025-11")))
    assert window.admits(span(parse_iso("2025")))
    assert not window.admits(span(parse_iso("2025-11-16")))
    assert not window.admits(span(parse_iso("2025-12-14")))
    assert not window.admits(None)
    assert Window().admits(None)
    # open-ended periods
    assert window.admits(span(None, parse_iso("2020"), None))
    assert not window.admits(span(None, None, parse_iso("2024")))


def test_window_errors_name_the_parameters_not_flags():
    with pytest.raises(InputError, match="`until` expects") as error:
        Window.parse(None, "soon")
    assert error.value.parameter == "until"
    with pytest.raises(InputError, match="`since` 2026 is after `until` 2025") as error:
        Window.parse("2026", "2025")
    assert error.value.parameter == "since"
