"""The shape of the package: small modules, a command line that only parses and prints, library
errors that name parameters (the command line shows them as flags), a facade for every command."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from graph.analysis import Network
from graph.api import KnowledgeGraph
from graph.cli import main
from graph.errors import InputError
from tests.conftest import Cli

PACKAGE = Path(__file__).resolve().parent.parent / "graph"
CLI_MODULES = sorted((PACKAGE / "cli").glob("*.py"))
GRAPH_LIBRARIES = {"rdflib", "oxrdflib", "pyoxigraph", "networkx", "igraph"}
MAX_LINES = 600


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


@pytest.mark.parametrize("path", CLI_MODULES, ids=lambda p: p.name)
def test_the_command_line_imports_no_graph_library(path):
    imported = set()
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert not imported & GRAPH_LIBRARIES


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")),
                         ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_is_over_600_lines(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines"


@pytest.mark.parametrize("path", [p for p in CLI_MODULES if p.name != "output.py"],
                         ids=lambda p: p.name)
def test_only_the_printer_looks_at_the_output_format(path):
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Compare):
            names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            constants = {n.value for n in ast.walk(node) if isinstance(n, ast.Constant)}
            assert "fmt" not in names and not constants & {"table", "json", "csv"}, (
                f"{path.name}:{node.lineno} branches on the output format"
            )


def _raised_texts(tree: ast.Module):
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            for part in ast.walk(node.exc):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    yield node.lineno, part.value


def test_library_errors_name_no_command_line_flags():
    flag = re.compile(r"(^|[\s(])--[a-z]")
    found = [
        f"{path.relative_to(PACKAGE)}:{line}: {text!r}"
        for path in sorted(PACKAGE.rglob("*.py")) if "cli" not in path.relative_to(PACKAGE).parts
        for line, text in _raised_texts(_tree(path)) if flag.search(text)
    ]
    assert not found


def test_python_callers_read_parameters(kg):
    with pytest.raises(InputError) as error:
        kg.neighbors("Kast", direction="sideways")
    assert error.value.parameter == "direction"
    assert str(error.value).startswith("`direction` must be one of in, out, both")
    with pytest.raises(InputError) as error:
        kg.network.path("Kast", "Milei", max_length=0)
    assert error.value.parameter == "max_length"
    assert str(error.value) == "`max_length` must be 1 or more, not 0"


@pytest.mark.parametrize(("arguments", "message"), [
    (["neighbors", "Kast", "--since", "2026", "--until", "2025"],
     "Error: --since 2026 is after --until 2025"),
    (["timeline", "--until", "soon"],
     "Error: --until expects YYYY, YYYY-MM or YYYY-MM-DD, not 'soon'"),
    (["map", "--depth", "2"], "Error: --depth needs --center"),
    (["query", "endorsements", "-p", "endorsed"],
     "Error: --param expects NAME=VALUE, not 'endorsed'"),
    (["communities", "--resolution", "0"], "Error: --resolution must be above 0, not 0.0"),
    (["review", "000_634ebe68f598c1d0", "--accept", "x"],
     "Error: --accept expects numbers such as 1,3 or 2-4, not 'x'"),
])
def test_the_command_line_shows_flags(cli, arguments, message):
    assert cli(*arguments, expect=1).stderr.strip() == message


def test_every_command_has_a_facade_method():
    facade = {"query": "run_query", "queries": "library_query", "synth": "synthesize",
              "import": "import_claims"}
    network = {"path", "common", "rank", "communities", "timeline", "stats"}
    for command in main.list_commands(None):
        owner = Network if command in network else KnowledgeGraph
        assert callable(getattr(owner, facade.get(command, command), None)), command


def test_the_facade_runs_library_queries(kg):
    text = kg.library_query("endorsements", {"endorsed": "Kast"})
    assert "VALUES" in text and "jose-antonio-kast" in text
    result = kg.run_query("endorsements", params=["endorsed=Kast"])
    assert len({row["endorser"] for row in result.rows}) == 3
    assert "endorsements" in {q.name for q in kg.library()}


def test_init_makes_a_root_in_one_step(tmp_path):
    kg = KnowledgeGraph.init(tmp_path / "research")
    assert kg.root.path == (tmp_path / "research").resolve()
    assert (kg.root.ontology / "claims.ttl").is_file()
    assert not list(tmp_path.glob(".*"))  # no staging folder left behind
    with pytest.raises(InputError, match="exists and is not empty"):
        KnowledgeGraph.init(tmp_path / "research")
    assert Cli(None)("init", str(tmp_path / "research"), expect=1).stderr.startswith("Error: ")
