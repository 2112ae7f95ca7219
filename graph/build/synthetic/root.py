"""The entry point: a whole synthetic root written in a staging folder and renamed into place."""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from graph.build.synthetic.claims import write_claims
from graph.build.synthetic.entities import draw_entities, entity_turtle
from graph.build.synthetic.turtle import TURTLE_PREFIXES, ChunkWriter
from graph.errors import InputError
from graph.root import packaged_root

ENTITIES_PER_FILE = 50_000
DEFAULT_CLAIMS_PER_ACTOR = 3


@dataclass(frozen=True)
class SynthReport:
    root: str
    entities: int
    claims: int
    sources: int
    classes: dict[str, int]
    seconds: float


def _staging_folder(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.synth-", dir=target.parent))


def generate(target: str | os.PathLike, actors: int, claims: int | None = None,
             seed: int = 0) -> SynthReport:
    """Write a synthetic root into `target`, which must be new or empty. Written in a staging
    folder next to it and renamed into place, so an interrupted run leaves nothing half-done."""
    started = time.perf_counter()
    target = Path(target)
    if claims is None:
        claims = DEFAULT_CLAIMS_PER_ACTOR * actors
    if actors < 20:
        raise InputError(f"`actors` {actors} is too small: give at least 20",
                         parameter="actors")
    if claims < 1:
        raise InputError("`claims` must be at least 1", parameter="claims")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError(f"{target} exists and is not an empty folder")
    rng = random.Random(seed)
    staging = _staging_folder(target)
    try:
        ontology, seeds = staging / "ontology", staging / "seeds"
        ontology.mkdir()
        seeds.mkdir()
        (staging / "output").mkdir()
        packaged = packaged_root().ontology
        for name in ("schema.ttl", "shapes.ttl"):
            shutil.copyfile(packaged / name, ontology / name)
        entities = draw_entities(rng, actors)
        writer = ChunkWriter(ontology, "entities", ENTITIES_PER_FILE, TURTLE_PREFIXES)
        try:
            for entity in entities:
                writer.write(entity_turtle(entity, entities))
        finally:
            writer.close()
        sources = write_claims(rng, staging, entities, claims)
        if target.exists():
            target.rmdir()
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    classes: dict[str, int] = {}
    for entity in entities:
        classes[entity.cls] = classes.get(entity.cls, 0) + 1
    return SynthReport(
        root=str(target), entities=len(entities), claims=claims, sources=sources,
        classes=classes, seconds=round(time.perf_counter() - started, 2),
    )

