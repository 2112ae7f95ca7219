"""No text a user types is spliced into SPARQL: names, IRIs, named-query parameters, search
text, relations, classes, dates and sources reach a query only as validated RDF terms. Every
injection attempt below carries a SERVICE call to a loopback listener that must receive nothing,
and gets the ordinary one-line error; legitimate names, IRIs and strings still work exactly."""

from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer

import pyoxigraph as ox
import pytest
from helpers import Cli
from serving import Listener, Served, http

from graph.api import KnowledgeGraph
from graph.errors import InvalidIriError, UnknownNameError
from graph.sparql.bindings import iri, literal, values_row, with_values
from graph.store.remote import RemoteEngine

KAST = "https://w3id.org/kgraph/id/jose-antonio-kast"
# Strings a literal must carry unchanged: quotes, backslashes, braces, escapes, control
# characters, line breaks, text that would close the literal and the group around it.
NASTY = [
    'a "quoted" word',
    "back\\slash \\\" and \\u0022 and \\U00000022",
    '" } SERVICE <http://127.0.0.1:9/x> { "',
    "'single' ''' \"\"\" triple",
    "line\nbreak\r\ttab \x01\x7f",
    "accents ñandú, José; symbols {}<>|^`",
    "\u2028\u2029\ufeff end",
]


def attacks(url: str) -> list[str]:
    """Names that would send a request to `url` if pasted into `ASK { <name> a … }`."""
    return [
        f"https://w3id.org/kgraph/id/spain> ?p ?o . SERVICE <{url}> {{ ?a ?b ?c }} "
        "<https://w3id.org/kgraph/id/spain",
        f"kgr:spain> ?p ?o . SERVICE <{url}> {{ ?a ?b ?c }} <https://w3id.org/kgraph/id/spain",
        f"http://x/> a ?t }} SERVICE <{url}> {{ ?a ?b ?c }} {{ <http://x/",
        f'Kast" ; a ?t }} SERVICE <{url}> {{ ?a ?b ?c }} {{ ?e kg:searchKey "kast',
        f'kast\\" }} SERVICE <{url}> {{ ?a ?b ?c }} #',
    ]


def one_error_line(result) -> str:
    assert result.exit_code == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def assert_untouched(listener: Listener) -> None:
    listener.close()  # joins the accepting thread: anything sent so far is recorded
    assert listener.received == []


# ---------------------------------------------------------------- the library


def test_an_iri_is_validated_before_any_query(kg, listener):
    for name in attacks(listener.url)[:3]:
        with pytest.raises(InvalidIriError, match="is not a valid IRI"):
            kg.resolve(name)
    assert_untouched(listener)


def test_names_with_sparql_in_them_are_only_names(kg, listener):
    for name in attacks(listener.url)[3:]:
        with pytest.raises(UnknownNameError, match="^no actor named"):
            kg.resolve(name)
    assert_untouched(listener)


@pytest.mark.parametrize("text", ["http://a b", "http://a{b}", 'http://a"b', "http://a^b",
                                  "http://a|b", "http://a`b", "http://a\\b", "http://a\x01",
                                  "http://a<b", "no-scheme", ""])
def test_iri_refuses_what_is_not_an_iri(text):
    with pytest.raises(InvalidIriError):
        iri(text)


def test_legitimate_iris_and_names_still_resolve(kg):
    for name in ("kgr:jose-antonio-kast", KAST, f"  {KAST} ", "jose-antonio-kast",
                 "José Antonio Kast", "jose antonio KAST", "Kast"):
        assert kg.resolve(name).iri == KAST, name


def test_literals_round_trip_exactly_through_the_local_store(kg):
    for text in NASTY:
        rows = kg.engine.select("SELECT ?t WHERE { }", {"t": literal(text)})
        assert rows == [{"t": text}]


def test_bound_iris_are_one_term(kg):
    assert kg.engine.ask("ASK { ?x a kg:Person }", {"x": iri(KAST)})
    assert not kg.engine.ask("ASK { ?x a kg:Person }", {"x": iri(KAST + "-not")})


def test_values_are_written_by_pyoxigraph():
    text = with_values("SELECT ?t WHERE { }", {"t": literal('" } SERVICE <x> { "')})
    assert 'VALUES (?t) { ("\\" } SERVICE <x> { \\"") }' in text
    year = "http://www.w3.org/2001/XMLSchema#gYear"
    assert values_row({"a": iri(KAST), "d": literal("2025", year)}) == (
        f'VALUES (?a ?d) {{ (<{KAST}> "2025"^^<{year}>) }}')


