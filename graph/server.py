"""`kgraph serve`: a SPARQL 1.1 Protocol endpoint on the store, with a query page.

The stack is the standard library's: a WSGI application served by `wsgiref` with a thread per
connection. No dependency is added, the application can be mounted in any WSGI server
(waitress, gunicorn) behind a proxy, and threads are enough because no query runs in them:
each request waits on a worker process (graph/workers.py) that can be killed at the time limit.

Routes: `/sparql` (the protocol: GET ?query=, POST form-encoded, POST application/sparql-query,
POST application/sparql-update when enabled; a service description without a query), `/` and
`/static/*` (the query page, served from the package, no outside resources), `/queries` (the
query library as JSON) and `/queries/NAME?param=value` (a library query with its parameters
bound, as SPARQL text), `/prefixes` (the predeclared prefixes).
"""

from __future__ import annotations

import hmac
import json
import logging
import signal
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from socketserver import ThreadingMixIn
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from graph.errors import InputError, KGraphError
from graph.queries import load_library
from graph.root import Root
from graph.sparql_safety import FORBIDDEN, READ_ONLY, QueryRefused
from graph.terms import PREFIXES
from graph.workers import GRAPH_FORMATS, RESULT_FORMATS, Limits, WorkerPool, status_of

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
CORS = [("Access-Control-Allow-Origin", "*")]
PREFLIGHT = [
    ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
    ("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization"),
    ("Access-Control-Max-Age", "86400"),
]
REASONS = {200: "OK", 204: "No Content", 303: "See Other", 400: "Bad Request",
           401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
           411: "Length Required", 413: "Content Too Large", 415: "Unsupported Media Type",
           422: "Unprocessable Content", 500: "Internal Server Error",
           503: "Service Unavailable"}
# A refused body is read and thrown away up to this size, so that the client gets the 413
# rather than a reset connection; past it the connection is simply closed.
DRAIN_LIMIT = 64 * 1024 * 1024


@dataclass(frozen=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0
    workers: int = 2
    max_body_bytes: int = 1_000_000
    max_result_bytes: int = 20_000_000
    update_token: str | None = None


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
                   ("X-Content-Type-Options", "nosniff"), *CORS]
        return headers + (self.headers or [])


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
    asked = (params.get("format") or [""])[0].strip().lower()
    if asked:
        asked = FORMAT_ALIASES.get(asked, offers.get(asked, asked))
        if asked in known:
            return asked
    return negotiate(environ.get("HTTP_ACCEPT"), offers)


# ---------------------------------------------------------------- the application


