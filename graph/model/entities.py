"""Entity references: an IRI with the label and class a person reads."""

from __future__ import annotations

from graph.model.schema import Schema
from graph.model.terms import compact, local_name
from graph.records import Frozen
from graph.sparql.bindings import iri, values_clause
from graph.store.engine import Engine, select_all


class EntityRef(Frozen):
    __slots__ = ("iri", "label", "cls")

    def __init__(self, iri: str, label: str, cls: str | None = None):
        self.set_fields(iri, label, cls)

    @property
    def id(self) -> str:
        return compact(self.iri)

    def as_dict(self) -> dict:
        return {"id": self.iri, "label": self.label, "class": self.cls}


def describe(engine: Engine, schema: Schema, iris) -> dict[str, EntityRef]:
    """EntityRef for each IRI (label falls back to the IRI's local name)."""
    iris = sorted(set(iris))
    if not iris:
        return {}
    labels: dict[str, tuple] = {}
    classes: dict[str, set[str]] = {}
    # A label or a class per row, not their product; and only the classes that can be shown
    # (an entity also has every superclass and aligned class: six rows instead of one).
    known = ", ".join(str(iri(c)) for c in schema.class_labels)
    typed = f"UNION {{ ?x a ?class FILTER(?class IN ({known})) }}" if known else ""
    # Thousands of entities (a hub's neighbors) are read in two halves at once.
    half = (len(iris) + 1) // 2 if len(iris) > 1000 else len(iris)
    queries = [
        f"""SELECT ?x ?label (LANG(?label) AS ?lang) ?class WHERE {{
              {values_clause("x", iris[start:start + half])}
              {{ ?x rdfs:label ?label }} {typed} }}"""
        for start in range(0, len(iris), half)
    ]
    for row in (row for rows in select_all(engine, queries) for row in rows):
        if row["label"] is not None:
            # A proper name has no language; vocabulary terms have several: English wins.
            lang = (row["lang"] or "").lower()
            rank = (0 if not lang else 1 if lang.startswith("en") else 2, row["label"])
            if rank < labels.get(row["x"], (9, "")):
                labels[row["x"]] = rank
        if row["class"] is not None:
            classes.setdefault(row["x"], set()).add(row["class"])
    return {
        iri: EntityRef(
            iri, labels[iri][1] if iri in labels else local_name(iri),
            schema.class_label(classes.get(iri, ())),
        )
        for iri in iris
    }
