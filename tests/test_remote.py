"""RemoteEngine and push against a real Virtuoso started on loopback (tests/virtuoso.py).

The server's answers are compared with the local store's for the same queries, and what push
left on the server is counted graph by graph against the local store.
"""

from __future__ import annotations

import re
import socket
import time

import pyoxigraph as ox
import pytest
from helpers import Cli
from virtuoso import writer

from graph.errors import KGraphError, SourceSyntaxError
from graph.model.terms import GRAPH
from graph.store.push import PUSHED_GRAPH, push
from graph.store.remote import RemoteEngine, query_form, with_prefixes

KAST = "https://w3id.org/kgraph/id/jose-antonio-kast"
COMPARED_QUERIES = {
    "endorsers of Kast": "SELECT ?who WHERE { ?who kg:endorsed kgr:jose-antonio-kast } "
    "ORDER BY ?who",
    "the Milei call": """SELECT ?date ?precision ?expression ?mode WHERE {
        ?c kg:subject kgr:jose-antonio-kast ; kg:relation kg:contactWith ;
           kg:object kgr:javier-milei ; kg:date ?date ; kg:datePrecision ?precision ;
           kg:dateExpression ?expression ; kg:mode ?mode }""",
    "claims per relation": "SELECT ?r (COUNT(?c) AS ?n) WHERE { ?c a kg:Claim ; kg:relation ?r }"
    " GROUP BY ?r ORDER BY ?r",
    "vote shares": """SELECT ?who ?share ?rank WHERE { ?c kg:relation kg:candidateIn ;
        kg:subject ?who ; kg:voteShare ?share . OPTIONAL { ?c kg:rank ?rank } }
        ORDER BY DESC(?share)""",
    "qualifiers with booleans and integers": """SELECT ?c ?former ?attempt ?term WHERE {
        ?c a kg:Claim . OPTIONAL { ?c kg:former ?former } OPTIONAL { ?c kg:attempt ?attempt }
        OPTIONAL { ?c kg:termNumber ?term } } ORDER BY ?c""",
    "dates of every precision": "SELECT ?x ?d WHERE { ?x kg:date ?d } ORDER BY ?x",
    "labels in English": """SELECT ?x ?label WHERE { ?x rdfs:label ?label
        FILTER(LANGMATCHES(LANG(?label), "en")) } ORDER BY ?x ?label""",
    "agents by superclass": "SELECT ?x WHERE { ?x a kg:Agent } ORDER BY ?x",
    "attributed quotes": """SELECT ?c ?by ?quote WHERE { ?c kg:evidence ?e .
        ?e kg:attributedTo ?by ; kg:quote ?quote } ORDER BY ?c ?quote""",
}


