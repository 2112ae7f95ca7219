"""The build and the persistent store: atomic swaps, rebuild only on change, reopened elsewhere."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest
import rdflib
from helpers import PROJECT, Cli
from rdflib.compare import isomorphic

from graph.api import KnowledgeGraph
from graph.build.pipeline import read_manifest, staleness
from graph.root import find_root

FILE_GRAPH = "https://w3id.org/kgraph/graph/file/"


def test_build_writes_an_oxigraph_store_with_a_manifest(tiny_root):
    report = KnowledgeGraph(tiny_root).build()
    assert (report.claims, report.entities, report.sources) == (3, 4, 1)
    store = tiny_root / "output" / "store"
    assert store.is_symlink() and (store / "oxigraph").is_dir()
    manifest = read_manifest(find_root(tiny_root))
    assert set(manifest["inputs"]) == {
        "ontology/claims.ttl", "ontology/entities.ttl", "ontology/schema.ttl",
        "ontology/shapes.ttl", "seeds/doc.txt", "seeds/sources.ttl",
    }
    assert all(len(entry["sha256"]) == 64 for entry in manifest["inputs"].values())


def test_store_is_read_by_pyoxigraph_independently(curated_root):
    store = ox.Store.read_only(str(curated_root / "output" / "store" / "oxigraph"))
    endorsers = {
        row["who"].value.rsplit("/", 1)[1]
        for row in store.query(
            "SELECT ?who WHERE { ?who <https://w3id.org/kgraph/ontology#endorsed> "
            "<https://w3id.org/kgraph/id/jose-antonio-kast> }",
            use_default_graph_as_union=True,
        )
    }
    assert endorsers == {"johannes-kaiser", "evelyn-matthei", "partido-nacional-libertario"}


@pytest.mark.parametrize("name", ["ontology/claims.ttl", "ontology/entities.ttl"])
def test_each_file_graph_is_isomorphic_to_its_turtle(curated_root, name):
    """Blank nodes are skolemized in the store; de-skolemized, the graph equals the file."""
    store = ox.Store.read_only(str(curated_root / "output" / "store" / "oxigraph"))
    triples = [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(FILE_GRAPH + name))
    ]
    stored = rdflib.Graph().parse(
        data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt"
    )
    original = rdflib.Graph().parse(PROJECT / name, format="turtle")
    assert len(stored) == len(original)
    assert isomorphic(_unskolemized(stored), original)


# Files a TriG reading inside the file's graph must read as Turtle does, or leave to Turtle.
AWKWARD_TURTLE = {
    "directives later": "@prefix a: <http://a/> .\na:x a:p 1 .\n@prefix b: <http://b/> .\n"
                        "b:x a:p 2 .\n",
    "sparql-style directives": "# a comment\n\nPREFIX a: <http://a/>\nBASE <http://base/>\n"
                               "<x> a:p \"base de datos\" .\n",
    "braces in a literal": '@prefix a: <http://a/> .\na:x a:p "{ } }" .\n',
    "blank nodes": "@prefix a: <http://a/> .\na:x a:p [ a:q [ a:r 1 ] ] , [ a:q 2 ] .\n"
                   "_:lone a:q 3 .\n( 1 2 ) a:p a:x .\n",
    "no directives": "<http://a/x> <http://a/p> 1 .",
    "only directives": "@prefix a: <http://a/> .\n",
    "empty": "",
    "a byte order mark": "\ufeff@prefix a: <http://a/> .\na:x a:p 1 .\n",
    "relative IRIs": "@base <http://base/> .\n<x> <p> <../y> .\n",
}


@pytest.mark.parametrize("case", sorted(AWKWARD_TURTLE))
def test_each_file_is_read_as_turtle_reads_it(tmp_path, case):
    """The build reads most files as TriG inside their graph (no quad made per triple): the
    same triples as rdflib's Turtle reading, blank nodes apart, whichever reading it takes."""
    from graph.build.materialize import FileFacts
    from graph.build.parse import load_turtle

    path = tmp_path / "file.ttl"
    path.write_text(AWKWARD_TURTLE[case], encoding="utf-8")
    reading = load_turtle(path, "file.ttl", FileFacts("file.ttl"))
    quads = []
    try:
        while True:
            quads.append(next(reading))
    except StopIteration as done:
        triples, problem = done.value
    assert problem is None and triples == len(quads)
    assert {q.graph_name for q in quads} <= {ox.NamedNode(FILE_GRAPH + "file.ttl")}
    stored = rdflib.Graph().parse(data=ox.serialize(
        [ox.Triple(q.subject, q.predicate, q.object) for q in quads],
        format=ox.RdfFormat.N_TRIPLES), format="nt")
    original = rdflib.Graph().parse(path, format="turtle", publicID=path.resolve().as_uri())
    assert len(stored) == len(original)
    assert isomorphic(_unskolemized(stored), original)


