"""Which store folders are complete, and which ones a running process has open.

A build writes each store into its own folder under `output/.stores` and then points the
`output/store` link at it. A folder is complete once its manifest exists: the build writes it
last, by rename. Every process that opens a store (a read command, the Python API, a query
worker) first takes a shared `flock` on the folder's lock file and keeps it for as long as the
store is open; pruning deletes a folder only while it holds that lock exclusively, so a rebuild
never removes a store from under a reader, however long the reader runs.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from graph.errors import StoreError

DATABASE = "oxigraph"
MANIFEST = "manifest.json"
IN_USE = ".in-use"

# A reader that keeps losing the race against pruning (the link moved again each time) stops.
_ATTEMPTS = 5


def is_complete(folder: Path) -> bool:
    return (folder / MANIFEST).is_file() and (folder / DATABASE).is_dir()


def _open_lock(folder: Path) -> int | None:
    """A descriptor of the folder's lock file (created if missing: stores built before locking
    had none); None where it cannot be created, a read-only folder that nothing can prune.
    Raises FileNotFoundError when the folder itself is gone."""
    path = folder / IN_USE
    try:
        return os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        pass
    try:
        return os.open(path, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except (FileNotFoundError, NotADirectoryError):
        raise FileNotFoundError(path) from None
    except OSError:
        return None


def _same_file(descriptor: int, path: Path) -> bool:
    """Whether `path` still names the locked file: pruning unlinks it while holding the lock,
    so a reader that waited for that lock holds a file nobody else will ever lock."""
    try:
        here, there = os.fstat(descriptor), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


class StoreHold:
    """A shared lock on one complete store folder: pruning leaves the folder alone until
    `release`, or until this object is collected."""

    def __init__(self, folder: Path, descriptor: int | None):
        self.folder = folder
        # A file object closes itself, dropping the lock, when the hold is collected.
        self._file = None if descriptor is None else os.fdopen(descriptor, "rb")

    @property
    def database(self) -> Path:
        return self.folder / DATABASE

    def release(self) -> None:
        if self._file is not None:
            self._file.close()


def hold(link: Path) -> StoreHold:
    """Hold the complete store that `link` points to now (resolved once: a later rebuild moves
    the link, never the store this hold keeps)."""
    for _ in range(_ATTEMPTS):
        folder = link.resolve()
        try:
            descriptor = _open_lock(folder)
        except FileNotFoundError:
            continue  # pruned between resolving the link and opening: the link moved on
        held = StoreHold(folder, descriptor)
        if descriptor is not None:
            fcntl.flock(descriptor, fcntl.LOCK_SH)
            if not _same_file(descriptor, folder / IN_USE):
                held.release()
                continue
        if is_complete(folder):
            return held
        held.release()
    raise StoreError(f"there is no complete store at {link}; run `kgraph build`")


def remove_unless_held(folder: Path) -> bool:
    """Delete `folder` unless a process holds it open; whether it was deleted."""
    import shutil  # builds prune; readers, which import this module, never do
    try:
        descriptor = _open_lock(folder)
    except FileNotFoundError:
        return True
    if descriptor is None:
        return False
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        # Deleted while locked: a reader waiting for the lock then finds its file unlinked.
        shutil.rmtree(folder, ignore_errors=True)
        return not folder.exists()
    finally:
        os.close(descriptor)