class _Recorder(BaseHTTPRequestHandler):
    """A SPARQL server that records the query it is sent and answers with no rows."""

    queries: list[str] = []

    def do_POST(self):  # noqa: N802  (the name http.server calls)
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        self.queries.append(urllib.parse.parse_qs(body)["query"][0])
        answer = json.dumps({"head": {"vars": ["t"]}, "results": {"bindings": []}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


def test_a_remote_server_receives_values_as_terms():
    """The remote engine sends the same VALUES block, and what it sends parses back to the
    exact strings."""
    server = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        engine = RemoteEngine(f"http://127.0.0.1:{server.server_port}/sparql")
        for text in NASTY:
            engine.select("SELECT ?t WHERE { }", {"t": literal(text)})
    finally:
        server.shutdown()
        server.server_close()
    assert len(_Recorder.queries) == len(NASTY)
    for sent, text in zip(_Recorder.queries, NASTY, strict=True):
        assert [row["t"].value for row in ox.Store().query(sent)] == [text]


# ---------------------------------------------------------------- the command line


def test_name_taking_commands_refuse_injection(cli, listener):
    for name in attacks(listener.url):
        for args in (("show", name), ("neighbors", name), ("path", name, "Kast"),
                     ("path", "Kast", name), ("timeline", name), ("map", "--center", name)):
            line = one_error_line(cli(*args, expect=None))
            assert "not a valid IRI" in line or "no actor named" in line, (args, line)
    assert_untouched(listener)


def test_named_query_parameters_refuse_injection(cli, listener):
    for name in attacks(listener.url):
        for command in ("query", "queries"):
            line = one_error_line(cli(command, "actor-ties", "-p", f"actor={name}", expect=None))
            assert "not a valid IRI" in line or "no actor named" in line, line
        line = one_error_line(cli("query", "claims-by-source", "-p", f"source={name}",
                                  expect=None))
        assert "not a valid IRI" in line or "no actor named" in line, line
    line = one_error_line(cli("query", "meetings", "-p",
                              f'since=2025" }} SERVICE <{listener.url}> {{ ?a ?b ?c }} #',
                              expect=None))
    assert "expects YYYY, YYYY-MM or YYYY-MM-DD" in line
    assert_untouched(listener)


def test_filters_are_checked_against_the_schema(cli, listener):
    service = f"SERVICE <{listener.url}> {{ ?a ?b ?c }}"
    relation = f"endorsed> }} {service} {{ ?x <y"
    line = one_error_line(cli("neighbors", "Kast", "--relation", relation, expect=None))
    assert line.startswith("Error: unknown relation")
    line = one_error_line(cli("stats", "--relation", relation, expect=None))
    assert line.startswith("Error: unknown relation")
    line = one_error_line(cli("rank", "--class", f"Person> }} {service} {{", expect=None))
    assert line.startswith("Error: unknown class")
    line = one_error_line(cli("neighbors", "Kast", "--since", f'2025" }} {service} #',
                              expect=None))
    assert "expects YYYY, YYYY-MM or YYYY-MM-DD" in line
    line = one_error_line(cli("evaluate", "--source", f"x> }} {service} {{ <y", expect=None))
    assert line.startswith("Error: no source")
    assert_untouched(listener)


def test_search_text_is_only_text(cli, listener):
    for text in [*NASTY, *attacks(listener.url)]:
        result = cli("search", text, "--format", "json", expect=0)
        assert json.loads(result.stdout or "[]") == []
    hits = json.loads(cli("search", "kást", "--format", "json").stdout)
    assert hits[0]["id"] == KAST
    assert_untouched(listener)


ECHO = """# title: Echo
# description: The string given, as the query's only row.
# param: text string
SELECT ?text WHERE { }
"""


@pytest.fixture
def echo_cli(tiny_root) -> Cli:
    (tiny_root / "ontology" / "queries").mkdir()
    (tiny_root / "ontology" / "queries" / "echo.rq").write_text(ECHO, encoding="utf-8")
    KnowledgeGraph(tiny_root).build()
    return Cli(tiny_root)


def test_a_string_parameter_round_trips_exactly(echo_cli, listener):
    for text in [*NASTY, f'" }} SERVICE <{listener.url}> {{ ?a ?b ?c }} {{ "']:
        if text != text.strip():
            continue  # NAME=VALUE pairs are stripped, like every option value
        rows = json.loads(echo_cli("query", "echo", "-p", f"text={text}",
                                   "--format", "json").stdout)
        assert rows == [{"text": text}]
    assert_untouched(listener)


# ---------------------------------------------------------------- the endpoint


@pytest.mark.slow
def test_the_bound_query_route_refuses_injection(curated_root, listener):
    served = Served(curated_root)
    try:
        for name in attacks(listener.url):
            url = f"{served.url}queries/actor-ties?{urllib.parse.urlencode({'actor': name})}"
            status, _, body = http(url)
            assert status == 400, body
            assert b"not a valid IRI" in body or b"no actor named" in body, body
        url = f"{served.url}queries/actor-ties?{urllib.parse.urlencode({'actor': KAST})}"
        status, _, body = http(url)
        assert status == 200 and f"(<{KAST}>)".encode() in body
    finally:
        served.stop()
    assert_untouched(listener)
