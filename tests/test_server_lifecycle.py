"""A server that survives: rebuilds under a running server, a timed-out query's replacement on the
current store, pruning that spares every store a process has open and never keeps a killed
build's leftovers, and a worker killed while idle replaced before the next request."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from serving import Served, alive, get, workers

from graph.api import KnowledgeGraph

pytestmark = pytest.mark.slow

LABEL = "SELECT ?label WHERE { kgr:carla rdfs:label ?label }"
# A four-way product of a small store's triples: far more than a second of work.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TIME_LIMIT = 1


def label(server) -> str:
    status, _, body = get(server, LABEL)
    assert status == 200, body
    return json.loads(body)["results"]["bindings"][0]["label"]["value"]


def relabel(root: Path, old: str, new: str) -> None:
    """Change Carla's label in the inputs and rebuild, as `kgraph build` would."""
    entities = root / "ontology" / "entities.ttl"
    text = entities.read_text(encoding="utf-8")
    assert f'"{old}"' in text
    entities.write_text(text.replace(f'"{old}"', f'"{new}"'), encoding="utf-8")
    KnowledgeGraph(root).build()


def current_store(root: Path) -> Path:
    return (root / "output" / "store").resolve()


def stores(root: Path) -> set[Path]:
    return set((root / "output" / ".stores").iterdir())


def open_stores(pid: int) -> set[str]:
    """The store folders whose files `pid` has open, as the kernel names them (a deleted
    folder's files end with ' (deleted)')."""
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if "/.stores/" in target:
            folder, _, rest = target.partition("/oxigraph/")
            found.add(folder + (" (deleted)" if rest.endswith(" (deleted)") else ""))
    return found


def wait_until(condition, seconds: float = 30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"not within {seconds} s: {condition.__doc__}")


@pytest.fixture
def served(tiny_root):
    KnowledgeGraph(tiny_root).build()
    server = Served(tiny_root, "--timeout", str(TIME_LIMIT), "--workers", "2")
    yield server
    server.stop()
    assert not alive(server.pid)


def test_a_server_started_before_two_rebuilds_answers_from_the_new_store(served, tiny_root):
    assert label(served) == "Carla Ruiz"
    built = ["Carla Ruiz"]
    for new in ("Carla Ruiz Uno", "Carla Ruiz Dos"):
        relabel(tiny_root, built[-1], new)
        built.append(new)
        # No worker ever has a deleted store open, and the server answers throughout (from
        # whichever build its workers are on).
        for pid in workers(served.pid):
            assert not any(f.endswith("(deleted)") for f in open_stores(pid))
        assert label(served) in built

    def moved():
        """every worker on the current store, answering with the new label"""
        on_current = {open_stores(p) == {str(current_store(tiny_root))}
                      for p in workers(served.pid)}
        return on_current == {True} and label(served) == "Carla Ruiz Dos"

    # Idle workers move to the rebuilt store by themselves, without a restart of the server.
    wait_until(moved, 10)
    # Nothing holds the first two stores any more: the next build deletes them, and keeps the
    # one the workers have open.
    in_use = current_store(tiny_root)
    relabel(tiny_root, "Carla Ruiz Dos", "Carla Ruiz Tres")
    assert stores(tiny_root) == {in_use, current_store(tiny_root)}
    wait_until(lambda: label(served) == "Carla Ruiz Tres", 10)


def test_a_timed_out_querys_replacement_opens_the_current_store(served, tiny_root):
    before = workers(served.pid)
    # Two rebuilds used to delete the store the workers had been started on, and every
    # replacement worker then failed to open it: 503 for good.
    relabel(tiny_root, "Carla Ruiz", "Carla Ruiz Uno")
    relabel(tiny_root, "Carla Ruiz Uno", "Carla Ruiz Dos")
    started = time.monotonic()
    status, _, body = get(served, SLOW)
    assert status == 503, body
    assert f"the query was stopped at the time limit of {TIME_LIMIT} s".encode() in body
    assert time.monotonic() - started < TIME_LIMIT + 5

    def replaced():
        """two live workers, none of the first ones, all on the current store"""
        now = workers(served.pid)
        current = {str(current_store(tiny_root))}
        return len(now) == 2 and not now & before and all(
            open_stores(p) == current for p in now)

    wait_until(replaced)
    for _ in range(4):
        assert label(served) == "Carla Ruiz Dos"


def test_a_worker_killed_while_idle_is_replaced_before_the_next_request(served):
    victim, survivor = sorted(served.workers)
    os.kill(victim, signal.SIGKILL)
    wait_until(lambda: not alive(victim), 10)
    # Straight away: the request never goes to the dead worker (no 500).
    for _ in range(6):
        assert label(served) == "Carla Ruiz"
    # The supervisor replaces it while idle, without a request to notice it.
    started = time.monotonic()

    def refilled():
        """two live workers again, the killed one not among them"""
        now = {p for p in workers(served.pid) if alive(p)}
        return len(now) == 2 and victim not in now and survivor in now

    wait_until(refilled, 10)
    assert time.monotonic() - started < 10


def test_a_killed_builds_partial_folder_is_not_kept_and_the_store_in_use_is_never_deleted(
    tiny_root,
):
    reader = KnowledgeGraph(tiny_root)
    # In this process (trusted): the store stays open in the reader itself.
    assert reader.query(LABEL, trusted=True).rows == [{"label": "Carla Ruiz"}]
    in_use = current_store(tiny_root)
    # What a killed build leaves: a folder newer than the real store, without a manifest.
    partial = tiny_root / "output" / ".stores" / "store-killed"
    (partial / "oxigraph").mkdir(parents=True)
    (partial / "oxigraph" / "000001.sst").write_bytes(b"\0" * 1024)
    later = time.time() + 60
    os.utime(partial, (later, later))

    relabel(tiny_root, "Carla Ruiz", "Carla Ruiz Uno")
    assert not partial.exists()
    assert stores(tiny_root) == {in_use, current_store(tiny_root)}
    assert reader.query(LABEL, trusted=True).rows == [{"label": "Carla Ruiz"}]
    fresh = KnowledgeGraph(tiny_root).query(LABEL, trusted=True)
    assert fresh.rows == [{"label": "Carla Ruiz Uno"}]


READER = """
import sys
from graph.api import KnowledgeGraph
kg = KnowledgeGraph(sys.argv[1])
query = "SELECT ?label WHERE { kgr:carla rdfs:label ?label }"
for line in sys.stdin:
    print(kg.query(query, trusted=True).rows[0]["label"], flush=True)
"""


def test_pruning_skips_a_store_that_another_process_holds(tiny_root, tmp_path):
    KnowledgeGraph(tiny_root).build()
    reader = subprocess.Popen([sys.executable, "-c", READER, str(tiny_root)], cwd=tmp_path,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        def ask() -> str:
            reader.stdin.write("\n")
            reader.stdin.flush()
            return reader.stdout.readline().rstrip("\n")

        assert ask() == "Carla Ruiz"
        held = current_store(tiny_root)
        relabel(tiny_root, "Carla Ruiz", "Carla Ruiz Uno")
        relabel(tiny_root, "Carla Ruiz Uno", "Carla Ruiz Dos")
        # The build between them was deleted; the held one stays, and still answers.
        assert stores(tiny_root) == {held, current_store(tiny_root)}
        assert ask() == "Carla Ruiz"
    finally:
        reader.stdin.close()
        reader.wait(30)
    relabel(tiny_root, "Carla Ruiz Dos", "Carla Ruiz Tres")
    assert stores(tiny_root) == {current_store(tiny_root)}
