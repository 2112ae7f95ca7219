"""parse → validate → materialize → persist, atomically, and only when an input changed."""

from __future__ import annotations

import contextlib
import fcntl
import gc
import json
import logging
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox

from graph import __version__
from graph.dates import DATATYPE_PRECISION
from graph.errors import SourceSyntaxError, StoreError, ValidationError
from graph.inputs import Inputs, fingerprint_file, load_inputs, source_texts
from graph.names import name_key
from graph.root import Root
from graph.terms import (
    CLASS_ENTITY,
    DERIVED_GRAPH,
    KG,
    P_DERIVED_FROM,
    P_PRECISION,
    P_SEARCH_KEY,
    P_TEXT,
    PREFIXES,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT,
    SKOS_PREF,
    TRUTHY_GRAPH,
)
from graph.validate import collect_problems, working_store

log = logging.getLogger("kgraph")

# Bump when the layout of the store changes, so that old stores are rebuilt.
STORE_FORMAT = 1
MANIFEST = "manifest.json"
DATABASE = "oxigraph"


@dataclass(frozen=True)
class BuildReport:
    store: str
    triples: int
    claims: int
    entities: int
    sources: int
    seconds: float

    def as_dict(self) -> dict:
        return asdict(self)


def _select(store: ox.Store, query: str):
    return store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)


def _materialize(inputs: Inputs, store: ox.Store) -> list[ox.Quad]:
    """The truthy layer and the derived facts that make simple SPARQL and fast lookups work."""
    truthy = ox.NamedNode(TRUTHY_GRAPH)
    derived = ox.NamedNode(DERIVED_GRAPH)
    out: list[ox.Quad] = []
    for row in _select(
        store,
        """SELECT ?s ?r ?o ?symmetric WHERE {
             ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o .
             FILTER NOT EXISTS { ?c kg:negated true }
             BIND(EXISTS { ?r a owl:SymmetricProperty } AS ?symmetric) }""",
    ):
        out.append(ox.Quad(row["s"], row["r"], row["o"], truthy))
        if row["symmetric"].value == "true":
            out.append(ox.Quad(row["o"], row["r"], row["s"], truthy))
    for row in _select(
        store, "SELECT DISTINCT ?c ?src WHERE { ?c kg:evidence ?ev . ?ev kg:source ?src }"
    ):
        out.append(ox.Quad(row["c"], ox.NamedNode(P_DERIVED_FROM), row["src"], derived))
    precision = ox.NamedNode(P_PRECISION)
    for row in _select(store, "SELECT ?x ?d WHERE { ?x kg:date|dcterms:issued ?d }"):
        name = DATATYPE_PRECISION.get(row["d"].datatype.value)
        if name:
            out.append(ox.Quad(row["x"], precision, ox.NamedNode(KG + name.title()), derived))
    # Entities are typed with every kg superclass so that `?x a kg:Agent` just works.
    for row in _select(
        store,
        f"""SELECT DISTINCT ?x ?super WHERE {{
              ?x a ?class . ?class rdfs:subClassOf+ ?super .
              ?super rdfs:subClassOf* <{CLASS_ENTITY}> .
              FILTER(STRSTARTS(STR(?super), "{KG}")) }}""",
    ):
        out.append(ox.Quad(row["x"], ox.NamedNode(RDF_TYPE), row["super"], derived))
    pref, key = ox.NamedNode(SKOS_PREF), ox.NamedNode(P_SEARCH_KEY)
    for row in _select(
        store,
        f"""SELECT ?x ?label ?alias WHERE {{
              ?x a/rdfs:subClassOf* <{CLASS_ENTITY}> .
              {{ ?x <{RDFS_LABEL}> ?label }} UNION {{ ?x <{SKOS_ALT}> ?alias }} }}""",
    ):
        name = row["label"] or row["alias"]
        if row["label"] is not None:
            out.append(ox.Quad(row["x"], pref, row["label"], derived))
        out.append(ox.Quad(row["x"], key, ox.Literal(name_key(name.value)), derived))
    text = ox.NamedNode(P_TEXT)
    for source, content in source_texts(inputs).items():
        if content is not None:
            out.append(ox.Quad(ox.NamedNode(source), text, ox.Literal(content), derived))
    return out


def _count(store: ox.Store, query: str) -> int:
    return int(next(iter(_select(store, query)))["n"].value)


def _fingerprints(root: Root) -> dict[str, dict]:
    entries = {}
    for path in root.input_files():
        stat = path.stat()
        entries[root.relative(path)] = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    return entries


