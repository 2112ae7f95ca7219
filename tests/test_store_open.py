"""How a read opens the store: in a thread while its freshness is judged, the store judged being
the one opened; a store found stale, or missing, is let go and the read takes the way that
builds (or, with rebuild=False, says the store is stale)."""

from __future__ import annotations

import fcntl
import os

import pytest

from graph.api import KnowledgeGraph
from graph.errors import StoreError
from graph.root import find_root
from graph.store.lock import IN_USE, remove_unless_held
from graph.store.opening import Opening


def _held_by_anyone(folder) -> bool:
    descriptor = os.open(folder / IN_USE, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)


def _open_if(link, usable):
    """The store `link` points to, opened in a thread while `usable` judges it: what a read does."""
    opening = Opening.start(link)
    return None if opening is None else opening.finish(usable)


def test_the_store_judged_is_the_store_opened(tiny_root):
    KnowledgeGraph(tiny_root).build()
    link = find_root(tiny_root).store
    judged = []
    engine = _open_if(link, lambda folder: judged.append(folder) or True)
    assert judged == [link.resolve()] == [engine.held.folder]
    assert engine.ask("ASK { ?c kg:relation kg:met }")
    assert _held_by_anyone(link.resolve())


def test_a_store_judged_unusable_is_let_go(tiny_root):
    KnowledgeGraph(tiny_root).build()
    link = find_root(tiny_root).store
    assert _open_if(link, lambda folder: False) is None
    assert not _held_by_anyone(link.resolve())


def test_no_store_yet_is_nothing_to_open(tiny_root):
    link = find_root(tiny_root).store
    assert _open_if(link, lambda folder: pytest.fail("nothing to judge")) is None


def test_a_judge_that_fails_lets_the_store_go(tiny_root):
    KnowledgeGraph(tiny_root).build()
    link = find_root(tiny_root).store

    def judge(folder):
        raise StoreError("cannot tell")

    with pytest.raises(StoreError, match="cannot tell"):
        _open_if(link, judge)
    assert remove_unless_held(link.resolve())


def test_a_stale_store_is_rebuilt_or_refused(tiny_root):
    KnowledgeGraph(tiny_root).build()
    claims = tiny_root / "ontology" / "claims.ttl"
    claims.write_text(claims.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    with pytest.raises(StoreError, match="older than its inputs; run `kgraph build`"):
        KnowledgeGraph(tiny_root, rebuild=False).local_engine  # noqa: B018
    before = find_root(tiny_root).store.resolve()
    assert KnowledgeGraph(tiny_root).local_engine.held.folder != before


def test_a_warmed_graph_reads_the_store_it_opened_and_lets_go_when_closed(tiny_root):
    KnowledgeGraph(tiny_root).build()
    link = find_root(tiny_root).store
    kg = KnowledgeGraph(tiny_root, rebuild=False)
    kg.warm()
    assert _held_by_anyone(link.resolve())  # held from the start: a rebuild cannot prune it
    assert [row.neighbor.label for row in kg.neighbors("Ana Pérez", relations=["endorsed"])] == [
        "Carla Ruiz"]
    assert kg.local_engine.held.folder == link.resolve()
    kg.close()
    other = KnowledgeGraph(tiny_root)
    other.warm()
    other.close()
    assert remove_unless_held(link.resolve())  # nobody holds it once both are closed


def test_a_store_that_goes_stale_after_warming_is_not_read(tiny_root):
    KnowledgeGraph(tiny_root).build()
    kg = KnowledgeGraph(tiny_root, rebuild=False)
    kg.warm()
    claims = tiny_root / "ontology" / "claims.ttl"
    claims.write_text(claims.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    with pytest.raises(StoreError, match="older than its inputs"):
        kg.local_engine  # noqa: B018
    assert not _held_by_anyone(find_root(tiny_root).store.resolve())


def test_warming_a_root_without_a_store_builds_on_first_read(tiny_root):
    kg = KnowledgeGraph(tiny_root)
    kg.warm()
    assert kg.local_engine.ask("ASK { ?c kg:relation kg:met }")
