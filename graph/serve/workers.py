"""Worker processes that run the server's SPARQL, so that a time limit really stops a query.

pyoxigraph evaluates a query in native code that nothing inside the process can interrupt, so
each query runs in a worker process of a small pool and a worker that passes the time limit is
killed and replaced; the other workers go on serving. Workers open the store read-only (any
number of processes can), or, when updates are enabled, the pool has a single worker that opens
it for writing. Results are serialized in the worker, through a writer that stops at the
result-size limit, so a huge result is cut off where it is produced.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import io
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import types
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as wait_for
from pathlib import Path

import pyoxigraph as ox

from graph.errors import (
    InputError,
    KGraphError,
    MemoryLimit,
    QueryRefused,
    QueryTimeout,
    ReportedError,
    ResultTooLarge,
    SandboxUnavailable,
    ServerBusy,
    StoreError,
    WorkerFailed,
)
from graph.model.resolve import Resolver
from graph.model.schema import Schema
from graph.model.terms import PREFIXES
from graph.root import Root
from graph.sparql import sandbox
from graph.sparql.diagnose import Vocabulary
from graph.sparql.library import Lookup, bind, library_query
from graph.sparql.safety import Bounds, check_request, plainly_confined, screen
from graph.store.engine import QueryResult, evaluation_error, result_of, syntax_error
from graph.store.local import LocalEngine
from graph.store.lock import StoreHold, hold

log = logging.getLogger("kgraph")

# name -> (pyoxigraph format, media type); SELECT and ASK results, then RDF graphs.
RESULT_FORMATS = {
    "json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "csv": (ox.QueryResultsFormat.CSV, "text/csv; charset=utf-8"),
    "tsv": (ox.QueryResultsFormat.TSV, "text/tab-separated-values; charset=utf-8"),
}
GRAPH_FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, "text/turtle; charset=utf-8"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json"),
    "rdfxml": (ox.RdfFormat.RDF_XML, "application/rdf+xml"),
}


# Address space a worker may use (RLIMIT_AS): a worker with the store open and its evaluation
# stack reserved maps 650-860 MB (57 MB resident) before its first query.
WORKER_MEMORY = 2 * 2**30
# Stack of the thread that parses and evaluates: Oxigraph recurses on nested patterns.
EVALUATION_STACK = 256 * 2**20


@dataclass(frozen=True)
class Limits:
    timeout: float | None = 10.0  # seconds a query may run; None: no limit
    max_result_bytes: int = 20_000_000
    memory_bytes: int | None = WORKER_MEMORY
    bounds: Bounds = Bounds()


# One-shot queries of the command line and the Python API: their results are printed or
# handed over whole, so they may be larger than an endpoint's.
CALLER_LIMITS = Limits(timeout=None, max_result_bytes=512 * 2**20)


class _BoundedWriter(io.RawIOBase):
    def __init__(self, limit: int):
        self.buffer = bytearray()
        self.limit = limit

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if len(self.buffer) + len(data) > self.limit:
            raise ResultTooLarge(self.limit)
        self.buffer += data
        return len(data)


# ---------------------------------------------------------------- inside a worker


def _die_with_parent(parent: int) -> None:
    """Linux: be killed with the server, even if it is killed itself (workers may be busy in
    a query and never read the closed pipe)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(0)