def graph_counts(engine) -> dict[str, int]:
    rows = engine.select(
        f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
              FILTER(STRSTARTS(STR(?g), "{GRAPH}") && ?g != <{PUSHED_GRAPH}>) }} GROUP BY ?g"""
    )
    return {row["g"]: row["n"] for row in rows}


def wipe(server, store: ox.Store) -> None:
    """Remove from the server every graph a push of `store` writes, and the push record."""
    engine = writer(server)
    names = [g.value for g in store.named_graphs()] + [PUSHED_GRAPH]
    engine.update(" ;\n".join(f"DROP SILENT GRAPH <{name}>" for name in names))


@pytest.fixture
def remote(virtuoso, kg) -> RemoteEngine:
    """The server holding exactly the curated store (pushed again if a test changed it)."""
    engine = writer(virtuoso)
    push(kg.engine.store, engine)
    return engine


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# ---------------------------------------------------------------- without a server


def test_query_form_ignores_prefixes_iris_strings_and_comments():
    assert query_form("PREFIX ask: <urn:select#> # construct\nSELECT * WHERE {}") == "select"
    assert query_form('BASE <urn:x> ASK { ?s ?p "select" }') == "ask"
    assert query_form("# SELECT\nconstruct { ?s ?p ?o } WHERE { ?s ?p ?o }") == "graph"
    assert query_form("DESCRIBE <urn:x>") == "graph"
    assert query_form("SELECT ?ask WHERE { ?ask ex:construct 1 }") == "select"
    with pytest.raises(SourceSyntaxError):
        query_form("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_prefixes_are_added_on_the_first_line_unless_declared():
    query = "PREFIX kg: <urn:mine#>\nSELECT ?x WHERE { ?x kg:p kgr:y }"
    sent = with_prefixes(query)
    assert sent.endswith(query) and sent.count("\n") == query.count("\n")
    assert "PREFIX kgr: <https://w3id.org/kgraph/id/>" in sent
    assert sent.count("PREFIX kg:") == 1


def test_bad_arguments_are_input_errors():
    with pytest.raises(KGraphError, match="not an http"):
        RemoteEngine("ftp://example.org/sparql")
    with pytest.raises(KGraphError, match="both a user and a password"):
        RemoteEngine("http://127.0.0.1:1/sparql", user="u")
    with pytest.raises(KGraphError, match="digest or basic"):
        RemoteEngine("http://127.0.0.1:1/sparql", auth="ntlm")


def test_a_down_endpoint_is_one_line_naming_the_url():
    url = f"http://127.0.0.1:{closed_port()}/sparql"
    started = time.perf_counter()
    with pytest.raises(KGraphError) as caught:
        RemoteEngine(url).select("SELECT * WHERE { ?s ?p ?o }")
    assert time.perf_counter() - started < 2
    assert str(caught.value) == f"cannot reach the SPARQL endpoint {url}: Connection refused"


def test_an_endpoint_that_never_answers_times_out_once():
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/sparql"
        started = time.perf_counter()
        with pytest.raises(KGraphError) as caught:
            RemoteEngine(url, timeout=0.5).ask("ASK {}")
        elapsed = time.perf_counter() - started
    assert str(caught.value) == f"the SPARQL endpoint {url} did not answer within 0.5 s"
    assert 0.5 <= elapsed < 1.5  # one attempt, not a series of retries


def test_push_cli_reports_a_down_endpoint_in_one_line(cli):
    url = f"http://127.0.0.1:{closed_port()}/sparql"
    result = cli("push", "--endpoint", url, expect=1)
    assert result.stderr.strip().splitlines() == [
        f"Error: cannot reach the SPARQL endpoint {url}: Connection refused"
    ]


# ---------------------------------------------------------------- against Virtuoso


@pytest.mark.parametrize("name", sorted(COMPARED_QUERIES))
def test_remote_select_answers_like_the_local_store(remote, kg, name):
    query = COMPARED_QUERIES[name]
    local = kg.engine.select(query)
    assert local, "the query must have answers locally"
    assert remote.select(query) == local


def test_known_answers_come_back_from_the_server(remote):
    endorsers = remote.select(COMPARED_QUERIES["endorsers of Kast"])
    assert sorted(r["who"].rsplit("/", 1)[1] for r in endorsers) == [
        "evelyn-matthei", "johannes-kaiser", "partido-nacional-libertario"]
    (call,) = remote.select(COMPARED_QUERIES["the Milei call"])
    assert call["date"] == "2025-11-18" and call["precision"].endswith("#Day")
    shares = remote.select(COMPARED_QUERIES["vote shares"])
    assert shares[0]["share"] == 26.67 and isinstance(shares[0]["rank"], int)


def test_ask_and_construct(remote, kg):
    assert remote.ask("ASK { ?x kg:endorsed kgr:jose-antonio-kast }") is True
    assert remote.ask("ASK { kgr:jose-antonio-kast kg:endorsed kgr:nobody }") is False
    query = "CONSTRUCT { ?x kg:endorsed ?y } WHERE { ?x kg:endorsed ?y }"
    result = remote.run(query)
    assert result.kind == "graph"
    assert all(isinstance(t, ox.Triple) for t in result.triples)
    assert set(result.triples) == set(kg.engine.run(query).triples)
    assert len(result.triples) == 3


def test_a_syntax_error_is_a_source_syntax_error_with_the_query_line(remote):
    with pytest.raises(SourceSyntaxError) as caught:
        remote.select("SELECT ?x WHERE {\n  ?x kg:met\n}")
    message = str(caught.value)
    assert message.startswith(f"SPARQL syntax error (reported by {remote.endpoint}): ")
    assert "line 3" in message and "\n" not in message


def test_every_graph_is_on_the_server_as_in_the_local_store(remote, kg):
    local = graph_counts(kg.engine)
    # one graph per input file, plus the truthy and derived graphs of the files that imply any
    assert len(local) == len(list(kg.engine.store.named_graphs())) >= 8
    assert graph_counts(remote) == local


def test_pushing_again_sends_nothing_and_duplicates_nothing(remote, kg):
    graphs = len(list(kg.engine.store.named_graphs()))
    report = push(kg.engine.store, remote)
    assert (report.graphs, report.unchanged, report.triples, report.requests) == (0, graphs, 0, 0)
    # Forget what was pushed: every graph is sent again, replacing itself.
    remote.update(f"DROP SILENT GRAPH <{PUSHED_GRAPH}>")
    report = push(kg.engine.store, remote, batch_size=500)
    assert (report.graphs, report.unchanged) == (graphs, 0)
    assert report.triples == len(kg.engine.store)
    assert report.requests >= len(kg.engine.store) // 500
    assert graph_counts(remote) == graph_counts(kg.engine)


def test_an_interrupted_push_completes_on_rerun(virtuoso, kg):
    store = kg.engine.store
    wipe(virtuoso, store)
    engine = writer(virtuoso)

    def stop_after(requests: int):
        def on_request(count: int) -> None:
            if count == requests:
                raise KeyboardInterrupt

        return on_request

    with pytest.raises(KeyboardInterrupt):
        push(store, engine, batch_size=150, on_request=stop_after(6))
    partial = graph_counts(engine)
    local = graph_counts(kg.engine)
    assert 0 < sum(partial.values()) <= 6 * 150 < sum(local.values())
    report = push(store, engine, batch_size=150)
    assert report.unchanged >= 1 and report.graphs >= 1
    assert report.graphs + report.unchanged == len(local)
    assert graph_counts(engine) == local


def test_a_graph_gone_from_the_source_is_dropped_from_the_server(remote, kg):
    store = kg.engine.store
    gone = GRAPH + "file/seeds/003_0e4d2d94ee50f0fa.ttl"
    smaller = [q for q in store if q.graph_name.value != gone]
    report = push(smaller, remote)
    graphs = len(list(store.named_graphs()))
    assert (report.graphs, report.unchanged, report.removed) == (0, graphs - 1, 1)
    assert gone not in graph_counts(remote)
    assert push(store, remote).graphs == 1
    assert graph_counts(remote) == graph_counts(kg.engine)


def test_virtuoso_refuses_an_insert_larger_than_the_measured_limit(virtuoso):
    """Why push batches: 6,000 triples in one INSERT DATA exceed Virtuoso's parser."""
    engine = writer(virtuoso)
    lines = " .\n".join(f"<urn:s{i}> <urn:p> {i}" for i in range(6000))
    with pytest.raises(KGraphError, match="memory exhausted"):
        engine.update(f"INSERT DATA {{ GRAPH <urn:kgraph-test:limit> {{ {lines} }} }}")
    lines = " .\n".join(f"<urn:s{i}> <urn:p> {i}" for i in range(4000))
    engine.update(f"INSERT DATA {{ GRAPH <urn:kgraph-test:limit> {{ {lines} }} }}")
    engine.update("DROP SILENT GRAPH <urn:kgraph-test:limit>")


