"""The labels and classes kept beside a store (graph/model/entities.py NAMES_FILE) give exactly
what looking each node up in the store gives, and a store without them is still read."""

from __future__ import annotations

import json

import pytest

from graph.api import KnowledgeGraph
from graph.model import entities
from graph.store.local import LocalEngine


def _every_iri(engine) -> list[str]:
    rows = engine.select("SELECT DISTINCT ?x WHERE { { ?x ?p ?o } UNION { ?s ?p ?x } "
                         "FILTER(isIRI(?x)) }")
    return [row["x"] for row in rows]


def _queried(kg, iris) -> dict:
    """describe() through the store alone: an engine on the same database, without its folder."""
    return entities.describe(LocalEngine(kg.local_engine.store), kg.schema, iris)


def _no_queries(*args, **kwargs):
    raise AssertionError("the store was queried")


@pytest.fixture(autouse=True)
def _forget_kept_names():
    """Each test reads the files it wrote (a store folder never changes outside tests)."""
    entities._kept_names.cache_clear()


def test_the_kept_names_are_what_the_store_gives_for_every_node(kg, monkeypatch):
    """Every IRI of the curated graph, entities, sources, vocabulary terms labelled in several
    languages and nodes with no label: the same label and class from the file, without a
    query."""
    iris = _every_iri(kg.local_engine)
    assert len(iris) > 300
    expected = _queried(kg, iris)
    engine = kg.local_engine
    monkeypatch.setattr(engine, "select", _no_queries)
    kept = entities.describe(engine, kg.schema, iris)
    assert [(r.iri, r.label, r.cls) for r in kept.values()] == \
           [(r.iri, r.label, r.cls) for r in expected.values()]
    kast = next(r for r in kept.values() if r.iri.endswith("/jose-antonio-kast"))
    assert (kast.label, kast.cls) == ("José Antonio Kast", "person")
    endorsed = next(r for r in kept.values() if r.iri.endswith("#endorsed"))
    assert endorsed.label == "endorsed"  # the English label of a term labelled in two languages


@pytest.mark.parametrize("which", ["curated", "synthetic"])
def test_a_full_build_keeps_the_names_its_store_gives(which, editable_root, tmp_path):
    """A full build writes the names from what it parsed, not from the store: the file is what
    reading the built store gives (labels in several languages, derived superclasses)."""
    root = editable_root if which == "curated" else KnowledgeGraph.synthesize(
        tmp_path / "synthetic", actors=300, claims=1000, seed=3) and tmp_path / "synthetic"
    kg = KnowledgeGraph(root)
    assert kg.build().incremental is False
    kept = json.loads((kg.local_engine.held.folder / entities.NAMES_FILE).read_text("utf-8"))
    entities.write_names(kg.local_engine, kg.schema, tmp_path)
    assert kept == json.loads((tmp_path / entities.NAMES_FILE).read_text("utf-8"))
    assert len(kept["iris"]) > 100 and kept["classes"].count("person") > 10


def test_a_few_nodes_are_looked_up_rather_than_the_file_read(kg, monkeypatch):
    """Reading the whole file for two nodes would cost more than two lookups."""
    monkeypatch.setattr(entities, "_kept_names", _no_queries)
    refs = entities.describe(kg.local_engine, kg.schema,
                             ["https://w3id.org/kgraph/id/jose-antonio-kast"])
    assert refs["https://w3id.org/kgraph/id/jose-antonio-kast"].label == "José Antonio Kast"


@pytest.mark.parametrize("damage", ["missing", "not JSON", "another shape", "lists of unequal "
                                    "length"])
def test_a_store_without_readable_names_is_queried(damage, editable_root):
    """A store built before the file was kept, or a file one cannot read, costs a query, not a
    wrong answer."""
    kg = KnowledgeGraph(editable_root)
    kg.build()
    path = kg.local_engine.held.folder / entities.NAMES_FILE
    kept = json.loads(path.read_text(encoding="utf-8"))
    assert len(kept["iris"]) == len(kept["labels"]) == len(kept["classes"]) > 100
    assert kept["iris"] == sorted(kept["iris"])
    if damage == "missing":
        path.unlink()
    else:
        path.write_text({"not JSON": "{", "another shape": json.dumps({"a": ["b", None]}),
                         "lists of unequal length": json.dumps(
                             {"iris": kept["iris"], "labels": [], "classes": []}),
                         }[damage], encoding="utf-8")
    iris = _every_iri(kg.local_engine)
    got = entities.describe(kg.local_engine, kg.schema, iris)
    assert {r.iri: (r.label, r.cls) for r in got.values()} == \
           {r.iri: (r.label, r.cls) for r in _queried(kg, iris).values()}


def test_an_incremental_build_keeps_the_names_of_its_store(editable_root):
    """A name changed in one file is the name the next store's file holds."""
    kg = KnowledgeGraph(editable_root)
    kg.build()
    data = next(p for p in sorted((editable_root / "ontology").rglob("*.ttl"))
                if '"José Antonio Kast"' in p.read_text(encoding="utf-8"))
    data.write_text(data.read_text(encoding="utf-8").replace(
        '"José Antonio Kast"', '"José Antonio Kast Rist"', 1), encoding="utf-8")
    again = KnowledgeGraph(editable_root)
    assert again.build().incremental is True
    kept = json.loads((again.local_engine.held.folder / entities.NAMES_FILE)
                      .read_text(encoding="utf-8"))
    at = kept["iris"].index("https://w3id.org/kgraph/id/jose-antonio-kast")
    assert kept["labels"][at] == "José Antonio Kast Rist"
    assert kept["classes"][at] == "person"
