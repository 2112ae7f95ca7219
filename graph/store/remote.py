"""A SPARQL 1.1 server as a store: the `Engine` interface over HTTP, and `push` of a build.

`RemoteEngine` speaks the SPARQL 1.1 Protocol with the standard library's `http.client`: no
extra dependency, nothing heavy to import on the read path, one kept-alive connection per
server, and full control of retries. It never retries a failed request: an endpoint that is
down, slow or refuses the credentials gives one `KGraphError` naming the URL. The only second
request is the one HTTP digest authentication needs after the server's challenge; the challenge
is then reused (with a growing nonce count), so a large update is not sent twice.

Query results come back as the same Python values as `LocalEngine` gives (through
`graph.store.engine.to_python`): `Iri` for IRIs, numbers and booleans for typed literals, strings
for the rest; CONSTRUCT and DESCRIBE give pyoxigraph Triples. The default graph is whatever the
server makes of a query without FROM: on Virtuoso, the union of all its graphs (including its own
system graphs), as in the local store.

`push` uploads a store graph by graph in `INSERT DATA` batches (see its docstring).
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import itertools
import json
import logging
import os
import re
import socket
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass

import pyoxigraph as ox

from graph.errors import InputError, KGraphError, SourceSyntaxError
from graph.model.terms import GRAPH, PREFIXES
from graph.sparql.bindings import Term, iri, with_values
from graph.store.engine import Iri, QueryResult, to_python

log = logging.getLogger("kgraph")

DEFAULT_TIMEOUT = 60.0
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

_SELECT_JSON = "application/sparql-results+json"
_GRAPH_TYPES = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
_TOKENS = re.compile(
    r"""<[^<>"{}|^`\\\s]*>|"{3}.*?"{3}|'{3}.*?'{3}|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'"""
    r"""|\#[^\n]*|[?$]\w+|[A-Za-z_][\w-]*(?::[\w.%-]*)?""",
    re.S,
)
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)
_FORMS = {"select": "select", "ask": "ask", "construct": "graph", "describe": "graph"}


def query_form(query: str) -> str:
    """"select", "ask" or "graph" (CONSTRUCT, DESCRIBE): the first form keyword outside IRIs,
    strings, comments, variables and prefixed names."""
    for match in _TOKENS.finditer(query):
        form = _FORMS.get(match.group().lower())
        if form:
            return form
    raise SourceSyntaxError("SPARQL syntax error: no SELECT, ASK, CONSTRUCT or DESCRIBE found")


def with_prefixes(sparql: str) -> str:
    """The standard prefixes the query does not declare itself, on the query's first line so
    that the server's line numbers in error messages stay those of the query."""
    declared = {name or "" for name in _DECLARED.findall(sparql)}
    missing = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
    return " ".join(missing) + " " + sparql if missing else sparql


def _json_term(binding: dict):
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return Iri(value)
    if kind == "bnode":
        return f"_:{value}"
    try:
        if binding.get("xml:lang"):
            return to_python(ox.Literal(value, language=binding["xml:lang"]))
        if binding.get("datatype"):
            return to_python(ox.Literal(value, datatype=ox.NamedNode(binding["datatype"])))
    except ValueError:
        pass
    return value


def _summary(body: bytes) -> str:
    """The first meaningful line of an error page, without HTML."""
    text = re.sub(r"<[^>]+>", " ", body.decode("utf-8", "replace"))
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= 300 else line[:297] + "..."
    return "no details"


@dataclass
class _Challenge:
    realm: str
    nonce: str
    qop: str | None
    opaque: str | None
    algorithm: str
    count: int = 0


def _parse_challenge(header: str) -> _Challenge | None:
    if not header.lower().startswith("digest "):
        return None
    fields = dict(
        (key.lower(), quoted if quoted else plain)
        for key, quoted, plain in re.findall(r'(\w+)=(?:"([^"]*)"|([^,\s]*))', header[7:])
    )
    qops = [q.strip() for q in fields.get("qop", "").split(",") if q.strip()]
    return _Challenge(
        realm=fields.get("realm", ""),
        nonce=fields.get("nonce", ""),
        qop="auth" if "auth" in qops else None,
        opaque=fields.get("opaque"),
        algorithm=fields.get("algorithm", "MD5"),
    )