def test_wrong_credentials_are_one_line_errors(virtuoso):
    update = "INSERT DATA { GRAPH <urn:kgraph-test:auth> { <urn:a> <urn:b> <urn:c> } }"
    for url, auth in ((virtuoso.update_url, "digest"), (virtuoso.basic_update_url, "basic")):
        engine = RemoteEngine(virtuoso.query_url, url, virtuoso.user, "wrong", auth=auth)
        with pytest.raises(KGraphError) as caught:
            engine.update(update)
        assert str(caught.value) == (
            f"the SPARQL endpoint {url} rejected the credentials of 'kgraph' (HTTP 401)")
    anonymous = RemoteEngine(virtuoso.query_url, virtuoso.update_url)
    with pytest.raises(KGraphError, match="requires credentials"):
        anonymous.update(update)


def test_basic_and_digest_credentials_both_write(virtuoso):
    for url, auth in ((virtuoso.update_url, "digest"), (virtuoso.basic_update_url, "basic")):
        engine = RemoteEngine(virtuoso.query_url, url, virtuoso.user, virtuoso.password,
                              auth=auth)
        graph = f"urn:kgraph-test:{auth}"
        for n in range(3):  # digest: the server's challenge is reused with a growing count
            engine.update(f"INSERT DATA {{ GRAPH <{graph}> {{ <urn:a> <urn:n> {n} }} }}")
        rows = engine.select(f"SELECT ?n WHERE {{ GRAPH <{graph}> {{ ?s ?p ?n }} }} ORDER BY ?n")
        assert [r["n"] for r in rows] == [0, 1, 2]
        engine.update(f"DROP SILENT GRAPH <{graph}>")


