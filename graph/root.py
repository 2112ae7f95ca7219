"""Where a graph's inputs live (a *root*: `ontology/` and `seeds/`) and where its outputs go."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph.errors import InputError
from graph.records import Frozen

PACKAGE_DIR = Path(__file__).resolve().parent
# A wheel carries the curated graph here; a source checkout has it one level up.
PACKAGED_ROOTS = (PACKAGE_DIR / "_root", PACKAGE_DIR.parent)

INPUT_DIRS = ("ontology", "seeds")
INPUT_SUFFIXES = (".ttl", ".txt")


class Root(Frozen):
    __slots__ = ("path", "output")

    def __init__(self, path: Path, output: Path):
        self.set_fields(path, output)

    @property
    def ontology(self) -> Path:
        return self.path / "ontology"

    @property
    def seeds(self) -> Path:
        return self.path / "seeds"

    @property
    def store(self) -> Path:
        return self.output / "store"

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.path).as_posix()
        except ValueError:
            return str(path)

    def input_stats(self, folders: dict[str, int] | None = None) -> dict[str, os.stat_result]:
        """Every file the build reads (by path relative to the root, in a stable order) with its
        stat. Every read command calls this to know whether the store is stale, so it walks
        with scandir and plain strings: a root may hold tens of thousands of articles.
        `folders`, when given, receives the mtime of each folder walked, taken before it is
        listed so that a file added meanwhile moves it past what was recorded."""
        found: dict[str, os.stat_result] = {}
        pending = [folder for folder in INPUT_DIRS if (self.path / folder).is_dir()]
        base = str(self.path) + os.sep
        while pending:
            folder = pending.pop()
            if folders is not None:
                folders[folder] = os.stat(base + folder).st_mtime_ns
            files, subfolders = list_folder(base, folder)
            found.update(files)
            pending.extend(subfolders)
        return dict(sorted(found.items()))

    def input_files(self) -> list[Path]:
        """Every file the build reads, in a stable order (queries are not part of the store)."""
        return [self.path / relative for relative in self.input_stats()]


def _cache_output(root: Path) -> Path:
    """Outputs of a root we may not write into (an installed package) go to the user's cache."""
    base = os.environ.get("KGRAPH_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "kgraph"
    )
    import hashlib  # loads OpenSSL (2 ms): only a packaged root needs it

    from graph import __version__

    key = hashlib.sha256(str(root).encode()).hexdigest()[:12]
    return Path(base) / f"{__version__}-{key}" / "output"


def packaged_root() -> Root:
    for candidate in PACKAGED_ROOTS:
        if (candidate / "ontology").is_dir():
            path = candidate.resolve()
            output = path / "output"
            if candidate.name == "_root" or not os.access(path, os.W_OK):
                output = _cache_output(path)
            return Root(path, output)
    raise InputError("this installation carries no curated graph; pass `root` DIR",
                     parameter="root")


def find_root(explicit: str | os.PathLike | None = None) -> Root:
    """--root, else $KGRAPH_ROOT, else the nearest folder upwards with an ontology/, else the
    curated graph that ships with the package."""
    chosen = explicit or os.environ.get("KGRAPH_ROOT")
    if chosen:
        path = Path(chosen).expanduser().resolve()
        if not (path / "ontology").is_dir():
            raise InputError(f"{chosen} is not a kgraph root: it has no ontology/ folder")
        return Root(path, path / "output")
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "ontology").is_dir() and (folder / "seeds").is_dir():
            return Root(folder, folder / "output")
    return packaged_root()


def copy_inputs(source: Path, target: Path) -> None:
    """Copy the input folders (ontology/, seeds/) that `source` has into `target`."""
    import shutil  # here, not at the top: every read command imports this module
    for folder in INPUT_DIRS:
        if (source / folder).is_dir():
            shutil.copytree(source / folder, target / folder)


def init_root(directory: str | os.PathLike) -> Root:
    """Start a new root in `directory` (new, or an empty folder) from the curated graph shipped
    with kgraph. The copy is made in a staging folder beside it and renamed into place, so an
    interrupted copy leaves no half-made root behind."""
    target = Path(directory)
    if target.exists() and any(target.iterdir()):
        raise InputError(f"{os.fspath(directory)} exists and is not empty")
    import shutil

    source = packaged_root().path
    staging = target.parent / f".{target.name}.init"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        copy_inputs(source, staging)
        (staging / "output").mkdir()
        if target.exists():
            target.rmdir()
        staging.rename(target)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise InputError(f"cannot create {os.fspath(directory)}: {error}") from error
    path = target.resolve()
    return Root(path, path / "output")


def list_folder(base: str, folder: str) -> tuple[dict[str, os.stat_result], set[str]]:
    """The input files directly in `folder` (relative to the root path `base`, which ends with
    a separator) with their stats, and its subfolders; hidden entries are not inputs."""
    with open_folder(base + folder) as descriptor:
        names, subfolders = folder_entries(descriptor)
        files = {f"{folder}/{name}": os.stat(name, dir_fd=descriptor) for name in names}
    return files, {f"{folder}/{name}" for name in subfolders}


@contextmanager
def open_folder(path: str) -> Iterator[int]:
    """A descriptor of the folder `path`: its files are then stat'ed by name relative to it,
    which spares the kernel a walk of the whole path for each (a fifth of a check by file)."""
    descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        yield descriptor
    finally:
        os.close(descriptor)


def folder_entries(descriptor: int) -> tuple[list[str], list[str]]:
    """The names of the input files and of the subfolders directly in the open folder
    `descriptor`, in no particular order; hidden entries are not inputs."""
    files, subfolders = [], []
    with os.scandir(descriptor) as entries:
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if entry.is_dir():
                subfolders.append(name)
            elif name.endswith(INPUT_SUFFIXES) and entry.is_file():
                files.append(name)
    return files, subfolders