@pytest.mark.parametrize("broken", [
    "@prefix a: <http://a/> .\na:x a:p 1 .\na:x a:p a:y a:z .\n",  # read as TriG first
    "@prefix a: <http://a/> .\na:x a:p 1 .\na:x a:p { .\n",  # read as Turtle only
])
def test_a_syntax_error_is_worded_and_placed_as_turtle_does(tmp_path, broken):
    from graph.build.materialize import FileFacts
    from graph.build.parse import _syntax_problem, load_turtle

    path = tmp_path / "file.ttl"
    path.write_text(broken, encoding="utf-8")
    reading = load_turtle(path, "file.ttl", FileFacts("file.ttl"))
    try:
        while True:
            next(reading)
    except StopIteration as done:
        _, problem = done.value
    with pytest.raises(SyntaxError) as turtle:
        list(ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE,
                      base_iri=path.resolve().as_uri()))
    assert problem == _syntax_problem("file.ttl", turtle.value)
    assert problem.line == 3


def _unskolemized(graph: rdflib.Graph) -> rdflib.Graph:
    mapping: dict = {}
    out = rdflib.Graph()

    def fix(term):
        if isinstance(term, rdflib.URIRef) and str(term).startswith(
            "https://w3id.org/kgraph/genid/"
        ):
            return mapping.setdefault(term, rdflib.BNode())
        return term

    for s, p, o in graph:
        out.add((fix(s), p, fix(o)))
    return out


def test_evidence_identifiers_are_stable_across_builds(tiny_root):
    kg = KnowledgeGraph(tiny_root)

    def evidence_ids():
        kg.close()
        return sorted(r["ev"] for r in kg.query(
            "SELECT ?ev WHERE { ?c kg:evidence ?ev }").rows)

    kg.build()
    first = evidence_ids()
    kg.build()
    assert evidence_ids() == first


def test_read_commands_build_a_missing_store_on_demand(tiny_root):
    assert not (tiny_root / "output" / "store").exists()
    result = Cli(tiny_root)("neighbors", "Ana", "--format", "json")
    assert {r["neighbor"] for r in json.loads(result.stdout)} == {"Bruno Díaz", "Carla Ruiz"}
    assert "building the store (no store yet)" in result.stderr


def test_empty_store_folder_is_rebuilt(tiny_root):
    KnowledgeGraph(tiny_root).build()
    target = (tiny_root / "output" / "store").resolve()
    (target / "manifest.json").unlink()
    assert staleness(find_root(tiny_root)) == "no store yet"
    Cli(tiny_root)("neighbors", "Ana")
    assert staleness(find_root(tiny_root)) is None


def test_rebuild_only_when_an_input_changed(tiny_root):
    root = find_root(tiny_root)
    KnowledgeGraph(tiny_root).build()
    built = (tiny_root / "output" / "store").resolve()
    assert staleness(root) is None
    # Touching a file without changing it is not a change.
    claims = tiny_root / "ontology" / "claims.ttl"
    later = time.time() + 5
    os.utime(claims, (later, later))
    assert staleness(root) is None
    result = Cli(tiny_root)("neighbors", "Ana")
    assert "building" not in result.stderr
    assert (tiny_root / "output" / "store").resolve() == built
    # A real change rebuilds, and the answer follows the new input.
    text = claims.read_text().replace('"2024-03-03"^^xsd:date', '"2024-03"^^xsd:gYearMonth')
    claims.write_text(text)
    assert staleness(root) == "ontology/claims.ttl changed"
    rows = json.loads(Cli(tiny_root)("neighbors", "Ana", "-r", "met", "--format", "json").stdout)
    assert (rows[0]["date"], rows[0]["date_precision"]) == ("2024-03", "month")
    # A new input file is a change too.
    (tiny_root / "seeds" / "other.txt").write_text("otro texto")
    assert staleness(root).startswith("input files added or removed")