def test_push_command_against_virtuoso(remote, curated_root, virtuoso, kg):
    graphs = len(list(kg.engine.store.named_graphs()))
    result = Cli(curated_root)(
        "push", "--endpoint", virtuoso.query_url, "--update-endpoint", virtuoso.update_url,
        "--user", virtuoso.user, "--password", virtuoso.password,
    )
    assert re.fullmatch(
        rf"Pushed 0 graphs \(0 triples\) to {re.escape(virtuoso.update_url)} in 0 requests, "
        rf"\d+\.\d s; {graphs} unchanged, 0 removed.\n", result.stdout)
    denied = Cli(curated_root)(
        "push", "--endpoint", virtuoso.query_url, "--update-endpoint", virtuoso.update_url,
        "--user", virtuoso.user, "--password", "wrong", expect=None,
    )
    # Nothing changed, so nothing is written and the wrong password is never needed...
    assert denied.exit_code == 0
    remote.update(f"DROP SILENT GRAPH <{PUSHED_GRAPH}>")
    denied = Cli(curated_root)(
        "push", "--endpoint", virtuoso.query_url, "--update-endpoint", virtuoso.update_url,
        "--user", virtuoso.user, "--password", "wrong", expect=1,
    )
    # ...until there is something to write.
    assert denied.stderr.strip().splitlines()[-1].startswith("Error: push stopped: a request")
    assert "rejected the credentials of 'kgraph' (HTTP 401)" in denied.stderr


def test_an_expired_digest_nonce_is_renewed_once(virtuoso):
    engine = writer(virtuoso)
    graph = "urn:kgraph-test:nonce"
    engine.update(f"INSERT DATA {{ GRAPH <{graph}> {{ <urn:a> <urn:n> 1 }} }}")
    (challenge,) = engine._challenges.values()
    challenge.nonce = "0" * 32  # as after the server forgot it (Virtuoso: 10 idle minutes)
    engine.update(f"INSERT DATA {{ GRAPH <{graph}> {{ <urn:a> <urn:n> 2 }} }}")
    assert engine.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
                         ) == [{"n": 2}]
    engine.update(f"DROP SILENT GRAPH <{graph}>")
