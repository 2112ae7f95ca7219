"""A map for print: the laid-out projection (map_layout.py) drawn as one SVG, at the positions
the HTML page uses, node labels as text, and a caption citing the sources of the claims drawn;
or that SVG rendered to PNG by CairoSVG."""

from __future__ import annotations

import math
from xml.sax.saxutils import escape, quoteattr

from graph.errors import InputError
from graph.publish.map_labels import FONT_SIZE, LABEL_GAP, LINE_HEIGHT, STROKE, text_width
from graph.publish.map_layout import SEVERAL_RELATIONS_COLOR, MapGraph, node_box, node_size
from graph.publish.map_page import citation, edge_style

# Fonts a printer's or reader's system has; the label boxes are measured for DejaVu Sans.
PRINT_FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"
MARGIN = 24
TITLE_SIZE = 18
CAPTION_SIZE = 12
PNG_SCALE = 2  # PNG pixels per SVG pixel: sharp when printed at the SVG's width


def render_svg(graph: MapGraph, sources: dict) -> str:
    """The map as an SVG document. `sources` maps a source's compact id to its title, date
    of issue and publisher (graph.model.sources.source_titles)."""
    most = max((n.degree for n in graph.nodes.values()), default=1)
    boxes = {iri: node_box(node, most) for iri, node in graph.nodes.items()}
    left = min(n.x + boxes[i][0] for i, n in graph.nodes.items())
    top = min(n.y + boxes[i][1] for i, n in graph.nodes.items())
    right = max(n.x + boxes[i][2] for i, n in graph.nodes.items())
    bottom = max(n.y + boxes[i][3] for i, n in graph.nodes.items())
    width = math.ceil(right - left + 2 * MARGIN)
    head = MARGIN + TITLE_SIZE + 10
    # Drawing coordinates: the layout's, shifted so that the drawing starts below the title.
    dx, dy = MARGIN - left, head - top
    caption = _caption(graph, sources, width - 2 * MARGIN)
    legend, legend_height = _legend(graph, head + (bottom - top) + 16, width - 2 * MARGIN)
    caption_top = head + (bottom - top) + 16 + legend_height
    height = math.ceil(caption_top + len(caption) * (CAPTION_SIZE + 4) + MARGIN)

    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family={quoteattr(PRINT_FONT)}>',
        f"<title>{escape(graph.title)}</title>",
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        _markers(graph),
        f'<text class="title" x="{MARGIN}" y="{MARGIN + TITLE_SIZE - 4}" '
        f'font-size="{TITLE_SIZE}" font-weight="bold" fill="#222222">{escape(graph.title)}</text>',
        '<g class="edges" fill="none">',
    ]
    for edge in graph.edges:
        parts.append(_edge(graph, edge, most, dx, dy))
    parts.append("</g>")
    parts.append('<g class="nodes">')
    for node in graph.nodes.values():
        radius = node_size(node.degree, most)
        x, y = node.x + dx, node.y + dy
        parts.append(f'<g class="node" data-id={quoteattr(node.id)}>')
        parts.append(_shape(node.shape, x, y, radius, node.color))
        parts.append(_label(node.lines, x, y + radius + LABEL_GAP))
        parts.append("</g>")
    parts.append("</g>")
    parts.append(legend)
    parts.append(f'<g class="caption" font-size="{CAPTION_SIZE}" fill="#333333">')
    for i, line in enumerate(caption):
        y = caption_top + (i + 1) * (CAPTION_SIZE + 4)
        parts.append(f'<text x="{MARGIN}" y="{y:.1f}">{escape(line)}</text>')
    parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def svg_to_png(svg: str) -> bytes:
    """The SVG rendered at PNG_SCALE by CairoSVG, which needs the system's cairo library."""
    try:
        import cairosvg
    except (ImportError, OSError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError(
            f"PNG export needs CairoSVG and the cairo library (libcairo2): {reason}"
        ) from error
    return cairosvg.svg2png(bytestring=svg.encode("utf-8"), scale=PNG_SCALE)


def _caption(graph: MapGraph, sources: dict, room: float) -> list[str]:
    """Counts, then every source cited by the claims drawn, each wrapped to `room` pixels."""
    cited = {ev.source.id: ev.source.label
             for edge in graph.edges for claim in edge.claims for ev in claim.evidence}
    lines = [f"{len(graph.nodes)} entities, {len(graph.edges)} ties, {graph.claims} claims. "
             f"Sources of the claims drawn:"]
    entries = sorted(
        (citation(label, *sources.get(id_, (None,) * 3)) for id_, label in cited.items()),
        key=str.casefold,
    )
    for entry in entries:
        lines.extend(_wrap(f"• {entry}", room))
    return lines


def _legend(graph: MapGraph, top: float, room: float) -> tuple[str, float]:
    """One key of every class drawn (its shape) and every relation (its color), in rows that
    fit `room` pixels; the SVG group and its height."""
    looks = sorted({(n.class_name or "other", n.shape, n.color) for n in graph.nodes.values()})
    keys = [("class", name, shape, color) for name, shape, color in looks]
    keys += [("relation", label, None, color) for label, color, _ in graph.relations.values()]
    if any(edge_style(e, graph.relations)["color"] == SEVERAL_RELATIONS_COLOR
           for e in graph.edges):
        keys.append(("relation", "several relations", None, SEVERAL_RELATIONS_COLOR))
    row = CAPTION_SIZE + 8
    x, y = 0.0, top + row / 2
    items = [f'<g class="legend" font-size="{CAPTION_SIZE}" fill="#333333">']
    for kind, name, shape, color in keys:
        width = 24 + text_width(name, CAPTION_SIZE) + 14
        if x and x + width > room:
            x, y = 0.0, y + row
        left = MARGIN + x
        if kind == "class":
            items.append(_shape(shape, left + 7, y, 6, color))
        else:
            items.append(f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{left + 18:.1f}" y2="{y:.1f}" '
                         f'stroke="{color}" stroke-width="2.5"/>')
        items.append(f'<text x="{left + 24:.1f}" y="{y + CAPTION_SIZE * 0.35:.1f}">'
                     f"{escape(name)}</text>")
        x += width
    items.append("</g>")
    return "".join(items), y + row / 2 - top + 8


def _wrap(text: str, room: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and text_width(joined, CAPTION_SIZE) <= room:
            lines[-1] = joined
        else:
            lines.append(f"  {word}" if lines else word)
    return lines


def _markers(graph: MapGraph) -> str:
    colors = sorted({edge_style(e, graph.relations)["color"] for e in graph.edges})
    defs = ["<defs>"]
    for color in colors:
        defs.append(
            f'<marker id="arrow-{color[1:]}" viewBox="0 0 10 10" refX="10" refY="5" '
            f'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{color}"/></marker>'
        )
    defs.append("</defs>")
    return "".join(defs)


def _edge(graph: MapGraph, edge, most: int, dx: float, dy: float) -> str:
    style = edge_style(edge, graph.relations)
    a, b = graph.nodes[edge.source.iri], graph.nodes[edge.target.iri]
    x1, y1, x2, y2 = a.x + dx, a.y + dy, b.x + dx, b.y + dy
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    # Lines stop at the shapes' edges, so that arrowheads are not hidden under them.
    ra, rb = node_size(a.degree, most), node_size(b.degree, most)
    x1, y1, x2, y2 = x1 + ux * ra, y1 + uy * ra, x2 - ux * rb, y2 - uy * rb
    marker = f"url(#arrow-{style['color'][1:]})"
    ends = ""
    if "to" in style["arrows"].split(", "):
        ends += f' marker-end="{marker}"'
    if "from" in style["arrows"].split(", "):
        ends += f' marker-start="{marker}"'
    return (f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{style["color"]}" stroke-width="{style["width"]}"{ends}>'
            f"<title>{escape(style['label'])}</title></line>")


def _label(lines: list[str], x: float, top: float) -> str:
    """The label's lines centered under the node, over a white halo as on the page (drawn as
    a copy: not every renderer knows paint-order)."""
    spans = "".join(
        f'<tspan x="{x:.1f}" y="{top + STROKE / 2 + 0.8 * FONT_SIZE + i * LINE_HEIGHT:.1f}">'
        f"{escape(line)}</tspan>"
        for i, line in enumerate(lines)
    )
    common = f'text-anchor="middle" font-size="{FONT_SIZE}"'
    return (f'<text class="halo" aria-hidden="true" {common} fill="none" stroke="#ffffff" '
            f'stroke-width="{STROKE}" stroke-linejoin="round">{spans}</text>'
            f'<text class="label" {common} fill="#343434">{spans}</text>')


def _polygon(points, color: str) -> str:
    joined = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return f'<polygon points="{joined}" fill="{color}" stroke="#555555" stroke-width="0.8"/>'


def _shape(shape: str, x: float, y: float, r: float, color: str) -> str:
    """The node's shape as vis-network draws it at size `r`."""
    if shape == "square":
        return (f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" '
                f'fill="{color}" stroke="#555555" stroke-width="0.8"/>')
    if shape == "diamond":
        return _polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], color)
    if shape in ("triangle", "triangleDown"):
        side = 2 * r
        inner = math.sqrt(3) / 6 * side
        tall = math.sqrt(side**2 - r**2)
        sign = 1 if shape == "triangle" else -1
        return _polygon([(x, y - sign * (tall - inner)), (x + r, y + sign * inner),
                         (x - r, y + sign * inner)], color)
    if shape == "hexagon":
        return _polygon([(x + r * math.cos(i * math.pi / 3), y + r * math.sin(i * math.pi / 3))
                         for i in range(6)], color)
    if shape == "star":
        inner_r = r * 0.82
        cy = y + 0.1 * inner_r
        return _polygon([(x + (inner_r * (1.3 if i % 2 == 0 else 0.5)) * math.sin(i * math.pi / 5),
                          cy - (inner_r * (1.3 if i % 2 == 0 else 0.5)) * math.cos(i * math.pi / 5))
                         for i in range(10)], color)
    return (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{color}" stroke="#555555" '
            f'stroke-width="0.8"/>')
