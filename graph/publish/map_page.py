"""The page of an interactive network map: one self-contained HTML file that draws a laid-out
map (map_layout.py) with the vis-network bundled in pyvis.

pyvis holds the nodes, edges and options; the page around them is ours, because pyvis's own
template loads Bootstrap from a CDN, writes its heading unescaped and puts node ids raw into
its select menu. Here every script and style is inline, every piece of data travels as JSON
inside a non-executable script element, and the page script writes data only as text.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path

from graph.errors import InputError
from graph.model.claims import Claim
from graph.publish.map_labels import FONT, FONT_SIZE, STROKE
from graph.publish.map_layout import (
    NODE_SIZE,
    SEVERAL_RELATIONS_COLOR,
    SMALL,
    MapEdge,
    MapGraph,
    node_size,
)

LARGE = 1500  # from this many edges on, edges are hidden while dragging or zooming
# Node and label sizes by degree on a big map (canvas pixels; map.js scales by square root, as
# node_size does); a label shows once its size on screen reaches the threshold.
BIG_MAP_SCALING = {
    "min": NODE_SIZE[0], "max": NODE_SIZE[1],
    "label": {"enabled": True, "min": 10, "max": 28, "drawThreshold": 9, "maxVisible": 28},
}


def edge_style(edge: MapEdge, relations: dict[str, tuple[str, str, bool]]) -> dict:
    """Label, color and arrows of an edge from its claims; the page recomputes the same from
    the claims a filter leaves (see styleEdge in map.js). The label is shown on hover, never
    drawn along the line."""
    counts = Counter(c.relation for c in edge.claims)
    label = ", ".join(
        relations[r][0] + (f" ×{n}" if n > 1 else "") for r, n in counts.items()
    )
    color = relations[next(iter(counts))][1] if len(counts) == 1 else SEVERAL_RELATIONS_COLOR
    ways = {edge.direction(c) for c in edge.claims} - {"none"}
    arrows = ", ".join(w for w in ("to", "from") if w in ways)
    return {"label": label, "color": color, "arrows": arrows,
            "width": round(1 + math.log2(len(edge.claims)), 2)}


# A source's label often ends with its date in a format of its own: "… (18-11-2025)".
_DATED_LABEL = re.compile(r"\(.*\d{4}.*\)\s*$")


def citation(label: str, title: str | None, issued: str | None, publisher: str | None) -> str:
    """How a map cites a source: its title (its label when it has none), its publisher, one
    date."""
    parts = [title or label]
    if publisher:
        parts.append(publisher)
    if issued and (title or not _DATED_LABEL.search(label)):
        parts.append(issued)
    return " · ".join(parts)


def _claim_data(edge: MapEdge, claim: Claim, sources: dict) -> dict:
    first_last = claim.span
    return {
        "id": claim.id,
        "relation": claim.relation,
        "dir": edge.direction(claim),
        "subject": claim.subject.label,
        "object": claim.object.label,
        "start": first_last[0].isoformat() if first_last else None,
        "end": first_last[1].isoformat() if first_last else None,
        "when": claim.when,
        "expression": claim.date_expression,
        "qualifiers": [[k, _text(v)] for k, v in claim.qualifiers.items()],
        "evidence": [
            {
                "quote": ev.quote,
                "cite": citation(ev.source.label, *sources.get(ev.source.id, (None,) * 3)),
                "by": ev.attributed_to.label if ev.attributed_to else None,
            }
            for ev in claim.evidence
        ],
    }


def _text(value) -> str:
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def build_network(graph: MapGraph, sources: dict):
    """The pyvis Network of a map: nodes placed, physics off, one edge per pair."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    net.node_ids = _NodeIds()
    most = max((n.degree for n in graph.nodes.values()), default=1)
    # A big map's layout does not keep labels apart: there a node's label grows with its
    # degree and shows only once zoomed in far enough to read it, hubs first.
    big = len(graph.nodes) > SMALL
    for node in graph.nodes.values():
        sized = {"value": node.degree} if big else {"size": node_size(node.degree, most)}
        net.add_node(
            node.id, label="\n".join(node.lines), shape=node.shape, color=node.color,
            x=node.x, y=node.y, **sized,
            card={
                "id": node.id, "label": node.entity.label, "class": node.class_name,
                "description": node.description, "countries": node.countries,
                "parties": node.parties, "aliases": node.aliases, "degree": node.degree,
            },
        )
    for edge in graph.edges:
        style = edge_style(edge, graph.relations)
        net.add_edge(
            edge.source.id, edge.target.id, id=edge.id, summary=style.pop("label"), **style,
            claims=[_claim_data(edge, c, sources) for c in edge.claims],
        )
    large = len(graph.edges) >= LARGE
    net.options = {
        "autoResize": True,
        "physics": {
            "enabled": False,
            "solver": "forceAtlas2Based",
            "stabilization": {"enabled": False},
        },
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": False,
        },
        "nodes": {
            **({"scaling": BIG_MAP_SCALING} if big else {}),
            "borderWidth": 1,
            "font": {"size": FONT_SIZE, "face": FONT, "strokeWidth": STROKE,
                     "strokeColor": "#ffffff"},
        },
        "edges": {
            "smooth": False,
            "color": {"inherit": False},
            "arrows": {"to": {"scaleFactor": 0.6}, "from": {"scaleFactor": 0.6}},
            "selectionWidth": 2,
        },
    }
    return net