@pytest.mark.parametrize("failing", [
    "graph.build.pipeline.os.replace",  # the swap, last
    "graph.publish.files.write_text",  # the ties, written while the checks run
])
def test_a_failed_write_leaves_the_previous_store(tiny_root, monkeypatch, failing):
    kg = KnowledgeGraph(tiny_root)
    kg.build()
    before = (tiny_root / "output" / "store").resolve()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(failing, crash)
    from graph.errors import StoreError

    with pytest.raises(StoreError, match="^cannot write the store under .*disk full"
                       if "write_text" in failing else "disk full"):
        kg.build()
    assert (tiny_root / "output" / "store").resolve() == before
    leftovers = [p for p in (tiny_root / "output" / ".stores").iterdir() if p != before]
    assert leftovers == []


def test_old_stores_are_pruned(tiny_root):
    kg = KnowledgeGraph(tiny_root)
    for _ in range(4):
        kg.build()
    # Nothing holds the older stores open, so only the current one is left.
    stores = list((tiny_root / "output" / ".stores").iterdir())
    assert stores == [(tiny_root / "output" / "store").resolve()]


def test_store_is_reopened_in_a_new_process(curated_root, tmp_path):
    script = (
        "import json, sys\n"
        "from graph import KnowledgeGraph\n"
        "kg = KnowledgeGraph(sys.argv[1])\n"
        "rows = kg.neighbors('Kast', relations=['contactWith'])\n"
        "print(json.dumps(sorted({r.neighbor.label for r in rows})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(curated_root)],
        capture_output=True, text=True, cwd=tmp_path, check=True,
    )
    assert json.loads(result.stdout) == [
        "Donald Trump", "Giorgia Meloni", "Javier Milei", "Nayib Bukele", "Santiago Abascal",
    ]
    assert "building" not in result.stderr


def test_truthy_and_derived_graphs(curated_root):
    store = ox.Store.read_only(str(curated_root / "output" / "store" / "oxigraph"))
    graphs = {g.value for g in store.named_graphs()}
    base = "https://w3id.org/kgraph/graph/"
    assert {f"{kind}/ontology/claims.ttl" for kind in ("file", "truthy", "derived")} <= {
        g.removeprefix(base) for g in graphs
    }
    ask = (
        "ASK { GRAPH <https://w3id.org/kgraph/graph/derived/ontology/claims.ttl> { "
        "<https://w3id.org/kgraph/claim/kast-contact-milei-call> "
        "<http://www.w3.org/ns/prov#wasDerivedFrom> "
        "<https://w3id.org/kgraph/source/000_634ebe68f598c1d0> } }"
    )
    assert bool(store.query(ask))


def _all_quads(root) -> set[str]:
    store = ox.Store.read_only(str(root / "output" / "store" / "oxigraph"))
    return {str(q) for q in store}


def _full_rebuild_quads(root, tmp_path) -> set[str]:
    fresh = tmp_path / "fresh"
    shutil.copytree(root / "ontology", fresh / "ontology")
    shutil.copytree(root / "seeds", fresh / "seeds")
    report = KnowledgeGraph(fresh).build()
    assert not report.incremental
    return _all_quads(fresh)


@pytest.mark.parametrize(
    "change",
    ["edit claims", "edit a source text", "add a file", "add an entity", "remove a file"],
)
def test_incremental_build_equals_a_full_build(editable_root, tmp_path, change):
    kg = KnowledgeGraph(editable_root)
    kg.build()
    claims = editable_root / "ontology" / "claims.ttl"
    if change == "edit claims":
        claims.write_text(claims.read_text().replace(
            'kg:date "2025"^^xsd:gYear ; kg:dateExpression "este año"',
            'kg:date "2025"^^xsd:gYear'))
        parsed = 1
    elif change == "edit a source text":
        text = editable_root / "seeds" / "003_0e4d2d94ee50f0fa.txt"
        text.write_text(text.read_text() + "\nUna línea más.\n")
        parsed = 1  # the metadata file that cites the text, for its kg:text
    elif change == "add a file":
        (editable_root / "ontology" / "extra.ttl").write_text(
            "@prefix kg: <https://w3id.org/kgraph/ontology#> .\n"
            "@prefix kgr: <https://w3id.org/kgraph/id/> .\n"
            "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            'kgr:javier-milei skos:altLabel "JMilei" .\n'
        )
        parsed = 1
    elif change == "add an entity":
        (editable_root / "ontology" / "extra.ttl").write_text(
            "@prefix kg: <https://w3id.org/kgraph/ontology#> .\n"
            "@prefix kgr: <https://w3id.org/kgraph/id/> .\n"
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
            'kgr:nueva-figura a kg:Person ; rdfs:label "Nueva Figura" .\n'
        )
        parsed = 1
    else:
        (editable_root / "ontology" / "extra.ttl").write_text("")
        kg.build()
        (editable_root / "ontology" / "extra.ttl").unlink()
        parsed = 0
    report = kg.build()
    assert report.incremental
    assert report.files_parsed == parsed
    assert _all_quads(editable_root) == _full_rebuild_quads(editable_root, tmp_path)
    if change == "add a file":
        assert kg.resolve("JMilei").label == "Javier Milei"
    if change == "add an entity":
        assert kg.query("ASK { kgr:nueva-figura a foaf:Person , schema:Person , prov:Agent }",
                        trusted=True).boolean


