"""A SPARQL 1.1 server as a store: the `Engine` interface over HTTP.

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

`push` (graph/store/push.py) uploads a build to such a server.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import re
import socket
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from graph.errors import InputError, KGraphError, SourceSyntaxError
from graph.model.terms import PREFIXES
from graph.sparql.bindings import Term, with_values
from graph.store.engine import Engine, Iri, QueryResult, to_python

DEFAULT_TIMEOUT = 60.0

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


class RemoteEngine(Engine):
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
