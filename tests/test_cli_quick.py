"""The quick reader (graph/cli/quick.py): a plain `kgraph neighbors NAME` is answered without
click, exactly as the click group answers it; every other command line, and every error, is
the group's, word for word and with its exit code."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys

import pytest
from helpers import Cli

from graph.cli import main
from graph.cli.claim_views import print_neighbors
from graph.cli.quick import plain_neighbors


def _kgraph(*args: str) -> subprocess.CompletedProcess:
    """The installed program's way in: `python -m graph.cli`, which runs graph.cli.run."""
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True,
                          text=True)


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_the_quick_answer_is_the_groups(curated_root, fmt, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")  # the table's width, in both processes
    quick = _kgraph("-q", "--root", str(curated_root), "neighbors", "Kast", "--format", fmt)
    group = Cli(curated_root)("neighbors", "Kast", "--format", fmt)
    assert quick.returncode == 0, quick.stderr
    assert quick.stdout == group.stdout
    assert quick.stderr == ""
    if fmt == "json":
        assert len(json.loads(quick.stdout)) > 10


def test_a_plain_read_loads_no_click(curated_root):
    script = (
        "import json, sys\n"
        "from graph.cli import run\n"
        "try:\n"
        "    run(['--root', sys.argv[1], 'neighbors', 'Milei', '--format', 'json'])\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0, exit.code\n"
        "print(json.dumps([m for m in sys.modules if m.startswith(('click', 'graph.cli.'))]),\n"
        "      file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(curated_root)],
                            capture_output=True, text=True, check=True)
    loaded = set(json.loads(result.stderr.strip().splitlines()[-1]))
    assert loaded == {"graph.cli.claim_views", "graph.cli.flags", "graph.cli.output",
                      "graph.cli.quick"}, loaded
    assert "javier-milei" in result.stdout


@pytest.mark.parametrize("args", [
    ["neighbors", "Kats"],  # unknown: the group's suggestion
    ["neighbors", "Kast", "--format", "xml"],  # a usage error, exit 2
    ["neighbors", "Kast", "--depht", "2"],  # an unknown option
    ["neighbors"],  # a missing argument
    ["neighbors", "Kast", "Milei"],  # one too many
    ["-x", "neighbors", "Kast"],
    ["neighbors", "--help"],
])
def test_what_the_quick_reader_does_not_answer_the_group_says(curated_root, args):
    quick = _kgraph("--root", str(curated_root), *args)
    group = Cli(curated_root)(*args, expect=None)
    # The program's name in a usage line differs: `python -m graph.cli` against `main`.
    said = [text.replace("python -m graph.cli", "main") for text in (quick.stdout, quick.stderr)]
    assert (quick.returncode, *said) == (group.exit_code, group.stdout, group.stderr)
    assert quick.returncode != 0 or args[-1] == "--help"


def test_a_stale_store_is_rebuilt_by_the_group(tiny_root):
    first = _kgraph("--root", str(tiny_root), "neighbors", "Ana", "--format", "json")
    assert first.returncode == 0, first.stderr
    assert "building the store (no store yet)" in first.stderr
    again = _kgraph("--root", str(tiny_root), "neighbors", "Ana", "--format", "json")
    assert (again.stdout, again.stderr) == (first.stdout, "")


def test_an_endpoint_goes_to_the_group(curated_root, monkeypatch):
    monkeypatch.setenv("KGRAPH_ENDPOINT", "http://127.0.0.1:9/sparql")
    quick = _kgraph("--root", str(curated_root), "neighbors", "Kast")
    assert quick.returncode == 1
    assert quick.stderr.startswith("Error: ") and "127.0.0.1:9" in quick.stderr


@pytest.mark.parametrize(("args", "read"), [
    (["neighbors", "Kast"], (None, "Kast", "table")),
    (["-q", "--root", "r", "neighbors", "--format", "csv", "Kast"], ("r", "Kast", "csv")),
    (["--quiet", "neighbors", "Kast", "--format", "json", "--format", "csv"],
     (None, "Kast", "csv")),  # the last one counts, as in click
    (["--root=r", "neighbors", "Kast"], None),
    (["neighbors", "Kast", "-r", "met"], None),
    (["neighbors", "Kast", "--format"], None),
    (["show", "Kast"], None),
    (["--root", "", "neighbors", "Kast"], None),
])
def test_what_the_quick_reader_reads(args, read):
    assert plain_neighbors(args) == read


def test_the_quick_reader_asks_for_what_the_commands_options_default_to():
    """print_neighbors' defaults are what the `neighbors` command passes when given only NAME:
    the quick reader passes none."""
    command = main.get_command(None, "neighbors")
    given = command.make_context("neighbors", ["Kast"]).params
    defaults = {name: parameter.default for name, parameter
                in inspect.signature(print_neighbors).parameters.items()
                if parameter.default is not inspect.Parameter.empty}
    assert defaults == {name: value for name, value in given.items() if name != "name"}
