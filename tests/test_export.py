"""Every export read back by a reader that is not ours: rdflib and pyoxigraph for RDF,
networkx and igraph for GraphML, networkx and the standard XML parser for GEXF (igraph has no
GEXF reader), the csv module for CSV and Cytoscape.js itself for the Cytoscape JSON."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import igraph as ig
import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from helpers import PROJECT
from rdflib.compare import isomorphic, to_isomorphic

from graph.analysis import LIST_SEPARATOR
from graph.errors import InputError
from graph.publish import formats as export_module

NODE_MODULES = PROJECT / ".venv" / "node" / "node_modules"
KG_NS = "https://w3id.org/kgraph/ontology#"


def same(projected, read) -> bool:
    """A projection value against what a reader gives back for it: lists come back joined,
    numbers maybe as floats, missing values missing or empty."""
    if projected is None or projected == []:
        return read in (None, "") or (isinstance(read, float) and read != read)
    if isinstance(projected, list):
        parts = read.split(LIST_SEPARATOR)
        return parts == ["" if v is None else str(v) for v in projected]
    if isinstance(projected, bool):
        return read in (projected, str(projected).lower())
    if isinstance(projected, (int, float)):
        return float(read) == float(projected)
    return read == str(projected)


def assert_nodes_match(projection, read_nodes: dict[str, dict]):
    assert set(read_nodes) == set(projection.nodes)
    for node, data in projection.nodes(data=True):
        for key, value in data.items():
            assert same(value, read_nodes[node].get(key)), (node, key, value,
                                                            read_nodes[node].get(key))


def assert_edges_match(projection, read_edges: list[tuple[str, str, dict]]):
    """Edges compared by (source, target, relation): one edge per relation type and pair."""
    by_key = {(u, v, d["relation"]): d for u, v, d in read_edges}
    assert len(by_key) == len(read_edges) == projection.number_of_edges()
    for u, v, relation, data in projection.edges(keys=True, data=True):
        read = by_key[(u, v, relation)]
        for key, value in data.items():
            assert same(value, read.get(key)), (u, v, relation, key, value, read.get(key))


@pytest.fixture(scope="module")
def projection(kg):
    return kg.to_networkx()


# ---------------------------------------------------------------- RDF


def store_graphs(kg) -> dict[str, rdflib.Graph]:
    """The store's named graphs as rdflib graphs, built from pyoxigraph's quads."""
    graphs: dict[str, rdflib.Graph] = {}
    for quad in kg.engine.store.quads_for_pattern(None, None, None, None):
        graph = graphs.setdefault(quad.graph_name.value, rdflib.Graph())
        graph.add(tuple(to_rdflib(t) for t in (quad.subject, quad.predicate, quad.object)))
    return graphs


def to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == str(rdflib.XSD.string):
        return rdflib.Literal(term.value)  # RDF 1.1: a simple literal is an xsd:string
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def union(graphs) -> rdflib.Graph:
    merged = rdflib.Graph()
    for graph in graphs:
        for triple in graph:
            merged.add(triple)
    return merged


@pytest.mark.parametrize("fmt, rdflib_format", [("ttl", "turtle"), ("nt", "nt")])
def test_triple_exports_hold_the_whole_store(kg, tmp_path, fmt, rdflib_format):
    target = tmp_path / f"kgraph.{fmt}"
    report = kg.export(target)
    assert report.format == fmt and report.files == [str(target)]
    read = rdflib.Graph().parse(target, format=rdflib_format)
    expected = union(store_graphs(kg).values())
    assert len(read) == len(expected) == report.triples
    assert isomorphic(read, expected)


@pytest.mark.parametrize("fmt, rdflib_format", [("trig", "trig"), ("jsonld", "json-ld")])
def test_dataset_exports_keep_the_named_graphs(kg, tmp_path, fmt, rdflib_format):
    target = tmp_path / f"kgraph.{fmt}"
    kg.export(target, fmt)
    dataset = rdflib.Dataset()
    dataset.parse(target, format=rdflib_format)
    expected = store_graphs(kg)
    read = {g.identifier.toPython(): g for g in dataset.graphs() if len(g)}
    assert set(read) == set(expected)
    for name, graph in expected.items():
        assert to_isomorphic(read[name]) == to_isomorphic(graph), name


def test_pyoxigraph_reads_the_trig_export_back(kg, tmp_path):
    target = tmp_path / "kgraph.trig"
    kg.export(target)
    quads = set(ox.parse(path=str(target), format=ox.RdfFormat.TRIG))
    assert quads == set(kg.engine.store.quads_for_pattern(None, None, None, None))


def test_rdf_export_carries_claims_and_provenance(kg, tmp_path):
    target = tmp_path / "kgraph.ttl"
    kg.export(target)
    graph = rdflib.Graph().parse(target)
    rows = list(graph.query(
        """PREFIX kg: <https://w3id.org/kgraph/ontology#>
           PREFIX prov: <http://www.w3.org/ns/prov#>
           SELECT ?c (COUNT(DISTINCT ?ev) AS ?n) WHERE {
             ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o ;
                prov:wasDerivedFrom ?doc ; kg:evidence ?ev .
             ?ev kg:source ?doc ; kg:quote ?quote } GROUP BY ?c"""))
    claims = kg.engine.select("SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Claim }")[0]["n"]
    assert len(rows) == claims
    attributed = graph.value(
        predicate=rdflib.URIRef(KG_NS + "attributedTo"),
        object=rdflib.URIRef("https://w3id.org/kgraph/id/laborde"))
    assert attributed is not None
    assert (rdflib.URIRef("https://w3id.org/kgraph/id/johannes-kaiser"),
            rdflib.URIRef(KG_NS + "endorsed"),
            rdflib.URIRef("https://w3id.org/kgraph/id/jose-antonio-kast")) in graph


def test_filtered_rdf_export_keeps_only_the_chosen_claims(kg, tmp_path):
    target = tmp_path / "endorsed.nt"
    report = kg.export(target, relations=["endorsed"])
    graph = rdflib.Graph().parse(target, format="nt")
    claim_type = (None, rdflib.RDF.type, rdflib.URIRef(KG_NS + "Claim"))
    claims = {str(s) for s, _, _ in graph.triples(claim_type)}
    expected = {r["c"] for r in kg.engine.select(
        "SELECT ?c WHERE { ?c a kg:Claim ; kg:relation kg:endorsed }")}
    assert claims == expected and report.claims == len(expected) == 3
    # No evidence, quote or truthy triple of a left-out claim remains.
    quotes = {str(o) for o in graph.objects(None, rdflib.URIRef(KG_NS + "quote"))}
    assert not any("Meloni" in q for q in quotes)
    assert not list(graph.triples((None, rdflib.URIRef(KG_NS + "met"), None)))
    assert len(list(graph.triples((None, rdflib.URIRef(KG_NS + "endorsed"), None)))) == 3
    # Entities, sources and the ontology stay.
    kast = rdflib.URIRef("https://w3id.org/kgraph/id/jose-antonio-kast")
    assert graph.value(kast, rdflib.RDFS.label) is not None
    assert (rdflib.URIRef(KG_NS + "met"), rdflib.RDF.type, rdflib.OWL.SymmetricProperty) in graph


def test_rdf_export_with_a_time_window(kg, tmp_path):
    target = tmp_path / "late.ttl"
    kg.export(target, since="2025-12")
    graph = rdflib.Graph().parse(target)
    claims = {str(s).rsplit("/", 1)[1] for s in graph.subjects(
        rdflib.RDF.type, rdflib.URIRef(KG_NS + "Claim"))}
    # The run-off is on 14 December; Kast met Meloni "this year", 2025, which overlaps
    # December too. Undated claims fall outside any window.
    assert claims == {"kast-candidate-runoff", "jara-candidate-runoff", "kast-opponent-jara",
                      "kast-met-meloni"}


# ---------------------------------------------------------------- GraphML and GEXF


def test_graphml_read_back_by_networkx(kg, tmp_path, projection):
    target = tmp_path / "kgraph.graphml"
    report = kg.export(target)
    assert (report.nodes, report.edges) == (projection.number_of_nodes(),
                                            projection.number_of_edges())
    read = nx.read_graphml(target)
    assert read.is_directed() and read.is_multigraph()
    assert read.number_of_nodes() == projection.number_of_nodes()
    assert read.number_of_edges() == projection.number_of_edges()
    assert_nodes_match(projection, dict(read.nodes(data=True)))
    assert_edges_match(projection, list(read.edges(data=True)))


def test_graphml_read_back_by_igraph(kg, tmp_path, projection):
    target = tmp_path / "kgraph.graphml"
    kg.export(target)
    read = ig.Graph.Read_GraphML(str(target))
    assert (read.vcount(), read.ecount()) == (projection.number_of_nodes(),
                                              projection.number_of_edges())
    nodes = {v["id"]: v.attributes() for v in read.vs}
    assert_nodes_match(projection, nodes)
    names = read.vs["id"]
    edges = [(names[e.source], names[e.target], e.attributes()) for e in read.es]
    assert_edges_match(projection, edges)


def test_gexf_read_back_by_networkx(kg, tmp_path, projection):
    target = tmp_path / "kgraph.gexf"
    kg.export(target)
    read = nx.read_gexf(target)
    assert read.number_of_nodes() == projection.number_of_nodes()
    assert read.number_of_edges() == projection.number_of_edges()
    assert_nodes_match(projection, dict(read.nodes(data=True)))
    assert_edges_match(projection, list(read.edges(data=True)))


GEXF = "{http://www.gexf.net/1.2draft}"


def gexf_values(element, titles: dict[str, str]) -> dict[str, str]:
    return {titles[a.get("for")]: a.get("value") for a in element.iter(f"{GEXF}attvalue")}


def test_gexf_read_back_as_plain_xml(kg, tmp_path, projection):
    """What Gephi sees: nodes with labels, edges with unique ids, and the class, relation and
    date attributes declared and filled in."""
    target = tmp_path / "kgraph.gexf"
    kg.export(target)
    root = ET.parse(target).getroot()
    titles: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for block in root.iter(f"{GEXF}attributes"):
        titles[block.get("class")].update({a.get("id"): a.get("title") for a in block})
    nodes = list(root.iter(f"{GEXF}node"))
    edges = list(root.iter(f"{GEXF}edge"))
    assert len(nodes) == projection.number_of_nodes()
    assert len(edges) == projection.number_of_edges()
    assert len({e.get("id") for e in edges}) == len(edges)
    assert {n.get("id"): n.get("label") for n in nodes} == {
        n: d["label"] for n, d in projection.nodes(data=True)}
    assert {n.get("id"): gexf_values(n, titles["node"])["class"] for n in nodes} == {
        n: d["class"] for n, d in projection.nodes(data=True)}
    edge_values = [gexf_values(e, titles["edge"]) for e in edges]
    assert Counter(v["relation"] for v in edge_values) == Counter(
        k for _, _, k in projection.edges(keys=True))
    assert sum("first_date" in v for v in edge_values) == sum(
        1 for *_, d in projection.edges(data=True) if d["first_date"])


# ---------------------------------------------------------------- CSV and Cytoscape


def test_csv_gives_nodes_and_edges(kg, tmp_path, projection):
    folder = tmp_path / "csv"
    report = kg.export(folder, "csv")
    assert sorted(Path(f).name for f in report.files) == ["edges.csv", "nodes.csv"]
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as handle:
        nodes = {row["id"]: row for row in csv.DictReader(handle)}
    with open(folder / "edges.csv", encoding="utf-8", newline="") as handle:
        edges = [(r["source"], r["target"], r) for r in csv.DictReader(handle)]
    assert_nodes_match(projection, nodes)
    assert_edges_match(projection, edges)


def test_cytoscape_json_shape(kg, tmp_path, projection):
    target = tmp_path / "kgraph.cyjs"
    kg.export(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    nodes = {n["data"]["id"]: n["data"] for n in data["elements"]["nodes"]}
    edges = [(e["data"]["source"], e["data"]["target"], e["data"])
             for e in data["elements"]["edges"]]
    assert len({e["id"] for _, _, e in edges} | set(nodes)) == len(edges) + len(nodes)
    for node, attributes in projection.nodes(data=True):
        assert nodes[node]["name"] == attributes["label"]
        assert {k: v for k, v in nodes[node].items() if k not in ("id", "name")} == {
            k: v for k, v in attributes.items() if v is not None}
    by_key = {(u, v, d["relation"]): d for u, v, d in edges}
    for u, v, relation, attributes in projection.edges(keys=True, data=True):
        assert by_key[(u, v, relation)]["claims"] == attributes["claims"]
        assert by_key[(u, v, relation)]["quotes"] == attributes["quotes"]


CYTOSCAPE_READER = """
const cytoscape = require("cytoscape");
const data = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const cy = cytoscape({ headless: true, elements: data.elements });
const kast = cy.getElementById("kgr:jose-antonio-kast");
console.log(JSON.stringify({
  version: cytoscape.version,
  nodes: cy.nodes().length,
  edges: cy.edges().length,
  dangling: cy.edges().filter(e => e.source().empty() || e.target().empty()).length,
  kast: kast.data(),
  kastDegree: kast.degree(false),
  relations: cy.edges().map(e => e.data("relation")),
}));
"""


def cytoscape_js_available() -> bool:
    return bool(shutil.which("node")) and (NODE_MODULES / "cytoscape").is_dir()


def test_cytoscape_js_loads_the_export(kg, tmp_path, projection):
    if not cytoscape_js_available():
        message = "Cytoscape.js under Node.js is missing (`make test` installs it with npm)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    target = tmp_path / "kgraph.cyjs"
    kg.export(target)
    done = subprocess.run(
        ["node", "-e", CYTOSCAPE_READER, str(target)], capture_output=True, text=True,
        env={**os.environ, "NODE_PATH": str(NODE_MODULES)}, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["nodes"] == projection.number_of_nodes()
    assert seen["edges"] == projection.number_of_edges()
    assert seen["dangling"] == 0
    assert seen["kast"]["label"] == "José Antonio Kast"
    assert seen["kast"]["class"] == "person"
    # Cytoscape's degree counts edges, so each relation type to a neighbor counts once.
    kast = "kgr:jose-antonio-kast"
    assert seen["kastDegree"] == projection.degree(kast)
    assert Counter(seen["relations"]) == Counter(k for _, _, k in projection.edges(keys=True))


# ---------------------------------------------------------------- filters and bad input


def test_network_exports_follow_the_filters(kg, tmp_path):
    target = tmp_path / "met.graphml"
    report = kg.export(target, relations=["met"])
    read = nx.read_graphml(target)
    assert {d["relation"] for _, _, d in read.edges(data=True)} == {"met"}
    assert read.number_of_edges() == report.edges == 2
    windowed = tmp_path / "nov.gexf"
    kg.export(windowed, since="2025-11-17", until="2025-11-30")
    read = nx.read_gexf(windowed)
    assert all(d["last_date"] >= "2025-11-17" and d["first_date"] <= "2025-11-30"
               for _, _, d in read.edges(data=True))
    assert any(d["relation"] == "contactWith" for _, _, d in read.edges(data=True))
    linked = tmp_path / "co.cyjs"
    kg.export(linked, co_participants=True)
    relations = {e["data"]["relation"] for e in json.loads(linked.read_text())["elements"]["edges"]}
    assert "coParticipant" in relations and "candidateIn" not in relations


def test_export_replaces_an_existing_file_atomically(kg, tmp_path, monkeypatch):
    target = tmp_path / "kgraph.graphml"
    target.write_text("previous export", encoding="utf-8")
    kg.export(target)
    assert nx.read_graphml(target).number_of_nodes() > 0
    before = target.read_bytes()

    def crash(graph, path, **_):
        Path(path).write_text("<graphml half written", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(export_module.nx, "write_graphml", crash)
    with pytest.raises(OSError, match="disk full"):
        kg.export(target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kgraph.graphml"]


def test_export_file_permissions_follow_the_umask(kg, tmp_path):
    target = tmp_path / "kgraph.nt"
    kg.export(target)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_unknown_format_lists_the_formats(kg, cli, tmp_path):
    with pytest.raises(InputError, match="formats: ttl, nt, trig, jsonld, graphml, gexf, csv, "
                                         "cytoscape"):
        kg.export(tmp_path / "x.out", "dot")
    result = cli("export", "--format", "dot", "-o", str(tmp_path / "x"), expect=1)
    assert result.stderr.startswith("Error: unknown export format 'dot'; formats: ttl, nt")
    result = cli("export", "-o", str(tmp_path / "x.xyz"), expect=1)
    assert "cannot tell the format" in result.stderr and "graphml" in result.stderr
    assert not list(tmp_path.iterdir())


def test_export_bad_targets_and_options(kg, cli, tmp_path):
    (tmp_path / "folder.ttl").mkdir()
    assert "is a folder" in cli("export", "-o", str(tmp_path / "folder.ttl"), expect=1).stderr
    (tmp_path / "file").write_text("x")
    assert "is a file" in cli("export", "-f", "csv", "-o", str(tmp_path / "file"),
                              expect=1).stderr
    assert "network formats" in cli("export", "-o", str(tmp_path / "a.ttl"),
                                    "--co-participants", expect=1).stderr
    result = cli("export", "-o", str(tmp_path / "a.ttl"), "--relation", "likes", expect=1)
    assert "valid relations:" in result.stderr


def test_export_on_the_command_line(cli, tmp_path, projection):
    result = cli("export", "--format", "gexf", "-o", str(tmp_path / "g.gexf"))
    nodes, edges = projection.number_of_nodes(), projection.number_of_edges()
    assert f"({nodes} nodes, {edges} edges)" in result.stdout
    result = cli("export", "-o", str(tmp_path / "k.ttl"), "-r", "endorsed")
    assert result.stdout.startswith("Wrote 3 claims as ttl (")
    assert (tmp_path / "k.ttl").exists() and (tmp_path / "g.gexf").exists()
