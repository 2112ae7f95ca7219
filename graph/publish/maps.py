"""Interactive network maps: the projection laid out (map_layout.py), rendered as one
self-contained HTML page (map_page.py) and written atomically."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from graph.model.sources import source_titles
from graph.publish.files import write_text
from graph.publish.map_layout import MapSource, map_graph
from graph.publish.map_page import render_html
from graph.root import Root


class MapRoot(MapSource, Protocol):
    """A map source with a root, whose output folder takes maps by default."""

    @property
    def root(self) -> Root: ...


@dataclass(frozen=True)
class MapReport:
    path: Path
    nodes: int
    edges: int
    claims: int
    bytes: int
    seconds: float


def write_map(source: MapRoot, output: str | os.PathLike | None = None,
              center: str | None = None, depth: int | None = None, relations=(),
              since: str | None = None, until: str | None = None) -> MapReport:
    """Project, lay out and write one map; `output` defaults to map.html in the root's
    output folder."""
    started = time.perf_counter()
    graph = map_graph(source, center, depth, relations, since, until)
    cited = {e.source.iri for edge in graph.edges for c in edge.claims for e in c.evidence}
    sources = source_titles(source.engine, cited)
    html = render_html(graph, sources)
    path = Path(output) if output is not None else source.root.output / "map.html"
    size = write_text(path, html)
    return MapReport(path.resolve(), len(graph.nodes), len(graph.edges), graph.claims, size,
                     time.perf_counter() - started)
