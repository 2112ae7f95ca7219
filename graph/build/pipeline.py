"""parse → materialize → validate → persist: atomically, streaming, and only what changed.

A build writes a new store in a fresh folder, then swaps the `output/store` link to it in one
rename, so a reader sees the old store or the new one and a failed build leaves the old one
untouched; an old store is deleted once no process holds it open (graph/store/lock.py). When
a store exists and the schema did not change, the new store starts as a checkpoint of the old
one and only the changed files are parsed and materialized again.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from graph import __version__
from graph.build import freshness
from graph.build.freshness import STAMP, STORE_FORMAT
from graph.errors import InputError, Problem, SourceSyntaxError, StoreError, ValidationError
from graph.model.terms import DERIVED_GRAPH, FILE_GRAPH, TRUTHY_GRAPH
from graph.root import Root
from graph.store.local import union_query
from graph.store.lock import DATABASE, MANIFEST, is_complete, remove_unless_held

if TYPE_CHECKING:
    from graph.build.statements import ParsedStatements

log = logging.getLogger("kgraph")

# progress(phase, done, total): what the build is doing, for a progress bar.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildReport:
    store: str
    triples: int
    claims: int
    entities: int
    sources: int
    seconds: float
    files_parsed: int
    incremental: bool

    def as_dict(self) -> dict:
        return asdict(self)


def _log_progress(phase: str, done: int, total: int) -> None:
    if done == 0:
        log.debug("%s (%d files)", phase, total)


def _count(store: ox.Store, query: str) -> int:
    return int(next(iter(union_query(store, query)))["n"].value)


# ---------------------------------------------------------------- inputs and staleness


def fingerprint_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _stat_inputs(root: Root, folders: dict[str, int] | None = None) -> dict[str, dict]:
    return {
        relative: {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        for relative, stat in root.input_stats(folders).items()
    }


def _hash_inputs(root: Root, current: dict[str, dict], previous: dict[str, dict]) -> None:
    """Add each file's sha256, reusing the recorded one when size and mtime did not move."""
    for name, entry in current.items():
        old = previous.get(name, {})
        same_stat = old.get("size") == entry["size"] and old.get("mtime_ns") == entry["mtime_ns"]
        entry["sha256"] = old["sha256"] if same_stat and "sha256" in old else (
            fingerprint_file(root.path / name)
        )


