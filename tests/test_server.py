"""`kgraph serve` as real clients see it: SPARQLWrapper, rdflib's SPARQLStore and plain HTTP with
every method and Accept header, against a server started on 127.0.0.1 and stopped by PID.
Answers are compared with the same query run directly on the store."""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from serving import Served, alive, get, http, post_direct, post_form, rows_from_json

pytestmark = pytest.mark.slow

SELECT = """SELECT ?endorser ?endorsed ?date WHERE {
  ?c a kg:Claim ; kg:relation kg:endorsed ; kg:subject ?endorser ; kg:object ?endorsed .
  OPTIONAL { ?c kg:date ?date } } ORDER BY ?endorser"""
CONSTRUCT = "CONSTRUCT { kgr:javier-milei ?p ?o } WHERE { kgr:javier-milei ?p ?o }"
DESCRIBE = "DESCRIBE kgr:vox"
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
SPARQL_RESULTS = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def server(curated_root):
    served = Served(curated_root)
    yield served
    served.stop()
    assert not alive(served.pid)
    assert not any(alive(w) for w in served.workers)


@pytest.fixture(scope="module")
def expected(kg):
    """SELECT's rows as strings, straight from the store."""
    return [{k: (str(v) if v is not None else None) for k, v in row.items()}
            for row in kg.engine.select(SELECT)]


def reference_graph(kg, query: str) -> Graph:
    import pyoxigraph as ox

    graph = Graph()
    graph.parse(data=ox.serialize(kg.engine.raw(query), format=ox.RdfFormat.N_TRIPLES).decode(),
                format="nt")
    assert len(graph) > 0
    return graph


# ---------------------------------------------------------------- result readers


def rows_from_xml(body: bytes) -> list[dict]:
    root = ET.fromstring(body)
    names = [v.get("name") for v in root.iter(f"{SPARQL_RESULTS}variable")]
    found = []
    for result in root.iter(f"{SPARQL_RESULTS}result"):
        row = dict.fromkeys(names)
        for binding in result:
            row[binding.get("name")] = binding[0].text
        found.append(row)
    return found


def rows_from_csv(body: bytes) -> list[dict]:
    reader = csv.DictReader(io.StringIO(body.decode()))
    return [{k: v or None for k, v in row.items()} for row in reader]


def rows_from_tsv(body: bytes) -> list[dict]:
    lines = body.decode().rstrip("\n").split("\n")
    names = [n.lstrip("?") for n in lines[0].split("\t")]

    def plain(term: str):
        if not term:
            return None
        if term.startswith("<"):
            return term[1:-1]
        if term.startswith('"'):
            return term[1:term.rindex('"')]
        return term

    return [dict(zip(names, map(plain, line.split("\t")), strict=True)) for line in lines[1:]]


READERS = {
    "application/sparql-results+json": rows_from_json,
    "application/sparql-results+xml": rows_from_xml,
    "text/csv": rows_from_csv,
    "text/tab-separated-values": rows_from_tsv,
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}


# ---------------------------------------------------------------- real clients


@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
def test_sparqlwrapper_json(server, expected, method):
    from SPARQLWrapper import GET, JSON, POST, POSTDIRECTLY, SPARQLWrapper

    client = SPARQLWrapper(server.endpoint)
    client.setQuery(SELECT)
    client.setReturnFormat(JSON)
    client.setMethod(GET if method == "GET" else POST)
    if method == "POSTDIRECTLY":
        client.setRequestMethod(POSTDIRECTLY)
    data = client.query().convert()
    assert rows_from_json(json.dumps(data).encode()) == expected
    assert len(expected) == 3


def test_sparqlwrapper_xml(server, expected):
    from SPARQLWrapper import XML, SPARQLWrapper

    client = SPARQLWrapper(server.endpoint)
    client.setQuery(SELECT)
    client.setReturnFormat(XML)
    document = client.query().convert()  # an xml.dom.minidom Document
    assert rows_from_xml(document.toxml().encode()) == expected


def test_sparqlwrapper_csv(server, expected):
    from SPARQLWrapper import CSV, SPARQLWrapper

    client = SPARQLWrapper(server.endpoint)
    client.setQuery(SELECT)
    client.setReturnFormat(CSV)
    assert rows_from_csv(client.query().convert()) == expected


