"""Denial of service, each reproducer with the bound it must meet: requests that crashed the
engine, held the server, grew its memory or its reads without bound, and a server that must
keep answering after a timed-out query and two rebuilds."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from serving import (
    SIMPLE,
    SLOW,
    Served,
    assert_clean_exit,
    get,
    post_direct,
    post_form,
    raw_exchange,
    rows_from_json,
    run_kgraph,
    workers,
)

from graph.api import KnowledgeGraph

pytestmark = pytest.mark.slow

TIME_LIMIT = 3
# A 14 KB expression of 7,000 terms and 5,000 nested groups: each segfaulted the engine.
BOMBS = {
    "long-expression": "SELECT * WHERE { FILTER(" + "+".join(["1"] * 7000) + ") }",
    "nested-groups": "SELECT * WHERE " + "{" * 5000 + "}" * 5000,
}
# What a query that stopped at a limit may answer: never a 500.
CLEAN_REFUSALS = (400, 403, 413, 422, 429, 503, 507)

API_QUERY = """
import sys
from graph.api import KnowledgeGraph
from graph.errors import KGraphError
try:
    KnowledgeGraph(sys.argv[1]).query(open(sys.argv[2], encoding="utf-8").read())
except KGraphError as error:
    print("refused:", type(error).__name__, error)
else:
    print("answered")
"""


@pytest.fixture(scope="module")
def server(curated_root):
    served = Served(curated_root, "--timeout", str(TIME_LIMIT), "--workers", "2")
    yield served
    served.stop()


def answers_simple(server) -> None:
    status, _, body = get(server, SIMPLE, "application/sparql-results+json")
    assert status == 200, body
    assert len(rows_from_json(body)) == 3


def post_raw(server, headers: str, body: bytes = b"", **options):
    head = (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
            f"Content-Type: application/sparql-query\r\n{headers}\r\n").encode()
    return raw_exchange(server.port, head + body, **options)


@pytest.mark.parametrize("bomb", list(BOMBS))
def test_a_bomb_is_a_400_and_the_server_goes_on(server, bomb):
    for send in (get, post_form, post_direct):
        status, _, body = send(server, BOMBS[bomb])
        assert status == 400, (send.__name__, status, body[:500])
        assert body.startswith(b"Error 400: ")
    answers_simple(server)


@pytest.mark.parametrize("bomb", list(BOMBS))
def test_a_bomb_is_one_error_line_on_the_command_line(curated_root, tmp_path, bomb):
    query_file = tmp_path / "bomb.rq"
    query_file.write_text(BOMBS[bomb], encoding="utf-8")
    for arguments in (["query", BOMBS[bomb]], ["query", "-f", str(query_file)]):
        result = run_kgraph(curated_root, *arguments)
        assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
        assert_clean_exit(result)


@pytest.mark.parametrize("bomb", list(BOMBS))
def test_a_bomb_is_a_kgraph_error_in_the_api(curated_root, tmp_path, bomb):
    # In a child process: a crash of the engine must not take the test run down with it.
    query_file = tmp_path / "bomb.rq"
    query_file.write_text(BOMBS[bomb], encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", API_QUERY, str(curated_root),
                             str(query_file)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert result.stdout.startswith("refused:"), result.stdout


def test_a_parse_bomb_does_not_hold_other_requests(server):
    bomb = "SELECT * WHERE { FILTER(" + "+".join(["1"] * 6000) + ") }"  # a 12 KB GET
    statuses = []
    senders = [threading.Thread(target=lambda: statuses.append(get(server, bomb)[0]))
               for _ in range(2)]
    for sender in senders:
        sender.start()
    time.sleep(0.3)  # the bombs are in the server now
    started = time.monotonic()
    # A text of its own (a comment), as another client's query: no cached verdict answers it.
    status, _, body = get(server, f"{SIMPLE}\n# {time.monotonic_ns()}",
                          "application/sparql-results+json")
    waited = time.monotonic() - started
    assert status == 200 and len(rows_from_json(body)) == 3, body
    for sender in senders:
        sender.join(120)
    assert waited < 2, f"a simple query waited {waited:.1f} s behind a parse bomb"
    assert all(status < 500 for status in statuses), statuses


def test_order_by_over_a_cartesian_product_stops_cleanly(server):
    for worker in workers(server.pid):
        limits = Path(f"/proc/{worker}/limits").read_text()
        address_space = next(line for line in limits.splitlines()
                             if line.startswith("Max address space"))
        assert address_space.split()[3] != "unlimited", "a worker has no memory ceiling"
    query = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
    started = time.monotonic()
    status, _, body = get(server, query)
    assert status in CLEAN_REFUSALS, (status, body[:500])
    assert body.startswith(f"Error {status}: ".encode())
    assert time.monotonic() - started < TIME_LIMIT + 10
    answers_simple(server)


def test_the_memory_ceiling_is_set_by_max_memory_and_refuses_a_runaway_query(curated_root):
    served = Served(curated_root, "--timeout", "120", "--workers", "1", "--max-memory", "1200")
    try:
        for worker in workers(served.pid):
            limits = Path(f"/proc/{worker}/limits").read_text()
            assert f"Max address space         {1200 * 2**20}" in limits
        query = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
        started = time.monotonic()
        status, _, body = get(served, query)
        assert (status, body) == (503, b"Error 503: the query used more than the memory limit "
                                       b"of 1200 MB; narrow it (a LIMIT, more specific "
                                       b"patterns) and try again\n")
        assert time.monotonic() - started < 60  # far from the time limit: the ceiling stopped it
        answers_simple(served)
    finally:
        served.stop()


@pytest.mark.parametrize("length", ["-1", "-4096", "1e3", "0x10"])
def test_a_content_length_that_is_not_a_count_is_a_400(server, length):
    status, response, seconds = post_raw(server, f"Content-Length: {length}\r\n",
                                         b"SELECT * WHERE { ?s ?p ?o } LIMIT 1", timeout=15)
    assert status == 400, response[:500]
    assert seconds < 5
    answers_simple(server)


def test_a_body_shorter_than_its_length_is_a_400_quickly(server):
    status, response, seconds = post_raw(server, "Content-Length: 1000\r\n",
                                         b"SELECT * WHERE { ?s ?p ?o }", timeout=40)
    assert status == 400, response[:500]
    assert seconds < 15
    status, response, seconds = post_raw(server, "Content-Length: 1000\r\n",
                                         b"SELECT * WHERE { ?s ?p ?o }", close_write=True,
                                         timeout=40)
    assert status == 400, response[:500]
    assert seconds < 5
    answers_simple(server)


def test_the_server_survives_a_timed_out_query_and_two_rebuilds(editable_root):
    KnowledgeGraph(editable_root).build()
    served = Served(editable_root, "--timeout", "2", "--workers", "2")
    try:
        assert get(served, SLOW)[0] == 503
        for _ in range(2):  # the second prunes the store the server started on
            built = run_kgraph(editable_root, "build")
            assert built.returncode == 0, built.stderr
        # Two timeouts at once: both workers are replaced after the rebuilds.
        with ThreadPoolExecutor(2) as pool:
            assert list(pool.map(lambda _: get(served, SLOW)[0], range(2))) == [503, 503]
        deadline = time.monotonic() + 30
        while len(workers(served.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(workers(served.pid)) == 2, served.stderr()[-2000:]
        # More requests at once than workers, so that every worker must answer some.
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda _: answers_simple(served), range(8)))
    finally:
        served.stop()