def _manifest_path(root: Root) -> Path:
    return root.store / MANIFEST


def read_manifest(root: Root) -> dict | None:
    try:
        return json.loads(_manifest_path(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def staleness(root: Root) -> str | None:
    """Why the store must be (re)built, or None when it reflects the current inputs."""
    manifest = read_manifest(root)
    if manifest is None or not (root.store / DATABASE).is_dir():
        return "no store yet"
    if manifest.get("format") != STORE_FORMAT or manifest.get("version") != __version__:
        return "the store was built by another version of kgraph"
    recorded: dict[str, dict] = manifest.get("inputs", {})
    current = _fingerprints(root)
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


@contextlib.contextmanager
def _build_lock(root: Root):
    root.output.mkdir(parents=True, exist_ok=True)
    with open(root.output / ".build.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_store(root: Root, quads: list[ox.Quad], manifest: dict) -> None:
    """Write into a fresh folder, then swap the `store` link in one rename: a reader sees the
    old store or the new one, and a failure leaves the old one as it was."""
    stores = root.output / ".stores"
    stores.mkdir(parents=True, exist_ok=True)
    target = Path(tempfile.mkdtemp(prefix="store-", dir=stores))
    try:
        database = ox.Store(str(target / DATABASE))
        database.bulk_extend(quads)
        database.flush()
        del database
        gc.collect()
        (target / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        if root.store.exists() and not root.store.is_symlink():
            # A store folder from elsewhere (copied in by hand): keep it aside, don't delete it.
            root.store.rename(stores / f"previous-{int(time.time())}")
        link = root.output / f".store-link-{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            link.unlink()
        link.symlink_to(Path(".stores") / target.name)
        os.replace(link, root.store)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    _prune(stores, keep=target)


def _prune(stores: Path, keep: Path) -> None:
    """Keep the new store and the one before it (a reader may still have it open)."""
    builds = sorted(
        (p for p in stores.iterdir() if p.name.startswith("store-") and p != keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in builds[1:]:
        shutil.rmtree(old, ignore_errors=True)


def check(root: Root) -> tuple[Inputs, ox.Store, list]:
    inputs = load_inputs(root)
    store = working_store(inputs)
    return inputs, store, collect_problems(inputs, store)


def build(root: Root, *, only_if_stale: bool = False) -> BuildReport | None:
    """Build the store of `root`; raises without touching the previous store on any problem.
    With `only_if_stale`, returns None when another process built it meanwhile."""
    started = time.perf_counter()
    with _build_lock(root):
        if only_if_stale and staleness(root) is None:
            return None
        fingerprints = _fingerprints(root)
        inputs, working, problems = check(root)
        if inputs.syntax_problems:
            first = inputs.syntax_problems[0]
            more = len(inputs.syntax_problems) - 1
            suffix = f" (and {more} more file{'s' if more > 1 else ''})" if more else ""
            raise SourceSyntaxError(
                f"{first.file}:{first.line}: {first.message.removeprefix('Turtle syntax error: ')}"
                + suffix
            )
        if problems:
            raise ValidationError(problems)
        quads = inputs.quads + _materialize(inputs, working)
        working.bulk_extend(quads[len(inputs.quads) :])
        for name, entry in fingerprints.items():
            entry["sha256"] = fingerprint_file(root.path / name)
        report = BuildReport(
            store=str(root.store),
            triples=len(quads),
            claims=_count(working, "SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Claim }"),
            entities=_count(
                working, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Entity }"
            ),
            sources=_count(working, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Source }"),
            seconds=0.0,
        )
        manifest = {
            "format": STORE_FORMAT,
            "version": __version__,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "inputs": fingerprints,
            "counts": {k: getattr(report, k) for k in ("triples", "claims", "entities", "sources")},
        }
        try:
            _write_store(root, quads, manifest)
        except OSError as error:
            raise StoreError(f"cannot write the store under {root.output}: {error}") from error
    seconds = round(time.perf_counter() - started, 3)
    return BuildReport(**{**report.as_dict(), "seconds": seconds})


def ensure_store(root: Root) -> Path:
    """The store's database folder, built first if missing or older than its inputs."""
    reason = staleness(root)
    if reason:
        log.info("building the store (%s)...", reason)
        report = build(root, only_if_stale=True)
        if report:
            log.info(
                "built %d claims about %d entities from %d sources in %.1f s",
                report.claims, report.entities, report.sources, report.seconds,
            )
    return (root.store / DATABASE).resolve()
