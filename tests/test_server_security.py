"""Safe by default: no SERVICE (a listener on loopback receives nothing), no FROM of outside
data, a time limit that really stops the work while other queries go on, no updates without a
token, size limits, loopback only; the command line under the same rules."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
from serving import (
    SIMPLE,
    SLOW,
    Listener,
    Served,
    alive,
    children,
    cpu_seconds,
    get,
    http,
    post_direct,
    post_form,
    rows_from_json,
    workers,
)

from graph.api import KnowledgeGraph

pytestmark = pytest.mark.slow

TIME_LIMIT = 2


@pytest.fixture(scope="module")
def server(curated_root):
    served = Served(curated_root, "--timeout", str(TIME_LIMIT), "--workers", "2",
                    "--max-body", "20000", "--max-result", "100000")
    yield served
    served.stop()
    assert not alive(served.pid)


def service_queries(url: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s a kg:Person OPTIONAL {{ service <{url}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
        f'SELECT * WHERE {{ BIND(<{url}> AS ?x) SERVICE ?x {{ ?s ?p ?o }} }}',
        f"ASK {{ # a comment {{ }}\n SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}\n"
        f"# SERVICE <{url}> in a comment",
    ]


def test_the_threat_is_real_pyoxigraph_executes_service(listener):
    import pyoxigraph as ox

    rows = list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
    assert rows[0]["o"].value == Listener.MARKER
    assert listener.received and listener.received[0].split(b" ")[0] in (b"GET", b"POST")


def test_service_never_reaches_the_listener(server, listener, cli):
    for query in service_queries(listener.url):
        for send in (get, post_form, post_direct):
            status, _, body = send(server, query)
            assert status == 403, (query, body)
            assert body == b"Error 403: SERVICE is not allowed: this endpoint does not query " \
                b"other endpoints\n"
        result = cli("query", query, expect=1)
        assert "SERVICE is not allowed" in result.stderr
    time.sleep(1)
    assert listener.received == []


def test_from_loads_nothing(server, cli, tmp_path):
    marker = "marker-that-must-not-leak-4242"
    outside = tmp_path / "outside.ttl"
    outside.write_text(f'<http://e/x> <http://e/p> "{marker}" .\n', encoding="utf-8")
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() \
        else None
    for target in ("file:///etc/hostname", outside.as_uri()):
        for query in (f"SELECT * FROM <{target}> WHERE {{ ?s ?p ?o }}",
                      f"SELECT * FROM NAMED <{target}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
                      f"CONSTRUCT {{ ?s ?p ?o }} FROM <{target}> WHERE {{ ?s ?p ?o }}",
                      f"DESCRIBE <http://e/x> FROM <{target}>"):
            for send in (get, post_direct):
                status, _, body = send(server, query)
                assert status == 403, (query, body)
                assert b"FROM and FROM NAMED are not allowed" in body
                assert marker.encode() not in body
                assert not hostname or hostname.encode() not in body
            assert "FROM and FROM NAMED" in cli("query", query, expect=1).stderr
        for parameter in ("default-graph-uri", "named-graph-uri"):
            status, _, body = get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 1",
                                  **{parameter: target})
            assert status == 403 and f"the {parameter} parameter is not allowed".encode() in body


def test_a_slow_query_stops_at_the_limit_while_another_answers(server):
    before = workers(server.pid)
    assert len(before) == 2
    slow: dict = {}
    quick: dict = {}

    def run_slow():
        started = time.monotonic()
        slow["status"], _, slow["body"] = get(server, SLOW)
        slow["seconds"], slow["done"] = time.monotonic() - started, time.monotonic()

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.5)  # the slow query now holds one worker
    started = time.monotonic()
    quick["status"], _, body = get(server, SIMPLE, "application/sparql-results+json")
    quick["seconds"], quick["done"] = time.monotonic() - started, time.monotonic()
    thread.join(60)
    assert quick["status"] == 200
    assert [r["who"].rsplit("/", 1)[1] for r in rows_from_json(body)] == [
        "evelyn-matthei", "johannes-kaiser", "partido-nacional-libertario"]
    assert quick["done"] < slow["done"] and quick["seconds"] < TIME_LIMIT
    assert slow["status"] == 503
    assert f"the query was stopped at the time limit of {TIME_LIMIT} s".encode() in slow["body"]
    assert TIME_LIMIT <= slow["seconds"] < TIME_LIMIT + 5

    # The work really stopped: the worker that ran it is gone, and no process of the server
    # keeps burning CPU.
    deadline = time.monotonic() + 30
    while len(workers(server.pid) - before) < 1 and time.monotonic() < deadline:
        time.sleep(0.2)  # the replacement worker is starting
    killed = before - workers(server.pid)
    assert len(killed) == 1 and not any(alive(pid) for pid in killed)
    time.sleep(1)
    family = children(server.pid) | {server.pid}
    spent = sum(cpu_seconds(pid) for pid in family)
    time.sleep(2)
    assert sum(cpu_seconds(pid) for pid in family) - spent < 0.5
    status, _, body = get(server, SIMPLE)
    assert status == 200 and len(rows_from_json(body)) == 3


def test_updates_are_refused(server):
    insert = "INSERT DATA { kgr:someone kg:endorsed kgr:jose-antonio-kast }"
    attempts = [
        http(server.endpoint, method="POST", data=insert.encode(),
             headers={"Content-Type": "application/sparql-update"}),
        http(server.endpoint, method="POST", data=urllib.parse.urlencode({"update": insert})
             .encode(), headers={"Content-Type": "application/x-www-form-urlencoded"}),
        post_direct(server, insert),
        get(server, insert),
        http(server.endpoint, method="POST", data=b"LOAD <file:///etc/hostname>",
             headers={"Content-Type": "application/sparql-update"}),
        http(server.endpoint, method="POST", data=b"CLEAR ALL",
             headers={"Content-Type": "application/sparql-update",
                      "Authorization": "Bearer anything-at-all-here"}),
    ]
    for status, _, body in attempts:
        assert status == 403, body
        assert body.startswith(b"Error 403: ") and b"not allowed" in body
    status, _, body = get(server, "ASK { kgr:someone ?p ?o }", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is False
    status, _, body = get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows_from_json(body)[0]["n"]) > 1000  # CLEAR ALL cleared nothing


def test_updates_with_a_token(editable_root):
    KnowledgeGraph(editable_root).build()
    token = "a-long-enough-secret-token"
    served = Served(editable_root, env={"KGRAPH_UPDATE_TOKEN": token})
    try:
        insert = b"INSERT DATA { kgr:someone kg:endorsed kgr:jose-antonio-kast }"
        update = {"Content-Type": "application/sparql-update"}
        status, headers, _ = http(served.endpoint, method="POST", data=insert, headers=update)
        assert status == 401 and headers["WWW-Authenticate"].startswith("Bearer")
        status, _, _ = http(served.endpoint, method="POST", data=insert,
                            headers={**update, "Authorization": "Bearer wrong-token-wrong-one"})
        assert status == 401
        good = {**update, "Authorization": f"Bearer {token}"}
        assert http(served.endpoint, method="POST", data=insert, headers=good)[0] == 204
        status, _, body = get(served, "ASK { kgr:someone kg:endorsed kgr:jose-antonio-kast }",
                              "application/sparql-results+json")
        assert json.loads(body)["boolean"] is True
        for outside in (b"LOAD <file:///etc/hostname>",
                        b"INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
                        b"INSERT { ?s ?p ?o } USING <file:///etc/hostname> WHERE { ?s ?p ?o }"):
            status, _, body = http(served.endpoint, method="POST", data=outside, headers=good)
            assert status == 403, body
        status, _, body = http(served.endpoint, headers={"Accept": "text/turtle"})
        assert b"sd:SPARQL11Update" in body
    finally:
        served.stop()


def test_oversized_body_is_413(server):
    big = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 30000
    for status, _, body in (post_direct(server, big), post_form(server, big)):
        assert status == 413
        assert body.startswith(b"Error 413: the request body has more than 20000 bytes")
    assert get(server, SIMPLE)[0] == 200


def test_result_over_the_size_limit_is_refused(server):
    status, _, body = get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 422
    assert b"larger than the limit of 100000 bytes" in body
    status, _, body = get(server, "CONSTRUCT { ?s ?p ?o . ?s <http://e/again> ?o } "
                          "WHERE { ?s ?p ?o }", "text/turtle")
    assert status == 422
    assert get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")[0] == 200


def test_listens_on_loopback_by_default(curated_root):
    served = Served(curated_root, host=None)
    try:
        assert served.url.startswith("http://127.0.0.1:")
        listening = []
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port = local.split(":")
            if int(port, 16) == served.port and state == "0A":
                listening.append(address)
        assert listening == ["0100007F"]  # 127.0.0.1, nothing on other addresses
        assert not any(f":{served.port:04X} " in line
                       for line in Path("/proc/net/tcp6").read_text().splitlines()[1:]
                       if line.split()[3] == "0A")
    finally:
        served.stop()


def test_the_command_line_stops_a_slow_query(curated_root):
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "graph.cli", "--root", str(curated_root), "query",
         "--timeout", "1", SLOW], capture_output=True, text=True, timeout=120)
    elapsed = time.monotonic() - started
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "Error: the query was stopped at the time limit of 1 s; narrow it (a LIMIT, more "
        "specific patterns) and try again (--timeout)")
    assert elapsed < 15


def test_the_command_line_refuses_updates(cli):
    result = cli("query", "INSERT DATA { kgr:a kg:endorsed kgr:b }", expect=1)
    assert result.stderr.startswith("Error: updates are not allowed")
    assert "LOAD is not allowed" in cli("query", "LOAD <file:///etc/hostname>", expect=1).stderr