def test_sparqlwrapper_ask_and_construct(server, kg):
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(server.endpoint)
    client.setQuery("ASK { kgr:johannes-kaiser kg:endorsed kgr:jose-antonio-kast }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    turtle = client.query().convert()
    assert isomorphic(Graph().parse(data=turtle, format="turtle"), reference_graph(kg, CONSTRUCT))


@pytest.mark.parametrize("method", ["GET", "POST", "POST_FORM"])
def test_rdflib_sparqlstore(server, kg, expected, method):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(server.endpoint, method=method)
    graph = Graph(store=store)
    found = [{k: (str(v) if v is not None else None) for k, v in row.asdict().items()}
             for row in graph.query(SELECT)]
    assert [{k: row.get(k) for k in expected[0]} for row in found] == expected
    assert graph.query("ASK { kgr:evelyn-matthei kg:endorsed kgr:jose-antonio-kast }").askAnswer
    constructed = Graph()
    for triple in graph.query(CONSTRUCT):
        constructed.add(triple)
    assert isomorphic(constructed, reference_graph(kg, CONSTRUCT))
    assert (URIRef("https://w3id.org/kgraph/id/javier-milei"),
            URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
            Literal("Javier Milei")) in constructed


# ---------------------------------------------------------------- plain HTTP


@pytest.mark.parametrize("send", [get, post_form, post_direct])
@pytest.mark.parametrize("accept", list(READERS))
def test_each_method_and_accept_header(server, expected, send, accept):
    status, headers, body = send(server, SELECT, accept)
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == accept
    assert "Access-Control-Allow-Origin" not in headers  # no CORS unless --cors-origin
    assert READERS[accept](body) == expected


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE])
@pytest.mark.parametrize("accept", list(GRAPH_TYPES))
def test_graphs_in_each_rdf_format(server, kg, query, accept):
    for send in (get, post_direct):
        status, headers, body = send(server, query, accept)
        assert status == 200, body
        assert headers["Content-Type"].split(";")[0] == accept
        parsed = Graph().parse(data=body, format=GRAPH_TYPES[accept])
        assert isomorphic(parsed, reference_graph(kg, query))


@pytest.mark.parametrize("accept,kind", [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("image/png", "application/sparql-results+json"),
    ("application/x-unknown, text/*;q=0.5", "text/csv"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("application/json", "application/sparql-results+json"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
     "application/sparql-results+xml"),
])
def test_accept_negotiation_never_fails(server, expected, accept, kind):
    status, headers, body = get(server, SELECT, accept)
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == kind
    assert READERS[kind](body) == expected


def test_unknown_accept_for_a_graph_gives_turtle(server, kg):
    status, headers, body = get(server, CONSTRUCT, "image/png")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert isomorphic(Graph().parse(data=body, format="turtle"), reference_graph(kg, CONSTRUCT))


def test_format_parameter_overrides_accept(server, expected):
    status, headers, body = get(server, SELECT, "application/sparql-results+json", format="tsv")
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    assert rows_from_tsv(body) == expected


def test_no_cors_by_default_and_the_same_origin_still_works(server):
    """Pages of other sites are refused (tests/test_server_http.py has the whole policy); the
    query page's own requests, which carry its origin, are answered without CORS headers."""
    status, headers, body = http(server.endpoint, method="OPTIONS", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, accept"})
    assert status == 403 and "Access-Control-Allow-Origin" not in headers
    own = server.url.rstrip("/")
    status, headers, body = http(server.endpoint, method="POST", data=b"ASK {}", headers={
        "Origin": own, "Content-Type": "application/sparql-query"})
    assert status == 200 and json.loads(body)["boolean"] is True
    assert "Access-Control-Allow-Origin" not in headers


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), (None, "turtle"),
                                        ("application/ld+json", "json-ld")])
def test_service_description(server, accept, fmt):
    status, headers, body = http(server.endpoint, headers={"Accept": accept} if accept else {})
    assert status == 200
    description = Graph().parse(data=body, format=fmt)
    service = description.value(predicate=SD.endpoint, object=URIRef(server.endpoint))
    assert service is not None
    assert set(description.objects(service, SD.supportedLanguage)) == {SD.SPARQL11Query}
    formats = {str(f) for f in description.objects(service, SD.resultFormat)}
    assert "http://www.w3.org/ns/formats/SPARQL_Results_JSON" in formats
    assert SD.UnionDefaultGraph in set(description.objects(service, SD.feature))


def test_a_browser_asking_the_endpoint_is_sent_to_the_page(server):
    request = urllib.request.Request(server.endpoint, headers={"Accept": "text/html"})
    with urllib.request.urlopen(request, timeout=30) as response:  # follows the redirect
        assert response.url == server.url
        assert b"<textarea" in response.read()


# ---------------------------------------------------------------- the page and the library