class RemoteEngine:
    """A SPARQL 1.1 endpoint (and optionally its update endpoint), read like the local store."""

    def __init__(
        self,
        endpoint: str,
        update_endpoint: str | None = None,
        user: str | None = None,
        password: str | None = None,
        auth: str = "digest",
        timeout: float = DEFAULT_TIMEOUT,
    ):
        if auth not in ("digest", "basic"):
            raise InputError(f"unknown authentication {auth!r}: use digest or basic")
        if (user is None) != (password is None):
            raise InputError("give both a user and a password, or neither")
        self.endpoint = self._check_url(endpoint)
        self.update_endpoint = self._check_url(update_endpoint or endpoint)
        self.user, self.password, self.auth, self.timeout = user, password, auth, timeout
        self._connections: dict[tuple[str, str], http.client.HTTPConnection] = {}
        self._challenges: dict[str, _Challenge] = {}

    def __repr__(self) -> str:
        return f"RemoteEngine({self.endpoint!r}, update_endpoint={self.update_endpoint!r})"

    @staticmethod
    def _check_url(url: str) -> str:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(f"{url!r} is not an http(s) URL of a SPARQL endpoint")
        return url

    # ------------------------------------------------------------ the Engine interface

    def run(self, query: str, bindings: Mapping[str, Term] | None = None) -> QueryResult:
        form = query_form(query)
        text = with_prefixes(with_values(query, bindings or {}))
        body = urllib.parse.urlencode({"query": text}).encode()
        accept = _GRAPH_TYPES if form == "graph" else _SELECT_JSON
        headers, data = self._post(
            self.endpoint, body, "application/x-www-form-urlencoded", accept
        )
        media_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if form == "graph":
            rdf_format = ox.RdfFormat.from_media_type(media_type) if media_type else None
            if rdf_format is None:
                raise KGraphError(
                    f"the SPARQL endpoint {self.endpoint} answered a CONSTRUCT with "
                    f"{media_type or 'no content type'}, not an RDF format"
                )
            try:
                triples = [quad.triple for quad in ox.parse(data, format=rdf_format)]
                return QueryResult("graph", triples=triples)
            except SyntaxError as error:
                raise KGraphError(f"unreadable RDF from {self.endpoint}: {error}") from None
        try:
            document = json.loads(data)
        except ValueError:
            raise KGraphError(
                f"the SPARQL endpoint {self.endpoint} did not answer with SPARQL JSON results "
                f"({media_type or 'no content type'})"
            ) from None
        if "boolean" in document:
            return QueryResult("ask", boolean=bool(document["boolean"]))
        names = document.get("head", {}).get("vars", [])
        rows = [
            {name: _json_term(row[name]) if name in row else None for name in names}
            for row in document.get("results", {}).get("bindings", [])
        ]
        return QueryResult("select", variables=names, rows=rows)

    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> list[dict]:
        return self.run(query, bindings).rows

    def ask(self, query: str, bindings: Mapping[str, Term] | None = None) -> bool:
        return bool(self.run(query, bindings).boolean)

    def update(self, sparql: str, *, prefixes: bool = True) -> None:
        """Run a SPARQL 1.1 Update on the update endpoint (with the standard prefixes
        declared, unless `prefixes` is false: push writes full IRIs only)."""
        self._post(
            self.update_endpoint, (with_prefixes(sparql) if prefixes else sparql).encode(),
            "application/sparql-update; charset=utf-8", "*/*",
        )

    def close(self) -> None:
        for connection in self._connections.values():
            connection.close()
        self._connections.clear()

    # ------------------------------------------------------------ HTTP

    def _connection(self, parts) -> tuple[http.client.HTTPConnection, bool]:
        key = (parts.scheme, parts.netloc)
        if key in self._connections:
            return self._connections[key], True
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        connection = cls(parts.hostname, parts.port, timeout=self.timeout)
        self._connections[key] = connection
        return connection, False

    def _authorization(self, method: str, url: str) -> str | None:
        if self.user is None:
            return None
        if self.auth == "basic":
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
            return f"Basic {token}"
        parts = urllib.parse.urlsplit(url)
        challenge = self._challenges.get(parts.netloc)
        if challenge is None:
            return None
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        digest = hashlib.md5 if challenge.algorithm.upper().startswith("MD5") else None
        if digest is None:
            raise KGraphError(
                f"the SPARQL endpoint {url} asks for digest algorithm {challenge.algorithm}, "
                "which kgraph does not support; try `auth` basic", parameter="auth"
            )

        def h(text: str) -> str:
            return digest(text.encode()).hexdigest()

        challenge.count += 1
        ha1 = h(f"{self.user}:{challenge.realm}:{self.password}")
        ha2 = h(f"{method}:{path}")
        fields = [f'username="{self.user}"', f'realm="{challenge.realm}"',
                  f'nonce="{challenge.nonce}"', f'uri="{path}"',
                  f"algorithm={challenge.algorithm}"]
        if challenge.qop:
            count, cnonce = f"{challenge.count:08x}", os.urandom(8).hex()
            response = h(f"{ha1}:{challenge.nonce}:{count}:{cnonce}:auth:{ha2}")
            fields += ["qop=auth", f"nc={count}", f'cnonce="{cnonce}"']
        else:
            response = h(f"{ha1}:{challenge.nonce}:{ha2}")
        fields.append(f'response="{response}"')
        if challenge.opaque:
            fields.append(f'opaque="{challenge.opaque}"')
        return "Digest " + ", ".join(fields)

    def _send(self, url: str, body: bytes, content_type: str, accept: str):
        parts = urllib.parse.urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        headers = {"Content-Type": content_type, "Accept": accept,
                   "User-Agent": "kgraph", "Content-Length": str(len(body))}
        authorization = self._authorization("POST", url)
        if authorization:
            headers["Authorization"] = authorization
        # A kept-alive connection the server has since closed fails before any answer: that
        # one case is worth a new connection. Anything else is reported, never retried.
        for attempt in (0, 1):
            connection, reused = self._connection(parts)
            try:
                connection.request("POST", path or "/", body=body, headers=headers)
                response = connection.getresponse()
                return response.status, response.headers, response.read(), authorization
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self._drop(parts)
                if not reused or attempt:
                    raise
            except BaseException:
                self._drop(parts)
                raise
        raise AssertionError("unreachable")

    def _drop(self, parts) -> None:
        connection = self._connections.pop((parts.scheme, parts.netloc), None)
        if connection:
            connection.close()

    def _post(self, url: str, body: bytes, content_type: str, accept: str):
        try:
            netloc = urllib.parse.urlsplit(url).netloc
            used = self._challenges.get(netloc)
            status, headers, data, sent_auth = self._send(url, body, content_type, accept)
            if status == 401 and self.user is not None and self.auth == "digest":
                # Answer a first challenge, or a new nonce once the one reused has expired;
                # credentials refused with a fresh nonce are an error, not a reason to retry.
                challenge = _parse_challenge(headers.get("www-authenticate", ""))
                if challenge and (sent_auth is None or challenge.nonce != used.nonce):
                    self._challenges[netloc] = challenge
                    status, headers, data, _ = self._send(url, body, content_type, accept)
        except TimeoutError:
            raise KGraphError(
                f"the SPARQL endpoint {url} did not answer within {self.timeout:g} s"
            ) from None
        except (OSError, http.client.HTTPException) as error:
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
            if isinstance(error, socket.gaierror):
                reason = f"unknown host ({reason})"
            raise KGraphError(f"cannot reach the SPARQL endpoint {url}: {reason}") from None
        if status < 300:
            return headers, data
        if status in (401, 403):
            if self.user is None:
                raise KGraphError(
                    f"the SPARQL endpoint {url} requires credentials (HTTP {status}): "
                    "give a user and a password"
                )
            raise KGraphError(
                f"the SPARQL endpoint {url} rejected the credentials of {self.user!r} "
                f"(HTTP {status})"
            )
        summary = _summary(data)
        if status == 400 and re.search(r"syntax error|parse error|lexical error", summary, re.I):
            raise SourceSyntaxError(f"SPARQL syntax error (reported by {url}): {summary}")
        if status == 404:
            raise KGraphError(f"no SPARQL endpoint at {url} (HTTP 404)")
        raise KGraphError(f"the SPARQL endpoint {url} answered HTTP {status}: {summary}")


# ---------------------------------------------------------------- push


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
