"""Facts the build derives from each input file, kept in graphs of their own per file.

Per file, so that an incremental build recomputes only what a changed file implies:
- `graph/truthy/<file>`: `subject relation object` for the file's claims (both ways when the
  relation is symmetric; negated claims are left out);
- `graph/derived/<file>`: `claim prov:wasDerivedFrom source`, `kg:datePrecision`, superclass
  types, `skos:prefLabel`, normalized name keys and each source's full text.

What a file implies depends on the schema too; a change to the schema rebuilds everything.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from graph.dates import DATATYPE_PRECISION
from graph.inputs import QuadWriter, file_graph
from graph.names import name_key
from graph.terms import (
    CLASS_ENTITY,
    DERIVED_GRAPH,
    KG,
    P_DERIVED_FROM,
    P_PRECISION,
    P_SEARCH_KEY,
    P_TEXT,
    PREFIXES,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT,
    SKOS_PREF,
    TRUTHY_GRAPH,
)


def truthy_graph(relative: str) -> ox.NamedNode:
    return ox.NamedNode(TRUTHY_GRAPH + relative)


def derived_graph(relative: str) -> ox.NamedNode:
    return ox.NamedNode(DERIVED_GRAPH + relative)


def _solutions(store: ox.Store, query: str):
    return store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)


def _truthy(store: ox.Store, source: str, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    symmetric = {
        row["r"] for row in _solutions(
            store, "SELECT ?r WHERE { ?r a kg:Relation , owl:SymmetricProperty }"
        )
    }
    for row in _solutions(
        store,
        f"""SELECT ?s ?r ?o WHERE {{ GRAPH <{source}> {{
              ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o .
              FILTER NOT EXISTS {{ ?c kg:negated true }} }} }}""",
    ):
        yield ox.Quad(row["s"], row["r"], row["o"], graph)
        if row["r"] in symmetric:
            yield ox.Quad(row["o"], row["r"], row["s"], graph)


def _derived(store: ox.Store, source: str, graph: ox.NamedNode, seeds: Path) -> Iterator[ox.Quad]:
    derived_from = ox.NamedNode(P_DERIVED_FROM)
    for row in _solutions(
        store,
        f"""SELECT DISTINCT ?c ?src WHERE {{ GRAPH <{source}> {{
              ?c a kg:Claim ; kg:evidence ?ev . ?ev kg:source ?src }} }}""",
    ):
        yield ox.Quad(row["c"], derived_from, row["src"], graph)
    precision = ox.NamedNode(P_PRECISION)
    for row in _solutions(
        store, f"SELECT ?x ?d WHERE {{ GRAPH <{source}> {{ ?x kg:date|dcterms:issued ?d }} }}"
    ):
        literal = row["d"]
        name = (
            DATATYPE_PRECISION.get(literal.datatype.value)
            if isinstance(literal, ox.Literal)
            else None
        )
        if name:
            yield ox.Quad(row["x"], precision, ox.NamedNode(KG + name.title()), graph)
    # Entities are typed with every kg superclass so that `?x a kg:Agent` just works.
    rdf_type = ox.NamedNode(RDF_TYPE)
    for row in _solutions(
        store,
        f"""SELECT DISTINCT ?x ?super WHERE {{
              GRAPH <{source}> {{ ?x a ?class }}
              ?class rdfs:subClassOf+ ?super .
              ?super rdfs:subClassOf* <{CLASS_ENTITY}> .
              FILTER(STRSTARTS(STR(?super), "{KG}")) }}""",
    ):
        yield ox.Quad(row["x"], rdf_type, row["super"], graph)
    # Every labelled node gets its keys (whatever declares its type, maybe another file);
    # name resolution keeps the entities among them.
    pref, key = ox.NamedNode(SKOS_PREF), ox.NamedNode(P_SEARCH_KEY)
    for row in _solutions(
        store,
        f"""SELECT ?x ?p ?name WHERE {{
              GRAPH <{source}> {{ ?x ?p ?name VALUES ?p {{ <{RDFS_LABEL}> <{SKOS_ALT}> }} }} }}""",
    ):
        if row["p"].value == RDFS_LABEL:
            yield ox.Quad(row["x"], pref, row["name"], graph)
        yield ox.Quad(row["x"], key, ox.Literal(name_key(row["name"].value)), graph)
    text = ox.NamedNode(P_TEXT)
    for row in _solutions(
        store, f"SELECT ?s ?file WHERE {{ GRAPH <{source}> {{ ?s kg:textFile ?file }} }}"
    ):
        try:
            content = (seeds / row["file"].value).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # reported by validation
        yield ox.Quad(row["s"], text, ox.Literal(content), graph)


def materialize_file(writer: QuadWriter, relative: str, seeds: Path) -> int:
    """Compute what `relative` implies into its truthy and derived graphs (which must be empty)
    through `writer`; returns the number of quads. The queries read only input graphs and the
    schema, so what the writer still buffers does not change their answers."""
    store = writer.store
    source = file_graph(relative).value
    count = 0
    for quad in _truthy(store, source, truthy_graph(relative)):
        writer.add(quad)
        count += 1
    for quad in _derived(store, source, derived_graph(relative), seeds):
        writer.add(quad)
        count += 1
    return count
