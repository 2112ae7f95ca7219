"""The embedded Oxigraph store as an `Engine`, and how every part of kgraph queries a store."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from graph.errors import KGraphError, StoreError
from graph.model.terms import PREFIXES
from graph.sparql.bindings import Term, with_values
from graph.store.engine import (
    Engine,
    QueryResult,
    evaluation_error,
    result_of,
    syntax_error,
    without_gc,
)
from graph.store.lock import StoreHold, hold
from graph.store.tsv import tsv_rows


def union_query(store: ox.Store, query: str, **options):
    """A query on an Oxigraph store whose default graph is the union of all its graphs, with
    kgraph's prefixes declared: how every part of kgraph reads a store."""
    return store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True, **options)


class LocalEngine(Engine):
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
        text = with_values(query, bindings or {})
        try:
            return union_query(self.store, text)
        except SyntaxError as error:
            raise syntax_error(error, text) from None
        except RuntimeError as error:
            raise evaluation_error(error) from None
        except OSError as error:
            raise KGraphError(f"query failed: {error}") from error

    def run(self, query: str, bindings: Mapping[str, Term] | None = None) -> QueryResult:
        return result_of(self._execute(query, bindings))

    def select(self, query: str, bindings: Mapping[str, Term] | None = None) -> list[dict]:
        """Rows of a SELECT as dicts of Python values (None for unbound)."""
        result = self._execute(query, bindings)
        if not isinstance(result, ox.QuerySolutions):
            return result_of(result).rows
        try:
            # Evaluation is lazy: its errors surface while the results are written.
            data = result.serialize(format=ox.QueryResultsFormat.TSV)
        except RuntimeError as error:
            raise evaluation_error(error) from None
        except OSError as error:
            raise KGraphError(f"query failed: {error}") from error
        with without_gc():
            rows = tsv_rows(data)
        return rows if rows is not None else self.run(query, bindings).rows

    def select_all(self, queries: list[str]) -> list[list[dict]]:
        """The rows of several SELECT queries, evaluated at once: Oxigraph evaluates and writes
        results without holding the GIL, so one query runs while another's rows are read."""
        results: list = [None] * len(queries)

        def select(index: int) -> None:
            try:
                results[index] = self.select(queries[index])
            except BaseException as error:  # raised again in the calling thread
                results[index] = error

        others = [threading.Thread(target=select, args=(i,)) for i in range(1, len(queries))]
        for thread in others:
            thread.start()
        if queries:
            select(0)
        for thread in others:
            thread.join()
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return results

    def ask(self, query: str, bindings: Mapping[str, Term] | None = None) -> bool:
        return bool(self.run(query, bindings).boolean)

