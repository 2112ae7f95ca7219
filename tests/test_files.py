"""The one atomic writer (graph/publish/files.py): a reader sees the old file or the new one,
several files change together or not at all, and what is written reaches the disk."""

from __future__ import annotations

import os
import stat

import pytest

from graph.errors import InputError
from graph.publish import atomic_file, atomic_files, write_text


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_failed_write_keeps_the_previous_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_file(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        raise RuntimeError("crash")
    assert target.read_text(encoding="utf-8") == "previous"
    assert names(tmp_path) == ["out.txt"]


def test_file_and_folder_are_flushed_and_permissions_follow_the_umask(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync

    def fsync(handle):
        synced.append(stat.S_ISDIR(os.fstat(handle).st_mode))
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", fsync)
    target = tmp_path / "new" / "out.txt"
    assert write_text(target, "día") == len("día".encode())
    assert target.read_text(encoding="utf-8") == "día"
    assert synced == [False, True]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_targets_that_cannot_be_files(tmp_path):
    (tmp_path / "folder").mkdir()
    with pytest.raises(InputError, match="it is a folder"):
        write_text(tmp_path / "folder", "x")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="is a file, not a folder"):
        write_text(tmp_path / "file" / "out.txt", "x")


def test_several_files_change_together(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "sub" / "b.txt"
    first.write_text("old a", encoding="utf-8")
    with atomic_files() as staged:
        staged.write_text(first, "new a")
        staged.write_text(second, "new b")
        assert first.read_text(encoding="utf-8") == "old a" and not second.exists()
    assert first.read_text(encoding="utf-8") == "new a"
    assert second.read_text(encoding="utf-8") == "new b"
    assert names(tmp_path) == ["a.txt", "sub"] and names(tmp_path / "sub") == ["b.txt"]


def test_a_failed_rename_puts_back_the_files_already_replaced(tmp_path, monkeypatch):
    first, second, third = (tmp_path / n for n in ("a.txt", "b.txt", "c.txt"))
    first.write_text("old a", encoding="utf-8")
    real_replace = os.replace

    def replace(source, target):
        if os.fspath(target) == os.fspath(third):
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(InputError, match=f"cannot write {third}: No space left"):
        with atomic_files() as staged:
            for target in (first, second, third):
                staged.write_text(target, "new")
    assert first.read_text(encoding="utf-8") == "old a"
    assert names(tmp_path) == ["a.txt"]
