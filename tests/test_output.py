"""Tables for people: cells wrap at word boundaries (a date or a name is never cut), the table
fits the terminal's width, and a result too wide for it even at its narrowest prints as one
block per row. JSON for programs: exactly what the standard library writes."""

from __future__ import annotations

import json

import pytest

from graph.cli.ingest import _reading
from graph.cli.output import Column, _json_default, table, to_json
from graph.store.engine import Iri


def _lines(text: str) -> list[str]:
    return text.split("\n")


def test_words_and_dates_are_never_broken():
    rows = [{"date": "2025-11-18", "said": "“desde su primera participación en los encuentros”"}]
    text = table(rows, [Column("date", "date", 6), Column("said", "said", 12)], width=80)
    cells = " ".join(_lines(text))
    assert "2025-11-18" in cells and "participación" in cells
    assert "2025-11-" not in cells.replace("2025-11-18", "")


def test_a_wide_table_is_fitted_to_the_width():
    rows = [{"a": "word " * 30, "b": "other " * 40, "c": "kgr:jose-antonio-kast", "d": "x"}]
    columns = [Column("a", "a"), Column("b", "b"), Column("c", "id"), Column("d", "d")]
    for width in (60, 80, 120):
        text = table(rows, columns, width=width)
        assert max(len(line) for line in _lines(text)) <= width, text
        assert "kgr:jose-antonio-kast" in text


def test_too_many_columns_print_as_blocks():
    rows = [{f"column{i}": f"value {i}" for i in range(12)} for _ in range(2)]
    text = table(rows, [Column(f"column{i}", f"column{i}") for i in range(12)], width=60)
    blocks = text.split("\n\n")
    assert len(blocks) == 2
    assert _lines(blocks[0])[:2] == ["column0   value 0", "column1   value 1"]
    assert max(len(line) for line in _lines(text)) <= 60


@pytest.mark.parametrize("width", ["80", "100", "140"])
@pytest.mark.parametrize("command", [
    ["query", "election-results"], ["query", "actor-ties", "-p", "actor=Milei"],
    ["queries"], ["sources"], ["neighbors", "Abascal"], ["show", "La Tercera"],
])
def test_commands_fit_the_terminal(cli, monkeypatch, command, width):
    monkeypatch.setenv("COLUMNS", width)
    out = cli(*command).stdout
    assert max(len(line) for line in out.splitlines()) <= int(width), out


def test_the_card_keeps_the_words_of_the_date_column(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "110")
    out = cli("show", "Abascal").stdout
    assert "participación" in out and "part\n" not in out


def test_a_candidate_reads_as_denied_or_former():
    assert _reading({"relation": "met", "negated": True, "qualifiers": {}}) == "NOT met"
    assert _reading({"relation": "holdsOffice", "negated": False,
                     "qualifiers": {"former": True}}) == "holdsOffice (former)"
    assert _reading({"relation": "holdsOffice", "negated": False,
                     "qualifiers": {"former": True}}, "\n") == "holdsOffice\n(former)"
    assert _reading({"relation": "endorsed", "negated": False, "qualifiers": {}}) == "endorsed"


@pytest.mark.parametrize("data", [
    {}, [], "", {"a": [], "b": {}}, [[[]], [{}]],
    {"quote": "«Es un \"hito\"»\n\ttab \\ 🙂", "when": None, "sure": True, "denied": False},
    {"share": 0.5819, "big": 1e300, "minus": -0.0, "huge": 10**30, "nan": float("nan"),
     "infinite": [float("inf"), -float("inf")]},
    {1: "int key", 2.5: "float key"}, {True: "bool key", False: 0, None: "none key"},
    {"id": Iri("https://w3id.org/kgraph/id/jose-antonio-kast"), "tags": {"b", "a"},
     "tuple": (1, (2, 3)), "nested": {"x": {"y": [1, {"z": [None]}]}}},
])
def test_json_is_what_the_standard_library_writes(data):
    expected = json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)
    assert to_json(data) == expected


def test_neighbors_json_is_what_the_standard_library_writes(cli):
    result = cli("neighbors", "Kast", "--format", "json")
    data = json.loads(result.output)
    assert data and result.output.rstrip("\n") == json.dumps(data, ensure_ascii=False, indent=2)