class _NodeIds(list):
    """pyvis checks every new node and edge against a list of node ids: quadratic time at a
    few thousand nodes. The same list, with a set answering `in`."""

    def __init__(self):
        super().__init__()
        self._members: set = set()

    def append(self, item) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item) -> bool:
        return item in self._members


_TEMPLATES = Path(__file__).resolve().parent / "templates"


def _script_json(value) -> str:
    """JSON that cannot end its <script> element nor open a comment inside it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style as bundled in pyvis, to be inlined."""
    import pyvis

    folder = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
    script = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    style = (folder / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in script.lower() or "</style" in style.lower():
        raise InputError("the bundled vis-network cannot be inlined safely")
    return script, style


def claim_dates(graph: MapGraph) -> list[str]:
    """Every first and last day of the claims drawn, in order: the stops of the time slider."""
    return sorted({day.isoformat() for edge in graph.edges for claim in edge.claims
                   for day in (claim.span or ())})


def render_html(graph: MapGraph, sources: dict) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    net = build_network(graph, sources)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "relations": {
            name: {"label": label, "color": color, "symmetric": symmetric}
            for name, (label, color, symmetric) in graph.relations.items()
        },
        "several": SEVERAL_RELATIONS_COLOR,
        "center": graph.center.id if graph.center else None,
        "dates": claim_dates(graph),
        "refit": len(graph.nodes) <= SMALL,
    }
    script, style = _vis_assets()
    classes = Counter((n.class_name or "other", n.shape, n.color) for n in graph.nodes.values())
    environment = Environment(
        loader=FileSystemLoader(_TEMPLATES), autoescape=select_autoescape(["html"]),
        trim_blocks=True, lstrip_blocks=True,
    )
    return environment.get_template("map.html").render(
        title=graph.title,
        counts={"nodes": len(graph.nodes), "edges": len(graph.edges), "claims": graph.claims},
        negated=graph.negated_left_out,
        classes=sorted(classes.items(), key=lambda item: (-item[1], item[0][0])),
        relations=graph.relations,
        several=SEVERAL_RELATIONS_COLOR,
        data=Markup(_script_json(data)),
        vis_script=Markup(script),
        vis_style=Markup(style),
        page_script=Markup((_TEMPLATES / "map.js").read_text(encoding="utf-8")),
        page_style=Markup((_TEMPLATES / "map.css").read_text(encoding="utf-8")),
    )


