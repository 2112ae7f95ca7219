"""Every command in every format, name resolution, help and errors, through click's runner."""

from __future__ import annotations

import csv
import io
import json
from importlib.metadata import entry_points

import pytest
from helpers import Cli

from graph import __version__
from graph.cli import main

KAST = "https://w3id.org/kgraph/id/jose-antonio-kast"


# ---------------------------------------------------------------- name resolution


@pytest.mark.parametrize(
    "name",
    ["Kast", "kast", "KAST", "José Antonio Kast", "Jose Antonio Kast", "jose antonio kast", "JAK",
     "Antonio Kast", "kgr:jose-antonio-kast", KAST, "jose-antonio-kast"],
)
def test_names_resolve_to_kast(kg, name):
    assert kg.resolve(name).iri == KAST


def test_unknown_name_suggests_the_closest(cli):
    result = cli("neighbors", "Kats", expect=1)
    assert result.stderr.strip() == "Error: no actor named 'Kats'. Did you mean: Kast?"
    assert result.stdout == ""


def test_unknown_name_without_any_close_name(cli):
    result = cli("show", "Zzyzx Qwerty", expect=1)
    assert result.stderr.startswith("Error: no actor named 'Zzyzx Qwerty'.")
    assert "Traceback" not in result.stderr


def test_ambiguous_name_lists_candidates(cli):
    result = cli("neighbors", "Partido", expect=1)
    message = result.stderr.strip()
    assert message.startswith("Error: 'Partido' is ambiguous:")
    for label in ("Partido Republicano", "Partido Comunista", "Partido Nacional Libertario"):
        assert label in message
    assert len(message.splitlines()) == 1


def test_ambiguous_alias_on_a_hand_made_graph(make_root):
    root = make_root(
        entities="""
        kgr:a a kg:Person ; rdfs:label "Ana Gómez" ; skos:altLabel "Gómez" .
        kgr:b a kg:Person ; rdfs:label "Bea Gómez" ; skos:altLabel "Gomez" .
        """,
    )
    result = Cli(root)("show", "gomez", expect=1)
    assert "Ana Gómez (person, kgr:a)" in result.stderr
    assert "Bea Gómez (person, kgr:b)" in result.stderr


def test_search_lists_matches(cli):
    rows = json.loads(cli("search", "partido", "--format", "json").stdout)
    labels = [r["label"] for r in rows[:3]]
    assert sorted(labels) == ["Partido Comunista", "Partido Nacional Libertario",
                              "Partido Republicano"]
    assert all(r["class"] == "political party" for r in rows[:3])
    typo = json.loads(cli("search", "Abascall", "--format", "json").stdout)
    assert typo[0]["label"] == "Santiago Abascal"
    table = cli("search", "milei").stdout
    assert "Javier Milei" in table and "kgr:javier-milei" in table
    assert "No entity matches" in cli("search", "zzzzqqq").stdout


# ---------------------------------------------------------------- neighbors


def test_neighbors_json_rows_have_the_documented_keys(cli):
    rows = json.loads(cli("neighbors", "Kast", "--format", "json").stdout)
    assert len(rows) == 25  # the curated claims that have Kast as subject or object
    for row in rows:
        assert {"relation", "direction", "neighbor", "neighbor_id", "date", "sources"} <= set(row)
        assert row["direction"] in ("in", "out", "both")
        assert row["neighbor_id"].startswith("https://w3id.org/kgraph/id/")
        assert row["date"] is None or row["date"][:4].isdigit()
        assert all({"source", "quote"} <= set(s) for s in row["sources"])
    symmetric = {"met", "allied", "contactWith", "opponentOf"}
    assert all((r["direction"] == "both") == (r["relation"] in symmetric) for r in rows)


def test_neighbors_table_shows_sources_and_quotes(cli):
    out = cli("neighbors", "Kast", "--relation", "contactWith").stdout
    header = out.splitlines()[0].split()
    assert header == ["relation", "dir", "neighbor", "date", "source", "quote"]
    assert "Javier Milei" in out and "2025-11-18" in out and "Llamada Kast–Milei" in out
    assert "“José Antonio Kast sorprendió este martes" in out