@pytest.mark.parametrize("aligned, member", [
    ("foaf:Person", "kgr:jose-antonio-kast"),
    ("schema:Person", "kgr:jose-antonio-kast"),
    ("foaf:Agent", "kgr:vox"),
    ("prov:Agent", "kgr:la-tercera"),
    ("org:Organization", "kgr:vox"),
    ("org:FormalOrganization", "kgr:partido-republicano"),
    ("schema:NewsMediaOrganization", "kgr:instagram"),
    ("schema:Event", "kgr:cpac"),
    ("sem:Event", "kgr:segunda-vuelta-chile-2025"),
    ("schema:EventSeries", "kgr:cpac"),
    ("schema:Country", "kgr:chile"),
    ("sem:Place", "kgr:madrid"),
    ("org:Post", "kgr:presidencia-argentina"),
    ("schema:CreativeWork", "src:000_634ebe68f598c1d0"),
    ("foaf:Document", "src:003_0e4d2d94ee50f0fa"),
])
def test_the_aligned_classes_answer(kg, aligned, member):
    rows = kg.query(f"SELECT ?x WHERE {{ ?x a {aligned} }}", trusted=True).rows
    expanded = {"kgr": "https://w3id.org/kgraph/id/", "src": "https://w3id.org/kgraph/source/"}
    prefix, local = member.split(":")
    assert expanded[prefix] + local in {r["x"] for r in rows}


def test_aligned_types_stay_within_their_classes(kg):
    people = {r["p"] for r in kg.query("SELECT ?p WHERE { ?p a foaf:Person }", trusted=True).rows}
    assert people == {r["p"] for r in kg.query("SELECT ?p WHERE { ?p a kg:Person }",
                                                trusted=True).rows}
    assert not kg.query("ASK { kgr:vox a foaf:Person }", trusted=True).boolean
    # Claims and evidence, most of the graph, keep only their own class.
    assert not kg.query("ASK { ?c a kg:Claim , rdf:Statement }", trusted=True).boolean


def test_a_schema_change_rebuilds_everything(editable_root):
    kg = KnowledgeGraph(editable_root)
    kg.build()
    schema = editable_root / "ontology" / "schema.ttl"
    schema.write_text(schema.read_text() + "\nkg:Think a owl:Class ; rdfs:subClassOf kg:Event .\n")
    report = kg.build()
    assert not report.incremental and report.files_parsed == 6


