"""Whether a store is stale, judged by folder instead of by file, for roots too large to stat
every input on every command (one `stat` per file took 0.6 s at 100,000 files).

A build records the mtime of every input folder (`inputs.folders` beside the store). A folder's
mtime moves when a file in it is added, removed or renamed, which includes every editor or tool
that saves by writing a new file and renaming it over the old one. Only the folders whose mtime
moved are then listed, and their files compared with the manifest: by size and mtime, then by
content. What this cannot see is a file rewritten in place, which leaves its folder's mtime
alone; so it is chosen explicitly (KGRAPH_FRESHNESS=folders), and the default stays one `stat`
per file.
"""

from __future__ import annotations

import json
import os

from graph.errors import InputError
from graph.root import INPUT_DIRS, Root, list_folder

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


def moved_folders(root: Root) -> tuple[list[str], set[str]] | None:
    """The input folders whose mtime is not the one recorded at the last build, and every
    folder recorded; None when there is no record to compare with."""
    try:
        recorded: dict[str, int] = json.loads((root.store / FOLDERS).read_text(encoding="utf-8"))
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
