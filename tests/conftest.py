"""Fixtures: the curated graph built once in a temporary root, hand-made roots, the CLI on them;
the Virtuoso and browser fixtures come from their plugin modules. Helpers are in helpers.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import (
    TINY_CLAIMS,
    TINY_ENTITIES,
    TINY_SOURCES,
    TINY_TEXT,
    Cli,
    built_copy,
    copy_curated,
    write_root,
)
from serving import Listener

from graph.api import KnowledgeGraph

# Fixtures that start a server or a browser only for the tests that ask for them.
pytest_plugins = ["browser", "virtuoso"]


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch, tmp_path):
    """No test sees the developer's KGRAPH_* settings or writes into their cache."""
    for name in list(os.environ):
        if name.startswith("KGRAPH_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("KGRAPH_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="session")
def curated_root(tmp_path_factory) -> Path:
    """A copy of the curated graph, built once for the session. Tests must not modify it."""
    return built_copy(tmp_path_factory.mktemp("curated") / "root")


@pytest.fixture(scope="session")
def kg(curated_root) -> KnowledgeGraph:
    return KnowledgeGraph(curated_root)


@pytest.fixture
def editable_root(tmp_path) -> Path:
    """A copy of the curated graph that a test may change."""
    return copy_curated(tmp_path / "root")


@pytest.fixture(scope="session")
def cli(curated_root) -> Cli:
    """`cli("neighbors", "Kast", "--format", "json")` on the curated graph."""
    return Cli(curated_root)


@pytest.fixture
def listener():
    """A loopback listener that a query must never reach (see serving.Listener)."""
    opened = Listener()
    yield opened
    opened.close()


@pytest.fixture
def make_root(tmp_path):
    """`make_root(claims="...", texts={"doc.txt": "..."})`: a small root in this test's folder
    (see helpers.write_root)."""

    def factory(name: str = "root", **parts) -> Path:
        return write_root(tmp_path / name, **parts)

    return factory


@pytest.fixture
def tiny_root(make_root) -> Path:
    """Three people, one party, three claims from one document: a graph with known answers."""
    return make_root(
        "tiny", entities=TINY_ENTITIES, claims=TINY_CLAIMS, sources=TINY_SOURCES,
        texts={"doc.txt": TINY_TEXT},
    )
