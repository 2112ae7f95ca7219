"""Staleness judged by folder (KGRAPH_FRESHNESS=folders): an edit saved by renaming, an added
file, a removed file and a new folder are changes; a touched file, or a folder whose files came
back the same, are not; and without a record of the folders, the check by file still answers."""

from __future__ import annotations

import json
import os
import time

import pytest
from helpers import Cli

from graph.api import KnowledgeGraph
from graph.build.freshness import FOLDERS
from graph.build.pipeline import staleness
from graph.errors import InputError
from graph.root import find_root

# Folder mtimes come from the kernel's coarse clock: wait one tick before changing a folder
# that a build has just recorded.
TICK = 0.05


@pytest.fixture
def built(tiny_root, monkeypatch):
    monkeypatch.setenv("KGRAPH_FRESHNESS", "folders")
    KnowledgeGraph(tiny_root).build()
    time.sleep(TICK)
    return tiny_root


def _save_by_rename(path, text):
    """How most editors and tools save: a new file renamed over the old one."""
    fresh = path.with_name(f".{path.name}.new")
    fresh.write_text(text, encoding="utf-8")
    os.replace(fresh, path)


def test_the_build_records_every_input_folder(built):
    record = json.loads((built / "output" / "store" / FOLDERS).read_text())
    assert set(record) == {"ontology", "seeds"}
    assert record["seeds"] == os.stat(built / "seeds").st_mtime_ns


def test_unchanged_and_touched_files_are_fresh(built):
    root = find_root(built)
    assert staleness(root) is None
    later = time.time() + 5
    os.utime(built / "ontology" / "claims.ttl", (later, later))
    assert staleness(root) is None


def test_an_edit_saved_by_renaming_is_a_change(built):
    root = find_root(built)
    claims = built / "ontology" / "claims.ttl"
    text = claims.read_text().replace('"2024-03-03"^^xsd:date', '"2024-03"^^xsd:gYearMonth')
    _save_by_rename(claims, text)
    assert staleness(root) == "ontology/claims.ttl changed"
    rows = json.loads(Cli(built)("neighbors", "Ana", "-r", "met", "--format", "json").stdout)
    assert (rows[0]["date"], rows[0]["date_precision"]) == ("2024-03", "month")
    assert staleness(root) is None


def test_the_same_content_saved_again_is_fresh(built):
    claims = built / "ontology" / "claims.ttl"
    _save_by_rename(claims, claims.read_text())
    assert staleness(find_root(built)) is None


def test_added_and_removed_files_are_changes(built):
    root = find_root(built)
    other = built / "seeds" / "other.txt"
    other.write_text("otro texto")
    assert staleness(root) == "input files added or removed: seeds/other.txt"
    Cli(built)("neighbors", "Ana")
    time.sleep(TICK)
    other.unlink()
    assert staleness(root) == "input files added or removed: seeds/other.txt"


def test_a_new_folder_is_a_change(built):
    (built / "seeds" / "2026").mkdir()
    assert staleness(find_root(built)) == "input folders added or removed: seeds/2026"


def test_files_mode_still_sees_an_edit_in_place(built, monkeypatch):
    monkeypatch.setenv("KGRAPH_FRESHNESS", "files")
    claims = built / "ontology" / "claims.ttl"
    claims.write_text(claims.read_text() + "\n# a comment\n", encoding="utf-8")
    assert staleness(find_root(built)) == "ontology/claims.ttl changed"


def test_a_store_without_a_folder_record_is_checked_by_file(built):
    root = find_root(built)
    (built / "output" / "store" / FOLDERS).unlink()
    assert staleness(root) is None
    claims = built / "ontology" / "claims.ttl"
    claims.write_text(claims.read_text() + "\n# a comment\n", encoding="utf-8")
    assert staleness(root) == "ontology/claims.ttl changed"


def test_an_unknown_mode_is_refused(built, monkeypatch):
    monkeypatch.setenv("KGRAPH_FRESHNESS", "never")
    with pytest.raises(InputError, match="KGRAPH_FRESHNESS"):
        staleness(find_root(built))


def test_the_check_by_file_computes_the_stamp_the_build_wrote(tiny_root, monkeypatch):
    """Read commands compute the stamp their own way (by open folder, one line per file): it
    must be the build's, subfolders included and hidden files left out, and it must move when
    a file is rewritten in place, which leaves its folder's mtime alone."""
    from graph.build.freshness import STAMP, current_stamp, is_fresh

    monkeypatch.delenv("KGRAPH_FRESHNESS", raising=False)
    (tiny_root / "seeds" / "2026").mkdir()
    (tiny_root / "seeds" / "2026" / "note.txt").write_text("una nota", encoding="utf-8")
    (tiny_root / "seeds" / ".draft.txt").write_text("borrador", encoding="utf-8")
    KnowledgeGraph(tiny_root).build()
    root = find_root(tiny_root)
    assert current_stamp(root) == (root.store / STAMP).read_text(encoding="utf-8")
    assert is_fresh(root)
    (tiny_root / "seeds" / ".draft.txt").write_text("otro borrador", encoding="utf-8")
    assert is_fresh(root)
    folder = os.stat(tiny_root / "seeds" / "2026").st_mtime_ns
    (tiny_root / "seeds" / "2026" / "note.txt").write_text("una nota más", encoding="utf-8")
    assert os.stat(tiny_root / "seeds" / "2026").st_mtime_ns == folder
    assert not is_fresh(root)
    assert staleness(root) == "seeds/2026/note.txt changed"
