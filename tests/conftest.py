"""Shared fixtures: the curated graph built once in a temporary root, hand-made roots, the CLI."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.api import KnowledgeGraph
from graph.cli import main
from graph.model.terms import turtle_prefixes

PROJECT = Path(__file__).resolve().parent.parent

PREFIXES = turtle_prefixes("kg", "kgr", "kgc", "src", "rdfs", "skos", "dcterms", "xsd")


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch, tmp_path):
    """No test sees the developer's KGRAPH_* settings or writes into their cache."""
    for name in list(os.environ):
        if name.startswith("KGRAPH_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("KGRAPH_CACHE_DIR", str(tmp_path / "cache"))


def copy_curated(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for folder in ("ontology", "seeds"):
        shutil.copytree(PROJECT / folder, target / folder)
    return target


@pytest.fixture(scope="session")
def curated_root(tmp_path_factory) -> Path:
    """A copy of the curated graph, built once for the session. Tests must not modify it."""
    root = copy_curated(tmp_path_factory.mktemp("curated") / "root")
    KnowledgeGraph(root).build()
    return root


@pytest.fixture(scope="session")
def kg(curated_root) -> KnowledgeGraph:
    return KnowledgeGraph(curated_root)


@pytest.fixture
def editable_root(tmp_path) -> Path:
    """A copy of the curated graph that a test may change."""
    return copy_curated(tmp_path / "root")


class Cli:
    def __init__(self, root: Path | None):
        self.root = root
        self.runner = CliRunner()

    def __call__(self, *args: str, expect: int | None = 0, input: str | None = None):
        prefix = ["--root", str(self.root)] if self.root else []
        result = self.runner.invoke(main, [*prefix, *args], input=input, catch_exceptions=False)
        if expect is not None:
            assert result.exit_code == expect, (
                f"kgraph {' '.join(args)} exited {result.exit_code}, expected {expect}\n"
                f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
            )
        return result


@pytest.fixture(scope="session")
def cli(curated_root) -> Cli:
    """`cli("neighbors", "Kast", "--format", "json")` on the curated graph."""
    return Cli(curated_root)


@pytest.fixture
def make_root(tmp_path):
    """Build a small root from Turtle snippets (prefixes added) and source texts.

    make_root(claims="...", texts={"doc.txt": "..."}) uses the real schema and shapes, so the
    hand-made graph is validated exactly like the curated one.
    """

    def factory(
        name: str = "root", *, entities: str = "", claims: str = "", sources: str = "",
        texts: dict[str, str] | None = None, files: dict[str, str] | None = None,
    ) -> Path:
        root = tmp_path / name
        (root / "ontology").mkdir(parents=True)
        (root / "seeds").mkdir()
        for schema_file in ("schema.ttl", "shapes.ttl"):
            shutil.copy(PROJECT / "ontology" / schema_file, root / "ontology" / schema_file)
        for relative, body in {
            "ontology/entities.ttl": entities,
            "ontology/claims.ttl": claims,
            "seeds/sources.ttl": sources,
        }.items():
            if body:
                (root / relative).write_text(PREFIXES + textwrap.dedent(body), encoding="utf-8")
        for file_name, text in (texts or {}).items():
            (root / "seeds" / file_name).write_text(text, encoding="utf-8")
        for relative, body in (files or {}).items():
            (root / relative).write_text(body, encoding="utf-8")
        return root

    return factory


TINY_TEXT = (
    "Ana Pérez se reunió con Bruno Díaz el 3 de marzo de 2024 en Lima. "
    "Bruno Díaz es miembro del Partido Azul. Carla Ruiz respaldó a Ana Pérez en 2023."
)
TINY_SOURCES = """
src:doc a kg:Source ; rdfs:label "Doc" ; dcterms:language "es" ;
    dcterms:issued "2024-03-05"^^xsd:date ; kg:textFile "doc.txt" .
"""
TINY_ENTITIES = """
kgr:ana a kg:Person ; rdfs:label "Ana Pérez" ; skos:altLabel "Ana" .
kgr:bruno a kg:Person ; rdfs:label "Bruno Díaz" ; skos:altLabel "Bruno" .
kgr:carla a kg:Person ; rdfs:label "Carla Ruiz" .
kgr:azul a kg:PoliticalParty ; rdfs:label "Partido Azul" .
"""
TINY_CLAIMS = """
kgc:ana-met-bruno a kg:Claim ;
    kg:subject kgr:ana ; kg:relation kg:met ; kg:object kgr:bruno ;
    kg:date "2024-03-03"^^xsd:date ;
    kg:evidence [ kg:source src:doc ;
                  kg:quote "Ana Pérez se reunió con Bruno Díaz el 3 de marzo de 2024" ] .
kgc:bruno-member-azul a kg:Claim ;
    kg:subject kgr:bruno ; kg:relation kg:memberOf ; kg:object kgr:azul ;
    kg:evidence [ kg:source src:doc ; kg:quote "Bruno Díaz es miembro del Partido Azul." ] .
kgc:carla-endorsed-ana a kg:Claim ;
    kg:subject kgr:carla ; kg:relation kg:endorsed ; kg:object kgr:ana ;
    kg:date "2023"^^xsd:gYear ;
    kg:evidence [ kg:source src:doc ; kg:quote "Carla Ruiz respaldó a Ana Pérez en 2023." ] .
"""


@pytest.fixture
def tiny_root(make_root) -> Path:
    """Three people, one party, three claims from one document: a graph with known answers."""
    return make_root(
        "tiny", entities=TINY_ENTITIES, claims=TINY_CLAIMS, sources=TINY_SOURCES,
        texts={"doc.txt": TINY_TEXT},
    )
