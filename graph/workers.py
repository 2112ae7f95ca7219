"""Worker processes that run the server's SPARQL, so that a time limit really stops a query.

pyoxigraph evaluates a query in native code that nothing inside the process can interrupt, so
each query runs in a worker process of a small pool and a worker that passes the time limit is
killed and replaced; the other workers go on serving. Workers open the store read-only (any
number of processes can), or, when updates are enabled, the pool has a single worker that opens
it for writing. Results are serialized in the worker, through a writer that stops at the
result-size limit, so a huge result is cut off where it is produced.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph import sandbox
from graph.errors import (
    InputError,
    KGraphError,
    NameResolutionError,
    SourceSyntaxError,
    StoreError,
)
from graph.queries import Lookup, bind, library_query
from graph.resolve import Resolver
from graph.root import Root
from graph.sandbox import SandboxUnavailable
from graph.schema import Schema
from graph.sparql_safety import (
    Bounds,
    QueryRefused,
    QueryTimeout,
    ResultTooLarge,
    check_request,
    plainly_confined,
    screen,
)
from graph.store import LocalEngine, QueryResult, result_of, syntax_error
from graph.terms import PREFIXES

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


class ServerBusy(KGraphError):
    """Every worker stayed busy for as long as a request may wait."""

    status = 503


class WorkerFailed(KGraphError):
    status = 500


class MemoryLimit(KGraphError):
    """A query that needed more memory than a worker may have."""

    status = 503

    def __init__(self, limit: int):
        super().__init__(f"the query used more than the memory limit of {limit // 2**20} MB; "
                         "narrow it (a LIMIT, more specific patterns) and try again")


class ReportedError(KGraphError):
    """An error a worker reported, carried back with its HTTP status."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


def status_of(error: BaseException) -> int:
    """The HTTP status that reports `error`."""
    for kind, status in (
        (SourceSyntaxError, 400), (NameResolutionError, 400), (QueryRefused, 403),
        (InputError, 400),
    ):
        if isinstance(error, kind):
            return status
    return getattr(error, "status", 500)


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

    def lookup(self):
        if self._lookup is None:
            self._lookup = Lookup(self.engine, Resolver(self.engine, Schema.load(self.engine)))
        return self._lookup

    def query(self, text: str, result_format: str, graph_format: str) -> tuple[str, bytes]:
        """(kind, body): "select" or "ask" serialized as `result_format`, "graph" (CONSTRUCT,
        DESCRIBE) as `graph_format`; the checks and the evaluation all count against the
        time limit, since the pool waits for this whole call."""
        screen(text, bounds=self.limits.bounds)
        out = _BoundedWriter(self.limits.max_result_bytes)
        with _outside_reach():
            result = self.engine.raw(text)
            if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
                result.serialize(out, format=RESULT_FORMATS[result_format][0])
            else:
                ox.serialize(result, out, format=GRAPH_FORMATS[graph_format][0],
                             prefixes=PREFIXES)
        kind = ("select" if isinstance(result, ox.QuerySolutions)
                else "ask" if isinstance(result, ox.QueryBoolean) else "graph")
        return kind, bytes(out.buffer)

    def update(self, text: str) -> bytes:
        form = screen(text, allow_update=True, bounds=self.limits.bounds)
        if form not in ("update", None) or plainly_confined(text):
            raise InputError("this is a query: send it as query=, not update=")
        try:
            with _outside_reach():
                self.engine.store.update(text, prefixes=PREFIXES)
        except SyntaxError as error:
            raise syntax_error(error) from None
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
            reply = ("error", status_of(error), str(error) or type(error).__name__)
        conn.send(reply)


# ---------------------------------------------------------------- one query, for the CLI and API


def run_confined(database: Path, root: Path, text: str, limits: Limits) -> QueryResult:
    """`text` run by a confined worker of its own: how `kgraph query` and
    `KnowledgeGraph.query` run queries, since the calling process (a shell command that still
    prints, a notebook) must not confine itself. A crash or the memory limit comes back as an
    error, never as the caller's death."""
    pool = WorkerPool(database, root, size=1, limits=limits)
    with _worker_stderr_silenced():
        pool.start()
    try:
        kind, body = pool.run("query", text, "json", "ntriples")
    finally:
        pool.close()
    if kind == "graph":
        return result_of(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    return result_of(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))


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


