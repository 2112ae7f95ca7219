"""The local store's fast read path (Oxigraph's TSV results, decoded in graph/store/tsv.py) gives
exactly the values that reading each binding through pyoxigraph gives."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.store.engine import result_of
from graph.store.local import LocalEngine

XSD = "http://www.w3.org/2001/XMLSchema#"
GRAPH = ox.NamedNode("https://example.org/g")


def _literal(value, datatype=None, language=None):
    if language:
        return ox.Literal(value, language=language)
    if datatype:
        return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))
    return ox.Literal(value)


TERMS = [
    _literal('tab\tnewline\ncarriage\rquote" backslash\\ accent é control\x01 separator\u2028'),
    _literal("a backslash then n: \\n, and \\u0041"),
    _literal(""),
    _literal("hola", language="es"),
    _literal("Hello", language="en-GB"),
    _literal("5", "integer"), _literal("-3", "int"), _literal("007", "long"),
    _literal("1.50", "decimal"), _literal("-0.5", "decimal"), _literal("1.5E0", "double"),
    _literal("2.5", "float"), _literal("NaN", "double"), _literal("INF", "double"),
    _literal("true", "boolean"), _literal("false", "boolean"), _literal("1", "boolean"),
    _literal("not a number", "integer"),
    _literal("2025-11-18", "date"), _literal("2025-11", "gYearMonth"), _literal("2025", "gYear"),
    ox.NamedNode("https://example.org/x?a=1#f"), ox.BlankNode("b1"),
]


@pytest.fixture
def engine():
    store = ox.Store()
    for index, term in enumerate(TERMS):
        subject = ox.NamedNode(f"https://example.org/s{index:02d}")
        store.add(ox.Quad(subject, ox.NamedNode("https://example.org/p"), term, GRAPH))
    return LocalEngine(store)


def _typed(rows):
    """Rows as comparable text: NaN equals itself, and an `Iri` differs from a plain string."""
    return [[(name, type(value).__name__, repr(value)) for name, value in row.items()]
            for row in rows]


def _slow(engine, query):
    return result_of(engine.store.query(query, use_default_graph_as_union=True)).rows


@pytest.mark.parametrize("query", [
    "SELECT ?s ?v WHERE { ?s ?p ?v } ORDER BY ?s",
    "SELECT ?s ?v ?unbound WHERE { ?s ?p ?v OPTIONAL { ?s <https://example.org/q> ?unbound } }",
    "SELECT ?v WHERE { OPTIONAL { ?s <https://example.org/none> ?v } }",
    "SELECT (COUNT(*) AS ?n) (SUM(1.5) AS ?sum) (1e3 AS ?e) (true AS ?t) WHERE { ?s ?p ?v }",
    "SELECT ?s WHERE { ?s <https://example.org/none> ?v }",
])
def test_rows_equal_pyoxigraph_values(engine, query):
    assert _typed(engine.select(query)) == _typed(_slow(engine, query))


def test_seed_graph_rows_equal_pyoxigraph_values(kg):
    engine = kg.local_engine
    for query in (
        "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
        "SELECT ?x ?label (LANG(?label) AS ?lang) WHERE { ?x rdfs:label ?label }",
    ):
        text = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + query
        assert _typed(engine.select(text)) == _typed(_slow(engine, text))



@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    from graph.api import KnowledgeGraph

    root = tmp_path_factory.mktemp("synthetic") / "root"
    KnowledgeGraph.synthesize(root, actors=200, claims=800, seed=3)
    kg = KnowledgeGraph(root)
    kg.build()
    return kg


def _through_pyoxigraph_objects(monkeypatch):
    """Every local SELECT read binding by binding, as before the TSV path."""
    monkeypatch.setattr(LocalEngine, "select",
                        lambda self, query, bindings=None: self.run(query, bindings).rows)


def test_neighbors_of_the_hub_are_the_same_either_way(synthetic, monkeypatch):
    from graph.model.terms import compact

    hub = synthetic.local_engine.select(
        """SELECT ?e (COUNT(?c) AS ?n) WHERE { ?e a kg:Entity .
             { ?c kg:subject ?e } UNION { ?c kg:object ?e } } GROUP BY ?e ORDER BY DESC(?n) ?e
           LIMIT 1""")[0]["e"]
    fast = [row.as_dict() for row in synthetic.neighbors(compact(hub), depth=2)]
    _through_pyoxigraph_objects(monkeypatch)
    assert [row.as_dict() for row in synthetic.neighbors(compact(hub), depth=2)] == fast
    assert len(fast) > 50


def test_whole_network_claims_are_the_same_as_claims_named_one_by_one(synthetic):
    from graph.model.claims import load_claims

    engine, schema = synthetic.local_engine, synthetic.schema
    rows = engine.select("SELECT ?c ?s ?r ?o WHERE { ?c a kg:Claim ; kg:subject ?s ; "
                         "kg:relation ?r ; kg:object ?o }")
    triples = {r["c"]: (r["s"], r["r"], r["o"]) for r in rows}
    some = dict(list(triples.items())[::2])
    for chosen in (triples, some):
        everything = [c.as_dict() for c in load_claims(engine, schema, chosen, most=True)]
        named = [c.as_dict() for c in load_claims(engine, schema, chosen)]
        assert everything == named
