"""`push`: a build uploaded to a SPARQL 1.1 server, graph by graph, in `INSERT DATA` batches.

Resumable and incremental: each graph is recorded on the server with the fingerprint of its
content once it is complete, so a rerun sends only what is missing or changed (see `push`).
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

import pyoxigraph as ox

from graph.errors import InputError, KGraphError
from graph.model.terms import GRAPH
from graph.sparql.bindings import iri
from graph.store.remote import RemoteEngine

log = logging.getLogger("kgraph")

# Measured on Virtuoso 7.2.5 (see README): its SPARQL parser gives up ("SP030 ... memory
# exhausted") on an INSERT DATA of more than 4,984 triples, whatever their length; it refuses a
# request of about 10 MB ("SR578 ... string concatenation is too large") and one of more than
# about 700 operations ("Query too large" or "SP031 ... 10000 lines of code"). 4,000 triples,
# 4 MB and 200 operations per request stay clear of all three; larger batches were no faster.
DEFAULT_BATCH_SIZE = 4_000
DEFAULT_BATCH_BYTES = 4_000_000
MAX_OPERATIONS = 200
# The record of what was pushed: <graph> pushed:digest "fingerprint" ; pushed:triples N.
PUSHED_GRAPH = GRAPH + "pushed"
P_PUSH_DIGEST = PUSHED_GRAPH + "#digest"
P_PUSH_TRIPLES = PUSHED_GRAPH + "#triples"


@dataclass(frozen=True)
class PushReport:
    graphs: int  # graphs uploaded
    unchanged: int  # graphs skipped: the server already holds this exact content
    removed: int  # graphs pushed before that the source no longer has
    triples: int
    requests: int
    seconds: float

    def as_dict(self) -> dict:
        return asdict(self)


class _Fingerprint:
    """The fingerprint of a graph whatever the order of its triples (stores do not all list a
    graph in the same order): the sum of the hashes of its N-Triples lines."""

    def __init__(self):
        self.total = 0

    def add(self, line: bytes) -> None:
        self.total += int.from_bytes(hashlib.blake2b(line, digest_size=16).digest(), "big")

    def hexdigest(self) -> str:
        return f"{self.total % (1 << 128):032x}"


def _lines(store: ox.Store, graph: ox.NamedNode):
    """The graph's triples as N-Triples lines (without the final dot)."""
    for quad in store.quads_for_pattern(None, None, None, graph):
        if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
            raise InputError(
                f"graph <{graph.value}> holds blank nodes, which batches would split apart; "
                "push stores built by kgraph (their blank nodes are skolemized)"
            )
        yield f"{quad.subject} {quad.predicate} {quad.object}"


def _as_store(source) -> ox.Store:
    if isinstance(source, ox.Store):
        return source
    store = getattr(source, "store", None)
    if isinstance(store, ox.Store):
        return store
    memory = ox.Store()
    memory.extend(source)
    return memory


def _pushed(target: RemoteEngine) -> dict[str, str]:
    """graph IRI -> digest of what an earlier push completed on the server, page by page
    (servers cap the rows of one answer)."""
    found: dict[str, str] = {}
    page = 5000
    for offset in itertools.count(0, page):
        rows = target.select(
            f"SELECT ?g ?digest WHERE {{ GRAPH <{PUSHED_GRAPH}> {{ ?g <{P_PUSH_DIGEST}> ?digest }} "
            f"}} ORDER BY ?g LIMIT {page} OFFSET {offset}"
        )
        found.update((str(row["g"]), str(row["digest"])) for row in rows)
        if len(rows) < page:
            return found


class _Batcher:
    """Packs update operations into requests of bounded triples and bytes, and sends them."""

    def __init__(self, target: RemoteEngine, batch_size: int, batch_bytes: int,
                 on_request: Callable[[int], None] | None):
        self.target, self.batch_size, self.batch_bytes = target, batch_size, batch_bytes
        self.on_request = on_request
        self.operations: list[str] = []
        self.graph: str | None = None
        self.lines: list[str] = []
        self.records: list[str] = []
        self.triples = self.size = self.requests = self.sent_triples = 0

    def operation(self, *texts: str) -> None:
        """Small operations (clear a graph, record it), kept together in one request."""
        self._close_insert()
        if len(self.operations) + len(texts) > MAX_OPERATIONS:
            self.send()
        self.operations.extend(texts)
        self.size += sum(len(text.encode("utf-8")) for text in texts)

    def triple(self, graph: str, line: str, size: int) -> None:
        if graph != self.graph:
            self._close_insert()
            self.graph = graph
        self.lines.append(line)
        self.triples += 1
        self.size += size + 3
        if self.triples >= self.batch_size or self.size >= self.batch_bytes:
            self.send()

    def record(self, triples: str) -> None:
        """Triples for the push record, written at the end of the request, after the data
        they describe (one operation for all of them: each operation costs Virtuoso ~1 ms)."""
        self._close_insert()
        self.records.append(triples)
        self.size += len(triples)

    def _close_insert(self) -> None:
        if self.lines:
            body = " .\n".join(self.lines)
            self.operations.append(f"INSERT DATA {{ GRAPH <{self.graph}> {{\n{body} .\n}} }}")
            self.lines = []
            if len(self.operations) >= MAX_OPERATIONS:
                self.send()

    def send(self) -> None:
        self._close_insert()
        if self.records:
            body = " .\n".join(self.records)
            self.operations.append(f"INSERT DATA {{ GRAPH <{PUSHED_GRAPH}> {{\n{body} .\n}} }}")
            self.records = []
        if not self.operations:
            return
        try:
            self.target.update(" ;\n".join(self.operations), prefixes=False)
        except KGraphError as error:
            raise KGraphError(
                f"push stopped: a request of {self.triples} triples ({self.size:,} bytes) "
                f"failed; rerun to resume (a smaller batch size may help): {error}"
            ) from None
        self.requests += 1
        self.sent_triples += self.triples
        self.operations, self.triples, self.size = [], 0, 0
        if self.on_request:
            self.on_request(self.requests)