class _Worker:
    def __init__(self, database: str, root: str, writable: bool, limits: Limits):
        store = ox.Store(database) if writable else ox.Store.read_only(database)
        self.engine = LocalEngine(store)
        self.root = root
        self.limits = limits
        self._lookup = None
        self.vocabulary = Vocabulary(self.engine)

    def lookup(self):
        if self._lookup is None:
            self._lookup = Lookup(self.engine, Resolver(self.engine, Schema.load(self.engine)))
        return self._lookup

    def query(self, text: str, result_format: str,
              graph_format: str) -> tuple[str, bytes, list[str]]:
        """(kind, body, warnings): "select" or "ask" serialized as `result_format`, "graph"
        (CONSTRUCT, DESCRIBE) as `graph_format`, and the query's undefined kg: terms; the checks
        and the evaluation all count against the time limit, since the pool waits for this
        whole call."""
        screen(text, bounds=self.limits.bounds)
        out = _BoundedWriter(self.limits.max_result_bytes)
        with _outside_reach():
            result = self.engine.raw(text)
            if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
                result.serialize(out, format=RESULT_FORMATS[result_format][0])
                kind = "select" if isinstance(result, ox.QuerySolutions) else "ask"
            else:
                ox.serialize(result, out, format=GRAPH_FORMATS[graph_format][0],
                             prefixes=PREFIXES)
                kind = "graph"
        return kind, bytes(out.buffer), self.vocabulary.warnings(text)

    def update(self, text: str) -> bytes:
        form = screen(text, allow_update=True, bounds=self.limits.bounds)
        if form not in ("update", None) or plainly_confined(text):
            raise InputError("this is a query: send it as query=, not update=")
        try:
            with _outside_reach():
                self.engine.store.update(text, prefixes=PREFIXES)
        except SyntaxError as error:
            raise syntax_error(error, text) from None
        except RuntimeError as error:
            raise evaluation_error(error, "update") from None
        return b""

    def bind(self, name: str, values: dict) -> bytes:
        root = Root(Path(self.root), Path(self.root) / "output")
        return bind(library_query(root, name), values, self.lookup()).encode("utf-8")


@contextlib.contextmanager
def _outside_reach():
    """What the kernel answers when a request that slipped past the checks reaches for the
    network (the worker is confined): a refusal rather than an internal error."""
    try:
        yield
    except PermissionError:
        raise QueryRefused("the query tried to reach outside the store (SERVICE or LOAD), "
                           "which is not allowed") from None


OPERATIONS = ("query", "update", "bind")


def _worker_main(conn, parent: int, database: str, root: str, writable: bool, limits: Limits):
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server decides when workers stop
    try:
        worker = _Worker(database, root, writable, limits)
    except OSError as error:
        conn.send(("error", 500, f"cannot open the store at {database}: {error}"))
        return
    check_request("ASK {}")  # imports the parser before confinement
    # Oxigraph parses and evaluates recursively: the work runs on a thread with a deep stack.
    threading.stack_size(EVALUATION_STACK)
    serving = threading.Thread(target=_serve, args=(conn, worker, database, limits),
                               name="kgraph-evaluation")
    serving.start()
    serving.join()


def _serve(conn, worker: _Worker, database: str, limits: Limits) -> None:
    # Confined from this thread, which runs every request: the seccomp filter holds for every
    # thread of the worker, Landlock for this one and the threads it starts (not the store's
    # background threads, which were started before and never see query text).
    try:
        sandbox.confine([database], limits.memory_bytes)
    except SandboxUnavailable as error:
        conn.send(("error", error.status, str(error)))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            operation, *arguments = conn.recv()
        except (EOFError, OSError):
            return
        if operation not in OPERATIONS:
            conn.send(("error", 500, f"unknown worker operation {operation!r}"))
            continue
        try:
            reply = ("ok", getattr(worker, operation)(*arguments))
        except MemoryError:
            reply = ("error", MemoryLimit.status, str(MemoryLimit(limits.memory_bytes)))
        except Exception as error:  # every failure goes back to the request that caused it
            status = error.status if isinstance(error, KGraphError) else 500
            reply = ("error", status, str(error) or type(error).__name__)
        conn.send(reply)


# ---------------------------------------------------------------- one query, for the CLI and API


