"""User SPARQL on the store: SELECT and ASK as rows, CONSTRUCT and DESCRIBE as triples."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from graph.errors import SourceSyntaxError
from graph.store import Engine, to_python
from graph.terms import PREFIXES

_POSITION = re.compile(r"^error at (\d+):(\d+): (.*)$", re.S)


@dataclass
class QueryResult:
    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)

    def turtle(self) -> str:
        used = {
            prefix: ns
            for prefix, ns in PREFIXES.items()
            if any(str(term).startswith(f"<{ns}") for t in self.triples for term in t)
        }
        data = ox.serialize(self.triples, format=ox.RdfFormat.TURTLE, prefixes=used)
        return data.decode("utf-8")


def syntax_error(error: SyntaxError) -> SourceSyntaxError:
    text = str(error)
    match = _POSITION.match(text)
    if match:
        line, column, message = match.groups()
        return SourceSyntaxError(
            f"SPARQL syntax error at line {line}, column {column}: {message.strip()}"
        )
    return SourceSyntaxError(f"SPARQL syntax error: {text}")


def run_query(engine: Engine, sparql: str) -> QueryResult:
    try:
        result = engine.raw(sparql)
    except SyntaxError as error:
        raise syntax_error(error) from None
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [{n: to_python(row[n]) for n in names} for row in result]
        return QueryResult("select", variables=names, rows=rows)
    return QueryResult("graph", triples=list(result))
