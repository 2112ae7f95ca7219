"""The same commands against a SPARQL server: the curated store pushed into Virtuoso, then every
read command run twice, on the local store and with --endpoint, with the same answers."""

from __future__ import annotations

import json

import pytest
from helpers import Cli
from virtuoso import writer

from graph.store.push import push

COMMANDS = {
    "neighbors": ["neighbors", "Kast"],
    "neighbors filtered": ["neighbors", "Kast", "--relation", "endorsed", "--direction", "in"],
    "neighbors in a window": ["neighbors", "Milei", "--since", "2025-11", "--until", "2025-11"],
    "neighbors two steps": ["neighbors", "Kaiser", "--depth", "2"],
    "show a person": ["show", "Milei"],
    "show an event": ["show", "balotaje"],
    "search": ["search", "partido"],
    "sources": ["sources"],
    "relations": ["relations"],
    "query": ["query", "SELECT ?who ?label WHERE { ?who kg:endorsed kgr:jose-antonio-kast ; "
                       "rdfs:label ?label } ORDER BY ?label"],
    "named query": ["query", "endorsements"],
    "path": ["path", "Bukele", "Vox"],
    "common": ["common", "Kast", "Abascal"],
    "rank": ["rank", "--by", "degree", "--top", "5"],
    "timeline": ["timeline", "Kast"],
    "stats": ["stats"],
}


def canonical(data):
    """Lists compared as multisets: neither side promises an order for ties."""
    if isinstance(data, dict):
        return {key: canonical(value) for key, value in data.items()}
    if isinstance(data, list):
        items = [canonical(item) for item in data]
        return sorted(items, key=lambda x: json.dumps(x, sort_keys=True))
    return data


@pytest.fixture(scope="module")
def endpoint_options(virtuoso, kg):
    push(kg.local_engine.store, writer(virtuoso))
    return ["--endpoint", virtuoso.query_url]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_answers_the_same_from_the_endpoint(cli, curated_root, endpoint_options, name):
    arguments = [*COMMANDS[name], "--format", "json"]
    local = json.loads(cli(*arguments).stdout)
    remote = Cli(curated_root)
    remote.root = None
    result = remote(*endpoint_options, "--root", str(curated_root), *arguments)
    assert canonical(json.loads(result.stdout)) == canonical(local)


def test_endpoint_from_the_environment(cli, curated_root, endpoint_options, monkeypatch):
    monkeypatch.setenv("KGRAPH_ENDPOINT", endpoint_options[1])
    rows = json.loads(Cli(curated_root)("neighbors", "JAK", "-r", "endorsed", "--format",
                                        "json").stdout)
    assert {r["neighbor"] for r in rows} == {
        "Johannes Kaiser", "Evelyn Matthei", "Partido Nacional Libertario",
    }


def test_unknown_names_are_resolved_against_the_endpoint(curated_root, endpoint_options):
    result = Cli(curated_root)(*endpoint_options, "neighbors", "Kats", expect=1)
    assert result.stderr.strip() == "Error: no actor named 'Kats'. Did you mean: Kast?"


def test_a_down_endpoint_is_one_line(curated_root):
    result = Cli(curated_root)("--endpoint", "http://127.0.0.1:9/sparql", "neighbors", "Kast",
                               expect=1)
    assert result.stderr.startswith("Error: ") and "http://127.0.0.1:9/sparql" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_serve_and_rdf_exports_stay_local(curated_root, endpoint_options, tmp_path):
    result = Cli(curated_root)(*endpoint_options, "serve", expect=1)
    assert "publishes the local store" in result.stderr
    result = Cli(curated_root)(*endpoint_options, "export", "--format", "ttl",
                               "-o", str(tmp_path / "x.ttl"), expect=1)
    assert "copy the local store" in result.stderr


def test_an_exported_password_alone_does_not_break_anonymous_reads(
    curated_root, endpoint_options, monkeypatch
):
    monkeypatch.setenv("KGRAPH_PASSWORD", "for-push-only")
    result = Cli(curated_root)(*endpoint_options, "search", "Milei", "--format", "json")
    assert json.loads(result.stdout)[0]["label"] == "Javier Milei"


def test_a_map_from_the_endpoint_draws_what_the_local_store_draws(
    cli, curated_root, endpoint_options, tmp_path
):
    local = cli("map", "--center", "Milei", "-o", str(tmp_path / "local.html")).stdout
    remote = Cli(curated_root)(*endpoint_options, "map", "--center", "Milei",
                               "-o", str(tmp_path / "remote.html")).stdout
    # "Wrote FILE: 5 entities, 4 ties, 6 claims (… KB) in … s": the same counts both ways.
    assert local.split(":")[1].split("(")[0] == remote.split(":")[1].split("(")[0]
