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
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

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
from graph.schema import Schema
from graph.sparql_safety import QueryRefused, QueryTimeout, ResultTooLarge
from graph.store import LocalEngine, evaluation_error, syntax_error
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


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0  # seconds a query may run
    max_result_bytes: int = 20_000_000


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

    def query(self, text: str, format_name: str) -> bytes:
        try:
            result = self.engine.raw(text)
        except SyntaxError as error:
            raise syntax_error(error) from None
        out = _BoundedWriter(self.limits.max_result_bytes)
        if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
            result.serialize(out, format=RESULT_FORMATS[format_name][0])
        else:
            ox.serialize(result, out, format=GRAPH_FORMATS[format_name][0], prefixes=PREFIXES)
        return bytes(out.buffer)

    def update(self, text: str) -> bytes:
        try:
            self.engine.store.update(text, prefixes=PREFIXES)
        except SyntaxError as error:
            raise syntax_error(error) from None
        except RuntimeError as error:
            raise evaluation_error(error, "update") from None
        return b""

    def bind(self, name: str, values: dict) -> bytes:
        root = Root(Path(self.root), Path(self.root) / "output")
        return bind(library_query(root, name), values, self.lookup()).encode("utf-8")


OPERATIONS = ("query", "update", "bind")


def _worker_main(conn, parent: int, database: str, root: str, writable: bool, limits: Limits):
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server decides when workers stop
    try:
        worker = _Worker(database, root, writable, limits)
    except OSError as error:
        conn.send(("error", 500, f"cannot open the store at {database}: {error}"))
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
        except Exception as error:  # every failure goes back to the request that caused it
            reply = ("error", status_of(error), str(error) or type(error).__name__)
        conn.send(reply)


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
            raise WorkerFailed(f"the query worker failed: {error}") from None
        if not answered:
            self.timeouts += 1
            self._replace(handle)
            raise QueryTimeout(self.limits.timeout)
        self._idle.put(handle)
        if reply[0] == "ok":
            return reply[1]
        _, status, message = reply
        raise ReportedError(message, status)

    def _replace(self, handle: _Handle) -> None:
        self._stop(handle)
        if not self._closed:
            self._wanted.put(True)
