"""Read access to a built store: SPARQL over the union of its graphs, terms turned into Python."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from graph.errors import StoreError
from graph.terms import PREFIXES, XSD

_INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                                    "positiveInteger")}


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


class Engine:
    """SPARQL over one store; the default graph is the union of all graphs."""

    def __init__(self, store: ox.Store):
        self.store = store

    @classmethod
    def open(cls, database: Path) -> Engine:
        try:
            return cls(ox.Store.read_only(str(database)))
        except OSError as error:
            raise StoreError(f"cannot open the store at {database}: {error}") from error

    def raw(self, query: str):
        return self.store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)

    def select(self, query: str) -> list[dict]:
        """Rows of a SELECT as dicts of Python values (None for unbound)."""
        solutions = self.raw(query)
        names = [v.value for v in solutions.variables]
        return [{n: to_python(row[n]) for n in names} for row in solutions]


def values_clause(variable: str, iris) -> str:
    return f"VALUES ?{variable} {{ {' '.join(f'<{i}>' for i in iris)} }}"
