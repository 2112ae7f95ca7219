"""What every command reads through: the `Engine` interface, its results as Python values.

`Engine` is SPARQL over the union of a store's graphs; `LocalEngine` (graph/store/local.py)
answers from the embedded Oxigraph store, `RemoteEngine` (graph/store/remote.py) from a SPARQL
server. Results are the same Python values from either: `Iri` for IRIs, numbers and booleans for
typed literals; Oxigraph's errors become kgraph's (`syntax_error`, `evaluation_error`).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import pyoxigraph as ox

from graph.errors import InputError, SourceSyntaxError
from graph.model.terms import PREFIXES, XSD
from graph.records import Record
from graph.sparql.bindings import Term

_INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                                    "positiveInteger")}
_DECIMAL = XSD + "decimal"
_FLOATS = (XSD + "double", XSD + "float")
_BOOLEAN = XSD + "boolean"
_POSITION = re.compile(r"^error at (\d+):(\d+): (.*)$", re.S)


class Iri(str):
    """An IRI among query results, so that renderers can shorten it."""


def to_python(term):
    """IRIs become `Iri`, typed numbers and booleans become numbers and booleans."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Iri(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return typed_value(term.value, term.datatype.value)
    return str(term)


def typed_value(value: str, datatype: str):
    """A typed literal's lexical form as `to_python` gives it."""
    try:
        if datatype in _INTEGER_TYPES:
            return int(value)
        if datatype == _DECIMAL:
            return float(value)  # the nearest double, as float(Decimal(value)) gives
        if datatype in _FLOATS:
            return float(value)
        if datatype == _BOOLEAN:
            return value in ("true", "1")
    except ValueError:
        pass
    return value


class QueryResult(Record):
    """What a SPARQL query returned: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT).
    `warnings` are said to the person who wrote the query, not part of the answer: kg: terms
    the ontology does not define (graph/sparql/diagnose.py)."""

    __slots__ = ("kind", "variables", "rows", "boolean", "triples", "warnings")

    def __init__(self, kind: str, variables: list[str] | None = None,
                 rows: list[dict] | None = None, boolean: bool | None = None,
                 triples: list[ox.Triple] | None = None, warnings: list[str] | None = None):
        self.kind = kind  # "select", "ask" or "graph"
        self.variables = [] if variables is None else variables
        self.rows = [] if rows is None else rows
        self.boolean = boolean
        self.triples = [] if triples is None else triples
        self.warnings = [] if warnings is None else warnings

    def turtle(self) -> str:
        used = {
            prefix: ns
            for prefix, ns in PREFIXES.items()
            if any(str(term).startswith(f"<{ns}") for t in self.triples for term in t)
        }
        data = ox.serialize(self.triples, format=ox.RdfFormat.TURTLE, prefixes=used)
        return data.decode("utf-8")

    def jsonld(self) -> str:
        return ox.serialize(self.triples, format=ox.RdfFormat.JSON_LD).decode("utf-8")


def result_of(result) -> QueryResult:
    """A pyoxigraph query result (evaluated or parsed back from a worker) as a QueryResult."""
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return QueryResult(
            "select", variables=names,
            rows=[{n: to_python(row[n]) for n in names} for row in result],
        )
    return QueryResult("graph", triples=[getattr(t, "triple", t) for t in result])


class Engine:
    """SPARQL over a whole graph, whose default graph is the union of all its graphs: what the
    local store and a remote endpoint both offer.

    `bindings` gives variables of the query a value (a pyoxigraph term, see
    graph/sparql/bindings.py): how a value from outside the query reaches it, never pasted into its
    text.
    """

    def run(self, query: str, bindings: Mapping[str, Term] | None = None) -> QueryResult: ...

    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> list[dict]: ...

    def ask(self, query: str, bindings: Mapping[str, Term] | None = None) -> bool: ...


def select_all(engine: Engine, queries: list[str]) -> list[list[dict]]:
    """The rows of several SELECT queries that do not depend on each other, in their order: at
    once where the engine can (the local store evaluates each in a thread of its own), else one
    after the other."""
    at_once = getattr(engine, "select_all", None)
    return at_once(queries) if at_once else [engine.select(query) for query in queries]


@contextmanager
def without_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while rows are turned into many small objects (a
    hub's claims are some hundred thousand) that form no cycles: each collection would walk
    every one of them again, a tenth of a cold command's time."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def syntax_error(error: SyntaxError, query: str | None = None) -> SourceSyntaxError:
    """Oxigraph's error as one line; with the `query` it was raised for, in plain words
    (graph/sparql/diagnose.py) rather than the grammar's list of expected tokens."""
    text = str(error)
    match = _POSITION.match(text)
    if match and query is not None:
        from graph.sparql.diagnose import explain, offset_of

        # Oxigraph counts columns in UTF-8 bytes, one past the character it stopped at.
        line, column = int(match.group(1)), int(match.group(2)) - 1
        return SourceSyntaxError(explain(query, offset_of(query, line, column, encoded=True)))
    if match:
        line, column, message = match.groups()
        return SourceSyntaxError(
            f"SPARQL syntax error at line {line}, column {column}: {message.strip()}"
        )
    return SourceSyntaxError(f"SPARQL syntax error: {text}")


def evaluation_error(error: RuntimeError, what: str = "query") -> InputError:
    """pyoxigraph raises RuntimeError for what the request itself gets wrong at evaluation (an
    unsupported custom function, a graph that does not exist or already does): the client's
    mistake, not the server's."""
    return InputError(f"the {what} cannot be evaluated: {error}")
