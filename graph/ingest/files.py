"""Writing several files as one change, and checking a change before it touches the root."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph as ox

from graph.build.pipeline import check
from graph.errors import InputError, Problem
from graph.publish.files import atomic_files
from graph.root import Root, copy_inputs


def commit(changes: dict[Path, str]) -> None:
    """Write every file or none (see graph/publish/files.py)."""
    with atomic_files() as staged:
        for path, text in changes.items():
            staged.write_text(path, text)


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
        copy_inputs(root.path, stage)
        for relative, text in changes.items():
            target = stage / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        return check(Root(stage.resolve(), stage / "output"))
