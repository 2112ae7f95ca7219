"""Facts the build derives from each input file, kept in graphs of their own per file.

Per file, so that an incremental build recomputes only what a changed file implies:
- `graph/truthy/<file>`: `subject relation object` for the file's claims (both ways when the
  relation is symmetric; negated claims are left out);
- `graph/derived/<file>`: `claim prov:wasDerivedFrom source`, `kg:datePrecision`, superclass
  types (the aligned vocabularies' classes too), `skos:prefLabel`, normalized name keys and
  each source's full text.

What a file implies depends on the schema too; a change to the schema rebuilds everything.
Each kind of fact is one query over all the files concerned: a query per file would cost more
than the work itself when a root has thousands of small files.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

from graph.build.parse import QuadWriter, file_graph, relative_of_graph
from graph.model.dates import DATATYPE_PRECISION
from graph.model.names import name_key
from graph.model.terms import (
    CLASS_ENTITY,
    DERIVED_GRAPH,
    FILE_GRAPH,
    KG,
    P_DERIVED_FROM,
    P_PRECISION,
    P_SEARCH_KEY,
    P_TEXT,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT,
    SKOS_PREF,
    TRUTHY_GRAPH,
)
from graph.sparql.bindings import values_clause
from graph.store.local import union_query


def truthy_graph(relative: str) -> ox.NamedNode:
    return ox.NamedNode(TRUTHY_GRAPH + relative)


def derived_graph(relative: str) -> ox.NamedNode:
    return ox.NamedNode(DERIVED_GRAPH + relative)


class _Graphs:
    """Maps each input graph to its truthy and derived graphs, and restricts queries to the
    files being (re)derived."""

    def __init__(self, relatives: list[str] | None):
        self.restriction = (
            f'FILTER(STRSTARTS(STR(?g), "{FILE_GRAPH}"))' if relatives is None
            else values_clause("g", (file_graph(r).value for r in relatives))
        )
        self._truthy: dict[str, ox.NamedNode] = {}
        self._derived: dict[str, ox.NamedNode] = {}

    def truthy(self, graph: ox.NamedNode) -> ox.NamedNode:
        found = self._truthy.get(graph.value)
        if found is None:
            found = self._truthy[graph.value] = truthy_graph(relative_of_graph(graph))
        return found

    def derived(self, graph: ox.NamedNode) -> ox.NamedNode:
        found = self._derived.get(graph.value)
        if found is None:
            found = self._derived[graph.value] = derived_graph(relative_of_graph(graph))
        return found


def _truthy(store: ox.Store, graphs: _Graphs) -> Iterator[ox.Quad]:
    symmetric = {
        row["r"] for row in union_query(
            store, "SELECT ?r WHERE { ?r a kg:Relation , owl:SymmetricProperty }"
        )
    }
    for row in union_query(
        store,
        f"""SELECT ?g ?s ?r ?o WHERE {{ {graphs.restriction} GRAPH ?g {{
              ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o .
              FILTER NOT EXISTS {{ ?c kg:negated true }} }} }}""",
    ):
        target = graphs.truthy(row["g"])
        yield ox.Quad(row["s"], row["r"], row["o"], target)
        if row["r"] in symmetric:
            yield ox.Quad(row["o"], row["r"], row["s"], target)


def _derived_from(store: ox.Store, graphs: _Graphs) -> Iterator[ox.Quad]:
    derived_from = ox.NamedNode(P_DERIVED_FROM)
    for row in union_query(
        store,
        f"""SELECT DISTINCT ?g ?c ?src WHERE {{ {graphs.restriction} GRAPH ?g {{
              ?c a kg:Claim ; kg:evidence ?ev . ?ev kg:source ?src }} }}""",
    ):
        yield ox.Quad(row["c"], derived_from, row["src"], graphs.derived(row["g"]))


def _precisions(store: ox.Store, graphs: _Graphs) -> Iterator[ox.Quad]:
    precision = ox.NamedNode(P_PRECISION)
    levels = {datatype: ox.NamedNode(KG + name.title())
              for datatype, name in DATATYPE_PRECISION.items()}
    for row in union_query(
        store,
        f"""SELECT ?g ?x ?d WHERE {{ {graphs.restriction}
              GRAPH ?g {{ ?x kg:date|dcterms:issued ?d }} }}""",
    ):
        literal = row["d"]
        level = levels.get(literal.datatype.value) if isinstance(literal, ox.Literal) else None
        if level is not None:
            yield ox.Quad(row["x"], precision, level, graphs.derived(row["g"]))


def _superclass_types(store: ox.Store, graphs: _Graphs) -> Iterator[ox.Quad]:
    """Entities and sources are typed with every superclass and equivalent class, the aligned
    vocabularies' included, so that `?x a kg:Agent` and `?x a foaf:Person` just work. Claims
    and evidence are left out: they are most of the graph, and their alignments (rdf:Statement,
    prov:Entity) answer no question the kg: classes do not."""
    rdf_type = ox.NamedNode(RDF_TYPE)
    ancestors: dict[str, list[ox.NamedNode]] = {}
    for row in union_query(
        store,
        f"""SELECT DISTINCT ?class ?super WHERE {{
              {{ ?class rdfs:subClassOf* <{CLASS_ENTITY}> }}
              UNION {{ VALUES ?class {{ kg:Source }} }}
              ?class (rdfs:subClassOf|owl:equivalentClass|^owl:equivalentClass)+ ?super .
              FILTER(STRSTARTS(STR(?class), "{KG}") && isIRI(?super) && ?super != ?class) }}""",
    ):
        ancestors.setdefault(row["class"].value, []).append(row["super"])
    for row in union_query(
        store, f"SELECT ?g ?x ?class WHERE {{ {graphs.restriction} GRAPH ?g {{ ?x a ?class }} }}"
    ):
        for ancestor in ancestors.get(row["class"].value, ()):
            yield ox.Quad(row["x"], rdf_type, ancestor, graphs.derived(row["g"]))


def _names(store: ox.Store, graphs: _Graphs) -> Iterator[ox.Quad]:
    """Every labelled node gets its keys (whatever declares its type, maybe another file);
    name resolution keeps the entities among them."""
    pref, key = ox.NamedNode(SKOS_PREF), ox.NamedNode(P_SEARCH_KEY)
    for row in union_query(
        store,
        f"""SELECT ?g ?x ?p ?name WHERE {{ {graphs.restriction}
              GRAPH ?g {{ ?x ?p ?name VALUES ?p {{ <{RDFS_LABEL}> <{SKOS_ALT}> }} }} }}""",
    ):
        target = graphs.derived(row["g"])
        if row["p"].value == RDFS_LABEL:
            yield ox.Quad(row["x"], pref, row["name"], target)
        yield ox.Quad(row["x"], key, ox.Literal(name_key(row["name"].value)), target)


def _texts(store: ox.Store, graphs: _Graphs, seeds: Path) -> Iterator[ox.Quad]:
    text = ox.NamedNode(P_TEXT)
    for row in union_query(
        store,
        f"SELECT ?g ?s ?file WHERE {{ {graphs.restriction} GRAPH ?g {{ ?s kg:textFile ?file }} }}",
    ):
        try:
            content = (seeds / row["file"].value).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # reported by validation
        yield ox.Quad(row["s"], text, ox.Literal(content), graphs.derived(row["g"]))


def materialize(writer: QuadWriter, relatives: list[str] | None, seeds: Path) -> int:
    """Compute what the input files `relatives` (None: all of them) imply into their truthy and
    derived graphs, which must be empty; returns the number of quads written.

    Each kind of fact is its own query, run in its own thread (the store evaluates queries
    without holding Python's lock) and written through its own buffer. The queries read only
    input graphs and the schema, so the writes going on beside them do not change their answers.
    """
    if relatives == []:
        return 0
    store = writer.store
    graphs = _Graphs(relatives)
    producers = [
        lambda: _truthy(store, graphs),
        lambda: _derived_from(store, graphs),
        lambda: _precisions(store, graphs),
        lambda: _superclass_types(store, graphs),
        lambda: _names(store, graphs),
        lambda: _texts(store, graphs, seeds),
    ]
    lock = threading.Lock()

    def produce(facts) -> int:
        own = QuadWriter(store, lock)
        count = 0
        for quad in facts():
            own.add(quad)
            count += 1
        own.flush()
        return count

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return sum(f.result() for f in [pool.submit(produce, p) for p in producers])
