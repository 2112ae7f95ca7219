"""No query reaches outside the store, however it is written and whichever door it comes in by.

Each case is a request that, run as written by an engine that fetches what a query names, would
connect to a TCP listener the test starts on loopback. It is sent through every door: the
endpoint's /sparql (GET, form, query body, update body without and with a token), `kgraph query`
(text and -f FILE, run as a child process), the Python API, and, for names and parameters, the
commands and routes that take them. The listener must receive no connection at all, and every
door must answer cleanly: an HTTP 200/204 or 4xx (never 5xx), exit 0 or exit 1 with one
`Error:` line, a result or a `KGraphError`.
"""

from __future__ import annotations

import os
import urllib.parse
from dataclasses import dataclass

import pytest
from helpers import built_copy
from serving import (
    Listener,
    Served,
    assert_clean_exit,
    get,
    http,
    post_direct,
    post_form,
    run_kgraph,
)

from graph.errors import KGraphError
from graph.sparql.library import named_query_text

pytestmark = pytest.mark.slow

TOKEN = "a-long-enough-update-token-for-tests"


@dataclass(frozen=True)
class Case:
    name: str
    text: str  # @URL@, @BASE@ and @PORT@ stand for the listener's address

    def for_listener(self, listener: Listener) -> str:
        base = f"http://127.0.0.1:{listener.port}/"
        return (self.text.replace("@URL@", listener.url).replace("@BASE@", base)
                .replace("@PORT@", str(listener.port)))


