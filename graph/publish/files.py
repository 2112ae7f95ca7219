"""Writing files so that a crash, a full disk or a reader at the wrong moment never sees half of
one: every file kgraph writes goes through here.

Each file is written to a temporary file in its target's folder, flushed to disk (fsync), then
renamed over the target, and the folder is flushed too so that the rename itself survives a
power cut. `atomic_file` does this for one file; `atomic_files` stages several and puts them in
place together, or none of them.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from graph.errors import InputError


def cannot_write(target: Path, error: OSError) -> InputError:
    return InputError(f"cannot write {target}: {error.strerror or error}")


def _reserve(target: Path) -> Path:
    """An empty temporary file beside `target`, creating missing folders on the way."""
    blocking = next((p for p in target.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise InputError(f"cannot write {target}: {blocking} is a file, not a folder")
    if target.is_dir():
        raise InputError(f"cannot write {target}: it is a folder")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                             dir=target.parent)
    except OSError as error:
        raise cannot_write(target, error) from error
    os.close(handle)
    return Path(temporary)


def _settle(temporary: Path) -> None:
    """Give the temporary file the permissions a new file gets (mkstemp makes it private) and
    flush its content to disk."""
    umask = os.umask(0)
    os.umask(umask)
    temporary.chmod(0o666 & ~umask)
    handle = os.open(temporary, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folders(targets: Iterable[Path]) -> None:
    for folder in sorted({t.parent for t in targets}):
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


@contextlib.contextmanager
def atomic_file(target: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside `target` to write to, put in place of `target` once the block
    succeeds and removed if it fails. An error the block raises passes through unchanged;
    atomic_file's own (no room for the temporary file, a folder in the way) are InputErrors."""
    target = Path(target)
    temporary = _reserve(target)
    try:
        yield temporary
        try:
            _settle(temporary)
            os.replace(temporary, target)
            _sync_folders([target])
        except OSError as error:
            raise cannot_write(target, error) from error
    finally:
        temporary.unlink(missing_ok=True)


def _fill(temporary: Path, target: Path, data: bytes) -> int:
    try:
        temporary.write_bytes(data)
    except OSError as error:
        raise cannot_write(target, error) from error
    return len(data)


def write_text(target: str | os.PathLike, text: str) -> int:
    """Write `text` as UTF-8 to `target` atomically; the number of bytes written."""
    return write_bytes(target, text.encode("utf-8"))


def write_bytes(target: str | os.PathLike, data: bytes) -> int:
    """Write `data` to `target` atomically; the number of bytes written."""
    with atomic_file(target) as temporary:
        return _fill(temporary, Path(target), data)


class StagedFiles:
    """Files written beside their targets, to be put in place together (see atomic_files)."""

    def __init__(self):
        self._staged: dict[Path, Path] = {}  # target -> its temporary file

    def path(self, target: str | os.PathLike) -> Path:
        """The temporary path to write `target`'s new content to."""
        target = Path(target)
        if target not in self._staged:
            self._staged[target] = _reserve(target)
        return self._staged[target]

    def write_text(self, target: str | os.PathLike, text: str) -> None:
        _fill(self.path(target), Path(target), text.encode("utf-8"))

    def commit(self) -> None:
        """Every staged file in place, or none: each is flushed before any is renamed, and
        the ones already renamed get their previous content back if a later rename fails."""
        for target, temporary in self._staged.items():
            try:
                _settle(temporary)
            except OSError as error:
                raise cannot_write(target, error) from error
        replaced: list[tuple[Path, bytes | None]] = []
        for target, temporary in self._staged.items():
            try:
                previous = target.read_bytes() if target.exists() else None
                os.replace(temporary, target)
            except OSError as error:
                self._restore(replaced)
                raise cannot_write(target, error) from error
            replaced.append((target, previous))
        try:
            _sync_folders(self._staged)
        except OSError as error:
            raise cannot_write(next(iter(self._staged)).parent, error) from error

    @staticmethod
    def _restore(replaced: list[tuple[Path, bytes | None]]) -> None:
        for target, previous in reversed(replaced):
            with contextlib.suppress(OSError, InputError):
                if previous is None:
                    target.unlink()
                else:
                    with atomic_file(target) as temporary:
                        temporary.write_bytes(previous)

    def discard(self) -> None:
        for temporary in self._staged.values():
            temporary.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_files() -> Iterator[StagedFiles]:
    """Several files written as one change: stage each with `staged.path(target)` or
    `staged.write_text(target, text)`; once the block succeeds they are all put in place
    (`StagedFiles.commit`); if it fails, none is."""
    staged = StagedFiles()
    try:
        yield staged
        staged.commit()
    finally:
        staged.discard()
