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
from graph.store.local import LocalEngine
from graph.store.lock import IN_USE, remove_unless_held


def _held_by_anyone(folder) -> bool:
    descriptor = os.open(folder / IN_USE, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)


def test_the_store_judged_is_the_store_opened(tiny_root):
    KnowledgeGraph(tiny_root).build()
    link = find_root(tiny_root).store
    judged = []
    engine = LocalEngine.open_if(link, lambda folder: judged.append(folder) or True)
    assert judged == [link.resolve()] == [engine.held.folder]
    assert engine.ask("ASK { ?c kg:relation kg:met }")
    assert _held_by_anyone(link.resolve())


def test_a_store_judged_unusable_is_let_go(tiny_root):
    KnowledgeGraph(tiny_root).build()
    link = find_root(tiny_root).store
    assert LocalEngine.open_if(link, lambda folder: False) is None
    assert not _held_by_anyone(link.resolve())


def test_no_store_yet_is_nothing_to_open(tiny_root):
    link = find_root(tiny_root).store
    assert LocalEngine.open_if(link, lambda folder: pytest.fail("nothing to judge")) is None


def test_a_judge_that_fails_lets_the_store_go(tiny_root):
    KnowledgeGraph(tiny_root).build()
    link = find_root(tiny_root).store

    def judge(folder):
        raise StoreError("cannot tell")

    with pytest.raises(StoreError, match="cannot tell"):
        LocalEngine.open_if(link, judge)
    assert remove_unless_held(link.resolve())


def test_a_stale_store_is_rebuilt_or_refused(tiny_root):
    KnowledgeGraph(tiny_root).build()
    claims = tiny_root / "ontology" / "claims.ttl"
    claims.write_text(claims.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    with pytest.raises(StoreError, match="older than its inputs; run `kgraph build`"):
        KnowledgeGraph(tiny_root, rebuild=False).local_engine  # noqa: B018
    before = find_root(tiny_root).store.resolve()
    assert KnowledgeGraph(tiny_root).local_engine.held.folder != before
