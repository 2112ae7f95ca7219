"""Entity references: an IRI with the label and class a person reads."""

from __future__ import annotations

import bisect
import contextlib
import functools
import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from graph.model.schema import Schema
from graph.model.terms import RDFS_LABEL, compact, local_name
from graph.records import Frozen
from graph.sparql.bindings import iri, values_clause
from graph.store.engine import Engine, Iri, select_all, to_python


class EntityRef(Frozen):
    __slots__ = ("iri", "label", "cls")

    def __init__(self, iri: str, label: str, cls: str | None = None):
        self.set_fields(iri, label, cls)

    @property
    def id(self) -> str:
        return compact(self.iri)

    def as_dict(self) -> dict:
        return {"id": self.iri, "label": self.label, "class": self.cls}


# The label and class of every named node of a store, beside its database: a hub's neighbors
# and sources are tens of thousands of entities, and looking each up in the store took a third
# of `neighbors` on a hub at a million claims. A store folder never changes once built.
NAMES_FILE = "names.json"
# Reading the file costs about as much as looking up one entity per this many of its bytes.
_BYTES_PER_LOOKUP = 2500


def _names_query(schema: Schema, iris=None) -> str:
    """Labels and displayable classes, a label or a class per row (not their product), of
    `iris` or of every node; only the classes that can be shown (an entity also has every
    superclass and aligned class: six rows instead of one)."""
    known = ", ".join(str(iri(c)) for c in schema.class_labels)
    typed = f"UNION {{ ?x a ?class FILTER(?class IN ({known})) }}" if known else ""
    return f"""SELECT ?x ?label (LANG(?label) AS ?lang) ?class WHERE {{
              {values_clause("x", iris) if iris is not None else ""}
              {{ ?x rdfs:label ?label }} {typed} }}"""


def _names(rows, schema: Schema) -> dict[str, tuple[str | None, str | None]]:
    """Each node's label and class from the rows of `_names_query`."""
    labels: dict[str, tuple] = {}
    classes: dict[str, set[str]] = {}
    for row in rows:
        if row["label"] is not None:
            # A proper name has no language; vocabulary terms have several: English wins.
            lang = (row["lang"] or "").lower()
            rank = (0 if not lang else 1 if lang.startswith("en") else 2, row["label"])
            if rank < labels.get(row["x"], (9, "")):
                labels[row["x"]] = rank
        if row["class"] is not None:
            classes.setdefault(row["x"], set()).add(row["class"])
    return {x: (labels[x][1] if x in labels else None, schema.class_label(classes.get(x, ())))
            for x in labels.keys() | classes.keys()}


def write_names(engine: Engine, schema: Schema, folder: Path, statements=None) -> None:
    """Keep the label and class of every named node of the store `engine` reads in its folder,
    as three lists in IRI order: a reader looks its nodes up by bisection, since making a
    dictionary of every node took longer than reading them. A full build passes the
    `statements` it gathered while parsing (graph/build/statements.py), read instead of the
    store."""
    from graph.publish.files import write_text

    rows = (engine.select(_names_query(schema)) if statements is None
            else _parsed_rows(statements, schema))
    names = _names(rows, schema)
    iris = sorted(x for x in names if isinstance(x, Iri))  # not blank nodes
    write_text(folder / NAMES_FILE, json.dumps(
        {"iris": iris, "labels": [names[x][0] for x in iris],
         "classes": [names[x][1] for x in iris]}, ensure_ascii=False))


def _parsed_rows(statements, schema: Schema) -> Iterator[dict]:
    """The rows `_names_query` gives of the named nodes, from parsed statements."""
    for node, values in statements.values(RDFS_LABEL).items():
        if isinstance(node, ox.NamedNode):
            x = Iri(node.value)
            for value in values:
                yield {"x": x, "label": to_python(value), "class": None,
                       "lang": getattr(value, "language", None) or ""}
    for x, classes in statements.types_of().items():
        for cls in classes:
            if cls in schema.class_labels:
                yield {"x": Iri(x), "label": None, "lang": None, "class": Iri(cls)}


@functools.lru_cache(maxsize=1)
def _kept_names(path: Path) -> dict[str, list] | None:
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):  # unreadable: query
        kept = json.loads(path.read_text(encoding="utf-8"))
        if len(kept["iris"]) == len(kept["labels"]) == len(kept["classes"]):
            return kept
    return None


def _names_beside(engine: Engine, iris: list[str]) -> dict[str, tuple] | None:
    """The names of `iris` (sorted) kept beside a local store, when reading them is cheaper
    than looking each up; None for a remote store or one built before they were kept."""
    held = getattr(engine, "held", None)
    if held is None:
        return None
    path = held.folder / NAMES_FILE
    try:
        size = path.stat().st_size
    except OSError:
        return None
    kept = _kept_names(path) if len(iris) * _BYTES_PER_LOOKUP > size else None
    if kept is None:
        return None
    names = {}
    known, labels, classes = kept["iris"], kept["labels"], kept["classes"]
    at, end = 0, len(known)
    for x in iris:  # both sorted: each search starts where the last one ended
        at = bisect.bisect_left(known, x, at, end)
        if at < end and known[at] == x:
            names[x] = (labels[at], classes[at])
    return names


def describe(engine: Engine, schema: Schema, iris) -> dict[str, EntityRef]:
    """EntityRef for each IRI (label falls back to the IRI's local name)."""
    iris = sorted(set(iris))
    if not iris:
        return {}
    names = _names_beside(engine, iris)
    if names is None:
        # Thousands of entities (a hub's neighbors) are read in two halves at once.
        half = (len(iris) + 1) // 2 if len(iris) > 1000 else len(iris)
        queries = [_names_query(schema, iris[start:start + half])
                   for start in range(0, len(iris), half)]
        names = _names((row for rows in select_all(engine, queries) for row in rows), schema)
    unnamed = (None, None)
    refs = {}
    for x in iris:
        label, cls = names.get(x, unnamed)
        refs[x] = EntityRef(x, label if label is not None else local_name(x), cls)
    return refs