class SparqlApp:
    """The WSGI application; `pool` runs every query and lookup."""

    def __init__(self, root: Root, pool: WorkerPool, settings: ServerSettings):
        self.root = root
        self.pool = pool
        self.settings = settings

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        try:
            response = self.route(environ)
        except HttpError as error:
            response = error_response(error.status, str(error), error.headers)
        except KGraphError as error:
            response = error_response(status_of(error), str(error), _retry(error))
        except Exception:  # a bug must not take the endpoint down with it
            log.exception("internal error")
            response = error_response(500, "internal error; see the server log")
        method = environ.get("REQUEST_METHOD", "GET")
        log.info('%s "%s %s" %d %.0f ms', environ.get("REMOTE_ADDR", "-"), method,
                 environ.get("PATH_INFO", ""), response.status,
                 (time.perf_counter() - started) * 1000)
        start_response(f"{response.status} {REASONS.get(response.status, '')}".strip(),
                       response.all_headers())
        return [b""] if method == "HEAD" else [response.body]

    def route(self, environ) -> Response:
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "") or "/"
        if method == "OPTIONS":
            return Response(204, headers=PREFLIGHT)
        allowed = ("GET", "HEAD", "POST") if path == "/sparql" else ("GET", "HEAD")
        if method not in allowed:
            raise HttpError(405, f"{method} is not allowed on {path}",
                            [("Allow", ", ".join((*allowed, "OPTIONS")))])
        if path == "/sparql":
            return self.sparql(environ)
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
        params = {k: v[-1] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
        if name not in load_library(self.root):
            raise HttpError(404, f"no query named {name!r}; /queries lists them")
        text = self.pool.run("bind", name, params)
        return Response(200, text, "application/sparql-query; charset=utf-8")

    # ------------------------------------------------------------ the protocol

    def sparql(self, environ) -> Response:
        method = environ["REQUEST_METHOD"]
        params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        query = update = None
        if method == "POST":
            media = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
            body = self.read_body(environ)
            if media == "application/x-www-form-urlencoded":
                form = parse_qs(_text(body), keep_blank_values=True)
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
            return self.service_description(environ, params)
        # The worker checks and runs the query, then says its form: the format for either form
        # is chosen now.
        result_format = choose_format(environ, params, graph=False)
        graph_format = choose_format(environ, params, graph=True)
        kind, body = self.pool.run("query", query, result_format, graph_format)
        media = GRAPH_FORMATS[graph_format] if kind == "graph" else RESULT_FORMATS[result_format]
        return Response(200, body, media[1], [("Vary", "Accept")])

    def read_body(self, environ) -> bytes:
        length_text = environ.get("CONTENT_LENGTH") or ""
        if not length_text.strip():
            raise HttpError(411, "a POST needs a Content-Length header")
        try:
            length = int(length_text)
        except ValueError:
            raise HttpError(400, "Content-Length is not a number") from None
        stream = environ["wsgi.input"]
        limit = self.settings.max_body_bytes
        if length > limit:
            left = length if length <= DRAIN_LIMIT else 0
            while left > 0:
                chunk = stream.read(min(left, 1 << 16))
                left = left - len(chunk) if chunk else 0
            raise HttpError(413, f"the request body has more than {limit} bytes, the limit "
                            "of this endpoint")
        return stream.read(length)

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

    def service_description(self, environ, params) -> Response:
        import pyoxigraph as ox

        if negotiate(environ.get("HTTP_ACCEPT"), {"text/turtle": "rdf", "text/html": "html",
                                                  **dict.fromkeys(GRAPH_TYPES, "rdf")}) == "html":
            return Response(303, headers=[("Location", "/")])
        format_name = choose_format(environ, params, graph=True)
        turtle = describe_service(_endpoint(environ), self.settings)
        if format_name == "turtle":
            body = turtle.encode()
        else:
            triples = ox.parse(turtle, format=ox.RdfFormat.TURTLE)
            body = ox.serialize(triples, format=GRAPH_FORMATS[format_name][0])
        return Response(200, body, GRAPH_FORMATS[format_name][1], [("Vary", "Accept")])


def _retry(error: KGraphError) -> list:
    return [("Retry-After", "1")] if status_of(error) == 503 else []


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


def _endpoint(environ) -> str:
    host = environ.get("HTTP_HOST") or f"{environ['SERVER_NAME']}:{environ['SERVER_PORT']}"
    return f"{environ.get('wsgi.url_scheme', 'http')}://{host}/sparql"


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


class _Handler(WSGIRequestHandler):
    timeout = 30  # seconds a client may take to send its request (slow clients hold a thread)

    def log_message(self, format, *args):  # the application logs each request itself
        pass


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 128


class _Server6(_Server):
    address_family = socket.AF_INET6


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def serve(root: Root, settings: ServerSettings, announce=print) -> None:
    """Serve until SIGTERM or Ctrl-C; `announce(url)` once the endpoint answers."""
    from graph.build import ensure_store

    if settings.update_token is not None and len(settings.update_token) < 16:
        raise InputError("the update token needs at least 16 characters")
    database = ensure_store(root)
    load_library(root)  # a malformed library file is reported now, not on the first request
    pool = WorkerPool(database, root.path, size=settings.workers,
                      limits=Limits(settings.timeout, settings.max_result_bytes),
                      writable=settings.update_token is not None)
    server_class = _Server6 if ":" in settings.host else _Server
    try:
        httpd = make_server(settings.host, settings.port, SparqlApp(root, pool, settings),
                            server_class=server_class, handler_class=_Handler)
    except OSError as error:
        raise InputError(f"cannot listen on {settings.host}:{settings.port}: {error}") from None
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        pool.start()
        host = f"[{settings.host}]" if ":" in settings.host else settings.host
        announce(f"http://{host}:{httpd.server_port}/")
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        httpd.server_close()
        pool.close()


def _stop(signum, frame):
    raise KeyboardInterrupt