def test_the_page_and_its_assets_are_served_from_the_package_with_nothing_outside(server):
    status, headers, page = http(server.url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', page.decode())
    assert sorted(assets) == ["/static/app.js", "/static/style.css"]
    for asset in [server.url.rstrip("/") + a for a in assets]:
        status, _, body = http(asset)
        assert status == 200
        assert not re.search(rb"https?://|//cdn|@import", body), asset
    assert not re.search(rb"https?://", page)
    assert http(server.url + "static/../server.py")[0] == 404
    assert http(server.url + "static/nothing.js")[0] == 404


def test_library_over_http(server, cli):
    status, _, body = http(server.url + "queries")
    listed = json.loads(body)
    assert status == 200
    assert [e["name"] for e in listed] == [e["name"] for e in json.loads(
        cli("queries", "--format", "json").stdout)]
    assert all(e["title"] and e["description"] and e["text"] for e in listed)
    status, headers, text = http(server.url + "queries/actor-ties?actor=JAK")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-query")
    assert b"VALUES (?actor) { (<https://w3id.org/kgraph/id/jose-antonio-kast>) }" in text
    status, _, body = http(server.url + "queries/actor-ties?actor=Kats")
    assert status == 400 and b"no actor named 'Kats'" in body
    assert http(server.url + "queries/nothing")[0] == 404


def _plain(value):
    if value is None:
        return None
    return str(value).lower() if isinstance(value, bool) else str(value)


@pytest.mark.parametrize("name,params", [
    ("actor-ties", {"actor": "Milei"}), ("endorsements", {}),
    ("meetings", {"since": "2025-11", "until": "2025-11"}),
    ("organization-members", {"organization": "Vox"}), ("event-participants", {"event": "CPAC"}),
    ("forums-in-two-regions", {}), ("claims-by-source", {"source": "La Tercera"}),
    ("single-source-claims", {}), ("election-results", {}), ("most-connected", {}),
])
def test_each_named_query_over_http_equals_the_command_line(server, cli, name, params):
    status, _, text = http(f"{server.url}queries/{name}?{urllib.parse.urlencode(params)}")
    assert status == 200
    status, _, body = post_direct(server, text.decode(), "application/sparql-results+json")
    assert status == 200, body
    args = [x for k, v in params.items() for x in ("--param", f"{k}={v}")]
    local = json.loads(cli("query", name, *args, "--format", "json").stdout)
    assert rows_from_json(body) == [{k: _plain(v) for k, v in row.items()} for row in local]
    assert local


# ---------------------------------------------------------------- mistakes


def test_a_syntax_error_is_a_400_with_the_position(server):
    status, headers, body = get(server, "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }")
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    # Oxigraph's own grammar decides, in the worker; the words are plain.
    assert body == (b"Error 400: SPARQL syntax error at line 3, column 13: expected a value or "
                    b"an expression after '=', found ')'\n")
    status, _, body = get(server, "SELECT ?x WHERE { ?x nope:p ?y }")
    assert status == 400
    assert body.startswith(b"Error 400: SPARQL syntax error at line 1, column 22: the prefix "
                           b"nope: is not declared")


def test_undefined_kg_terms_are_named_in_a_header(server):
    status, headers, body = get(server, "SELECT ?x WHERE { ?x kg:endorses ?y . ?x kg:n\u00e9 ?z }",
                                "application/sparql-results+json")
    assert status == 200 and json.loads(body)["results"]["bindings"] == []
    assert headers.get_all("Kgraph-Warning") == [
        "kg:endorses is not defined by the ontology; did you mean kg:endorsed?",
        "kg:n\\xe9 is not defined by the ontology"]
    status, headers, _ = get(server, "SELECT ?x WHERE { ?x kg:endorsed ?y }")
    assert status == 200 and headers.get_all("Kgraph-Warning") is None


@pytest.mark.parametrize("method,path,data,headers,status", [
    ("PUT", "sparql", b"x", {}, 405),
    ("DELETE", "", None, {}, 405),
    ("POST", "sparql", b"SELECT * {}", {"Content-Type": "text/plain"}, 415),
    ("POST", "sparql", b"query=ASK%7B%7D&update=CLEAR%20ALL",
     {"Content-Type": "application/x-www-form-urlencoded"}, 400),
    ("GET", "sparql?update=CLEAR%20ALL", None, {}, 405),
    ("GET", "sparql?query=ASK%7B%7D&query=ASK%7B%7D", None, {}, 400),
    ("GET", "nowhere", None, {}, 404),
    ("POST", "sparql", b"\xff\xfe", {"Content-Type": "application/sparql-query"}, 400),
])
def test_protocol_mistakes_get_4xx(server, method, path, data, headers, status):
    got, _, body = http(server.url + path, method=method, data=data, headers=headers)
    assert got == status
    assert body.startswith(f"Error {status}: ".encode())


def test_head_has_no_body(server):
    status, headers, body = http(server.url, method="HEAD")
    assert status == 200 and body == b"" and headers["Content-Type"].startswith("text/html")