def test_neighbors_csv_one_row_per_claim(cli):
    out = cli("neighbors", "Kast", "--relation", "endorsed", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3
    kaiser = next(r for r in rows if r["neighbor"] == "Johannes Kaiser")
    assert kaiser["relation"] == "endorsed" and kaiser["direction"] == "in"
    assert kaiser["date"] == "2025-11"
    assert "irrestrictamente" in kaiser["quotes"]
    assert kaiser["source_ids"].startswith("https://w3id.org/kgraph/source/")


def test_neighbors_direction_filter(cli):
    out_rows = json.loads(cli("neighbors", "Kast", "--direction", "out", "--format", "json").stdout)
    in_rows = json.loads(cli("neighbors", "Kast", "--direction", "in", "--format", "json").stdout)
    assert {r["direction"] for r in out_rows} == {"out", "both"}
    assert {r["direction"] for r in in_rows} == {"in", "both"}
    assert {r["neighbor"] for r in in_rows if r["direction"] == "in"} == {
        "Johannes Kaiser", "Evelyn Matthei", "Partido Nacional Libertario",
    }


def test_neighbors_date_window(cli):
    rows = json.loads(
        cli("neighbors", "Kast", "--since", "2025-11-17", "--until", "2025-11-30",
            "--format", "json").stdout
    )
    # The call (18 Nov), the endorsements (Nov 2025, month precision) and the Meloni meeting
    # (2025, year precision) overlap the window; the first round (16 Nov), the run-off (14 Dec)
    # and undated ties do not.
    assert {(r["relation"], r["neighbor"]) for r in rows} == {
        ("contactWith", "Javier Milei"),
        ("met", "Giorgia Meloni"),
        ("endorsed", "Johannes Kaiser"),
        ("endorsed", "Evelyn Matthei"),
        ("endorsed", "Partido Nacional Libertario"),
    }
    year = json.loads(cli("neighbors", "Meloni", "--since", "2025", "--format", "json").stdout)
    assert [r["relation"] for r in year] == ["met"]


def test_neighbors_bad_dates_and_relations(cli):
    result = cli("neighbors", "Kast", "--since", "18/11/2025", expect=1)
    assert result.stderr.strip() == (
        "Error: --since expects YYYY, YYYY-MM or YYYY-MM-DD, not '18/11/2025'"
    )
    result = cli("neighbors", "Kast", "--since", "2025-12", "--until", "2025-01", expect=1)
    assert "is after --until" in result.stderr
    result = cli("neighbors", "Kast", "--relation", "meets", expect=1)
    assert result.stderr.strip().startswith("Error: unknown relation 'meets'; valid relations:")
    for name in ("allied", "contactWith", "endorsed", "met", "opponentOf"):
        assert name in result.stderr
    cli("neighbors", "Kast", "--direction", "sideways", expect=2)
    cli("neighbors", "Kast", "--depth", "0", expect=2)


def test_neighbors_depth_two_walks_further(cli):
    rows = json.loads(cli("neighbors", "Kaiser", "--depth", "2", "--format", "json").stdout)
    first = {r["neighbor"] for r in rows if r["depth"] == 1}
    second = [r for r in rows if r["depth"] == 2]
    assert "José Antonio Kast" in first
    assert {"Javier Milei", "Santiago Abascal"} <= {r["neighbor"] for r in second}
    assert all(r["from"] != "Johannes Kaiser" for r in second)
    # each claim appears once
    assert len({r["claim"] for r in rows}) == len(rows)
    assert "from" in cli("neighbors", "Kaiser", "--depth", "2").stdout.splitlines()[0]


def test_neighbors_with_no_match(cli):
    out = cli("neighbors", "Laborde").stdout
    assert out.strip() == "No claims about Laborde match."
    assert json.loads(cli("neighbors", "Laborde", "--format", "json").stdout) == []


# ---------------------------------------------------------------- show


def test_show_card(cli):
    out = cli("show", "Kast").stdout
    assert out.startswith("José Antonio Kast  (person, kgr:jose-antonio-kast)")
    assert "JAK" in out and "Chile" in out and "Partido Republicano" in out
    for relation in ("allied", "contactWith", "endorsed", "memberOf", "candidateIn"):
        assert f"\n{relation} (" in out


def test_show_json_and_csv(cli):
    card = json.loads(cli("show", "Milei", "--format", "json").stdout)
    assert card["label"] == "Javier Milei" and card["class"] == "person"
    assert card["attributes"]["country"] == ["Argentina"]
    assert card["offices"] == ["Presidente de Argentina"]
    assert card["description"]["en"] == "President of Argentina."
    assert {"allied", "met", "contactWith", "holdsOffice", "memberOf"} <= set(card["claims"])
    matthei = json.loads(cli("show", "Matthei", "--format", "json").stdout)
    assert matthei["offices"] == ["Ministra o ministro (former)"]
    vox = json.loads(cli("show", "Vox", "--format", "json").stdout)
    assert vox["class"] == "political party"
    # "el partido de Abascal" ties him to Vox; it does not say that he leads it.
    assert {r["neighbor"] for r in vox["claims"]["memberOf"]} == {"Santiago Abascal"}
    assert "leaderOf" not in vox["claims"]
    rows = list(csv.DictReader(io.StringIO(cli("show", "Jara", "--format", "csv").stdout)))
    assert {"opponentOf", "candidateIn", "memberOf", "represents"} <= {r["relation"] for r in rows}


def test_show_event(cli):
    card = json.loads(cli("show", "balotaje", "--format", "json").stdout)
    assert card["class"] == "election round"
    assert card["attributes"]["date"] == ["2025-12-14"]
    assert card["attributes"]["part of"] == ["Elección presidencial de Chile de 2025"]


# ---------------------------------------------------------------- query


def test_query_select_in_each_format(cli):
    sparql = ("SELECT ?who ?label WHERE { ?who kg:endorsed kgr:jose-antonio-kast ; "
              "rdfs:label ?label } ORDER BY ?label")
    table = cli("query", sparql).stdout
    assert "kgr:evelyn-matthei" in table and "(3 rows)" in table
    rows = json.loads(cli("query", sparql, "--format", "json").stdout)
    assert [r["label"] for r in rows] == [
        "Evelyn Matthei", "Johannes Kaiser", "Partido Nacional Libertario",
    ]
    assert rows[0]["who"] == "https://w3id.org/kgraph/id/evelyn-matthei"
    parsed = list(csv.DictReader(io.StringIO(cli("query", sparql, "--format", "csv").stdout)))
    assert [r["label"] for r in parsed] == [r["label"] for r in rows]


def test_query_numbers_come_back_as_numbers(cli):
    rows = json.loads(cli(
        "query", "SELECT ?share WHERE { kgc:kast-candidate-first-round kg:voteShare ?share }",
        "--format", "json").stdout)
    assert rows == [{"share": 24.19}]


def test_query_ask_and_construct(cli, tmp_path):
    ask = cli("query", "ASK { kgr:javier-milei kg:met kgr:jose-antonio-kast }").stdout
    assert ask.strip() == "true"
    ask = cli("query", "ASK { kgr:vox kg:met kgr:vox }", "--format", "json").stdout
    assert json.loads(ask) == {"boolean": False}
    turtle = cli("query", "CONSTRUCT { ?x kg:endorsed ?y } WHERE { ?x kg:endorsed ?y }").stdout
    import rdflib

    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    assert len(graph) == 3
    jsonld = cli("query", "DESCRIBE kgr:vox", "--format", "json").stdout
    assert rdflib.Graph().parse(data=jsonld, format="json-ld")
    query_file = tmp_path / "q.rq"
    query_file.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Claim }")
    assert json.loads(cli("query", "-f", str(query_file), "--format", "json").stdout) == [{"n": 46}]
    cli("query", "CONSTRUCT WHERE { ?s ?p ?o }", "--format", "csv", expect=1)


