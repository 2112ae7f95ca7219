"""Read access to a built store: SPARQL over the union of its graphs, terms turned into Python.

`Engine` is the interface every command reads through; `LocalEngine` answers from the
embedded Oxigraph store. A remote SPARQL server implements the same three methods.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from graph.errors import InputError, KGraphError, SourceSyntaxError, StoreError
from graph.model.terms import PREFIXES, XSD
from graph.sparql.bindings import Term, with_values
from graph.store.lock import StoreHold, hold

_INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                                    "positiveInteger")}
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
        datatype = term.datatype.value
        try:
            if datatype in _INTEGER_TYPES:
                return int(term.value)
            if datatype == XSD + "decimal":
                return float(Decimal(term.value))
            if datatype in (XSD + "double", XSD + "float"):
                return float(term.value)
            if datatype == XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value
        return term.value
    return str(term)


@dataclass
class QueryResult:
    """What a SPARQL query returned: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT)."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

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


class Engine(Protocol):
    """SPARQL over a whole graph, whose default graph is the union of all its graphs.

    `bindings` gives variables of the query a value (a pyoxigraph term, see
    graph/sparql/bindings.py): how a value from outside the query reaches it, never pasted into its
    text.
    """

    def run(self, query: str, bindings: Mapping[str, Term] | None = None) -> QueryResult: ...

    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> list[dict]: ...

    def ask(self, query: str, bindings: Mapping[str, Term] | None = None) -> bool: ...


def union_query(store: ox.Store, query: str, **options):
    """A query on an Oxigraph store whose default graph is the union of all its graphs, with
    kgraph's prefixes declared: how every part of kgraph reads a store."""
    return store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True, **options)


def syntax_error(error: SyntaxError) -> SourceSyntaxError:
    text = str(error)
    match = _POSITION.match(text)
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


class LocalEngine:
    """The embedded Oxigraph store, opened read-only."""

    def __init__(self, store: ox.Store, held: StoreHold | None = None):
        self.store = store
        self.held = held  # keeps the store's folder from being pruned while this engine lives

    @classmethod
    def open(cls, link: Path) -> LocalEngine:
        """The store that the store link `link` points to now, held open (graph/store/lock.py)
        for as long as the engine lives: a rebuild meanwhile neither moves nor deletes it."""
        held = hold(link)
        try:
            return cls(ox.Store.read_only(str(held.database)), held)
        except OSError as error:
            held.release()
            raise StoreError(f"cannot open the store at {held.database}: {error}") from error

    def raw(self, query: str):
        """pyoxigraph's own result object, for local-only uses such as native serialization."""
        return self._execute(query)

    def _execute(self, query: str, bindings: Mapping[str, Term] | None = None):
        try:
            return union_query(self.store, with_values(query, bindings or {}))
        except SyntaxError as error:
            raise syntax_error(error) from None
        except RuntimeError as error:
            raise evaluation_error(error) from None
        except OSError as error:
            raise KGraphError(f"query failed: {error}") from error

    def run(self, query: str, bindings: Mapping[str, Term] | None = None) -> QueryResult:
        return result_of(self._execute(query, bindings))

    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> list[dict]:
        """Rows of a SELECT as dicts of Python values (None for unbound)."""
        return self.run(query, bindings).rows

    def ask(self, query: str, bindings: Mapping[str, Term] | None = None) -> bool:
        return bool(self.run(query, bindings).boolean)
