"""SHACL validation of the input graphs: pyshacl where the graph is of ordinary size, and the
same shapes compiled to SPARQL queries on the store where pyshacl would be too slow.

The compiler covers the SHACL Core subset the shapes use (targets by class and by objects of a
property; property shapes with a predicate path and min/maxCount, datatype, class, nodeKind,
minLength, min/maxInclusive; node-level nodeKind). A shape using anything else is refused at
scale rather than silently half-checked.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

import pyoxigraph as ox

from graph.errors import StoreError
from graph.model.terms import FILE_GRAPH, KG, SH, compact
from graph.store.local import union_query

# pyshacl takes about a minute for 100,000 triples; the shapes compiled to SPARQL take seconds
# and give the same problems (the tests hold them to it), so pyshacl checks small graphs only.
PYSHACL_MAX_TRIPLES = 20_000

_SUPPORTED = {
    SH + p for p in (
        "path", "minCount", "maxCount", "datatype", "class", "nodeKind", "minLength",
        "minInclusive", "maxInclusive", "message", "name", "description", "order", "severity",
    )
}
_NODE_KINDS = {
    SH + "IRI": "isIRI(?v)",
    SH + "Literal": "isLiteral(?v)",
    SH + "BlankNode": "isBlank(?v)",
    SH + "BlankNodeOrIRI": "(isBlank(?v) || isIRI(?v))",
    SH + "IRIOrLiteral": "(isIRI(?v) || isLiteral(?v))",
    SH + "BlankNodeOrLiteral": "(isBlank(?v) || isLiteral(?v))",
}


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    value: str | None


def _shape_graphs(store: ox.Store) -> list[str]:
    return sorted({
        row["g"].value for row in union_query(
            store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a sh:NodeShape } }"
        ) if row["g"].value.startswith(FILE_GRAPH)
    })


def validate_shapes(store: ox.Store, input_triples: int) -> list[Violation]:
    if not _shape_graphs(store):
        return []
    if input_triples <= PYSHACL_MAX_TRIPLES:
        return _with_pyshacl(store)
    return _with_sparql(store)


@contextlib.contextmanager
def _quiet(logger_name: str):
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _graph_triples(store: ox.Store, graphs) -> bytes:
    def triples():
        for graph in graphs:
            for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
                yield ox.Triple(quad.subject, quad.predicate, quad.object)

    return ox.serialize(triples(), format=ox.RdfFormat.N_TRIPLES)


def _with_pyshacl(store: ox.Store) -> list[Violation]:
    from pyshacl import validate
    from rdflib import Graph

    inputs = [g.value for g in store.named_graphs() if g.value.startswith(FILE_GRAPH)]
    shapes, data = Graph(), Graph()
    shapes.parse(data=_graph_triples(store, _shape_graphs(store)), format="nt")
    with _quiet("rdflib"):  # a traceback per ill-typed literal; the date check reports those
        data.parse(data=_graph_triples(store, sorted(inputs)), format="nt")
    conforms, results, _ = validate(
        data, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=False
    )
    if conforms:
        return []
    found = results.query(
        """PREFIX sh: <http://www.w3.org/ns/shacl#>
        SELECT ?focus ?path ?message ?value WHERE {
          ?report sh:result ?r . ?r sh:focusNode ?focus .
          OPTIONAL { ?r sh:resultPath ?path } OPTIONAL { ?r sh:resultMessage ?message }
          OPTIONAL { ?r sh:value ?value } }"""
    )
    return [
        Violation(
            str(focus), str(path) if path is not None else None,
            str(message) if message is not None else "violates its SHACL shape",
            str(value) if value is not None else None,
        )
        for focus, path, message, value in found
    ]


# ---------------------------------------------------------------- the SPARQL compiler


def _literal(term) -> str:
    if isinstance(term, ox.Literal):
        return f'"{term.value}"^^<{term.datatype.value}>'
    return f"<{term.value}>"


def _instance_of(variable: str, cls: str) -> str:
    """SHACL instances of `cls`. The build types every entity with all its kg superclasses,
    so for kg classes a plain type pattern is enough, and much faster than the path."""
    if cls.startswith(KG):
        return f"{variable} a <{cls}>"
    return f"{variable} a/rdfs:subClassOf* <{cls}>"


def _targets(store: ox.Store, shape: str) -> list[str]:
    patterns = []
    for row in union_query(store, f"SELECT ?c WHERE {{ <{shape}> sh:targetClass ?c }}"):
        patterns.append(f"{{ {_instance_of('?x', row['c'].value)} }}")
    for row in union_query(store, f"SELECT ?p WHERE {{ <{shape}> sh:targetObjectsOf ?p }}"):
        patterns.append(f"{{ ?any <{row['p'].value}> ?x }}")
    for row in union_query(store, f"SELECT ?p WHERE {{ <{shape}> sh:targetSubjectsOf ?p }}"):
        patterns.append(f"{{ ?x <{row['p'].value}> ?any }}")
    for row in union_query(store, f"SELECT ?n WHERE {{ <{shape}> sh:targetNode ?n }}"):
        patterns.append(f"{{ BIND({_literal(row['n'])} AS ?x) }}")
    return patterns


def _constraints(store: ox.Store, node: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for row in union_query(store, f"SELECT ?p ?o WHERE {{ <{node}> ?p ?o }}"):
        found.setdefault(row["p"].value, []).append(row["o"])
    return found


def _refuse_unsupported(shape: str, constraints: dict[str, list]) -> None:
    unsupported = sorted(p for p in constraints if p.startswith(SH) and p not in _SUPPORTED)
    if unsupported:
        raise StoreError(
            f"the shape {compact(shape)} uses {', '.join(compact(p) for p in unsupported)}, "
            "which large graphs cannot "
            "check (the SPARQL compilation of SHACL covers only the Core subset kgraph uses)"
        )


def _value_conditions(constraints: dict[str, list]) -> list[tuple[str, str]]:
    """(SPARQL condition on ?v that marks a violation, default message) per value constraint."""
    conditions = []
    for datatype in constraints.get(SH + "datatype", []):
        conditions.append(
            (f"!isLiteral(?v) || DATATYPE(?v) != <{datatype.value}>", "wrong datatype")
        )
    for cls in constraints.get(SH + "class", []):
        conditions.append(
            (f"NOT EXISTS {{ {_instance_of('?v', cls.value)} }}", f"not a {cls.value}")
        )
    for kind in constraints.get(SH + "nodeKind", []):
        conditions.append((f"!{_NODE_KINDS[kind.value]}", "wrong node kind"))
    for length in constraints.get(SH + "minLength", []):
        conditions.append((f"STRLEN(STR(?v)) < {length.value}", "too short"))
    for bound in constraints.get(SH + "minInclusive", []):
        conditions.append((f"!(?v >= {_literal(bound)})", "too small"))
    for bound in constraints.get(SH + "maxInclusive", []):
        conditions.append((f"!(?v <= {_literal(bound)})", "too large"))
    return conditions


def _member(store: ox.Store, target: str, node: ox.NamedNode) -> bool:
    return bool(union_query(
        store, f"ASK {{ {target} }}", substitutions={ox.Variable("x"): node}
    ))


def _check_target(
    store: ox.Store, target: str, properties: list[dict[str, list]], scanned: dict[str, list]
):
    """Violations of the property shapes on one target.

    Joining every constraint with the whole target costs seconds per constraint on a large
    graph. So value and maximum-count conditions scan the property alone, and the few nodes
    that break them are then checked for being in the target; a missing property is an
    anti-join (MINUS) of the target with the property, which the store answers by hashing.
    """
    for constraints in properties:
        path = constraints[SH + "path"][0].value
        messages = constraints.get(SH + "message", [])

        def violation(row, default, path=path, messages=messages):
            value = row["value"]
            return Violation(
                row["x"].value, path, messages[0].value if messages else default,
                value.value if value is not None else None,
            )

        for count in constraints.get(SH + "minCount", []):
            default = f"fewer than {count.value} values"
            if int(count.value) == 1:
                query = f"SELECT ?x ?value WHERE {{ {target} MINUS {{ ?x <{path}> ?present }} }}"
            else:
                query = f"""SELECT ?x (SAMPLE(?v) AS ?value) WHERE {{ {target}
                      OPTIONAL {{ ?x <{path}> ?v }} }}
                    GROUP BY ?x HAVING (COUNT(DISTINCT ?v) < {count.value})"""
            for row in union_query(store, query):
                yield violation(row, default)
        candidates = []
        for count in constraints.get(SH + "maxCount", []):
            query = f"""SELECT ?x (SAMPLE(?v) AS ?value) WHERE {{ ?x <{path}> ?v }}
                GROUP BY ?x HAVING (COUNT(DISTINCT ?v) > {count.value})"""
            # Counting rows is a third of the cost of counting distinct values, and when no
            # node has that many rows, none has that many values.
            precheck = f"""ASK {{ {{ SELECT ?x WHERE {{ ?x <{path}> ?v }}
                GROUP BY ?x HAVING (COUNT(*) > {count.value}) }} }}"""
            candidates.append((query, f"more than {count.value} values", precheck))
        for condition, default in _value_conditions(constraints):
            query = f"SELECT ?x (?v AS ?value) WHERE {{ ?x <{path}> ?v FILTER({condition}) }}"
            candidates.append((query, default, None))
        for query, default, precheck in candidates:
            if query not in scanned:  # the same scan serves every target of a shape
                scanned[query] = [] if precheck and not union_query(store, precheck) else list(
                    union_query(store, query))
            for row in scanned[query]:
                if isinstance(row["x"], ox.NamedNode) and _member(store, target, row["x"]):
                    yield violation(row, default)


def _with_sparql(store: ox.Store) -> list[Violation]:
    violations: list[Violation] = []
    scanned: dict[str, list] = {}
    shapes = [r["s"].value for r in union_query(store, "SELECT ?s WHERE { ?s a sh:NodeShape }")]
    for shape in sorted(shapes):
        node = _constraints(store, shape)
        _refuse_unsupported(shape, {
            p: v for p, v in node.items() if p not in {
                SH + "property", SH + "targetClass", SH + "targetObjectsOf",
                SH + "targetSubjectsOf", SH + "targetNode",
            }
        })
        properties = []
        for prop in node.get(SH + "property", []):
            constraints = _constraints(store, prop.value)
            _refuse_unsupported(prop.value, constraints)
            properties.append(constraints)
        for target in _targets(store, shape):
            for kind in node.get(SH + "nodeKind", []):
                condition = _NODE_KINDS[kind.value].replace("?v", "?x")
                query = f"SELECT DISTINCT ?x WHERE {{ {target} FILTER(!{condition}) }}"
                for row in union_query(store, query):
                    violations.append(Violation(row["x"].value, None, "wrong node kind", None))
            violations.extend(_check_target(store, target, properties, scanned))
    return violations