def test_a_second_writer_gets_a_clear_message_and_readers_still_work(tiny_root):
    import fcntl

    kg = KnowledgeGraph(tiny_root)
    kg.build()
    claims = tiny_root / "ontology" / "claims.ttl"
    claims.write_text(claims.read_text() + "\n")  # stale, so a read would try to rebuild
    claims.write_text(claims.read_text().replace("Partido Azul.", "Partido Azul."))
    with open(tiny_root / "output" / ".build.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        # the lock is per open file: another open in this process conflicts like another process
        result = Cli(tiny_root)("build", expect=1)
        assert result.stderr.startswith("Error: another kgraph build is writing the store of")
        assert len(result.stderr.strip().splitlines()) == 1
        result = Cli(tiny_root)("neighbors", "Ana", "--format", "json")
        assert "answering from the current store" in result.stderr
        assert len(json.loads(result.stdout)) == 2


def test_the_build_keeps_the_schema_read_commands_would_query(curated_root):
    """The schema kept beside the store is the one the store holds, IRIs typed alike; a store
    without the file is queried."""
    from graph.model.schema import SCHEMA_FILE, Schema
    from graph.store.engine import Iri

    kg = KnowledgeGraph(curated_root)
    engine = kg.local_engine
    assert (engine.held.folder / SCHEMA_FILE).is_file()
    kept, queried = Schema.kept_or_load(engine), Schema.load(engine)
    assert kept == queried
    assert list(kept.relations) == list(queried.relations)
    assert "endorsed" in kept.relations and kept.relations["met"].symmetric
    assert all(isinstance(r.iri, Iri) for r in kept.relations.values())
    assert all(isinstance(c, Iri) for c in kept.class_labels)

    class Elsewhere:  # an engine with no store folder of its own: a remote one
        select = engine.select

    assert Schema.kept_or_load(Elsewhere()) == queried


# What each file implies, said in SPARQL over the file graphs: the build derives it in Python
# while parsing, and must write exactly this.
_IMPLIED = """
PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?kind ?g ?s ?p ?o WHERE {
  { BIND("truthy" AS ?kind) GRAPH ?g {
      ?c a kg:Claim ; kg:subject ?s ; kg:relation ?p ; kg:object ?o .
      FILTER NOT EXISTS { ?c kg:negated true } } }
  UNION { BIND("truthy" AS ?kind) GRAPH ?g {
      ?c a kg:Claim ; kg:subject ?o ; kg:relation ?p ; kg:object ?s .
      FILTER NOT EXISTS { ?c kg:negated true } }
    ?p a owl:SymmetricProperty }
  UNION { BIND("derived" AS ?kind) BIND(prov:wasDerivedFrom AS ?p)
    GRAPH ?g { ?s a kg:Claim ; kg:evidence/kg:source ?o } }
  UNION { BIND("derived" AS ?kind) BIND(kg:datePrecision AS ?p)
    GRAPH ?g { ?s kg:date|dcterms:issued ?d }
    VALUES (?type ?o) { (xsd:date kg:Day) (xsd:gYearMonth kg:Month) (xsd:gYear kg:Year) }
    FILTER(DATATYPE(?d) = ?type) }
  UNION { BIND("derived" AS ?kind) BIND(skos:prefLabel AS ?p) GRAPH ?g { ?s rdfs:label ?o } }
  UNION { BIND("derived" AS ?kind) BIND(rdf:type AS ?p)
    GRAPH ?g { ?s a ?class }
    { ?class rdfs:subClassOf* kg:Entity } UNION { VALUES ?class { kg:Source } }
    ?class (rdfs:subClassOf|owl:equivalentClass|^owl:equivalentClass)+ ?o .
    FILTER(STRSTARTS(STR(?class), "https://w3id.org/kgraph/ontology#")
           && isIRI(?o) && ?o != ?class) }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/kgraph/graph/file/"))
}"""


def _derived_quads(store: ox.Store) -> set[tuple]:
    """What the build wrote into the truthy and derived graphs, but for the name keys and
    texts (values computed in Python either way), as (kind, file graph, s, p, o)."""
    found = set()
    for quad in store:
        graph = quad.graph_name.value
        for kind in ("truthy", "derived"):
            prefix = f"https://w3id.org/kgraph/graph/{kind}/"
            if graph.startswith(prefix) and quad.predicate.value not in (
                "https://w3id.org/kgraph/ontology#searchKey",
                "https://w3id.org/kgraph/ontology#text",
            ):
                found.add((kind, FILE_GRAPH + graph.removeprefix(prefix), str(quad.subject),
                           str(quad.predicate), str(quad.object)))
    return found


def test_derived_graphs_hold_what_the_file_graphs_imply(tmp_path):
    from graph.build import synthetic

    root = tmp_path / "synth"
    synthetic.generate(root, actors=100, claims=400, seed=5)
    KnowledgeGraph(root).build()
    store = ox.Store.read_only(str(root / "output" / "store" / "oxigraph"))
    assert store.query("ASK { ?c <https://w3id.org/kgraph/ontology#negated> true }",
                       use_default_graph_as_union=True)
    implied = {
        (row["kind"].value, row["g"].value, str(row["s"]), str(row["p"]), str(row["o"]))
        for row in store.query(_IMPLIED, use_default_graph_as_union=True)
    }
    assert {kind for kind, *_ in implied} == {"truthy", "derived"}
    assert _derived_quads(store) == implied