def read_manifest(root: Root) -> dict | None:
    try:
        return json.loads((root.store / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _usable_manifest(root: Root) -> dict | None:
    manifest = read_manifest(root)
    if manifest is None or not (root.store / DATABASE).is_dir():
        return None
    if manifest.get("format") != STORE_FORMAT or manifest.get("version") != __version__:
        return None
    return manifest


def _stamp(entries: dict[str, dict]) -> str:
    return freshness.stamp((name, e["size"], e["mtime_ns"]) for name, e in entries.items())


def staleness(root: Root) -> str | None:
    """Why the store must be (re)built, or None when it reflects the current inputs."""
    if freshness.is_fresh(root):
        return None
    if freshness.trusts_folders():
        by_folder = _folder_staleness(root)
        if by_folder is not False:
            return by_folder
    current = _stat_inputs(root)
    manifest = read_manifest(root)
    if manifest is None or not (root.store / DATABASE).is_dir():
        return "no store yet"
    if manifest.get("format") != STORE_FORMAT or manifest.get("version") != __version__:
        return "the store was built by another version of kgraph"
    recorded: dict[str, dict] = manifest.get("inputs", {})
    if set(recorded) != set(current):
        changed = sorted(set(recorded) ^ set(current))
        return f"input files added or removed: {', '.join(changed[:3])}"
    for name, stat in current.items():
        old = recorded[name]
        if old["size"] == stat["size"] and old["mtime_ns"] == stat["mtime_ns"]:
            continue
        # A touched file with the same content does not make the store stale.
        if fingerprint_file(root.path / name) != old.get("sha256"):
            return f"{name} changed"
    return None


def _folder_staleness(root: Root) -> str | None | bool:
    """Staleness judged by the folders whose mtime moved (graph/build/freshness.py); False
    when the store has no record of its folders, or was built by another version."""
    try:
        stamp = (root.store / STAMP).read_text(encoding="utf-8")
    except OSError:
        return False
    found = freshness.moved_folders(root)
    if found is None or not stamp.startswith(f"{STORE_FORMAT} {__version__} "):
        return False
    if not is_complete(root.store):
        return False
    moved, folders = found
    if not moved:
        return None
    manifest = read_manifest(root)
    if manifest is None:
        return False
    return freshness.changes_in(
        root, moved, manifest.get("inputs", {}), folders,
        lambda name, old: fingerprint_file(root.path / name) == old.get("sha256"),
    )


# ---------------------------------------------------------------- locking


@contextlib.contextmanager
def _build_lock(root: Root, wait: bool):
    root.output.mkdir(parents=True, exist_ok=True)
    with open(root.output / ".build.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise StoreError(
                f"another kgraph build is writing the store of {root.path} "
                f"({root.output / '.build.lock'} is locked); try again when it has finished"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def _no_collector_pauses():
    """A build holds millions of small objects for a while, none in a reference cycle: the
    cyclic garbage collector walked them again and again, a third of the build at 100,000
    claims. It runs once, after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.collect()


# ---------------------------------------------------------------- preparing a new store

_SCHEMA_ASK = """ASK {{ GRAPH <{graph}> {{
  {{ ?x a ?kind VALUES ?kind {{ owl:Class owl:ObjectProperty owl:DatatypeProperty
       owl:SymmetricProperty kg:Relation kg:Qualifier sh:NodeShape sh:PropertyShape }} }}
  UNION {{ ?x rdfs:subClassOf|rdfs:subPropertyOf|rdfs:domain|rdfs:range ?y }} }} }}"""


def _declares_schema(store: ox.Store, relative: str) -> bool:
    """Classes, relations and shapes decide what every file implies: changing them means a
    full rebuild."""
    return bool(union_query(store, _SCHEMA_ASK.format(graph=FILE_GRAPH + relative)))


def _files_citing(store: ox.Store, text_files: set[str]) -> set[str]:
    """The metadata files whose sources name one of these text files."""
    from graph.build.parse import relative_of_graph

    found = set()
    for row in union_query(store, "SELECT ?g ?f WHERE { GRAPH ?g { ?s kg:textFile ?f } }"):
        if row["f"].value in text_files:
            relative = relative_of_graph(row["g"])
            if relative:
                found.add(relative)
    return found


@dataclass
class _Prepared:
    folder: Path
    store: ox.Store
    inputs: dict[str, dict]
    problems: list[Problem] = field(default_factory=list)
    syntax: list[Problem] = field(default_factory=list)
    files_parsed: int = 0
    incremental: bool = False
    folders: dict[str, int] = field(default_factory=dict)  # input folder -> its mtime_ns
    statements: ParsedStatements | None = None  # what a full build gathered while parsing
    counts: dict[str, int] = field(default_factory=dict)  # what `_describe` counted

    def discard(self) -> None:
        import shutil

        del self.store
        gc.collect()
        shutil.rmtree(self.folder, ignore_errors=True)


def _plan(previous: dict | None, current: dict[str, dict], store: ox.Store):
    """Which Turtle files to parse again, or None for all of them."""
    if previous is None:
        return None
    recorded = previous.get("inputs", {})
    changed = {n for n, e in current.items() if recorded.get(n, {}).get("sha256") != e["sha256"]}
    removed = set(recorded) - set(current)
    turtle = {n for n in changed | removed if n.endswith(".ttl")}
    if any(_declares_schema(store, n) for n in turtle if n in recorded):
        return None
    # Text files are named relative to seeds/ by the sources that cite them.
    texts = {n.removeprefix("seeds/") for n in changed | removed if n.endswith(".txt")}
    return turtle | _files_citing(store, texts)


def _prepare(
    root: Root, progress: Progress, incremental: bool = True, describe: bool = False
) -> _Prepared:
    """A new store of `root`'s inputs, checked; `describe`: with what a build keeps beside it
    (`_describe`)."""
    # Read commands import this module to check staleness; they need none of what follows.
    import shutil
    import tempfile

    from graph.build.materialize import Derivation, FileFacts
    from graph.build.parse import load_turtle
    from graph.build.statements import ParsedStatements
    from graph.build.validate import collect_problems

    usable = _usable_manifest(root)
    folders: dict[str, int] = {}
    current = _stat_inputs(root, folders)
    _hash_inputs(root, current, (usable or {}).get("inputs", {}))
    previous = usable if incremental else None
    stores = root.output / ".stores"
    stores.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="store-", dir=stores))
    database = folder / DATABASE
    try:
        reload = None
        if previous is not None:
            ox.Store.read_only(str(root.store / DATABASE)).backup(str(database))
            store = ox.Store(str(database))
            reload = _plan(previous, current, store)
            if reload is None:
                del store
                gc.collect()
                shutil.rmtree(database)
        if reload is None:
            store = ox.Store(str(database))
            turtle = [n for n in current if n.endswith(".ttl")]
        else:
            turtle = sorted(n for n in reload if n in current)
            for name in reload:
                for kind in (FILE_GRAPH, TRUTHY_GRAPH, DERIVED_GRAPH):
                    store.remove_graph(ox.NamedNode(kind + name))
        prepared = _Prepared(folder, store, current, incremental=reload is not None,
                             folders=folders)
        derivation = Derivation(root.seeds)
        # A full build checks what it parsed; an incremental one parses only part of it.
        statements = None if prepared.incremental else ParsedStatements()
        prepared.statements = statements

        def parsed():
            for done, name in enumerate(turtle):
                progress("parsing", done, len(turtle))
                facts = FileFacts(name)
                triples, problem = yield from load_turtle(root.path / name, name, facts)
                current[name]["triples"] = triples
                if problem:
                    prepared.syntax.append(problem)
                else:
                    derivation.file_read(facts)
                    yield from derivation.drain()
                    if statements is not None:
                        statements.file_read(facts)

        # One bulk write of every file, fed as the parser reads: the store sorts and writes
        # each batch on its own threads while the parse goes on.
        store.bulk_extend(parsed())
        progress("parsing", len(turtle), len(turtle))
        prepared.files_parsed = len(turtle)
        if prepared.incremental and any(_declares_schema(store, n) for n in turtle):
            # A file that was data now declares schema: everything must be derived again.
            prepared.discard()
            return _prepare(root, progress, incremental=False, describe=describe)
        for name, entry in current.items():
            if name.endswith(".ttl") and "triples" not in entry:
                entry["triples"] = previous["inputs"][name].get("triples", 0)
        if not prepared.syntax:
            progress("deriving", 0, 1)
            ancestors = derivation.finish(store)
            store.bulk_extend(derivation.drain())
            progress("deriving", 1, 1)
            progress("validating", 0, 1)
            input_triples = sum(e.get("triples", 0) for e in current.values())
            if statements is not None:
                statements.ancestors = ancestors

            def described():
                prepared.counts = _describe(root, store, folder, statements)

            # Written while the checks run (their queries leave a core free), thrown away
            # with the store when they find a problem.
            prepared.problems = collect_problems(
                store, root.path, [], input_triples, statements,
                alongside=(described,) if describe else ())
            progress("validating", 1, 1)
        return prepared
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


# ---------------------------------------------------------------- committing


def _mark_complete(folder: Path, manifest: dict) -> None:
    """Write the manifest last and atomically: its presence is what makes a store folder
    complete (graph/store/lock.py), one a reader may open and pruning must not mistake for a
    killed build."""
    from graph.publish.files import write_text

    write_text(folder / MANIFEST, json.dumps(manifest, indent=1))


def _swap_in(root: Root, folder: Path) -> None:
    stores = root.output / ".stores"
    if root.store.exists() and not root.store.is_symlink():
        # A store folder from elsewhere (copied in by hand): keep it aside, don't delete it.
        root.store.rename(stores / f"previous-{int(time.time())}")
    link = root.output / f".store-link-{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        link.unlink()
    link.symlink_to(Path(".stores") / folder.name)
    os.replace(link, root.store)


def _prune(root: Root) -> None:
    """Delete every store but the current one, unless a process holds it open (a later build
    deletes it then). Builds of a root run one at a time, under the build lock, so a folder
    without a manifest is what a killed build left: never kept."""
    current = root.store.resolve()
    for folder in (root.output / ".stores").iterdir():
        if folder.name.startswith("store-") and folder != current:
            remove_unless_held(folder)


@contextlib.contextmanager
def _writing_store(root: Root):
    """A failed write of the new store's folder is the store's error, in one line."""
    try:
        yield
    except OSError as error:
        raise StoreError(f"cannot write the store under {root.output}: {error}") from error
    except InputError as error:  # the atomic writer's report: it names the file
        raise StoreError(str(error)) from error


def _describe(
    root: Root, store: ox.Store, folder: Path, statements: ParsedStatements | None
) -> dict[str, int]:
    """What read commands would otherwise query on every start (the schema), read claim by
    claim (the ties of a ranking) or look up entity by entity (the names of a hub's
    neighbors), kept beside the store it describes; and its counts."""
    from graph.analysis.projection import write_ties
    from graph.model.entities import write_names
    from graph.model.schema import Schema
    from graph.store.local import LocalEngine

    engine = LocalEngine(store)
    schema = Schema.load(engine)
    with _writing_store(root):
        schema.keep(folder)
        write_ties(engine, schema, folder, statements)
        write_names(engine, schema, folder, statements)
    return {
        "triples": len(store),
        "claims": _count(store, "SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Claim }"),
        "entities": _count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Entity }"),
        "sources": _count(store, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Source }"),
    }


def check(root: Root, progress: Progress = _log_progress) -> list[Problem]:
    """Every problem of the inputs; builds a scratch store and throws it away."""
    with _build_lock(root, wait=True), _no_collector_pauses():
        prepared = _prepare(root, progress)
        prepared.discard()
    return prepared.syntax + prepared.problems


def build(
    root: Root, *, only_if_stale: bool = False, progress: Progress = _log_progress, wait=False
) -> BuildReport | None:
    """Build the store of `root`; raises without touching the previous store on any problem.
    With `only_if_stale`, returns None when another process built it meanwhile."""
    import shutil

    started = time.perf_counter()
    with _build_lock(root, wait=wait), _no_collector_pauses():
        if only_if_stale and staleness(root) is None:
            return None
        prepared = _prepare(root, progress, describe=True)
        if prepared.syntax:
            prepared.discard()
            first, more = prepared.syntax[0], len(prepared.syntax) - 1
            suffix = f" (and {more} more file{'s' if more > 1 else ''})" if more else ""
            raise SourceSyntaxError(
                f"{first.file}:{first.line}: {first.message.removeprefix('Turtle syntax error: ')}"
                + suffix
            )
        if prepared.problems:
            prepared.discard()
            raise ValidationError(prepared.problems)
        store, counts = prepared.store, prepared.counts
        try:
            with _writing_store(root):
                prepared.statements = None  # millions of terms the collector would walk below
                store.flush()
                del store, prepared.store
                gc.collect()
                manifest = {
                    "format": STORE_FORMAT,
                    "version": __version__,
                    "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                    "inputs": prepared.inputs,
                    "counts": counts,
                }
                (prepared.folder / STAMP).write_text(_stamp(prepared.inputs), "utf-8")
                (prepared.folder / freshness.FOLDERS).write_text(
                    freshness.record(prepared.folders), "utf-8")
                _mark_complete(prepared.folder, manifest)
                _swap_in(root, prepared.folder)
        except BaseException:
            shutil.rmtree(prepared.folder, ignore_errors=True)
            raise
        _prune(root)
    return BuildReport(
        store=str(root.store), seconds=round(time.perf_counter() - started, 3),
        files_parsed=prepared.files_parsed, incremental=prepared.incremental, **counts,
    )


def ensure_store(root: Root, progress: Progress = _log_progress) -> Path:
    """The store link (`output/store`), the store built first if missing or older than its
    inputs. Readers open it with graph.store.lock.hold, which resolves the link once."""
    reason = staleness(root)
    if reason:
        have_store = (root.store / DATABASE).is_dir()
        try:
            log.info("building the store (%s)...", reason)
            report = build(root, only_if_stale=True, progress=progress, wait=not have_store)
        except StoreError as error:
            if not have_store or "another kgraph build" not in str(error):
                raise
            log.warning("another build is running; answering from the current store")
            report = None
        if report:
            log.info(
                "built %d claims about %d entities from %d sources in %.1f s",
                report.claims, report.entities, report.sources, report.seconds,
            )
    return root.store
