"""What the checks of graph/build/validate.py read besides the shapes and the schema (claims and
their properties, sources and their text files, quotes and dates), and what the ties the build
writes beside the store are made of (graph/analysis/projection.py: claims, denials, labels).

Two feeds give the same statements, over every file's graph and as often as the graphs state
them (as a query over the union graph sees them): a full build gathers them while parsing,
since reading them back cost about 8 µs a row (seconds at 100,000 claims); an incremental
build parses only the changed files, so it reads them from the store.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pyoxigraph as ox

from graph.model.terms import DATE_PROPERTIES, FILE_GRAPH, KG, RDF_TYPE, RDFS_LABEL

# The properties the checks and the ties read, by IRI.
VALIDATED = tuple(dict.fromkeys((
    KG + "subject", KG + "relation", KG + "object", KG + "date", KG + "source", KG + "quote",
    KG + "textFile", *DATE_PROPERTIES, KG + "negated", RDFS_LABEL,
)))


class StoreStatements:
    """The statements of a store's file graphs, and its types (the materialized ones too).
    Several checks read the same properties, from threads of their own: each is read once."""

    def __init__(self, store: ox.Store):
        self.store = store
        self._read: dict[str, dict] = {}
        self._typed: dict[str, list] = {}
        self._lock = threading.Lock()

    def values(self, predicate: str) -> dict:
        """Every subject of `predicate` with its objects: a scan of one index, where joining
        the properties of every claim in a query took seconds."""
        with self._lock:
            if predicate not in self._read:
                found: dict = {}
                for quad in self.store.quads_for_pattern(None, ox.NamedNode(predicate), None):
                    if getattr(quad.graph_name, "value", "").startswith(FILE_GRAPH):
                        found.setdefault(quad.subject, []).append(quad.object)
                self._read[predicate] = found
            return self._read[predicate]

    def typed(self, cls: str) -> list:
        with self._lock:
            if cls not in self._typed:
                self._typed[cls] = [quad.subject for quad in self.store.quads_for_pattern(
                    None, ox.NamedNode(RDF_TYPE), ox.NamedNode(cls))]
            return self._typed[cls]


class ParsedStatements:
    """The same statements, gathered file by file as the parser hands them over
    (graph/build/materialize.py FileFacts). The types a build derives are known once the
    schema is: `ancestors` (each class with its superclasses) is set after every file is read."""

    def __init__(self) -> None:
        self._values: dict[str, dict] = {predicate: {} for predicate in VALIDATED}
        self._types: list[set[tuple]] = []  # per file: (node, class)
        self.ancestors: dict[ox.NamedNode, list[ox.NamedNode]] = {}
        self._by_class: dict[ox.NamedNode, list] | None = None
        self._lock = threading.Lock()

    def file_read(self, facts) -> None:
        for predicate, pairs in facts.stated.items():
            found = self._values[predicate]
            for subject, obj in pairs:
                found.setdefault(subject, []).append(obj)
        self._types.append(set(facts.types))

    def values(self, predicate: str) -> dict:
        return self._values[predicate]

    def typed(self, cls: str) -> list:
        with self._lock:  # indexed once, for every class the checks ask about
            if self._by_class is None:
                self._by_class = self._index_types()
        return self._by_class.get(ox.NamedNode(cls), [])

    def _index_types(self) -> dict[ox.NamedNode, list]:
        by_class: dict[ox.NamedNode, list] = {}
        for types in self._types:
            derived: dict[ox.NamedNode, dict] = {}  # the file's derived graph: each node once
            for node, kind in types:
                by_class.setdefault(kind, []).append(node)
                for ancestor in self.ancestors.get(kind, ()):
                    derived.setdefault(ancestor, {})[node] = None
            for ancestor, nodes in derived.items():
                by_class.setdefault(ancestor, []).extend(nodes)
        return by_class

    def types_of(self, nodes: set[str] | None = None) -> dict[str, list[str]]:
        """The classes of each of `nodes` (IRIs; every named node when None), stated and
        derived, as IRIs."""
        found: dict[str, set[str]] = {}
        for types in self._types:
            for node, kind in types:
                if not isinstance(node, ox.NamedNode):
                    continue
                iri = node.value
                if nodes is None or iri in nodes:
                    classes = found.setdefault(iri, set())
                    classes.add(kind.value)
                    classes.update(a.value for a in self.ancestors.get(kind, ()))
        return {node: sorted(classes) for node, classes in found.items()}


def dated(statements: StoreStatements | ParsedStatements) -> Iterator[tuple]:
    """(node, date property, value) for every date stated."""
    for prop in DATE_PROPERTIES:
        for node, values in statements.values(prop).items():
            for value in values:
                yield node, prop, value
