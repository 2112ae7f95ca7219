"""`kgraph review --web`: the curation workbench, a page on a loopback server.

The server is `kgraph serve`'s (graph/serve/http.py): the same connection caps, time limits,
body limit and `Guard` (the Host must name this server, requests from other sites are refused).
Because this one writes the curated files, it also needs a secret: every address carries a
random token made for this run, so another local user or a page in the browser that guesses
the port still cannot read or change anything. The token is the first path segment, so every
relative link of the page carries it and nothing has to store it.

Routes under /<token>/: the page and its files (`/`, `/static/NAME`), the JSON API (`/api/...`,
see `route`), and the maps written after accepted claims (`/maps/NAME.html`).
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import secrets
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from graph.errors import HttpError, InputError, KGraphError, ValidationError
from graph.serve.app import SparqlApp, _failure
from graph.serve.http import (
    Guard,
    Response,
    ServerSettings,
    error_response,
    listen,
    log_line,
    parse_authority,
)

STATIC = Path(__file__).resolve().parent / "static" / "workbench"
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
# Everything the page needs comes from this server; data is put into the page as text only,
# and no script may run that the server did not serve as a file.
PAGE_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "connect-src 'self'; base-uri 'none'; form-action 'none'; "
               "frame-ancestors 'none'")
# A map is one self-contained file with its script inline (graph/publish/map_page.py); it may
# run that script, and reach nothing.
MAP_POLICY = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
              "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [("X-Frame-Options", "DENY"), ("Referrer-Policy", "no-referrer"),
                    ("Cross-Origin-Opener-Policy", "same-origin"),
                    ("Cross-Origin-Resource-Policy", "same-origin")]
MAP_FOLDER = "workbench"
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,200}$")
_SOURCE_ROUTE = re.compile(r"^/api/source/([^/]+)(?:/(claims|suggest|candidates/(\d+)))?$")
OTHER_SITE = "the workbench answers its own page only, not requests from other web sites"
WRONG_HOST = "the Host header does not name this workbench (open the address it printed)"
NO_TOKEN = "this workbench answers only at the address it printed when it started, token included"


@dataclass
class Workbench:
    """A started workbench: serve it with `httpd.serve_forever()`."""

    httpd: object
    token: str
    url: str  # the page, token included

    def close(self) -> None:
        self.httpd.server_close()


class WorkbenchApp:
    """The WSGI application. One request at a time touches the graph (`lock`): the review
    files and the store are changed in place."""

    read_body = SparqlApp.read_body  # the endpoint's body rules, to the letter

    def __init__(self, kg, settings: ServerSettings, token: str):
        self.kg = kg
        self.settings = settings
        self.guard = Guard(settings)
        self.token = token
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        path = environ.get("PATH_INFO") or "/"
        try:
            try:
                host = self.guard.host(environ)
                # The endpoint takes any IP address; this server is only ever 127.0.0.1.
                if parse_authority(host)[0] not in ("127.0.0.1", "localhost"):
                    raise HttpError(421, WRONG_HOST)
                self.guard.cors_headers(environ, host)
            except HttpError as refused:  # the endpoint's hints name options this has not
                raise HttpError(refused.status, OTHER_SITE if refused.status == 403
                                else WRONG_HOST) from None
            response = self.route(environ, self.inside(path))
        except ValidationError as error:
            response = _json({"error": str(error), "problems": [str(p) for p in error.problems]},
                             422)
        except Exception as error:  # a bug must not take the workbench down with it
            status, cause, headers = _failure(error)
            message = "internal error (see the terminal)" if status == 500 else cause
            log_line(logging.ERROR if status == 500 else logging.INFO,
                     f'"{environ.get("REQUEST_METHOD")} {self.redacted(path)[:80]}" {status}: '
                     f"{cause}")
            response = (_json({"error": message}, status, headers) if "/api/" in path
                        else error_response(status, message, headers))
        response.headers = (response.headers or []) + SECURITY_HEADERS
        log_line(logging.DEBUG, f'"{environ.get("REQUEST_METHOD")} {self.redacted(path)}" '
                 f"{response.status} {(time.perf_counter() - started) * 1000:.0f} ms")
        start_response(response.status_line(), response.all_headers())
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [response.body]

    def inside(self, path: str) -> str:
        """The path after the token; HttpError 401 without the right one."""
        _, _, rest = path.partition("/")
        given, slash, rest = rest.partition("/")
        if not hmac.compare_digest(given.encode("utf-8", "replace"), self.token.encode()):
            raise HttpError(401, NO_TOKEN)
        if not slash:
            raise HttpError(308, "the page is one folder down",
                            [("Location", f"/{self.token}/")])
        return "/" + rest

    def redacted(self, path: str) -> str:
        return path.replace(self.token, "<token>")

    # ------------------------------------------------------------ routes

    def route(self, environ, path: str) -> Response:
        method = environ.get("REQUEST_METHOD", "GET")
        if path.startswith("/api/") and method == "POST":
            return self.post(environ, path)
        if method not in ("GET", "HEAD"):
            raise HttpError(405, f"{method} is not allowed on {path}",
                            [("Allow", "GET, HEAD, POST" if path.startswith("/api/")
                              else "GET, HEAD")])
        if path == "/":
            return self.static("index.html")
        if path.startswith("/static/"):
            return self.static(path.removeprefix("/static/"))
        if path.startswith("/maps/"):
            return self.map_file(path.removeprefix("/maps/"))
        params = _query(environ)
        with self.lock:
            return self.get(path, params)

    def get(self, path: str, params: dict) -> Response:
        from graph.ingest import curation

        if path == "/api/reviews":
            return _json({"reviews": curation.reviews(self.kg)})
        if path == "/api/ontology":
            return _json(curation.ontology(self.kg))
        if path == "/api/entities":
            return _json({"hits": curation.search_entities(
                self.kg, _source(params.get("source")) if params.get("source") else None,
                params.get("q", ""))})
        if path == "/api/duplicates":
            limit = params.get("limit") or "30"
            if not limit.isdigit():
                raise InputError("`limit` must be a whole number")
            return _json({"pairs": _duplicates(self.kg, int(limit))})
        match = _SOURCE_ROUTE.match(path)
        if match and match[2] is None:
            return _json(curation.article(self.kg, _source(match[1])))
        raise HttpError(404, f"nothing at {path}")

    def post(self, environ, path: str) -> Response:
        from graph.ingest import curation

        media = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        if media != "application/json":
            raise HttpError(415, "send the request as application/json")
        try:
            body = json.loads(self.read_body(environ).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise HttpError(400, "the request is not JSON") from None
        if not isinstance(body, dict):
            raise HttpError(400, "the request must be a JSON object")
        with self.lock:
            if path == "/api/merge":
                return _json(_merge(self.kg, body.get("keep"), body.get("drop")))
            match = _SOURCE_ROUTE.match(path)
            if not match or match[2] is None:
                raise HttpError(404, f"nothing at {path}")
            name = _source(match[1])
            if match[2] == "suggest":
                return _json({"mentions": curation.suggest_ends(
                    self.kg, name, _integer(body, "start"), _integer(body, "end"))})
            if match[2] == "claims":
                with curation.all_or_nothing(self.kg, name):
                    added = curation.add_claim(self.kg, name, _integer(body, "start"),
                                               _integer(body, "end"), body.get("fields") or {},
                                               body.get("quote"))
                    return self.decided(name, added.number, body.get("accept") and "accept")
            number = int(match[3])
            action, changes = body.get("action"), body.get("changes")
            if action not in ("edit", "accept", "reject"):
                raise HttpError(400, "`action` is edit, accept or reject")
            if action == "edit":
                curation.edit_candidate(self.kg, name, number, changes or {})
            return self.decided(name, number, action, changes)

    def decided(self, name: str, number: int, action: str | None,
                changes: dict | None = None) -> Response:
        """The article as it is now, after accepting or rejecting candidate `number`."""
        from graph.ingest import curation

        answer: dict = {"number": number}
        if action in ("accept", "reject"):
            result = curation.decide(self.kg, name, **{action: [number]}, changes=changes)
            answer["accepted"] = [{"number": c.number, "claim": c.claim}
                                  for c in result.accepted]
            answer["new_entities"] = [{"iri": i, "label": label, "class": cls}
                                      for i, label, cls in result.new_entities]
            answer["written"] = result.written
            if result.accepted:
                try:
                    answer["map"] = self.write_map(result.accepted[0].claim)
                except KGraphError as error:  # a negated claim draws no tie: nothing to map
                    answer["map_note"] = str(error)
        answer["article"] = curation.article(self.kg, name)
        return _json(answer)

    def write_map(self, claim: str) -> str:
        """The map around the subject of `claim`, written under output/; its page address."""
        from graph.sparql.bindings import iri

        rows = self.kg.engine.select("SELECT ?s WHERE { ?c kg:subject ?s }", {"c": iri(claim)})
        if not rows:
            return ""
        subject = rows[0]["s"]
        file_name = f"map-{subject.rsplit('/', 1)[-1]}.html"
        self.kg.map(self.kg.root.output / MAP_FOLDER / file_name, center=subject, depth=1)
        return f"maps/{file_name}"

    def static(self, name: str) -> Response:
        # Only files that are in the folder by name: no path ever reaches outside it.
        files = {p.name: p for p in STATIC.iterdir() if p.is_file()}
        if name not in files:
            raise HttpError(404, f"no file {name}")
        headers = [("Cache-Control", "no-cache")]
        if name.endswith(".html"):
            headers.append(("Content-Security-Policy", PAGE_POLICY))
        return Response(200, files[name].read_bytes(),
                        TYPES.get(files[name].suffix, "application/octet-stream"), headers)

    def map_file(self, name: str) -> Response:
        folder = self.kg.root.output / MAP_FOLDER
        files = {p.name: p for p in folder.glob("*.html")} if folder.is_dir() else {}
        if name not in files:
            raise HttpError(404, f"no map {name}")
        return Response(200, files[name].read_bytes(), TYPES[".html"],
                        [("Cache-Control", "no-store"), ("Content-Security-Policy", MAP_POLICY)])


def _json(data, status: int = 200, headers=()) -> Response:
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Response(status, body, "application/json; charset=utf-8",
                    [("Cache-Control", "no-store"), *headers])


def _query(environ) -> dict[str, str]:
    try:
        raw = environ.get("QUERY_STRING", "").encode("latin-1").decode("utf-8")
        parsed = parse_qs(raw, keep_blank_values=True, errors="strict")
    except (UnicodeEncodeError, UnicodeDecodeError):
        raise HttpError(400, "the request's parameters are not UTF-8") from None
    return {key: values[-1] for key, values in parsed.items()}


def _source(name: str | None) -> str:
    if not name or not _NAME.match(name):
        raise InputError(f"{name!r} is not the name of a review")
    return name


def _integer(body: dict, key: str) -> int:
    value = body.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputError(f"`{key}` must be a whole number")
    return value


# ---------------------------------------------------------------- duplicates


def _plain(value):
    """A library result as JSON: its own `as_dict` when it has one; other dataclasses, tuples
    and sets become objects and lists."""
    import dataclasses

    if hasattr(value, "as_dict"):
        return _plain(value.as_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _duplicates(kg, limit: int) -> list:
    return _plain(kg.duplicates(min(max(limit, 1), 200)))


def _merge(kg, keep, drop) -> dict:
    if not (isinstance(keep, str) and isinstance(drop, str)) or keep == drop:
        raise InputError("a merge needs two different entities, `keep` and `drop`")
    result = kg.merge(keep, drop)
    kg.build()
    return {"merged": _plain(result), "keep": keep, "drop": drop}


# ---------------------------------------------------------------- starting and stopping


def start(kg, source: str | None = None, port: int = 0) -> Workbench:
    """A workbench listening on 127.0.0.1 (`port` 0: a free one); the store is built and
    SOURCE checked first, so that a mistake is reported before the address is."""
    from graph.ingest.review import load_review, source_name

    kg.engine  # noqa: B018 - builds the store now rather than on the first request
    name = None
    if source is not None:
        name = _source(source_name(source))
        load_review(kg, name)
    settings = ServerSettings(host="127.0.0.1", port=port, max_connections=32,
                              max_body_bytes=200_000, client_timeout=60.0)
    token = secrets.token_urlsafe(24)
    httpd = listen(settings, WorkbenchApp(kg, settings, token))
    page = f"http://127.0.0.1:{httpd.server_port}/{token}/"
    return Workbench(httpd, token, page + (f"#source={name}" if name else ""))


def run(kg, source: str | None = None, port: int = 0, announce=print) -> None:
    """Serve the workbench until Ctrl-C or SIGTERM; `announce(url)` once it listens."""
    bench = start(kg, source, port)
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        announce(bench.url)
        bench.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        bench.close()


def _stop(signum, frame):
    raise KeyboardInterrupt
