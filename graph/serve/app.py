"""`kgraph serve`: a SPARQL 1.1 Protocol endpoint on the store, with a query page.

The stack is the standard library's: a WSGI application served by `wsgiref` (graph/serve/
http.py). No dependency is added, the application can be mounted in any WSGI server (waitress,
gunicorn) behind a proxy, and threads are enough because no query runs in them: each request
waits on a worker process (graph/serve/workers.py) that can be killed at the time limit.

Routes: `/sparql` (the protocol: GET ?query=, POST form-encoded, POST application/sparql-query,
POST application/sparql-update when enabled; a service description without a query), `/` and
`/static/*` (the query page, served from the package, no outside resources), `/queries` (the
query library as JSON) and `/queries/NAME?param=value` (a library query with its parameters
bound, as SPARQL text), `/prefixes` (the predeclared prefixes).

A failure is answered with the status its exception class carries (graph/errors.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import signal
import time
import traceback
from pathlib import Path
from urllib.parse import parse_qs

from graph.errors import HttpError, InputError, KGraphError, QueryRefused
from graph.model.terms import PREFIXES
from graph.root import Root
from graph.serve.http import (
    Guard,
    Response,
    ServerSettings,
    bracketed,
    error_response,
    listen,
    log_line,
)
from graph.serve.negotiation import GRAPH_TYPES, choose_format, negotiate
from graph.serve.workers import GRAPH_FORMATS, RESULT_FORMATS, Limits, WorkerPool
from graph.sparql.library import load_library
from graph.sparql.safety import FORBIDDEN, READ_ONLY

STATIC = Path(__file__).resolve().parent / "static"
STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}

DATASET_PARAMETERS = ("default-graph-uri", "named-graph-uri", "using-graph-uri",
                      "using-named-graph-uri")
PREFLIGHT = [
    ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
    ("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization"),
    ("Access-Control-Max-Age", "86400"),
]
QUERY_TEXT = "kgraph.query_text"  # the environ key of the query a request carries, for its ref


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
        log_line(logging.ERROR if response.status == 500 else logging.INFO, line)
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
        accept, asked = environ.get("HTTP_ACCEPT"), _single(params, "format")
        result_format = choose_format(accept, asked, graph=False)
        graph_format = choose_format(accept, asked, graph=True)
        kind, body, warnings = self.pool.run("query", query, result_format, graph_format)
        media = GRAPH_FORMATS[graph_format] if kind == "graph" else RESULT_FORMATS[result_format]
        return Response(200, body, media[1], [("Vary", "Accept"), *warning_headers(warnings)])

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
        format_name = choose_format(environ.get("HTTP_ACCEPT"), _single(params, "format"),
                                    graph=True)
        endpoint = f"{environ.get('wsgi.url_scheme', 'http')}://{host}/sparql"
        turtle = describe_service(endpoint, self.settings)
        if format_name == "turtle":
            body = turtle.encode()
        else:
            triples = ox.parse(turtle, format=ox.RdfFormat.TURTLE)
            body = ox.serialize(triples, format=GRAPH_FORMATS[format_name][0])
        return Response(200, body, GRAPH_FORMATS[format_name][1], [("Vary", "Accept")])


WARNING_HEADER = "Kgraph-Warning"


def warning_headers(warnings: list[str]) -> list[tuple[str, str]]:
    """One `Kgraph-Warning` header per warning about the query (kg: terms the ontology does not
    define), in ASCII: a header cannot carry other text safely."""
    return [(WARNING_HEADER, w.encode("ascii", "backslashreplace").decode("ascii"))
            for w in warnings]


def _failure(error: Exception) -> tuple[int, str, list]:
    """(status, cause, headers) of the error a request ended with."""
    if isinstance(error, HttpError):
        return error.status, str(error), error.headers
    if isinstance(error, KGraphError):
        return error.status, str(error), [("Retry-After", "1")] if error.status == 503 else []
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
    httpd = listen(settings, SparqlApp(root, pool, settings))
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        pool.start()
        announce(f"http://{bracketed(settings.host)}:{httpd.server_port}/")
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        httpd.server_close()
        pool.close()


def _stop(signum, frame):
    raise KeyboardInterrupt