# ---------------------------------------------------------------- the pool, in the server


@dataclass
class _Handle:
    process: multiprocessing.process.BaseProcess
    conn: object


class WorkerPool:
    """`size` worker processes on one store; `run` gives a job to an idle one and waits at most
    the time limit for its answer."""

    def __init__(self, database: Path, root: Path, *, size: int = 2,
                 limits: Limits | None = None, writable: bool = False):
        self.database, self.root = str(database), str(root)
        self.size = 1 if writable else max(1, size)
        self.limits = limits or Limits()
        self.writable = writable
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Handle] = queue.Queue()
        self._wanted: queue.Queue[bool] = queue.Queue()
        self._live: set[int] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._failure: Exception | None = None
        self.timeouts = 0
        # Workers are started from this one long-lived thread: a child's "die with parent"
        # signal fires when the *thread* that started it ends.
        self._supervisor = threading.Thread(target=self._supervise, name="kgraph-workers",
                                            daemon=True)

    # ------------------------------------------------------------ lifecycle

    def start(self, wait: float = 120) -> None:
        """Start every worker; raises StoreError if one cannot open the store."""
        self._supervisor.start()
        for _ in range(self.size):
            self._wanted.put(True)
        deadline = time.monotonic() + wait
        while self._idle.qsize() < self.size:
            if self._failure is not None:
                raise StoreError(str(self._failure))
            if time.monotonic() > deadline:
                raise StoreError(f"the query workers did not start within {wait:g} s")
            time.sleep(0.05)

    def _supervise(self) -> None:
        while self._wanted.get():
            try:
                handle = self._spawn()
            except (OSError, WorkerFailed) as error:
                if self._closed:
                    return
                self._failure = error
                log.error("cannot start a query worker: %s", error)
                continue
            if self._closed:
                self._stop(handle)
                return
            self._idle.put(handle)

    def _spawn(self) -> _Handle:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, name="kgraph-sparql-worker", daemon=True,
            args=(child_end, os.getpid(), self.database, self.root, self.writable, self.limits),
        )
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
        if status != "ready":
            process.join(5)
            raise WorkerFailed(detail[-1])
        with self._lock:
            self._live.add(process.pid)
        return _Handle(process, parent_end)

    def _stop(self, handle: _Handle) -> None:
        handle.process.kill()
        handle.process.join(5)
        handle.conn.close()
        with self._lock:
            self._live.discard(handle.process.pid)

    def close(self) -> None:
        self._closed = True
        self._wanted.put(False)
        while True:
            try:
                self._stop(self._idle.get_nowait())
            except queue.Empty:
                break
        for process in self._context.active_children():
            process.kill()
            process.join(5)

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return sorted(self._live)

    # ------------------------------------------------------------ work

    def run(self, operation: str, *arguments, wait: float | None = None):
        """The worker's answer to `operation(*arguments)`; raises the error it reports,
        QueryTimeout past the time limit, ServerBusy when no worker frees up in time."""
        try:
            handle = self._idle.get(timeout=wait if wait is not None else self.limits.timeout)
        except queue.Empty:
            raise ServerBusy(
                f"all {self.size} query workers stayed busy; try again in a moment"
            ) from None
        try:
            handle.conn.send((operation, *arguments))
            answered = handle.conn.poll(self.limits.timeout)
            if answered:
                reply = handle.conn.recv()
        except (EOFError, OSError) as error:
            self._replace(handle)
            raise self._death(handle, error) from None
        if not answered:
            self.timeouts += 1
            self._replace(handle)
            raise QueryTimeout(self.limits.timeout)
        self._idle.put(handle)
        if reply[0] == "ok":
            return reply[1]
        _, status, message = reply
        raise ReportedError(message, status)

    def _death(self, handle: _Handle, error: BaseException) -> KGraphError:
        """What ended a worker in the middle of a job: an allocation past the memory limit
        aborts it (Oxigraph's allocator cannot report the failure otherwise)."""
        if handle.process.exitcode == -signal.SIGABRT and self.limits.memory_bytes:
            return MemoryLimit(self.limits.memory_bytes)
        return WorkerFailed(f"the query worker failed: {error}")

    def _replace(self, handle: _Handle) -> None:
        self._stop(handle)
        if not self._closed:
            self._wanted.put(True)
