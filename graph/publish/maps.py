"""Network maps: the projection laid out (map_layout.py), rendered as one self-contained
interactive HTML page (map_page.py) or, for print, as SVG or PNG (map_svg.py), and written
atomically."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from graph.errors import InputError
from graph.model.sources import source_titles
from graph.publish.files import write_bytes, write_text
from graph.publish.map_layout import MapSource, map_graph
from graph.publish.map_page import render_html
from graph.root import Root

# The kinds of file a map is written as, by the suffix of its name.
MAP_SUFFIXES = {".html": "html", ".htm": "html", ".svg": "svg", ".png": "png"}


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
    output folder. Its suffix picks the kind: an interactive page (.html), or a drawing for
    print with a caption citing the sources (.svg, .png)."""
    started = time.perf_counter()
    path = Path(output) if output is not None else source.root.output / "map.html"
    kind = MAP_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"cannot write {path}: a map is written as .html, .svg or .png",
                         parameter="output")
    graph = map_graph(source, center, depth, relations, since, until)
    cited = {e.source.iri for edge in graph.edges for c in edge.claims for e in c.evidence}
    sources = source_titles(source.engine, cited)
    if kind == "html":
        size = write_text(path, render_html(graph, sources))
    else:
        from graph.publish.map_svg import render_svg, svg_to_png

        svg = render_svg(graph, sources)
        size = write_text(path, svg) if kind == "svg" else write_bytes(path, svg_to_png(svg))
    return MapReport(path.resolve(), len(graph.nodes), len(graph.edges), graph.claims, size,
                     time.perf_counter() - started)
