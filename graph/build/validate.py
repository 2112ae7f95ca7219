"""The build's invariants, checked on the store being built: SHACL shapes first, then what SHACL
cannot express, in SPARQL and code.

Every problem names its file (and line when it can be found), the entity and the claim. The
checks stream their rows, so they scale with the store rather than with memory.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

from graph.build.parse import normalize_text, relative_of_graph
from graph.build.shacl import validate_shapes
from graph.build.statements import ParsedStatements, StoreStatements, dated
from graph.errors import Problem
from graph.model.dates import parse_literal
from graph.model.terms import (
    FILE_GRAPH,
    KG,
    P_END,
    P_START,
    compact,
)
from graph.store.local import union_query

log = logging.getLogger("kgraph")

Statements = StoreStatements | ParsedStatements


class _Reporter:
    """Builds problems located at the claim or entity they concern, looking each location up
    only when there is a problem to report."""

    def __init__(self, store: ox.Store, root: Path):
        self.store = store
        self.root = root
        self.problems: list[Problem] = []
        self._texts: dict[str, list[str]] = {}

    def _owner(self, iri: str) -> str:
        """Evidence nodes are reported through the claim or entity that holds them."""
        for row in union_query(
            self.store, f"SELECT ?c WHERE {{ ?c kg:evidence|kg:dateEvidence <{iri}> }} LIMIT 1"
        ):
            return row["c"].value
        return iri

    def _is_claim(self, iri: str) -> bool:
        return bool(union_query(self.store, f"ASK {{ {{ <{iri}> a kg:Claim }} UNION "
                                      f"{{ <{iri}> kg:evidence ?e }} }}"))

    def _file(self, iri: str) -> str | None:
        """The input file that declares `iri` (gives it a type), else the first describing it."""
        for typed in (True, False):
            pattern = f"<{iri}> a ?t" if typed else f"<{iri}> ?p ?o"
            for row in union_query(
                self.store,
                f"""SELECT ?g WHERE {{ GRAPH ?g {{ {pattern} }}
                      FILTER(STRSTARTS(STR(?g), "{FILE_GRAPH}")) }} ORDER BY ?g LIMIT 1""",
            ):
                return relative_of_graph(row["g"])
        return None

    def _line(self, file: str, iri: str) -> int | None:
        if file not in self._texts:
            try:
                self._texts[file] = (self.root / file).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                self._texts[file] = []
        needles = (f"<{iri}>", compact(iri))
        lines = self._texts[file]
        for starts in (True, False):
            for number, line in enumerate(lines, start=1):
                text = line.lstrip()
                if any(text.startswith(n) if starts else n in text for n in needles):
                    return number
        return None

    def add(self, message: str, node: str) -> None:
        owner = self._owner(node)
        file = self._file(owner)
        line = self._line(file, owner) if file else None
        is_claim = self._is_claim(owner)
        self.problems.append(Problem(
            message=message, file=file, line=line,
            entity=None if is_claim else compact(owner),
            claim=compact(owner) if is_claim else None,
        ))


def _shapes(store: ox.Store, input_triples: int, report: _Reporter) -> None:
    seen = set()
    for violation in validate_shapes(store, input_triples):
        text = violation.message
        if violation.path:
            text = f"{compact(violation.path)}: {text}"
        if violation.value is not None and violation.value != violation.focus:
            text += f" (value: {compact(violation.value)})"
        if (violation.focus, text) not in seen:
            seen.add((violation.focus, text))
            report.add(text, violation.focus)


_POINTERS = """VALUES ?p { kg:subject kg:object kg:attributedTo kg:source kg:country kg:partOf
                           kg:location kg:via kg:context }"""


def _undeclared(store: ox.Store, report: _Reporter) -> None:
    # Each node pointed to is looked up once, not once per pointer: a third of the time. Who
    # points to it is asked only when some node is undeclared.
    if not union_query(store, f"""ASK {{ {{ SELECT ?x WHERE {{ {_POINTERS} ?holder ?p ?x }}
            GROUP BY ?x }} FILTER(isIRI(?x)) FILTER NOT EXISTS {{ ?x a ?anything }} }}"""):
        return
    for row in union_query(
        store,
        f"""SELECT DISTINCT ?holder ?p ?x WHERE {{
             {_POINTERS}
             ?holder ?p ?x .
             FILTER(isIRI(?x))
             FILTER NOT EXISTS {{ ?x a ?anything }} }}""",
    ):
        report.add(
            f"{compact(row['p'].value)} points to {compact(row['x'].value)}, "
            "which is not declared (it has no class)",
            row["holder"].value,
        )


def _relations(store: ox.Store, statements: Statements, report: _Reporter) -> None:
    """Relations in use are declared, and the ends of each claim are of the relation's domain
    and range. The schema is queried; the claims and types are read from `statements`, where
    a query per relation and end cost seconds at 100,000 claims."""
    declared = {r["r"] for r in union_query(store, "SELECT ?r WHERE { ?r a kg:Relation }")}
    relations = statements.values(KG + "relation")
    known = sorted(compact(r.value).removeprefix("kg:") for r in declared)
    for claim in statements.typed(KG + "Claim"):
        for relation in relations.get(claim, ()):
            if relation not in declared:
                report.add(f"unknown relation {compact(relation.value)}; valid relations: "
                           f"{', '.join(known)}", claim.value)
    members: dict[str, set] = {}

    def of_class(cls: str) -> set:
        # Entities carry their kg superclass types (materialized), so a kg class is decided by
        # the types alone; the subclasses of a class of another vocabulary are walked.
        if cls not in members:
            classes = [cls] if cls.startswith(KG) else [row["c"].value for row in union_query(
                store, f"SELECT DISTINCT ?c WHERE {{ ?c rdfs:subClassOf* <{cls}> }}")]
            members[cls] = {node for c in classes for node in statements.typed(c)}
        return members[cls]

    constraints = {}
    for row in union_query(
        store, "SELECT ?r ?domain ?range WHERE { ?r a kg:Relation "
               "OPTIONAL { ?r rdfs:domain ?domain } OPTIONAL { ?r rdfs:range ?range } }",
    ):
        constraints.setdefault(row["r"], []).extend(
            (role, end, constraint, expected.value)
            for role, end, constraint, expected in (
                ("subject", "subject", "rdfs:domain", row["domain"]),
                ("object", "object", "rdfs:range", row["range"]),
            ) if expected is not None)
    ends = {end: statements.values(KG + end) for end in ("subject", "object")}
    for claim, used in relations.items():
        for relation in used:
            for role, end, constraint, expected in constraints.get(relation, ()):
                for node in ends[end].get(claim, ()):
                    if not isinstance(node, ox.NamedNode) or node in of_class(expected):
                        continue
                    if not union_query(store, f"ASK {{ <{node.value}> a ?any }}"):
                        continue  # undeclared: reported once by _undeclared
                    report.add(
                        f"{role} {compact(node.value)} is not a {compact(expected)}, "
                        f"as {compact(relation.value)} requires ({constraint})",
                        claim.value,
                    )


def _dates(statements: Statements, report: _Reporter) -> None:
    periods: dict[str, dict[str, object]] = {}
    for subject, prop, literal in dated(statements):
        node = subject.value
        parsed = (
            parse_literal(literal.value, literal.datatype.value)
            if isinstance(literal, ox.Literal) else None
        )
        if parsed is None:
            shown = literal.value if isinstance(literal, ox.Literal) else str(literal)
            datatype = literal.datatype.value if isinstance(literal, ox.Literal) else "an IRI"
            report.add(
                f"{compact(prop)} {shown!r} (typed {compact(datatype)}) is not a valid date; "
                'write "2025-11-18"^^xsd:date, "2025-11"^^xsd:gYearMonth or "2025"^^xsd:gYear',
                node,
            )
        elif prop in (P_START, P_END):
            periods.setdefault(node, {})[prop] = parsed
    for node, period in periods.items():
        start, end = period.get(P_START), period.get(P_END)
        if start and end and start.start > end.end:
            report.add(f"kg:startDate {start} is after kg:endDate {end}", node)


def _quotes(statements: Statements, root: Path, report: _Reporter) -> None:
    texts: dict[str, str | None] = {}
    text_files = statements.values(KG + "textFile")
    for node in statements.typed(KG + "Source"):
        for file in text_files.get(node, ()):
            source, name = node.value, file.value
            try:
                texts[source] = normalize_text(
                    (root / "seeds" / name).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                texts[source] = None
                report.add(f"its text file seeds/{name} is missing or unreadable", source)
    quotes = statements.values(KG + "quote")
    for evidence, sources in statements.values(KG + "source").items():
        for source in sources:
            text = texts.get(source.value)
            if text is None:
                continue
            for stated in quotes.get(evidence, ()):
                quote = normalize_text(stated.value)
                if quote and quote not in text:
                    shown = quote if len(quote) <= 80 else quote[:77] + "..."
                    report.add(
                        f"quote not found verbatim in {compact(source.value)}: {shown!r}",
                        evidence.value,
                    )


def _duplicates(store: ox.Store, statements: Statements, report: _Reporter) -> None:
    """One fact is one claim: the same ends (unordered when symmetric), relation and date."""
    symmetric = {row["r"] for row in union_query(
        store, "SELECT DISTINCT ?r WHERE { ?r a owl:SymmetricProperty }")}
    subjects, relations, objects, dates = (
        statements.values(KG + name) for name in ("subject", "relation", "object", "date")
    )
    facts: dict[tuple, list[str]] = {}
    for claim in statements.typed(KG + "Claim"):
        # Every way the claim's properties combine, as a query's solutions would.
        for subject in subjects.get(claim, ()):
            for relation in relations.get(claim, ()):
                for obj in objects.get(claim, ()):
                    ends = (obj, subject) if (
                        relation in symmetric and obj.value < subject.value) else (subject, obj)
                    for date in dates.get(claim) or ("",):
                        key = (*ends, relation, getattr(date, "value", date))
                        facts.setdefault(key, []).append(claim.value)
    for claims in facts.values():
        if len(claims) > 1:
            report.add(
                f"duplicates claim {compact(min(claims))} (same subject, relation, object and "
                "date): merge them into one claim with several kg:evidence",
                max(claims),
            )


def collect_problems(
    store: ox.Store, root: Path, syntax_problems: list[Problem], input_triples: int,
    statements: Statements | None = None, alongside: tuple[Callable[[], None], ...] = (),
) -> list[Problem]:
    """All problems of the inputs loaded in `store`; an empty list means it may be used.
    `statements`: what the parse gathered, when it read every file (else read from `store`).
    `alongside`: other work on the same store, run while the checks' queries run."""
    report = _Reporter(store, root)
    statements = statements or StoreStatements(store)
    checks = [
        lambda: _shapes(store, input_triples, report),
        lambda: _undeclared(store, report),
        lambda: _relations(store, statements, report),
        lambda: _dates(statements, report),
        lambda: _quotes(statements, root, report),
        lambda: _duplicates(store, statements, report),
        *alongside,
    ]
    # The store evaluates queries without holding Python's lock: independent checks run side
    # by side, one per core.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for done in [pool.submit(check) for check in checks]:
            done.result()
    found = sorted(report.problems, key=lambda p: (p.file or "", p.line or 0, p.message))
    problems = [*syntax_problems, *found]
    log.debug("validation found %d problems", len(problems))
    return problems