def push(
    source,
    target: RemoteEngine | str,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_bytes: int = DEFAULT_BATCH_BYTES,
    remove_missing: bool = True,
    on_request: Callable[[int], None] | None = None,
) -> PushReport:
    """Upload every named graph of `source` (a pyoxigraph Store, a LocalEngine, or an iterable
    of Quads) to the server, replacing the graphs of the same names there.

    Idempotent by graph: a graph is cleared, loaded in `INSERT DATA` requests of at most
    `batch_size` triples and `batch_bytes` bytes, and only then recorded as complete, with the
    fingerprint of its content, in the graph <…/graph/pushed>. A rerun after an interruption
    skips the graphs recorded with the same fingerprint and clears and reloads the others, so
    it completes without duplicates; so does a push after a rebuild, which sends only the
    graphs that changed. Graphs an earlier push recorded that the source no longer has are
    dropped (unless `remove_missing` is false).

    Clearing in place, rather than loading into a temporary graph and renaming it, keeps the
    server from ever holding two copies of a graph, which readers of the union default graph
    would see twice; the price is that a reader may see a graph half loaded while it is pushed.
    Every request stands alone: a failed one raises at once and leaves nothing queued (unlike
    rdflib's SPARQLUpdateStore, whose failed edit stays pending until rolled back).
    `on_request(n)` is called after each successful request.
    """
    started = time.perf_counter()
    if isinstance(target, str):
        target = RemoteEngine(target)
    if batch_size < 1 or batch_bytes < 1:
        raise InputError("the batch size must be at least 1")
    store = _as_store(source)
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None):
        raise InputError("the source has triples in its default graph; push sends named graphs")
    graphs = sorted(store.named_graphs(), key=lambda g: g.value)
    if any(not isinstance(g, ox.NamedNode) for g in graphs):
        raise InputError("the source has graphs named by blank nodes, which a server cannot "
                         "address; push sends graphs named by IRIs")
    total = len(store)
    pushed = _pushed(target)
    log.info("push: %d graphs, %d triples, to %s (%d graphs already there)",
             len(graphs), total, target.update_endpoint, len(pushed))
    batcher = _Batcher(target, batch_size, batch_bytes, on_request)
    uploaded = unchanged = 0
    last_report = time.perf_counter()
    for graph in graphs:
        name = graph.value
        if name in pushed:
            # Only a graph pushed before needs reading twice: once to see whether it changed.
            known = _Fingerprint()
            for line in _lines(store, graph):
                known.add(line.encode("utf-8"))
            if known.hexdigest() == pushed[name]:
                unchanged += 1
                continue
            # Forget the graph is complete before touching it.
            batcher.operation(f"DELETE WHERE {{ GRAPH <{PUSHED_GRAPH}> {{ <{name}> ?p ?o }} }}")
        batcher.operation(f"CLEAR SILENT GRAPH <{name}>")
        fingerprint, count = _Fingerprint(), 0
        for line in _lines(store, graph):
            encoded = line.encode("utf-8")
            fingerprint.add(encoded)
            batcher.triple(name, line, len(encoded))
            count += 1
            if time.perf_counter() - last_report > 5:
                last_report = time.perf_counter()
                rate = batcher.sent_triples / (last_report - started)
                log.info("push: %d of %d triples sent (%.0f triples/s)",
                         batcher.sent_triples, total, rate)
        batcher.record(f'<{name}> <{P_PUSH_DIGEST}> "{fingerprint.hexdigest()}" ; '
                       f"<{P_PUSH_TRIPLES}> {count}")
        uploaded += 1
    batcher.send()
    removed = 0
    if remove_missing:
        local = {g.value for g in graphs}
        for name in sorted(set(pushed) - local):
            node = iri(name)  # the server's answer, so checked before it goes into an update
            batcher.operation(
                f"DELETE WHERE {{ GRAPH <{PUSHED_GRAPH}> {{ {node} ?p ?o }} }}",
                f"DROP SILENT GRAPH {node}",
            )
            removed += 1
        batcher.send()
    seconds = round(time.perf_counter() - started, 3)
    report = PushReport(uploaded, unchanged, removed, batcher.sent_triples, batcher.requests,
                        seconds)
    log.debug("push: %d graphs sent (%d triples), %d unchanged, %d removed, %d requests, "
              "in %.1f s", uploaded, report.triples, unchanged, removed, report.requests, seconds)
    return report
