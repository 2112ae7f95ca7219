"""Writing several files as one change, and checking a change before it touches the root."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from graph.build.pipeline import check
from graph.errors import InputError, Problem, StoreError
from graph.root import Root


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def commit(changes: dict[Path, str]) -> None:
    """Write every file or none: each goes through a temporary file and a rename, and the
    ones already replaced are put back if a later one fails."""
    done: list[tuple[Path, str | None]] = []
    try:
        for path, text in changes.items():
            previous = path.read_text(encoding="utf-8") if path.exists() else None
            write_atomic(path, text)
            done.append((path, previous))
    except OSError as error:
        for path, previous in reversed(done):
            with contextlib.suppress(OSError):
                if previous is None:
                    path.unlink()
                else:
                    write_atomic(path, previous)
        where = error.filename or ""
        raise StoreError(f"cannot write {where}: {error.strerror or error}") from error


def require_writable(root: Root) -> None:
    for folder in (root.ontology, root.seeds):
        if not os.access(folder if folder.exists() else root.path, os.W_OK):
            raise InputError(
                f"cannot write into {folder}: start a root of your own with `kgraph init DIR`")


def check_turtle(text: str, name: str) -> None:
    try:
        list(ox.parse(text, format=ox.RdfFormat.TURTLE))
    except SyntaxError as error:
        raise InputError(f"the Turtle written for {name} does not parse: {error}") from error


def staged_problems(root: Root, changes: dict[str, str]) -> list[Problem]:
    """The build's validation run on a copy of the root with `changes` (relative path -> new
    content) applied; the root itself is not touched."""
    with tempfile.TemporaryDirectory(prefix="kgraph-stage-") as folder:
        stage = Path(folder) / "root"
        for name in ("ontology", "seeds"):
            source = root.path / name
            if source.is_dir():
                shutil.copytree(source, stage / name)
        for relative, text in changes.items():
            target = stage / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        return check(Root(stage.resolve(), stage / "output"))