# Raw strings keep `\u0053` as the six characters a client would send.
CASES = [
    # -- the keyword, its case and SILENT
    Case("plain", "SELECT * WHERE { SERVICE <@URL@> { ?s ?p ?o } }"),
    Case("lowercase", "SELECT * WHERE { service <@URL@> { ?s ?p ?o } }"),
    Case("mixed-case", "select * where { SeRvIcE <@URL@> { ?s ?p ?o } }"),
    Case("silent", "SELECT * WHERE { SERVICE SILENT <@URL@> { ?s ?p ?o } }"),
    Case("silent-mixed-case", "SELECT * WHERE { sErViCe SiLeNt <@URL@> { ?s ?p ?o } }"),
    # -- nesting
    Case("optional", "SELECT * WHERE { ?s a kg:Person OPTIONAL { SERVICE <@URL@> { ?s ?p ?o } } }"),
    Case("union", "SELECT * WHERE { { ?s a kg:Person } UNION { SERVICE <@URL@> { ?s ?p ?o } } }"),
    Case("minus", "SELECT * WHERE { ?s ?p ?o MINUS { SERVICE <@URL@> { ?s ?p ?o } } }"),
    Case("subquery", "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <@URL@> { ?s ?p ?o } } } }"),
    Case("subquery-twice", "SELECT * WHERE { { SELECT ?s WHERE { { SELECT ?s WHERE "
         "{ SERVICE SILENT <@URL@> { ?s ?p ?o } } } } } }"),
    Case("graph", "SELECT * WHERE { GRAPH ?g { SERVICE <@URL@> { ?s ?p ?o } } }"),
    Case("exists", "SELECT * WHERE { ?s a kg:Person FILTER EXISTS "
         "{ SERVICE <@URL@> { ?s ?p ?o } } }"),
    Case("not-exists", "SELECT * WHERE { ?s a kg:Person FILTER NOT EXISTS "
         "{ SERVICE SILENT <@URL@> { ?s ?p ?o } } }"),
    Case("exists-in-bind", "SELECT * WHERE { BIND(EXISTS { SERVICE <@URL@> { ?a ?b ?c } } "
         "AS ?x) }"),
    Case("exists-in-select", "SELECT (EXISTS { SERVICE <@URL@> { ?a ?b ?c } } AS ?x) WHERE {}"),
    Case("exists-in-order-by", "SELECT ?s WHERE { ?s a kg:Person } "
         "ORDER BY (NOT EXISTS { SERVICE <@URL@> { ?s ?b ?c } })"),
    Case("exists-in-having", "SELECT ?s WHERE { ?s a kg:Person } GROUP BY ?s "
         "HAVING (EXISTS { SERVICE <@URL@> { ?s ?b ?c } })"),
    Case("service-in-service", "SELECT * WHERE { SERVICE SILENT <http://localhost:@PORT@/outer> "
         "{ SERVICE <@URL@> { ?s ?p ?o } } }"),
    Case("ask", "ASK { SERVICE <@URL@> { ?s ?p ?o } }"),
    Case("construct", "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <@URL@> { ?s ?p ?o } }"),
    Case("describe", "DESCRIBE ?s WHERE { SERVICE <@URL@> { ?s ?p ?o } }"),
    # -- the service IRI in a variable
    Case("values-variable", "SELECT * WHERE { VALUES ?svc { <@URL@> } SERVICE ?svc { ?s ?p ?o } }"),
    Case("trailing-values", "SELECT * WHERE { SERVICE ?svc { ?s ?p ?o } } VALUES ?svc { <@URL@> }"),
    Case("bind-variable", "SELECT * WHERE { BIND(<@URL@> AS ?svc) SERVICE ?svc { ?s ?p ?o } }"),
    Case("bind-iri-function", 'SELECT * WHERE { BIND(IRI("@URL@") AS ?svc) '
         "SERVICE ?svc { ?s ?p ?o } }"),
    Case("bind-concat", 'SELECT * WHERE { BIND(IRI(CONCAT("http://127.0.0.1:", "@PORT@", "/x")) '
         "AS ?svc) SERVICE SILENT ?svc { ?s ?p ?o } }"),
    # -- BASE, relative IRIs and prefixes
    Case("base-relative", "BASE <@BASE@> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }"),
    Case("base-empty-iri", "BASE <@URL@> SELECT * WHERE { SERVICE <> { ?s ?p ?o } }"),
    Case("base-dot-dot", "BASE <@BASE@a/b/> SELECT * WHERE { SERVICE <../../x> { ?s ?p ?o } }"),
    Case("prefix", "PREFIX x: <@BASE@> SELECT * WHERE { SERVICE x:y { ?s ?p ?o } }"),
    Case("empty-prefix", "PREFIX : <@BASE@> SELECT * WHERE { SERVICE :y { ?s ?p ?o } }"),
    Case("redeclared-kg-prefix", "PREFIX kg: <@BASE@> SELECT * WHERE "
         "{ SERVICE kg:y { ?s ?p ?o } }"),
    # -- \u and \U escapes, and the escape that the two grammars read differently
    Case("escaped-keyword", r"SELECT * WHERE { \u0053ERVICE <@URL@> { ?s ?p ?o } }"),
    Case("escaped-keyword-long", r"SELECT * WHERE { \U00000053ERVICE <@URL@> { ?s ?p ?o } }"),
    Case("escaped-keyword-lowercase", r"SELECT * WHERE { s\u0065rvic\u0065 <@URL@> { ?s ?p ?o } }"),
    Case("escaped-iri-colon", r"SELECT * WHERE { SERVICE <http\u003a//127.0.0.1:@PORT@/x> "
         "{ ?s ?p ?o } }"),
    Case("escaped-iri-scheme", r"SELECT * WHERE { SERVICE <\U00000068ttp://127.0.0.1:@PORT@/x> "
         "{ ?s ?p ?o } }"),
    Case("escaped-braces", r"SELECT * WHERE \u007B SERVICE <@URL@> { ?s ?p ?o } \u007D"),
    Case("escape-mismatch", r'SELECT * WHERE { VALUES ?x { "a\u00000022 " } '
         'SERVICE <@URL@> { ?s ?p ?o } } # " } }'),
    Case("escape-mismatch-single-quote", r"SELECT * WHERE { VALUES ?x { 'a\u00000027 ' } "
         "SERVICE <@URL@> { ?s ?p ?o } } # ' } }"),
    Case("escape-mismatch-long-string", r'SELECT * WHERE { VALUES ?x { """a\u00000022"" " } '
         'SERVICE <@URL@> { ?s ?p ?o } } # """ } }'),
    # -- tokens glued to the keyword
    Case("glued-integer", "SELECT ?o WHERE { ?s sh:maxCount 1SERVICE <@URL@> { ?x ?y ?o } }"),
    Case("glued-decimal", "SELECT ?o WHERE { ?s ?p 1.5SERVICE <@URL@> { ?x ?y ?o } }"),
    Case("glued-double", "SELECT ?o WHERE { ?s ?p 1e3SERVICE <@URL@> { ?x ?y ?o } }"),
    Case("glued-true", "SELECT ?o WHERE { ?s ?p trueSERVICE <@URL@> { ?x ?y ?o } }"),
    Case("glued-false", "SELECT ?o WHERE { ?s ?p falseSERVICE <@URL@> { ?x ?y ?o } }"),
    Case("glued-string", 'SELECT ?o WHERE { ?s ?p "x"SERVICE <@URL@> { ?x ?y ?o } }'),
    Case("glued-brace", "SELECT * WHERE { { ?s ?p ?o}SERVICE<@URL@>{?x ?y ?z} }"),
    Case("glued-iri", "SELECT * WHERE { ?s ?p <http://e/x>SERVICE <@URL@> { ?x ?y ?z } }"),
    Case("glued-dot", "SELECT * WHERE { ?s ?p ?o.SERVICE<@URL@>{?x ?y ?z} }"),
    # -- comments and odd whitespace
    Case("comment-inside", "SELECT * WHERE { SERVICE # a comment\n <@URL@> { ?s ?p ?o } }"),
    Case("comment-hides-braces", "ASK { # { { }\n SERVICE <@URL@> { ?s ?p ?o } }"),
    Case("comment-names-it-too", "SELECT * WHERE { ?s ?p ?o MINUS { SERVICE <@URL@> "
         "{ ?s ?p ?o } } }\n# SERVICE <@URL@> in a comment"),
    Case("tabs", "SELECT\t*\tWHERE\t{\tSERVICE\t<@URL@>\t{\t?s ?p ?o\t}\t}"),
    Case("form-feed", "SELECT * WHERE {\fSERVICE\f<@URL@>\f{ ?s ?p ?o } }"),
    Case("vertical-tab", "SELECT * WHERE {\vSERVICE\v<@URL@>\v{ ?s ?p ?o } }"),
    Case("no-break-space", "SELECT * WHERE {\u00a0SERVICE\u00a0<@URL@> { ?s ?p ?o } }"),
    Case("newlines", "SELECT *\nWHERE\n{\nSERVICE\n<@URL@>\n{\n?s ?p ?o\n}\n}"),
    Case("carriage-returns", "SELECT *\r\nWHERE {\rSERVICE\r\n<@URL@> { ?s ?p ?o } }"),
    # -- the dataset clauses
    Case("from", "SELECT * FROM <@URL@> WHERE { ?s ?p ?o }"),
    Case("from-named", "SELECT * FROM NAMED <@URL@> WHERE { GRAPH ?g { ?s ?p ?o } }"),
    Case("from-lowercase", "select * from <@URL@> where { ?s ?p ?o }"),
    Case("ask-from", "ASK FROM <@URL@> { ?s ?p ?o }"),
    Case("construct-from", "CONSTRUCT { ?s ?p ?o } FROM <@URL@> WHERE { ?s ?p ?o }"),
    Case("describe-from", "DESCRIBE <http://e/x> FROM <@URL@>"),
    Case("escaped-from", r"SELECT * \u0046ROM <@URL@> WHERE { ?s ?p ?o }"),
    # -- other spellings of the listener's address
    Case("localhost", "SELECT * WHERE { SERVICE <http://localhost:@PORT@/x> { ?s ?p ?o } }"),
    Case("ipv6", "SELECT * WHERE { SERVICE <http://[::1]:@PORT@/x> { ?s ?p ?o } }"),
    Case("ipv4-mapped-ipv6", "SELECT * WHERE { SERVICE <http://[::ffff:127.0.0.1]:@PORT@/x> "
         "{ ?s ?p ?o } }"),
    Case("decimal-address", "SELECT * WHERE { SERVICE <http://2130706433:@PORT@/x> "
         "{ ?s ?p ?o } }"),
    Case("short-address", "SELECT * WHERE { SERVICE <http://127.1:@PORT@/x> { ?s ?p ?o } }"),
    Case("any-address", "SELECT * WHERE { SERVICE <http://0.0.0.0:@PORT@/x> { ?s ?p ?o } }"),
    Case("https", "SELECT * WHERE { SERVICE <https://127.0.0.1:@PORT@/x> { ?s ?p ?o } }"),
    Case("uppercase-scheme", "SELECT * WHERE { SERVICE <HTTP://127.0.0.1:@PORT@/x> { ?s ?p ?o } }"),
    Case("user-info", "SELECT * WHERE { SERVICE <http://u:p@127.0.0.1:@PORT@/x> { ?s ?p ?o } }"),
    Case("ipv6-from", "SELECT * FROM <http://[::1]:@PORT@/x> WHERE { ?s ?p ?o }"),
    # -- updates: LOAD, USING, WITH, ADD/COPY/MOVE
    Case("load", "LOAD <@URL@>"),
    Case("load-silent", "LOAD SILENT <@URL@>"),
    Case("load-into-graph", "LOAD <@URL@> INTO GRAPH <http://e/loaded>"),
    Case("load-lowercase", "load silent <@URL@> into graph <http://e/loaded>"),
    Case("load-localhost", "LOAD <http://localhost:@PORT@/x>"),
    Case("load-ipv6", "LOAD <http://[::1]:@PORT@/x>"),
    Case("load-escaped", r"\u004COAD <@URL@>"),
    Case("load-after-insert", "INSERT DATA { <http://e/s> <http://e/p> 1 } ; LOAD <@URL@>"),
    Case("load-escape-mismatch", r'INSERT { <http://e/s> <http://e/p> ?x } WHERE '
         r'{ VALUES ?x { "a\u00000022 " } } ; LOAD <@URL@> # " } }'),
    Case("insert-service", "INSERT { <http://e/s> <http://e/p> ?o } WHERE "
         "{ SERVICE <@URL@> { ?s ?p ?o } }"),
    Case("delete-service-silent", "DELETE { ?s <http://e/none> ?o } WHERE "
         "{ SERVICE SILENT <@URL@> { ?s ?p ?o } }"),
    Case("with-service", "WITH <http://e/g> INSERT { ?s ?p ?o } WHERE "
         "{ SERVICE <@URL@> { ?s ?p ?o } }"),
    Case("using", "INSERT { <http://e/s> <http://e/p> ?o } USING <@URL@> WHERE { ?s ?p ?o }"),
    Case("using-named", "INSERT { <http://e/s> <http://e/p> ?o } USING NAMED <@URL@> "
         "WHERE { GRAPH ?g { ?s ?p ?o } }"),
    Case("add", "ADD <@URL@> TO <http://e/add-target>"),
    Case("add-silent", "ADD SILENT <@URL@> TO <http://e/add-target>"),
    Case("copy", "COPY <@URL@> TO <http://e/copy-target>"),
    Case("move", "MOVE SILENT <@URL@> TO <http://e/move-target>"),
]

