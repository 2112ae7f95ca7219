"""The build's invariants: SHACL shapes first, then what SHACL cannot express, in SPARQL and code.

Every problem names its file (and line when it can be found), the entity and the claim.
"""

from __future__ import annotations

import contextlib
import logging

import pyoxigraph as ox

from graph.dates import parse_literal
from graph.errors import Problem
from graph.inputs import Inputs, normalize_text, source_texts, text_files
from graph.terms import (
    DATE_PROPERTIES,
    P_END,
    P_START,
    PREFIXES,
    SH,
    compact,
)

log = logging.getLogger("kgraph")


def working_store(inputs: Inputs) -> ox.Store:
    store = ox.Store()
    store.bulk_extend(inputs.quads)
    return store


def _select(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    return list(store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True))


class _Reporter:
    """Builds problems located at the claim or entity they concern."""

    def __init__(self, inputs: Inputs, store: ox.Store):
        self.inputs = inputs
        self.problems: list[Problem] = []
        self._claim_of_evidence = {
            row["ev"].value: row["c"].value
            for row in _select(store, "SELECT ?c ?ev WHERE { ?c kg:evidence|kg:dateEvidence ?ev }")
        }
        # A claim is anything typed kg:Claim or carrying kg:evidence, even if mistyped.
        self.claims = {
            row["c"].value
            for row in _select(
                store, "SELECT ?c WHERE { { ?c a kg:Claim } UNION { ?c kg:evidence ?e } }"
            )
        }

    def owner(self, iri: str) -> str:
        """Evidence nodes are reported through the claim or entity that holds them."""
        return self._claim_of_evidence.get(iri, iri)

    def add(self, message: str, node: str, *, is_claim: bool | None = None) -> None:
        owner = self.owner(node)
        file, line = self.inputs.locate(owner)
        if is_claim is None:
            is_claim = owner in self.claims
        self.problems.append(
            Problem(
                message=message,
                file=file,
                line=line,
                entity=None if is_claim else compact(owner),
                claim=compact(owner) if is_claim else None,
            )
        )