def test_query_syntax_error_is_one_line_with_position(cli):
    result = cli("query", "SELECT ?x WHERE {\n  ?x ?y\n}", expect=1)
    assert result.stderr.startswith("Error: SPARQL syntax error at line 3, column ")
    assert len(result.stderr.strip().splitlines()) == 1
    cli("query", expect=1)
    cli("query", "-f", "/nonexistent/q.rq", expect=2)


# ---------------------------------------------------------------- sources, relations, build


def test_sources(cli):
    rows = json.loads(cli("sources", "--format", "json").stdout)
    assert {r["id"] for r in rows} == {"src:000_634ebe68f598c1d0", "src:003_0e4d2d94ee50f0fa"}
    by_id = {r["id"]: r for r in rows}
    assert by_id["src:000_634ebe68f598c1d0"]["issued"] == "2025-11-18"
    assert all(r["language"] == "es" and r["claims"] > 15 for r in rows)
    assert "Llamada Kast–Milei" in cli("sources").stdout
    assert cli("sources", "--format", "csv").stdout.startswith("id,label,issued")


def test_relations(cli):
    rows = json.loads(cli("relations", "--format", "json").stdout)
    by_name = {r["relation"]: r for r in rows}
    assert by_name["met"]["symmetric"] and not by_name["endorsed"]["symmetric"]
    assert by_name["memberOf"]["range"].endswith("#Organization")
    assert "opponentOf" in cli("relations").stdout


def test_build_command(tiny_root):
    out = Cli(tiny_root)("build").stdout
    assert "3 claims about 4 entities from 1 sources" in out


# ---------------------------------------------------------------- help, version, init


COMMANDS = sorted(main.list_commands(None))