def caller_pool(store: Path, root: Path, limits: Limits) -> WorkerPool:
    """A pool of one confined worker for a caller's own queries: how `kgraph query` and
    `KnowledgeGraph.query` run them, since the calling process (a shell command that still
    prints, a notebook) must not confine itself. A crash or the memory limit comes back as an
    error, never as the caller's death."""
    pool = WorkerPool(store, root, size=1, limits=limits)
    with _worker_stderr_silenced():
        pool.start()
    return pool


def confined_result(pool: WorkerPool, text: str) -> QueryResult:
    """The answer to the query `text` from a worker of `pool`, as a QueryResult."""
    kind, body, warnings = pool.run("query", text, "json", "ntriples")
    if kind == "graph":
        result = result_of(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    else:
        result = result_of(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
    result.warnings = warnings
    return result


@contextlib.contextmanager
def _worker_stderr_silenced():
    """Start workers with their standard error on /dev/null: a worker that Oxigraph aborts
    writes its allocator's last words there, and the caller prints one error line instead."""
    sys.stderr.flush()
    saved = os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


_MAIN_LOCK = threading.Lock()


@contextlib.contextmanager
def _without_callers_main():
    """Start a worker without the caller's __main__: "spawn" would run the caller's script
    again in the worker (a script without an `if __name__ == "__main__":` guard would start
    over, one read from standard input cannot be found), and the worker needs nothing of it."""
    with _MAIN_LOCK:
        callers = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = callers


# ---------------------------------------------------------------- the pool, in the server

# How often the supervisor looks at the store link, so that idle workers move to a rebuilt
# store without a restart of the server (one resolve: a few system calls).
LINK_CHECK_SECONDS = 1.0
# Waits between attempts to start a worker that failed to start (the store may be missing
# until the next build), doubling up to the last.
RETRY_SECONDS = (1.0, 30.0)


@dataclass(eq=False)
class _Handle:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    held: StoreHold  # the store the worker has open, kept from pruning while it lives

    def dead(self) -> bool:
        """Whether the process has ended. Reads its sentinel rather than reaping it, which
        would race with a join in another thread; and, on Linux, its state, since a killed
        process with many threads is a zombie a moment before its sentinel closes."""
        return bool(wait_for([self.process.sentinel], 0)) or _zombie(self.process.pid)


def _zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat[stat.rindex(b")") + 2:][:1] in (b"Z", b"X")


class WorkerPool:
    """`size` worker processes on the store that `store` (the root's store link) points to;
    `run` gives a job to an idle one and waits at most the time limit for its answer.

    A supervisor thread keeps the pool full and current. Each worker it starts opens the store
    the link points to at that moment, held open (graph/store/lock.py) until the worker is
    stopped, so a rebuild never deletes it. It replaces a worker that dies while idle as soon as
    it ends (it waits on the idle workers' sentinels), and when a rebuild moves the link it
    starts a worker on the new store before retiring each idle worker on the old one, so the
    server answers from the new build within about LINK_CHECK_SECONDS, without losing capacity.
    A busy worker on an old store finishes its job first.
    """

    def __init__(self, store: Path, root: Path, *, size: int = 2,
                 limits: Limits | None = None, writable: bool = False):
        self.store, self.root = Path(store), str(root)
        self.size = 1 if writable else max(1, size)
        self.limits = limits or Limits()
        self.writable = writable
        self._context = multiprocessing.get_context("spawn")
        self._handles: set[_Handle] = set()  # every running worker, idle or busy
        self._starting: multiprocessing.process.BaseProcess | None = None  # not yet a handle
        # Held while a worker process is being created: close() waits for it, so that it kills
        # the worker rather than leave a half-started child (one that reads its start-up data
        # from a parent that is exiting, and prints a traceback into the caller's stderr).
        self._launching = threading.Lock()
        self._idle: list[_Handle] = []
        self._changed = threading.Condition()
        self._current = self.store.resolve()  # the folder the link pointed to at the last look
        self._wake_read, self._wake_write = os.pipe()
        os.set_blocking(self._wake_read, False)
        self._closed = False
        self._failure: Exception | None = None
        # Workers are started from this one long-lived thread: a child's "die with parent"
        # signal fires when the *thread* that started it ends.
        self._supervisor = threading.Thread(target=self._supervise, name="kgraph-workers",
                                            daemon=True)

    # ------------------------------------------------------------ lifecycle

    def start(self, wait: float = 120) -> None:
        """Start every worker; raises StoreError if one cannot open the store."""
        # Before multiprocessing's own exit handler stops the workers, which would have the
        # supervisor start others as Python ends.
        atexit.register(self.close)
        self._supervisor.start()
        deadline = time.monotonic() + wait
        while True:
            with self._changed:
                if len(self._idle) >= self.size:
                    return
            if self._failure is not None:
                raise StoreError(str(self._failure))
            if time.monotonic() > deadline:
                raise StoreError(f"the query workers did not start within {wait:g} s")
            time.sleep(0.05)

    def _supervise(self) -> None:
        retry = 0.0
        while not self._closed:
            self._current = self.store.resolve()
            self._stop_all(self._take_dead_idle())
            if self._wants_worker():
                try:
                    self._add(self._spawn())
                except (OSError, KGraphError) as error:
                    if self._closed:  # killed while starting by close(): nothing failed
                        return
                    self._failure = error
                    log.error("cannot start a query worker: %s", error)
                    retry = min(max(2 * retry, RETRY_SECONDS[0]), RETRY_SECONDS[1])
                else:
                    retry = 0.0
                    continue
            self._sleep(retry or LINK_CHECK_SECONDS)

    def _take_dead_idle(self) -> list[_Handle]:
        with self._changed:
            dead = [handle for handle in self._idle if handle.dead()]
            for handle in dead:
                self._idle.remove(handle)
                self._handles.discard(handle)
        return dead

    def _stale(self, handle: _Handle) -> bool:
        return handle.held.folder != self._current

    def _wants_worker(self) -> bool:
        """Fewer workers than `size`, or an idle one on an old store: its successor starts
        before it stops."""
        with self._changed:
            missing = len(self._handles) < self.size
            return missing or (len(self._handles) == self.size
                               and any(self._stale(h) for h in self._idle))

    def _add(self, handle: _Handle) -> None:
        """A started worker joins the idle ones; idle workers on an old store beyond `size`
        stop."""
        with self._changed:
            if self._closed:
                retired = [handle]
            else:
                self._handles.add(handle)
                self._idle.append(handle)
                stale = [h for h in self._idle if self._stale(h)]
                retired = stale[:max(0, len(self._handles) - self.size)]
                for old in retired:
                    self._idle.remove(old)
                    self._handles.discard(old)
                self._changed.notify()
        self._stop_all(retired)

    def _sleep(self, seconds: float) -> None:
        """Until `seconds` pass, an idle worker ends, or `_wake` is called."""
        with self._changed:
            idle = list(self._idle)  # keeps their sentinels open while waiting on them
        wait_for([self._wake_read, *(h.process.sentinel for h in idle)], seconds)
        with contextlib.suppress(BlockingIOError):
            os.read(self._wake_read, 4096)

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            os.write(self._wake_write, b".")

    def _spawn(self) -> _Handle:
        held = hold(self.store)
        try:
            process, conn = self._launch(str(held.database))
        except BaseException:
            held.release()
            raise
        return _Handle(process, conn, held)

    def _launch(self, database: str):
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, name="kgraph-sparql-worker", daemon=True,
            args=(child_end, os.getpid(), database, self.root, self.writable, self.limits),
        )
        with self._launching:
            if self._closed:
                raise WorkerFailed("the pool is closed")
            self._starting = process
            with _without_callers_main():
                process.start()
        child_end.close()
        try:
            if not parent_end.poll(120):
                process.kill()
                raise WorkerFailed("a query worker did not start within 120 s")
            status, *detail = parent_end.recv()
        except (EOFError, OSError):  # it died while starting (or the pool is closing)
            process.join(5)
            raise WorkerFailed(f"a query worker ended at start (exit {process.exitcode})") \
                from None
        finally:
            self._starting = None
        if status != "ready":
            process.join(5)
            raise WorkerFailed(detail[-1])
        return process, parent_end

    @staticmethod
    def _stop(handle: _Handle) -> None:
        """Kill the worker, then let its store go: never the other way round. Safe to repeat."""
        handle.process.kill()
        handle.process.join(5)
        handle.conn.close()
        handle.held.release()

    def _stop_all(self, handles: list[_Handle]) -> None:
        for handle in handles:
            self._stop(handle)

    def close(self) -> None:
        atexit.unregister(self.close)
        with self._changed:
            self._closed = True
            handles = list(self._handles)
            self._handles.clear()
            self._idle.clear()
        self._wake()
        self._stop_all(handles)
        with self._launching:
            starting = self._starting  # only this pool's: other pools of the process go on
        if starting is not None and starting.pid is not None:
            starting.kill()
            starting.join(5)

    # ------------------------------------------------------------ work

    def run(self, operation: str, *arguments, wait: float | None = None):
        """The worker's answer to `operation(*arguments)`; raises the error it reports,
        QueryTimeout past the time limit, ServerBusy when no worker frees up in time."""
        if wait is None:
            # Without a time limit (a trusted caller's own worker), wait as long as a day.
            wait = self.limits.timeout or 86_400.0
        handle = self._send(operation, arguments, wait)
        try:
            answered = handle.conn.poll(self.limits.timeout)
            if answered:
                reply = handle.conn.recv()
        except (EOFError, OSError) as error:
            self._discard(handle)
            raise self._death(handle, error) from None
        if not answered:
            self._discard(handle)
            raise QueryTimeout(self.limits.timeout)
        self._give_back(handle)
        if reply[0] == "ok":
            return reply[1]
        _, status, message = reply
        raise ReportedError(message, status)

    def _send(self, operation: str, arguments: tuple, wait: float) -> _Handle:
        """The live idle worker that took the job. One that died while idle is never given
        a job (the supervisor starts its successor), nor one whose pipe broke before the job
        reached it."""
        deadline = time.monotonic() + wait
        while True:
            handle = self._take_idle(deadline)
            if handle.dead():
                self._discard(handle)
                continue
            try:
                handle.conn.send((operation, *arguments))
            except OSError:
                self._discard(handle)
                continue
            return handle

    def _take_idle(self, deadline: float) -> _Handle:
        with self._changed:
            while not self._idle:
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    raise ServerBusy(
                        f"all {self.size} query workers stayed busy; try again in a moment"
                    )
                self._changed.wait(left)
            return self._idle.pop(0)

    def _give_back(self, handle: _Handle) -> None:
        """An idle worker again, unless it is on an old store and its successor already runs."""
        with self._changed:
            retire = self._closed or (self._stale(handle) and len(self._handles) > self.size)
            if retire:
                self._handles.discard(handle)
            else:
                self._idle.append(handle)
                self._changed.notify()
        if retire:
            self._stop(handle)

    def _death(self, handle: _Handle, error: BaseException) -> KGraphError:
        """What ended a worker in the middle of a job: an allocation past the memory limit
        aborts it (Oxigraph's allocator cannot report the failure otherwise)."""
        if handle.process.exitcode == -signal.SIGABRT and self.limits.memory_bytes:
            return MemoryLimit(self.limits.memory_bytes)
        return WorkerFailed(f"the query worker failed: {error}")

    def _discard(self, handle: _Handle) -> None:
        """Stop a worker that failed or ran past the limit; the supervisor starts another."""
        with self._changed:
            self._handles.discard(handle)
        self._stop(handle)
        self._wake()
