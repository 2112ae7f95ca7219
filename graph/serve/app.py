"""`kgraph serve`: a SPARQL 1.1 Protocol endpoint on the store, with a query page.

The stack is the standard library's: a WSGI application served by `wsgiref` with a thread per
connection. No dependency is added, the application can be mounted in any WSGI server
(waitress, gunicorn) behind a proxy, and threads are enough because no query runs in them:
each request waits on a worker process (graph/serve/workers.py) that can be killed at the time
limit.

Routes: `/sparql` (the protocol: GET ?query=, POST form-encoded, POST application/sparql-query,
POST application/sparql-update when enabled; a service description without a query), `/` and
`/static/*` (the query page, served from the package, no outside resources), `/queries` (the
query library as JSON) and `/queries/NAME?param=value` (a library query with its parameters
bound, as SPARQL text), `/prefixes` (the predeclared prefixes).

Connections are bounded (a cap, then a quick 503), and so is each client's time: a silence while
the request arrives, the whole request, and the whole response each have a limit, so slow
clients cannot hold threads or results. Browsers are held to the server's own names and origin:
the Host header must name this server (DNS rebinding) and a request from another web site is
refused unless its origin was allowed with `--cors-origin`.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import hmac
import io
import ipaddress
import json
import logging
import re
import signal
import socket
import threading
import time
import traceback
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from socketserver import ThreadingMixIn
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from graph.errors import InputError, KGraphError
from graph.model.terms import PREFIXES
from graph.root import Root
from graph.serve.workers import (
    GRAPH_FORMATS,
    RESULT_FORMATS,
    WORKER_MEMORY,
    Limits,
    WorkerPool,
    status_of,
)
from graph.sparql.library import load_library
from graph.sparql.safety import FORBIDDEN, READ_ONLY, QueryRefused

log = logging.getLogger("kgraph")

STATIC = Path(__file__).resolve().parent / "static"
STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}

# Accepted media types (and `format=` names) -> format name: the standard types first, in the
# order preferred for wildcards (the first is the default), then the aliases clients send.
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "application/json": "json", "application/xml": "xml", "text/xml": "xml",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/n-triples": "ntriples",
    "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml",
    "application/x-turtle": "turtle", "text/plain": "ntriples", "application/json": "jsonld",
    "application/xml": "rdfxml",
}
FORMAT_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples",
                  "json-ld": "jsonld", "rdf": "rdfxml", "srj": "json", "srx": "xml"}
DATASET_PARAMETERS = ("default-graph-uri", "named-graph-uri", "using-graph-uri",
                      "using-named-graph-uri")
PREFLIGHT = [
    ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
    ("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization"),
    ("Access-Control-Max-Age", "86400"),
]
REASONS = {413: "Content Too Large", 422: "Unprocessable Content"}  # newer names than http's
# After the answer, what the client still sends (a refused body) is read and thrown away up to
# this much, so that it sees the answer rather than a reset connection; then it is closed.
LINGER_BYTES = 256 * 1024
LINGER_SECONDS = 1.0
WRITE_CHUNK = 64 * 1024
CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # escaped in the log: a request cannot forge lines
QUERY_TEXT = "kgraph.query_text"  # the environ key of the query a request carries, for its ref


@dataclass(frozen=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0
    workers: int = 2
    max_body_bytes: int = 1_000_000
    max_result_bytes: int = 20_000_000
    update_token: str | None = None
    max_connections: int = 64
    idle_timeout: float = 5.0  # how long a client may stall, sending or reading
    client_timeout: float = 30.0  # to send a whole request, and again to read a whole response
    max_memory_bytes: int = WORKER_MEMORY
    cors_origins: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ()


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers=()):
        super().__init__(message)
        self.status = status
        self.headers = list(headers)


@dataclass
class Response:
    status: int
    body: bytes = b""
    media_type: str = "text/plain; charset=utf-8"
    headers: list = None

    def all_headers(self) -> list[tuple[str, str]]:
        headers = [("Content-Type", self.media_type), ("Content-Length", str(len(self.body))),
                   ("X-Content-Type-Options", "nosniff")]
        return headers + (self.headers or [])

    def status_line(self) -> str:
        return f"{self.status} {REASONS.get(self.status) or HTTPStatus(self.status).phrase}"

    def raw(self) -> bytes:
        """The whole response as it goes on the wire, for answers sent outside the WSGI app."""
        head = "".join(f"{name}: {value}\r\n" for name, value in self.all_headers())
        return f"HTTP/1.0 {self.status_line()}\r\n{head}\r\n".encode("latin-1") + self.body


def error_response(status: int, message: str, headers=()) -> Response:
    """A failure as endpoints commonly report it: plain text, status first."""
    body = f"Error {status}: {message}\n".encode()
    return Response(status, body, headers=list(headers))


# ---------------------------------------------------------------- content negotiation


def _ranges(accept: str):
    """(media range, q) pairs of an Accept header, in the client's order."""
    for position, part in enumerate(accept.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        q = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        yield media, q, position


def negotiate(accept: str | None, offers: dict[str, str]) -> str:
    """The format name the client prefers among `offers` (media type -> name); the first offer
    when the header is missing or names nothing offered: a client that asks for something
    unknown still gets an answer it can read, not a 406."""
    best, best_key = None, None
    for media, q, position in _ranges(accept or ""):
        if q <= 0:
            continue
        main, _, sub = media.partition("/")
        for index, (offer, name) in enumerate(offers.items()):
            if media == offer:
                specificity = 2
            elif sub == "*" and (main == "*" or offer.startswith(main + "/")):
                specificity = 0 if main == "*" else 1
            else:
                continue
            key = (q, specificity, -position, -index)
            if best_key is None or key > best_key:
                best, best_key = name, key
    return best or next(iter(offers.values()))


def choose_format(environ, params: dict, graph: bool) -> str:
    offers = GRAPH_TYPES if graph else RESULT_TYPES
    known = GRAPH_FORMATS if graph else RESULT_FORMATS
    asked = (_single(params, "format") or "").strip().lower()
    if asked:
        asked = FORMAT_ALIASES.get(asked, offers.get(asked, asked))
        if asked in known:
            return asked
    return negotiate(environ.get("HTTP_ACCEPT"), offers)


# ---------------------------------------------------------------- who may ask


LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
AUTHORITY = re.compile(r"(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::([0-9]{1,5}))?")
CROSS_SITE = ("requests from other web sites are refused (start the server with --cors-origin "
              "ORIGIN to allow one)")
WRONG_HOST = ("the Host header does not name this server (start it with --allowed-host NAME to "
              "answer for another name)")


def parse_authority(text: str) -> tuple[str, int | None] | None:
    """(host, port) of a Host header or of an origin, lowercased; None when malformed."""
    match = AUTHORITY.fullmatch(text.strip().lower())
    if match is None or (match[1].startswith("[") and not _is_ip(match[1])):
        return None
    return match[1], int(match[2]) if match[2] else None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _origin(text: str) -> str:
    """An origin as browsers send it (`scheme://host[:port]`), lowercased; InputError if not."""
    scheme, _, authority = text.strip().lower().rstrip("/").partition("://")
    if scheme not in ("http", "https") or parse_authority(authority) is None:
        raise InputError(f"{text!r} is not an origin: give scheme://host[:port], such as "
                         "https://example.org")
    return f"{scheme}://{authority}"


class Guard:
    """What a browser may ask. The Host header must name this server: a page whose DNS name was
    rebound to the server's address sends its own name and is refused (421). A request from
    another web site (a foreign Origin, or `Sec-Fetch-Site` cross-site or same-site on the data
    routes) is refused (403) unless its origin is allowed, which then gets CORS headers: a form
    POST from another site skips the preflight, so refusing it is what stops it."""

    def __init__(self, settings: ServerSettings):
        self.bound = _bracketed(settings.host.lower())
        self.local = {*LOOPBACK_NAMES, self.bound}  # answered with the server's own port
        self.named: set[tuple[str, int | None]] = set()  # --allowed-host; no port: any port
        for entry in settings.allowed_hosts:
            parsed = parse_authority(entry)
            if parsed is None:
                raise InputError(f"{entry!r} is not a host name: give NAME or NAME:PORT")
            self.named.add(parsed)
        self.origins = {_origin(origin) for origin in settings.cors_origins}

    def host(self, environ) -> str:
        """The request's host and port as this server knows them; HttpError 421 otherwise. An IP
        address is always accepted: rebinding needs a name the attacker controls."""
        port = int(environ.get("SERVER_PORT") or 80)
        text = environ.get("HTTP_HOST")
        if text is None:  # HTTP/1.0 clients may leave it out; browsers never do
            return f"{self.bound}:{port}"
        parsed = parse_authority(text)
        if parsed is None:
            raise HttpError(421, WRONG_HOST)
        host, given = parsed
        if not ((host, None) in self.named or (host, given or 80) in self.named
                or (given or 80) == port and (host in self.local or _is_ip(host))):
            raise HttpError(421, WRONG_HOST)
        return host if given is None else f"{host}:{given}"

    def cors_headers(self, environ, host: str) -> list[tuple[str, str]]:
        """The CORS headers of the answer; HttpError 403 for a request from another site."""
        vary = [("Vary", "Origin")] if self.origins else []
        origin = environ.get("HTTP_ORIGIN")
        if origin is not None:
            origin = origin.strip().lower()
            if origin in self.origins:
                return [("Access-Control-Allow-Origin", origin), *vary]
            scheme, _, authority = origin.partition("://")
            if scheme not in ("http", "https") or authority != host:
                raise HttpError(403, CROSS_SITE)
        elif (environ.get("HTTP_SEC_FETCH_SITE") in ("cross-site", "same-site")
              and not _is_page(environ.get("PATH_INFO") or "/")):
            raise HttpError(403, CROSS_SITE)  # an <img> or a script's GET carries no Origin
        return vary


def _is_page(path: str) -> bool:
    """The query page and its files, which a link from anywhere may open."""
    return path == "/" or path.startswith("/static/")


# ---------------------------------------------------------------- the application


class SparqlApp:
    """The WSGI application; `pool` runs every query and lookup."""

    def __init__(self, root: Root, pool: WorkerPool, settings: ServerSettings):
        self.root = root
        self.pool = pool
        self.settings = settings
        self.guard = Guard(settings)

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        cors: list = []
        cause = ref = None
        try:
            host = self.guard.host(environ)
            cors = self.guard.cors_headers(environ, host)
            response = self.route(environ, host, cors)
        except Exception as error:  # a bug must not take the endpoint down with it
            status, cause, headers = _failure(error)
            ref = reference(environ)
            message = f"internal error (ref {ref})" if status == 500 else cause
            response = error_response(status, message, headers)
        response.headers = (response.headers or []) + cors
        method = environ.get("REQUEST_METHOD", "GET")
        line = (f'{environ.get("REMOTE_ADDR", "-")} "{method} {environ.get("PATH_INFO", "")}" '
                f"{response.status} {(time.perf_counter() - started) * 1000:.0f} ms")
        if cause is not None:  # one line per error, found again by the ref a 500 gives
            line = f"{line} ref {ref}: {cause}"
        _log(logging.ERROR if response.status == 500 else logging.INFO, line)
        start_response(response.status_line(), response.all_headers())
        return [b""] if method == "HEAD" else [response.body]

    def route(self, environ, host: str, cors: list) -> Response:
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "") or "/"
        if method == "OPTIONS":
            preflight = any(name == "Access-Control-Allow-Origin" for name, _ in cors)
            return Response(204, headers=PREFLIGHT if preflight else
                            [("Allow", "GET, HEAD, POST, OPTIONS")])
        allowed = ("GET", "HEAD", "POST") if path == "/sparql" else ("GET", "HEAD")
        if method not in allowed:
            raise HttpError(405, f"{method} is not allowed on {path}",
                            [("Allow", ", ".join((*allowed, "OPTIONS")))])
        if path == "/sparql":
            return self.sparql(environ, host)
        if path == "/":
            return self.static("index.html")
        if path.startswith("/static/"):
            return self.static(path.removeprefix("/static/"))
        if path == "/prefixes":
            return Response(200, json.dumps(PREFIXES).encode(), "application/json")
        if path == "/queries":
            library = [q.as_dict(with_text=True) for q in load_library(self.root).values()]
            return Response(200, json.dumps(library, ensure_ascii=False).encode(),
                            "application/json")
        if path.startswith("/queries/"):
            return self.bound_query(path.removeprefix("/queries/"), environ)
        raise HttpError(404, f"nothing at {path}; the endpoint is /sparql")

    def static(self, name: str) -> Response:
        # Only files that are in the folder by name: no path ever reaches outside it.
        files = {p.name: p for p in STATIC.iterdir() if p.is_file()}
        if name not in files:
            raise HttpError(404, f"no file {name}")
        headers = [("Cache-Control", "no-cache")]
        if name.endswith(".html"):
            headers.append(("Content-Security-Policy",
                            "default-src 'self'; img-src 'self' data:; object-src 'none'"))
        return Response(200, files[name].read_bytes(),
                        STATIC_TYPES.get(files[name].suffix, "application/octet-stream"),
                        headers)

    def bound_query(self, name: str, environ) -> Response:
        given = _query_parameters(environ)
        params = {key: _single(given, key) for key in given}
        if name not in load_library(self.root):
            raise HttpError(404, f"no query named {name!r}; /queries lists them")
        text = self.pool.run("bind", name, params)
        return Response(200, text, "application/sparql-query; charset=utf-8")

    # ------------------------------------------------------------ the protocol

    def sparql(self, environ, host: str) -> Response:
        method = environ["REQUEST_METHOD"]
        params = _query_parameters(environ)
        query = update = None
        if method == "POST":
            media = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
            body = self.read_body(environ)
            if media == "application/x-www-form-urlencoded":
                form = _parameters(body)
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
            elif media == "application/sparql-query":
                query = _text(body)
            elif media == "application/sparql-update":
                update = _text(body)
            else:
                raise HttpError(415, "POST a query as application/x-www-form-urlencoded "
                                "(query=...), application/sparql-query or "
                                "application/sparql-update")
        query = query if query is not None else _single(params, "query")
        update = update if update is not None else _single(params, "update")
        environ[QUERY_TEXT] = update if update is not None else query
        for name in DATASET_PARAMETERS:
            if params.get(name):
                raise QueryRefused(f"the {name} parameter is not allowed: "
                                   + FORBIDDEN["DatasetClause"].split(": ", 1)[1])
        if query is not None and update is not None:
            raise HttpError(400, "send either query or update, not both")
        if update is not None:
            if method != "POST":
                raise HttpError(405, "updates must be sent with POST", [("Allow", "POST")])
            return self.run_update(environ, update)
        if query is None:
            return self.service_description(environ, params, host)
        # The worker checks and runs the query, then says its form: the format for either form
        # is chosen now.
        result_format = choose_format(environ, params, graph=False)
        graph_format = choose_format(environ, params, graph=True)
        kind, body = self.pool.run("query", query, result_format, graph_format)
        media = GRAPH_FORMATS[graph_format] if kind == "graph" else RESULT_FORMATS[result_format]
        return Response(200, body, media[1], [("Vary", "Accept")])

    def read_body(self, environ) -> bytes:
        """The body, read to its Content-Length and never further: a larger one is refused
        unread (the connection closes after the answer), a short one is a 400."""
        if environ.get("HTTP_TRANSFER_ENCODING"):
            raise HttpError(411, "send the body with a Content-Length; chunked transfer "
                            "encoding is not accepted")
        length_text = (environ.get("CONTENT_LENGTH") or "").strip()
        if not length_text:
            raise HttpError(411, "a POST needs a Content-Length header")
        if not (length_text.isascii() and length_text.isdigit()):
            raise HttpError(400, "Content-Length is not a non-negative integer")
        length, limit = int(length_text), self.settings.max_body_bytes
        if length > limit:
            raise HttpError(413, f"the request body has more than {limit} bytes, the limit "
                            "of this endpoint")
        # read1 (when the stream has it) returns what has arrived, so a stall loses nothing
        read = getattr(environ["wsgi.input"], "read1", environ["wsgi.input"].read)
        chunks, left = [], length
        try:
            while left > 0 and (chunk := read(min(left, 1 << 16))):
                chunks.append(chunk)
                left -= len(chunk)
        except TimeoutError:
            pass  # left says how much is missing
        if left > 0:
            raise HttpError(400, f"the request body stopped after {length - left} of the "
                            f"{length} bytes its Content-Length announced")
        return b"".join(chunks)

    def run_update(self, environ, text: str) -> Response:
        token = self.settings.update_token
        if not token:
            raise QueryRefused(READ_ONLY)
        given = environ.get("HTTP_AUTHORIZATION", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            raise HttpError(401, "updates need the header 'Authorization: Bearer <token>'",
                            [("WWW-Authenticate", 'Bearer realm="kgraph"')])
        self.pool.run("update", text)
        return Response(204)

    def service_description(self, environ, params, host: str) -> Response:
        import pyoxigraph as ox

        if negotiate(environ.get("HTTP_ACCEPT"), {"text/turtle": "rdf", "text/html": "html",
                                                  **dict.fromkeys(GRAPH_TYPES, "rdf")}) == "html":
            return Response(303, headers=[("Location", "/")])
        format_name = choose_format(environ, params, graph=True)
        endpoint = f"{environ.get('wsgi.url_scheme', 'http')}://{host}/sparql"
        turtle = describe_service(endpoint, self.settings)
        if format_name == "turtle":
            body = turtle.encode()
        else:
            triples = ox.parse(turtle, format=ox.RdfFormat.TURTLE)
            body = ox.serialize(triples, format=GRAPH_FORMATS[format_name][0])
        return Response(200, body, GRAPH_FORMATS[format_name][1], [("Vary", "Accept")])


def _log(level: int, line: str) -> None:
    """One line, whatever the request put in it: control characters are escaped."""
    log.log(level, "%s", CONTROL.sub(lambda match: f"\\x{ord(match[0]):02x}", line))


def _failure(error: Exception) -> tuple[int, str, list]:
    """(status, cause, headers) of the error a request ended with."""
    if isinstance(error, HttpError):
        return error.status, str(error), error.headers
    if isinstance(error, KGraphError):
        status = status_of(error)
        return status, str(error), [("Retry-After", "1")] if status == 503 else []
    frame = traceback.extract_tb(error.__traceback__)[-1]
    return 500, f"{type(error).__name__}: {error} ({Path(frame.filename).name}:{frame.lineno})", []


def reference(environ) -> str:
    """A short hash of the request's query (of its target when it has none): the ref that a
    500 gives the client and the log line of the error carries."""
    text = environ.get(QUERY_TEXT) or "{} {}?{}".format(
        environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"), environ.get("QUERY_STRING"))
    return hashlib.sha256(text.encode("utf-8", "backslashreplace")).hexdigest()[:12]


def _query_parameters(environ) -> dict[str, list[str]]:
    # WSGI gives the query string as the bytes of the request line decoded as Latin-1.
    try:
        return _parameters(environ.get("QUERY_STRING", "").encode("latin-1"))
    except UnicodeEncodeError:
        raise HttpError(400, "the request's parameters are not UTF-8") from None


def _parameters(raw: bytes) -> dict[str, list[str]]:
    """Form-encoded parameters, strictly UTF-8: no replacement character slips into a query."""
    try:
        return parse_qs(raw.decode("utf-8"), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise HttpError(400, "the request's parameters are not UTF-8") from None


def _single(params: dict, name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise HttpError(400, f"give one {name} parameter, not {len(values)}")
    return values[0]


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise HttpError(400, f"the request is not UTF-8: {error}") from None


SERVICE_COMMENT = (
    "The kgraph knowledge graph: claims with their sources and quotes. The default graph is the "
    "union of all graphs. SERVICE, FROM, FROM NAMED and LOAD are refused; queries stop at the "
    "time limit."
)


def describe_service(endpoint: str, settings: ServerSettings) -> str:
    """The SPARQL 1.1 Service Description of this endpoint, in Turtle."""
    formats = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
               "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"]
    languages = "sd:SPARQL11Query" + (" , sd:SPARQL11Update" if settings.update_token else "")
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix format: <http://www.w3.org/ns/formats/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix kgs: <https://w3id.org/kgraph/service#> .

<{endpoint}#service> a sd:Service ;
    rdfs:label "kgraph SPARQL endpoint" ;
    rdfs:comment "{SERVICE_COMMENT}" ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage {languages} ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat {" , ".join(f"format:{f}" for f in formats)} ;
    sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
    kgs:timeLimitSeconds "{settings.timeout:g}"^^xsd:decimal ;
    kgs:maxResultBytes {settings.max_result_bytes} ;
    kgs:maxRequestBytes {settings.max_body_bytes} .
"""


# ---------------------------------------------------------------- serving


class _ClientSocket(io.RawIOBase):
    """The client's connection with time limits. A client may stall for `idle_timeout` at most
    (TimeoutError while it sends, ClientTooSlow while it reads), take `client_timeout` to send
    its request, and again to read the response. The response goes out in chunks, so a reader
    that stalls (or takes less than a chunk per idle period) is dropped, and the result it held
    freed, after seconds."""

    def __init__(self, sock: socket.socket, settings: ServerSettings):
        self.sock = sock
        self.settings = settings
        self.read_until = time.monotonic() + settings.client_timeout
        self.write_until: float | None = None
        self.too_slow = False

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.sock.settimeout(self._wait(self.read_until))
        return self.sock.recv_into(buffer)

    def write(self, data) -> int:
        if self.write_until is None:
            self.write_until = time.monotonic() + self.settings.client_timeout
        view = memoryview(data).cast("B")
        for start in range(0, len(view), WRITE_CHUNK):
            try:
                self.sock.settimeout(self._wait(self.write_until))
                self.sock.sendall(view[start:start + WRITE_CHUNK])
            except TimeoutError:
                self.too_slow = True
                raise ClientTooSlow from None
        return len(view)

    def _wait(self, deadline: float) -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the client's time is up")
        return min(left, self.settings.idle_timeout)


class ClientTooSlow(ConnectionAbortedError):
    """The client did not read the response in time; wsgiref drops such a connection quietly."""


class _Handler(WSGIRequestHandler):
    def setup(self):
        self.connection = self.request
        self.wfile = _ClientSocket(self.request, self.server.settings)
        self.rfile = io.BufferedReader(self.wfile, 1 << 16)

    def handle(self):
        settings = self.server.settings
        try:
            super().handle()
        except TimeoutError:  # headers dribbled (slowloris) or a client gone silent
            self.send_error(408, "the request did not arrive within "
                            f"{settings.client_timeout:g} s (or paused for "
                            f"{settings.idle_timeout:g} s)")
        except ConnectionError:
            pass
        if self.wfile.too_slow:
            log.warning("%s: dropped: the response was not read within %g s (or stalled for "
                        "%g s)", self.client_address[0], settings.client_timeout,
                        settings.idle_timeout)

    def get_environ(self):
        environ = super().get_environ()
        lengths = self.headers.get_all("Content-Length") or []
        if len(lengths) > 1:  # refused as not a number, rather than one of them believed
            environ["CONTENT_LENGTH"] = ",".join(lengths)
        return environ

    def send_error(self, code, message=None, explain=None):
        """Errors found before the application (a malformed or late request) in the same plain
        text as its own."""
        self.close_connection = True
        message = message or HTTPStatus(code).phrase
        _log(logging.INFO, f'{self.client_address[0]} "{getattr(self, "requestline", ""):.80}" '
             f"{code}: {message}")
        with _quietly():
            self.wfile.write(error_response(code, message).raw())

    def log_message(self, format, *args):  # the application logs each request itself
        pass


class _Server(ThreadingMixIn, WSGIServer):
    """A thread per connection, at most `max_connections` of them: past the cap a connection
    gets a quick 503 and is closed rather than queued."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address, handler, settings: ServerSettings):
        self.settings = settings
        self._slots = threading.BoundedSemaphore(settings.max_connections)
        super().__init__(address, handler)

    def process_request(self, request, client_address):
        if not self._slots.acquire(blocking=False):
            self._refuse(request, client_address)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def _refuse(self, request, client_address) -> None:
        # In the accepting thread, so nothing here may wait on the client.
        limit = self.settings.max_connections
        log.warning("%s: refused: %d connections are open, the limit", client_address[0], limit)
        request.setblocking(False)
        with _quietly():
            request.recv(LINGER_BYTES)  # what already arrived, so that closing does not reset
        with _quietly():
            request.send(error_response(503, f"the server has {limit} connections open, its "
                                        "limit; try again in a moment",
                                        [("Retry-After", "1")]).raw())
        self.shutdown_request(request, linger=False)

    def shutdown_request(self, request, linger: bool = True):
        """Close after the answer; first read what the client still sends for a moment (up to
        LINGER_BYTES), so that a client still sending a refused body sees the answer."""
        with _quietly():
            request.shutdown(socket.SHUT_WR)
            deadline, left = time.monotonic() + LINGER_SECONDS, LINGER_BYTES if linger else 0
            while left > 0 and (wait := deadline - time.monotonic()) > 0:
                request.settimeout(wait)
                chunk = request.recv(min(left, 1 << 16))
                left = left - len(chunk) if chunk else 0
        self.close_request(request)

    def handle_error(self, request, client_address):
        log.warning("%s: connection failed: %s", client_address[0],
                    traceback.format_exc(limit=1).strip().splitlines()[-1])


class _Server6(_Server):
    address_family = socket.AF_INET6


class _quietly:
    """Ignore a client that has gone: sending it an answer is a courtesy."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace):
        return kind is not None and issubclass(kind, OSError)


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def serve(root: Root, settings: ServerSettings, announce=print) -> None:
    """Serve until SIGTERM or Ctrl-C; `announce(url)` once the endpoint answers."""
    from graph.build.pipeline import ensure_store

    if settings.update_token is not None and len(settings.update_token) < 16:
        raise InputError("the update token needs at least 16 characters")
    Guard(settings)  # a malformed --cors-origin or --allowed-host is reported before any work
    store = ensure_store(root)  # the link: workers follow it across rebuilds
    load_library(root)  # a malformed library file is reported now, not on the first request
    pool = WorkerPool(store, root.path, size=settings.workers,
                      limits=Limits(settings.timeout, settings.max_result_bytes,
                                    settings.max_memory_bytes),
                      writable=settings.update_token is not None)
    server_class = _Server6 if ":" in settings.host else _Server
    try:
        httpd = server_class((settings.host, settings.port), _Handler, settings)
    except OSError as error:
        raise InputError(f"cannot listen on {settings.host}:{settings.port}: {error}") from None
    httpd.set_app(SparqlApp(root, pool, settings))
    _return_freed_results()
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        pool.start()
        announce(f"http://{_bracketed(settings.host)}:{httpd.server_port}/")
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        httpd.server_close()
        pool.close()


def _return_freed_results() -> None:
    """glibc raises its mmap threshold (up to 32 MB) each time a large block is freed, after
    which results that passed through the server are carved from thread arenas and stay in its
    memory (30 dropped readers of an 18 MB result left 476 MB); a fixed threshold gives each
    result back to the system when it is freed."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to tune
        m_mmap_threshold = -3
        ctypes.CDLL(None).mallopt(m_mmap_threshold, 1 << 20)


def _stop(signum, frame):
    raise KeyboardInterrupt