INJECTIONS = {
    # The reproducer: a full IRI that closes itself and goes on as SPARQL.
    "iri-closed": "https://w3id.org/kgraph/id/spain> ?p ?o . SERVICE <@URL@> { ?a ?b ?c } "
                  "<https://w3id.org/kgraph/id/spain",
    "prefixed-closed": "kgr:spain> ?p ?o . SERVICE <@URL@> { ?a ?b ?c } <http://e/y",
    "comment-ends-it": "http://e/x> ?p ?o . SERVICE <@URL@> { ?a ?b ?c } }#",
    "glued": "kgr:x>SERVICE<@URL@>{?a ?b ?c}<http://e/y",
    "newlines": "http://e/x>\n?p ?o .\nSERVICE <@URL@> { ?a ?b ?c }\n<http://e/y",
    "uppercase-scheme": "HTTP://e/x> ?p ?o . SERVICE <@URL@> { ?a ?b ?c } <http://e/y",
    "quote-closed": 'x" } SERVICE <@URL@> { ?a ?b ?c } #',
    "escaped-quote": r'x\" } SERVICE <@URL@> { ?a ?b ?c } #',
    "load": "http://e/x> a ?t } ; LOAD <@URL@> ; ASK { <http://e/y",
}


@pytest.fixture
def listener(listener):
    """The listener of one test; it must have received no connection at the end of the test."""
    yield listener
    assert listener.new_connections() == [], "the listener was reached"


