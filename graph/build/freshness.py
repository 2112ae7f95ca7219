"""Whether a store still reflects its inputs: what every read command asks before it opens the
store, so it is kept light (this module imports nothing of the build).

By default every input file is stat'ed and the stamp of their names, sizes and mtimes compared
with the one the build wrote (`inputs.stamp`): the only check that sees a file rewritten in
place, which leaves its folder's mtime alone. Its cost is one `stat` per file, made as cheap as
Python allows (names listed once per folder, each file stat'ed relative to its open folder, no
object per file but its line of the stamp): about 3 microseconds a file here.

For roots too large even for that, KGRAPH_FRESHNESS=folders judges by folder instead. A build
records the mtime of every input folder (`inputs.folders` beside the store). A folder's mtime
moves when a file in it is added, removed or renamed, which includes every editor or tool that
saves by writing a new file and renaming it over the old one. Only the folders whose mtime
moved are then listed, and their files compared with the manifest: by size and mtime, then by
content. What this cannot see is a file rewritten in place, so it is chosen explicitly.

When the stamp (or, by folder, a folder) differs, graph/build/pipeline.py says why, and whether
the change is real (a file touched but not changed is not).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from graph import __version__
from graph.errors import InputError
from graph.root import INPUT_DIRS, Root, folder_entries, list_folder, open_folder
from graph.store.lock import is_complete

# Bump when the layout of the store or what the build derives changes, so that old stores are
# rebuilt.
STORE_FORMAT = 3
# One line saying which inputs (by size and mtime) a store was built from: every read command
# compares it with the inputs, and only on a difference reads the whole manifest.
STAMP = "inputs.stamp"
FOLDERS = "inputs.folders"
MODES = ("files", "folders")


def trusts_folders() -> bool:
    """Whether KGRAPH_FRESHNESS asks for the check by folder."""
    mode = os.environ.get("KGRAPH_FRESHNESS") or "files"
    if mode not in MODES:
        raise InputError(f"KGRAPH_FRESHNESS must be one of {', '.join(MODES)}, not {mode!r}")
    return mode == "folders"


def record(folders: dict[str, int]) -> str:
    return json.dumps(dict(sorted(folders.items())), indent=0)


def moved_folders(root: Root, store: Path | None = None) -> tuple[list[str], set[str]] | None:
    """The input folders whose mtime is not the one recorded at the build of `store` (default:
    the root's current store), and every folder recorded; None when there is no record to
    compare with."""
    try:
        record = (store or root.store) / FOLDERS
        recorded: dict[str, int] = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    moved = []
    base = str(root.path) + os.sep
    for folder, mtime_ns in recorded.items():
        try:
            if os.stat(base + folder).st_mtime_ns != mtime_ns:
                moved.append(folder)
        except OSError:
            moved.append(folder)
    # A top-level input folder created since the build has no record of its own.
    moved += [f for f in INPUT_DIRS if f not in recorded and os.path.isdir(base + f)]
    return moved, set(recorded)


def changes_in(root: Root, folders: list[str], recorded: dict[str, dict],
               recorded_folders: set[str], same_content) -> str | None:
    """What changed among the direct entries of `folders` against the manifest's inputs
    (`recorded`) and folders, or None when they hold the same files with the same content.
    `same_content(name, entry)` compares one file whose size or mtime moved."""
    for folder in sorted(folders):
        path = root.path / folder
        if not path.is_dir():
            return f"input folder removed: {folder}"
        files, subfolders = list_folder(str(root.path) + os.sep, folder)
        before = {n for n in recorded if n.rpartition("/")[0] == folder}
        if set(files) != before:
            changed = sorted(set(files) ^ before)
            return f"input files added or removed: {', '.join(changed[:3])}"
        before_folders = {f for f in recorded_folders if f.rpartition("/")[0] == folder}
        if subfolders != before_folders:
            changed = sorted(subfolders ^ before_folders)
            return f"input folders added or removed: {', '.join(changed[:3])}"
        for name, stat in sorted(files.items()):
            old = recorded[name]
            if old["size"] == stat.st_size and old["mtime_ns"] == stat.st_mtime_ns:
                continue
            if not same_content(name, old):
                return f"{name} changed"
    return None


def stamp(entries: Iterable[tuple[str, int, int]]) -> str:
    """The stamp of the inputs given as (name relative to the root, size, mtime_ns), in name
    order."""
    return _stamped("".join([f"{name}\t{size}\t{mtime_ns}\n" for name, size, mtime_ns in entries]))


def current_stamp(root: Root) -> str:
    """The stamp of the inputs as they are now (what `stamp` gives for root.input_stats(),
    without building a stat object per file to keep)."""
    lines: list[str] = []
    base = str(root.path) + os.sep
    pending = [folder for folder in INPUT_DIRS if os.path.isdir(base + folder)]
    while pending:
        folder = pending.pop()
        with open_folder(base + folder) as descriptor:
            names, subfolders = folder_entries(descriptor)
            lines += [f"{folder}/{name}\t{stat.st_size}\t{stat.st_mtime_ns}\n"
                      for name in names for stat in (os.stat(name, dir_fd=descriptor),)]
        pending += [f"{folder}/{name}" for name in subfolders]
    # The lines of `stamp`. A tab sorts before every printable character, so they sort as
    # their names do (a name with a control character may sort apart: then the stamps differ,
    # and pipeline.py judges by the manifest).
    lines.sort()
    return _stamped("".join(lines))


def _stamped(text: str) -> str:
    import hashlib  # loads OpenSSL (2 ms): the check by folder never needs it

    return f"{STORE_FORMAT} {__version__} {hashlib.sha256(text.encode()).hexdigest()}"


def is_fresh(root: Root, store: Path | None = None) -> bool:
    """Whether `store` (default: the root's current store, through its link) certainly
    reflects the inputs: its stamp is theirs (by folder: no input folder moved). False asks
    graph/build/pipeline.py, which says why, or finds that what moved did not change."""
    store = store or root.store
    try:
        recorded = (store / STAMP).read_text(encoding="utf-8")
    except OSError:
        return False
    if not recorded.startswith(f"{STORE_FORMAT} {__version__} ") or not is_complete(store):
        return False
    if trusts_folders():
        found = moved_folders(root, store)
        if found is not None:
            return not found[0]
    return recorded == current_stamp(root)
