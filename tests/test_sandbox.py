"""The executor is confined by the kernel: a query that slips past every check still reaches
nothing (a loopback listener receives nothing); bounds hold before any parser runs; a runaway
query meets the memory ceiling as a clean refusal."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from serving import Served, alive, get, post_direct

from graph.errors import InputError, KGraphError, MemoryLimit
from graph.serve.workers import Limits, WorkerPool
from graph.sparql.safety import plainly_confined, precheck
from graph.sparql.sandbox import landlock_abi

KGRAPH = Path(sys.executable).parent / "kgraph"
# rdflib reads `\u00000022` as one escape (a quote) and Oxigraph as `\u0000` then `0022`: the
# SERVICE is inside a string for the checker and a real clause for the executor.
MISMATCH = ('SELECT * WHERE { VALUES ?x { "a\\u00000022 " } SERVICE <URL> { ?s ?p ?o } } '
            '# " } }')
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"


def confined_python(code: str, *arguments: str) -> subprocess.CompletedProcess:
    """`code` run by a fresh Python that confines itself first (tmp folders readable)."""
    prelude = "import sys\nfrom graph.sparql import sandbox\n"
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code), *arguments],
                          capture_output=True, text=True, timeout=120)


# ---------------------------------------------------------------- the kernel layers


def test_a_confined_process_opens_no_socket_but_unix(listener, tmp_path):
    port = listener.url.split(":")[2].split("/")[0]
    result = confined_python("""
        import ctypes, errno, socket
        sandbox.confine([sys.argv[2]])
        for family in (socket.AF_INET, socket.AF_INET6, socket.AF_PACKET):
            try:
                socket.socket(family, socket.SOCK_STREAM).connect(("127.0.0.1", int(sys.argv[1])))
                print("connected", family)
            except PermissionError:
                print("refused", family)
        socket.socket(socket.AF_UNIX).close()  # the worker's link to the server is AF_UNIX
        socket.socketpair()
        libc = ctypes.CDLL(None, use_errno=True)
        params = ctypes.create_string_buffer(120)
        refused = libc.syscall(425, 8, params) == -1 and ctypes.get_errno() == errno.EPERM
        print("io_uring refused" if refused else "io_uring allowed")
        print(sandbox.status())
    """, port, str(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:4] == ["refused 2", "refused 10", "refused 17", "io_uring refused"]
    assert lines[4].startswith("network: no sockets but AF_UNIX (seccomp)")
    assert listener.received == []


def test_confinement_needs_no_privileges(listener, tmp_path):
    """Seccomp with no_new_privs and Landlock are open to any user: with every capability
    dropped first (as a user who is not root has none), the layers still install."""
    port = listener.url.split(":")[2].split("/")[0]
    result = confined_python("""
        import ctypes, socket
        header = (ctypes.c_uint32 * 2)(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this pid
        nothing = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable: twice 32 bits
        assert ctypes.CDLL(None, use_errno=True).capset(header, nothing) == 0
        status = open("/proc/self/status").read()
        print([line.split()[1] for line in status.splitlines() if line.startswith("CapEff")])
        sandbox.confine([sys.argv[2]])
        try:
            socket.create_connection(("127.0.0.1", int(sys.argv[1])))
            print("connected")
        except PermissionError:
            print("refused")
        print(sandbox.status())
    """, port, str(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == ["['0000000000000000']", "refused"]
    assert lines[2].startswith("network: no sockets but AF_UNIX (seccomp)")
    assert listener.received == []


def test_threads_started_before_confinement_are_kept_off_the_network(tmp_path):
    result = confined_python("""
        import socket, threading
        go, outcome = threading.Event(), []
        def other():
            go.wait()
            try:
                socket.socket()
                outcome.append("allowed")
            except PermissionError:
                outcome.append("refused")
        thread = threading.Thread(target=other)
        thread.start()
        sandbox.confine([sys.argv[1]])
        go.set()
        thread.join()
        print(*outcome)
    """, str(tmp_path))
    assert result.stdout.split() == ["refused"], result.stderr


def test_service_and_load_reach_nothing_even_past_the_parse_check(listener, tmp_path):
    """The escape mismatch passes rdflib's check; the kernel stops what Oxigraph then does."""
    from graph.sparql.safety import screen

    service = MISMATCH.replace("URL", listener.url)
    assert screen(service) == "select"  # the checker is fooled: only the kernel stands
    result = confined_python("""
        import pyoxigraph as ox
        store = ox.Store()
        sandbox.confine([sys.argv[3]])
        try:
            list(store.query(sys.argv[1]))
            print("ran")
        except OSError as error:
            print(type(error).__name__)
        try:
            store.update(f"LOAD <{sys.argv[2]}>")
            print("loaded")
        except OSError as error:
            print(type(error).__name__)
    """, service, listener.url, str(tmp_path))
    assert result.stdout.split() == ["PermissionError", "PermissionError"], result.stderr
    assert listener.received == []


@pytest.mark.skipif(not landlock_abi() and os.environ.get("CI") != "true",
                    reason="this kernel has no Landlock")
def test_files_are_read_only_beneath_the_given_folders(tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    (store / "data").write_text("inside")
    (tmp_path / "secret").write_text("outside")
    result = confined_python("""
        from pathlib import Path
        store = Path(sys.argv[1])
        sandbox.confine([store])
        print((store / "data").read_text())
        for attempt in (lambda: (store.parent / "secret").read_text(),
                        lambda: (store / "new").write_text("x"),
                        lambda: (store / "data").unlink()):
            try:
                attempt()
                print("allowed")
            except PermissionError:
                print("refused")
        print(sandbox.status().files)
    """, str(store))
    assert result.stdout.split() == ["inside", "refused", "refused", "refused", "True"], \
        result.stderr
    assert (store / "data").exists()


# ---------------------------------------------------------------- bounds before parsing


def test_bounds_count_real_brackets_and_operators_only():
    decoys = '"{{{{ ((((" ' * 100 + "<http://x/a-b-c> " * 100 + "# {{{{ ((((\n" * 100
    precheck(f"SELECT * WHERE {{ ?s ?p kgr:a-b-c-d . {decoys} }}")
    with pytest.raises(InputError, match=r"^the query nests 5000 levels deep; the limit is 200$"):
        precheck("SELECT * WHERE " + "{ " * 5000 + "}" * 5000)
    with pytest.raises(InputError, match=r"^the query has 7000 operators; the limit is 2000$"):
        precheck("SELECT * WHERE { FILTER(" + "+".join(["1"] * 7000) + ") }")
    with pytest.raises(InputError, match=r"^the query has 100001 bytes; the limit is 100000$"):
        precheck("#" * 100_001)
    # A quote written as an escape ends the string for engines that decode escapes first.
    with pytest.raises(InputError, match="levels deep"):
        precheck('SELECT * WHERE { "a\\u0022 ' + "{ " * 300 + '" }')


@pytest.mark.parametrize("text", [
    "SELECT ?o WHERE { ?s sh:maxCount 1SERVICE <http://127.0.0.1:1/z> { ?x ?y ?o } }",
    "ASK { FILTER(trueSERVICE) }",
    "ASK { ?s ?p '\\u0053ERVICE' }",
    "ASK { ?s ?p '\\U00000053ERVICE' }",
    "ASK { ?s ?p '\\u00000053ERVICE' }",
])
def test_glued_or_escaped_keywords_go_through_the_full_check(text):
    assert not plainly_confined(text)


# ---------------------------------------------------------------- through the server and CLI


@pytest.fixture(scope="module")
def server(curated_root):
    served = Served(curated_root, "--timeout", "20", "--workers", "1", "--max-body", "200000")
    yield served
    served.stop()
    assert not alive(served.pid)


def test_the_server_refuses_deep_and_long_queries_in_one_line(server):
    status, _, body = post_direct(server, "SELECT * WHERE " + "{ " * 5000 + "}" * 5000)
    assert (status, body) == (400, b"Error 400: the query nests 5000 levels deep; the limit is "
                              b"200\n")
    status, _, body = post_direct(server, "SELECT * WHERE { FILTER(" + "+".join(["1"] * 7000)
                                  + ") }")
    assert (status, body) == (400, b"Error 400: the query has 7000 operators; the limit is "
                              b"2000\n")
    status, _, body = post_direct(server, "#" * 150_000)
    assert (status, body) == (400, b"Error 400: the query has 150000 bytes; the limit is "
                              b"100000\n")
    assert get(server, "ASK {}")[0] == 200


def test_the_server_executor_reaches_nothing_past_a_fooled_check(server, listener):
    status, _, body = get(server, MISMATCH.replace("URL", listener.url))
    assert status == 403
    assert body.startswith(b"Error 403: the query tried to reach outside the store")
    assert listener.received == []


def kgraph(root: Path, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(KGRAPH), "--root", str(root), "query", *arguments],
                          capture_output=True, text=True, timeout=300)


def test_the_command_line_bounds_and_confinement(curated_root, listener, tmp_path):
    deep = kgraph(curated_root, "SELECT * WHERE " + "{ " * 5000 + "}" * 5000)
    assert (deep.returncode, deep.stderr) == (
        1, "Error: the query nests 5000 levels deep; the limit is 200\n")
    glued = ("SELECT ?o WHERE { ?s sh:maxCount 1SERVICE <URL> { ?x ?y ?o } }"
             .replace("URL", listener.url))
    query_file = tmp_path / "mismatch.rq"
    query_file.write_text(MISMATCH.replace("URL", listener.url), encoding="utf-8")
    for result in (kgraph(curated_root, glued), kgraph(curated_root, "-f", str(query_file))):
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ")
    assert listener.received == []


# ---------------------------------------------------------------- the memory ceiling


def worker_pids() -> set[int]:
    return {p.pid for p in multiprocessing.active_children() if p.name == "kgraph-sparql-worker"}


def test_the_memory_ceiling_refuses_a_runaway_query_and_the_worker_is_replaced(curated_root):
    from graph.build.pipeline import ensure_store
    from graph.root import find_root

    root = find_root(curated_root)
    pool = WorkerPool(ensure_store(root), root.path, size=1,
                      limits=Limits(timeout=120, memory_bytes=1200 * 2**20))
    pool.start()
    try:
        first = worker_pids()
        with pytest.raises(MemoryLimit, match=r"^the query used more than the memory limit of "
                                              r"1200 MB; narrow it"):
            pool.run("query", CARTESIAN, "json", "turtle")
        kind, body, _ = pool.run("query", "ASK {}", "json", "turtle", wait=120)
        assert (kind, body) == ("ask", b'{"head":{},"boolean":true}')
        assert worker_pids() and worker_pids() != first
    finally:
        pool.close()


def test_the_api_works_from_any_script_without_a_main_guard(curated_root):
    """The confined worker does not run the caller's script again: a script without an
    `if __name__ == "__main__":` guard, or one read from standard input, runs once and ends
    without a worker starting as Python exits."""
    script = textwrap.dedent(f"""
        from graph import KnowledgeGraph
        print("body")
        kg = KnowledgeGraph({str(curated_root)!r})
        print(kg.query("SELECT ?x WHERE {{ ?x kg:met kgr:giorgia-meloni }}").rows)
    """)
    expected = "body\n[{'x': 'https://w3id.org/kgraph/id/jose-antonio-kast'}]\n"
    for command in ([sys.executable, "-"], [sys.executable, "-c", script]):
        done = subprocess.run(command, input=script, capture_output=True, text=True, timeout=120)
        assert (done.returncode, done.stdout, done.stderr) == (0, expected, "")


def test_the_api_runs_confined_unless_trusted(kg, listener):
    with pytest.raises(KGraphError, match="^the query tried to reach outside the store"):
        kg.query(MISMATCH.replace("URL", listener.url))
    assert listener.received == []
    assert kg.query("ASK { ?s ?p ?o }").boolean is True
    assert kg.query("ASK { ?s ?p ?o }", trusted=True).boolean is True