@contextlib.contextmanager
def _quiet(logger_name: str):
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _shacl_problems(inputs: Inputs, store: ox.Store, report: _Reporter) -> None:
    from pyshacl import validate as shacl_validate
    from rdflib import Graph  # heavy: only the build pays for it

    shape_files = {
        inputs.file_of_graph(q.graph_name)
        for q in inputs.quads
        if q.predicate.value.endswith("type") and q.object.value == SH + "NodeShape"
    }
    if not shape_files:
        return
    shapes, data = Graph(), Graph()
    shape_triples = [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in inputs.quads
        if inputs.file_of_graph(q.graph_name) in shape_files
    ]
    shapes.parse(data=ox.serialize(shape_triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    all_triples = (ox.Triple(q.subject, q.predicate, q.object) for q in inputs.quads)
    with _quiet("rdflib"):  # it logs a traceback per ill-typed literal; _dates reports those
        data.parse(data=ox.serialize(all_triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    conforms, results, _ = shacl_validate(
        data, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=False
    )
    if conforms:
        return
    rows = results.query(
        """PREFIX sh: <http://www.w3.org/ns/shacl#>
        SELECT ?focus ?path ?message ?value WHERE {
          ?report sh:result ?r . ?r sh:focusNode ?focus .
          OPTIONAL { ?r sh:resultPath ?path } OPTIONAL { ?r sh:resultMessage ?message }
          OPTIONAL { ?r sh:value ?value } }"""
    )
    seen = set()
    for focus, path, message, value in rows:
        text = str(message) if message else "violates its SHACL shape"
        if path is not None and not str(path).startswith("N"):
            text = f"{compact(str(path))}: {text}"
        if value is not None and str(value) != str(focus):
            text += f" (value: {compact(str(value))})"
        key = (str(focus), text)
        if key not in seen:
            seen.add(key)
            report.add(text, str(focus))


def _undeclared(store: ox.Store, report: _Reporter) -> None:
    rows = _select(
        store,
        """SELECT DISTINCT ?holder ?p ?x WHERE {
             ?holder ?p ?x .
             VALUES ?p { kg:subject kg:object kg:attributedTo kg:source kg:country kg:partOf
                         kg:location kg:via kg:context }
             FILTER(isIRI(?x))
             FILTER NOT EXISTS { ?x a ?anything } }""",
    )
    for row in rows:
        report.add(
            f"{compact(row['p'].value)} points to {compact(row['x'].value)}, "
            "which is not declared (it has no class)",
            row["holder"].value,
        )


def _relations(store: ox.Store, report: _Reporter) -> None:
    known = sorted(
        compact(r["r"].value).removeprefix("kg:")
        for r in _select(store, "SELECT ?r WHERE { ?r a kg:Relation }")
    )
    for row in _select(
        store,
        """SELECT ?c ?r WHERE { ?c a kg:Claim ; kg:relation ?r .
             FILTER NOT EXISTS { ?r a kg:Relation } }""",
    ):
        report.add(
            f"unknown relation {compact(row['r'].value)}; valid relations: {', '.join(known)}",
            row["c"].value,
            is_claim=True,
        )
    for role, end, constraint in (
        ("subject", "kg:subject", "rdfs:domain"),
        ("object", "kg:object", "rdfs:range"),
    ):
        rows = _select(
            store,
            f"""SELECT ?c ?r ?x ?expected WHERE {{
                  ?c a kg:Claim ; kg:relation ?r ; {end} ?x .
                  ?r a kg:Relation ; {constraint} ?expected .
                  ?x a ?any .
                  FILTER NOT EXISTS {{ ?x a/rdfs:subClassOf* ?expected }} }}""",
        )
        for row in rows:
            report.add(
                f"{role} {compact(row['x'].value)} is not a {compact(row['expected'].value)}, "
                f"as {compact(row['r'].value)} requires ({constraint})",
                row["c"].value,
                is_claim=True,
            )


def _dates(inputs: Inputs, report: _Reporter) -> None:
    spans: dict[str, dict[str, object]] = {}
    for quad in inputs.quads:
        if quad.predicate.value not in DATE_PROPERTIES or not isinstance(quad.object, ox.Literal):
            continue
        parsed = parse_literal(quad.object.value, quad.object.datatype.value)
        if parsed is None:
            report.add(
                f"{compact(quad.predicate.value)} {quad.object.value!r} "
                f"(typed {compact(quad.object.datatype.value)}) is not a valid date; write "
                '"2025-11-18"^^xsd:date, "2025-11"^^xsd:gYearMonth or "2025"^^xsd:gYear',
                quad.subject.value,
            )
            continue
        spans.setdefault(quad.subject.value, {})[quad.predicate.value] = parsed
    for node, found in spans.items():
        start, end = found.get(P_START), found.get(P_END)
        if start and end and start.start > end.end:
            report.add(f"kg:startDate {start} is after kg:endDate {end}", node)


def _quotes(inputs: Inputs, store: ox.Store, report: _Reporter) -> None:
    texts = source_texts(inputs)
    names = text_files(inputs)
    for source, text in texts.items():
        if text is None:
            report.add(
                f"its text file seeds/{names[source]} is missing or unreadable", source,
                is_claim=False,
            )
    normalized = {s: normalize_text(t) for s, t in texts.items() if t is not None}
    rows = _select(store, "SELECT ?ev ?src ?quote WHERE { ?ev kg:source ?src ; kg:quote ?quote }")
    for row in rows:
        source = row["src"].value
        if source not in normalized:
            continue
        quote = normalize_text(row["quote"].value)
        if quote and quote not in normalized[source]:
            shown = quote if len(quote) <= 80 else quote[:77] + "..."
            report.add(
                f"quote not found verbatim in {compact(source)}: {shown!r}", row["ev"].value
            )


def _duplicates(store: ox.Store, report: _Reporter) -> None:
    rows = _select(
        store,
        """SELECT ?c ?s ?r ?o ?d ?symmetric WHERE {
             ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o .
             OPTIONAL { ?c kg:date ?d }
             BIND(EXISTS { ?r a owl:SymmetricProperty } AS ?symmetric) }""",
    )
    first: dict[tuple, str] = {}
    for row in sorted(rows, key=lambda r: r["c"].value):
        ends = (row["s"].value, row["o"].value)
        if row["symmetric"].value == "true":
            ends = tuple(sorted(ends))
        date = row["d"].value if row["d"] else None
        key = (ends, row["r"].value, date)
        claim = row["c"].value
        if key in first and first[key] != claim:
            report.add(
                f"duplicates claim {compact(first[key])} (same subject, relation, object and "
                "date): merge them into one claim with several kg:evidence",
                claim,
                is_claim=True,
            )
        first.setdefault(key, claim)


def collect_problems(inputs: Inputs, store: ox.Store | None = None) -> list[Problem]:
    """All problems of the inputs; an empty list means the graph may be built."""
    problems = list(inputs.syntax_problems)
    store = store or working_store(inputs)
    report = _Reporter(inputs, store)
    _shacl_problems(inputs, store, report)
    _undeclared(store, report)
    _relations(store, report)
    _dates(inputs, report)
    _quotes(inputs, store, report)
    _duplicates(store, report)
    problems.extend(report.problems)
    log.debug("validation found %d problems", len(problems))
    return problems