def test_the_issue_commands_are_all_there():
    assert {"build", "validate", "neighbors", "show", "query", "search", "sources", "relations",
            "init", "map", "path", "common", "rank", "communities", "timeline", "stats", "export",
            "queries", "serve", "synth", "push", "ingest", "review", "evaluate"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = Cli(None)(command, "--help")
    assert "Example" in result.stdout
    assert f"kgraph {command}" in result.stdout


def test_main_help_and_version():
    result = Cli(None)("--help")
    for command in COMMANDS:
        assert command in result.stdout
    assert "kgraph neighbors Kast" in result.stdout
    assert Cli(None)("--version").stdout.strip() == f"kgraph, version {__version__}"


def test_bad_root_is_one_line(tmp_path):
    result = Cli(tmp_path)("neighbors", "Kast", expect=1)
    expected = f"Error: {tmp_path} is not a kgraph root: it has no ontology/ folder"
    assert result.stderr.strip() == expected


def test_init_starts_a_root_from_the_shipped_graph(tmp_path, monkeypatch):
    target = tmp_path / "research"
    out = Cli(None)("init", str(target)).stdout
    assert "Created" in out
    assert (target / "ontology" / "claims.ttl").is_file()
    assert (target / "seeds" / "000_634ebe68f598c1d0.txt").is_file()
    monkeypatch.chdir(target)
    rows = json.loads(Cli(None)("neighbors", "Kast", "-r", "endorsed", "--format", "json").stdout)
    assert len(rows) == 3
    assert (target / "output" / "store").is_symlink()
    result = Cli(None)("init", str(target), expect=1)
    assert "exists and is not empty" in result.stderr


def test_the_kgraph_script_runs_the_group_that_holds_every_command(monkeypatch):
    """pyproject's `kgraph` script hands every command line but a plain read (graph/cli/quick.py)
    to the group the commands are registered on, so no command exists that the installed
    command cannot run."""
    from graph.cli import run

    (script,) = entry_points(group="console_scripts", name="kgraph")
    assert script.load() is run
    handed = []
    monkeypatch.setattr(main, "main", lambda args=None, **kwargs: handed.append(args))
    run(["--version"])
    run(["--root", "somewhere", "validate"])
    assert handed == [["--version"], ["--root", "somewhere", "validate"]]
    assert {"build", "query", "serve", "neighbors", "map", "ingest"} <= set(COMMANDS)


def test_the_lazy_command_table_names_every_command_where_it_is_defined():
    """graph.cli.COMMANDS says which module to import for a command: every command the
    modules register is in it, under the module that defines it."""
    from graph.cli import COMMANDS as TABLE

    assert set(TABLE) == set(COMMANDS)
    for name in COMMANDS:
        assert main.get_command(None, name).callback.__module__ == f"graph.cli.{TABLE[name]}"


def test_a_read_command_imports_neither_the_build_nor_other_commands(curated_root):
    """A cold `neighbors` on a fresh store loads what it reads with, not the parser, the
    validator, the maps or the other commands' modules."""
    import subprocess
    import sys

    script = (
        "import json, sys\n"
        "from graph.cli import main\n"
        "try:\n"
        "    main(['--root', sys.argv[1], 'neighbors', 'Kast', '--format', 'json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps([m for m in sys.modules if m.startswith(('graph.build.', 'graph.cli.',\n"
        "      'graph.publish.map', 'graph.analysis', 'rdflib', 'pyshacl', 'networkx'))]),\n"
        "      file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(curated_root)],
                            capture_output=True, text=True, check=True)
    loaded = set(json.loads(result.stderr.strip().splitlines()[-1]))
    assert loaded <= {"graph.build.freshness", "graph.build.pipeline", "graph.cli.claim_views",
                      "graph.cli.flags", "graph.cli.group", "graph.cli.options",
                      "graph.cli.output", "graph.cli.read"}, loaded
    assert "jose-antonio-kast" in result.stdout


def test_query_refuses_service_even_spelled_with_an_escape(cli):
    result = cli("query", r"SELECT * WHERE { \u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
                 expect=1)
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_plain_queries_do_not_load_rdflib(curated_root):
    """The read path stays light: a query that cannot reach outside needs no rdflib parse."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from graph.cli import main\n"
        "try:\n"
        "    main(['--root', sys.argv[1], 'query', 'SELECT ?x WHERE { ?x kg:met ?y }'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('rdflib' in sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(curated_root)],
                            capture_output=True, text=True, check=True)
    assert result.stderr.strip().splitlines()[-1] == "False"
    assert "kgr:jose-antonio-kast" in result.stdout