@pytest.fixture(scope="module")
def server(curated_root):
    served = Served(curated_root, "--timeout", "5", "--workers", "2")
    yield served
    served.stop()


@pytest.fixture(scope="module")
def token_server(tmp_path_factory):
    """A server that accepts updates with a token, on its own copy of the graph."""
    root = built_copy(tmp_path_factory.mktemp("updatable") / "root")
    served = Served(root, "--timeout", "5", env={"KGRAPH_UPDATE_TOKEN": TOKEN})
    yield served
    served.stop()


def clean_http(response) -> bytes:
    status, _, body = response
    assert status in (200, 204) or 400 <= status < 500, (status, body[:2000])
    return body


def update(server, text: str, token: str | None = None) -> tuple:
    headers = {"Content-Type": "application/sparql-update"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return http(server.endpoint, method="POST", data=text.encode(), headers=headers)


def clean_cli(result) -> str:
    assert_clean_exit(result)
    return result.stdout + result.stderr


def clean_api(call) -> str:
    try:
        return repr(call())
    except KGraphError as error:
        return str(error)


def send_query(door: str, text: str, request) -> str:
    """Send `text` through `door`; what came back, once checked to be a clean answer."""
    fixture = request.getfixturevalue
    if door == "http-get":
        return clean_http(get(fixture("server"), text)).decode(errors="replace")
    if door == "http-form":
        return clean_http(post_form(fixture("server"), text)).decode(errors="replace")
    if door == "http-query-body":
        return clean_http(post_direct(fixture("server"), text)).decode(errors="replace")
    if door == "http-update":
        return clean_http(update(fixture("server"), text)).decode(errors="replace")
    if door == "http-update-token":
        return clean_http(update(fixture("token_server"), text, TOKEN)).decode(errors="replace")
    if door == "cli-text":
        return clean_cli(run_kgraph(fixture("curated_root"), "query", text))
    if door == "cli-file":
        query_file = fixture("tmp_path") / "query.rq"
        query_file.write_text(text, encoding="utf-8")
        return clean_cli(run_kgraph(fixture("curated_root"), "query", "-f", str(query_file)))
    if door == "api":
        return clean_api(lambda: fixture("kg").query(text))
    raise AssertionError(door)


QUERY_DOORS = ["http-get", "http-form", "http-query-body", "http-update", "http-update-token",
               "cli-text", "cli-file", "api"]


def require_ipv6(case_text: str, listener: Listener) -> None:
    if "[::" in case_text and not listener.has_ipv6:
        if os.environ.get("CI") == "true":
            pytest.fail("IPv6 loopback (::1) is not available")
        pytest.skip("IPv6 loopback (::1) is not available on this machine")


def test_there_are_at_least_sixty_cases():
    assert len(CASES) >= 60
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("door", QUERY_DOORS)
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_no_request_reaches_the_listener(case, door, listener, request):
    require_ipv6(case.text, listener)
    answer = send_query(door, case.for_listener(listener), request)
    assert listener.new_connections() == [], f"{door} let {case.name} reach the listener"
    assert Listener.MARKER not in answer


def send_name(door: str, name: str, request) -> str:
    fixture = request.getfixturevalue
    if door.startswith("cli-"):
        root = fixture("curated_root")
        arguments = {
            "cli-show": ["show", name],
            "cli-neighbors": ["neighbors", name],
            "cli-timeline": ["timeline", name],
            "cli-path": ["path", name, "Kast"],
            "cli-common": ["common", "Kast", name],
            "cli-query-param": ["query", "actor-ties", "-p", f"actor={name}"],
            "cli-queries-param": ["queries", "actor-ties", "-p", f"actor={name}"],
            "cli-source-param": ["query", "claims-by-source", "-p", f"source={name}"],
        }[door]
        return clean_cli(run_kgraph(root, *arguments))
    if door.startswith("http-"):
        query, parameter = {"http-actor": ("actor-ties", "actor"),
                            "http-source": ("claims-by-source", "source")}[door]
        url = f"{fixture('server').url}queries/{query}?" + urllib.parse.urlencode(
            {parameter: name})
        return clean_http(http(url)).decode(errors="replace")
    kg = fixture("kg")
    call = {
        "api-show": lambda: kg.show(name),
        "api-neighbors": lambda: kg.neighbors(name),
        "api-named-query": lambda: named_query_text(kg, "actor-ties", {"actor": name}),
    }[door]
    return clean_api(call)


NAME_DOORS = ["cli-show", "cli-neighbors", "cli-timeline", "cli-path", "cli-common",
              "cli-query-param", "cli-queries-param", "cli-source-param", "http-actor",
              "http-source", "api-show", "api-neighbors", "api-named-query"]


@pytest.mark.parametrize("door", NAME_DOORS)
@pytest.mark.parametrize("injection", list(INJECTIONS))
def test_no_name_reaches_the_listener(injection, door, listener, request):
    name = Case(injection, INJECTIONS[injection]).for_listener(listener)
    answer = send_name(door, name, request)
    assert listener.new_connections() == [], f"{door} let {injection} reach the listener"
    assert Listener.MARKER not in answer


def test_a_valid_escape_is_answered_not_a_server_error(server):
    """`\\u0020ABCD` is valid SPARQL that the two grammars once read differently (a 500)."""
    text = r'SELECT ?x WHERE { VALUES ?x { "\u0020ABCD" } }'
    for send in (get, post_form, post_direct):
        status, _, body = send(server, text, "application/sparql-results+json")
        assert status == 200, body
        assert b'" ABCD"' in body
