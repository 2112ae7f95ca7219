"""What an interactive network map shows, and where: actors and their claims projected from
the store (one edge per pair of entities, listing every claim between them), styled by class
and relation, and laid out in Python so that the page opens ready to read."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Protocol

from graph.errors import InputError
from graph.model.claims import Claim, load_claims, neighbors
from graph.model.dates import Window
from graph.model.entities import EntityRef
from graph.model.schema import Schema
from graph.model.terms import KG, SKOS_ALT, local_name
from graph.publish.map_labels import LABEL_GAP, label_lines, label_size
from graph.sparql.bindings import values_clause
from graph.store.engine import Engine

# Node look by class, most specific first: a node takes the first entry among its class and
# that class's ancestors. Shapes with the label outside, so that size can show degree. vis-network
# has seven such shapes: each kind of event has its own (in one mauve family), each kind of actor
# its own color and, as far as seven go, its own shape.
CLASS_STYLES = {
    "Person": ("dot", "#4e79a7"),
    "PoliticalParty": ("diamond", "#e15759"),
    "Coalition": ("hexagon", "#f28e2b"),
    "Network": ("star", "#76b7b2"),
    "SocialMediaPlatform": ("triangle", "#edc948"),
    "MediaOutlet": ("square", "#edc948"),
    "Organization": ("square", "#59a14f"),
    "Office": ("triangleDown", "#bab0ac"),
    "EventSeries": ("hexagon", "#b07aa1"),
    "ElectionRound": ("diamond", "#8e6c8a"),
    "Election": ("square", "#8e6c8a"),
    "Summit": ("star", "#b07aa1"),
    "Meeting": ("triangleDown", "#b07aa1"),
    "Event": ("triangle", "#b07aa1"),
    "Country": ("square", "#9c755f"),
    "Place": ("dot", "#9c755f"),
}
OTHER_STYLE = ("dot", "#999999")

RELATION_COLORS = {
    "met": "#1f77b4",
    "contactWith": "#17becf",
    "allied": "#2ca02c",
    "endorsed": "#d62728",
    "opponentOf": "#ff7f0e",
    "memberOf": "#7f7f7f",
    "leaderOf": "#8c564b",
    "represents": "#bcbd22",
    "participatedIn": "#9467bd",
    "invitedTo": "#c5b0d5",
    "organizedBy": "#e377c2",
    "candidateIn": "#aec7e8",
    "holdsOffice": "#c49c94",
}
# Relations the palette does not know yet (a newer schema) take these in name order.
SPARE_COLORS = ["#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d"]
SEVERAL_RELATIONS_COLOR = "#555555"

NODE_SIZE = (8, 38)  # radius of the least and the most connected node
EDGE_LENGTH = 150  # median edge length of the layout, in canvas pixels
SPACING = 70  # mean room per node of a big layout, in canvas pixels
SMALL = 300  # up to this many nodes, the slower layout that spreads hubs evenly
# A small layout is stretched over this box (canvas pixels) before its labels are separated:
# the proportions of a laptop's map area, and of a landscape page for the static export.
FRAME = (1000.0, 620.0)
LABEL_ROOM = 8  # free space kept between two nodes' boxes (shape and label)
CROWDING = 2.5  # a frame at least this many times the nodes' boxes, before they are separated

# A node in several parties is linked to them by these relations.
_PARTY_RELATIONS = ("memberOf", "leaderOf")
_DESCRIPTION = "https://schema.org/description"
_DESCRIPTION_LANGUAGES = ("en", "es", "")  # the card shows the first one an entity has


@dataclass
class MapNode:
    entity: EntityRef
    class_name: str | None
    shape: str
    color: str
    aliases: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    description: str | None = None
    degree: int = 0
    x: float = 0.0
    y: float = 0.0

    @property
    def id(self) -> str:
        return self.entity.id

    @property
    def lines(self) -> list[str]:
        return label_lines(self.entity.label)


@dataclass
class MapEdge:
    """Every claim between two entities, whatever its relation or direction: one line."""

    source: EntityRef
    target: EntityRef
    claims: list[Claim] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.source.id}|{self.target.id}"

    def direction(self, claim: Claim) -> str:
        """`to` when the claim reads from source to target, `from` the other way, `none` when
        its relation is symmetric."""
        if claim.symmetric:
            return "none"
        return "to" if claim.subject.iri == self.source.iri else "from"


@dataclass
class MapGraph:
    """The projection a map draws: entities at the ends of the matching claims, and one edge
    per pair of entities listing the claims between them."""

    title: str
    nodes: dict[str, MapNode]
    edges: list[MapEdge]
    relations: dict[str, tuple[str, str, bool]]  # name -> (English label, color, symmetric)
    center: EntityRef | None = None
    negated_left_out: int = 0

    @property
    def claims(self) -> int:
        return sum(len(e.claims) for e in self.edges)



class MapSource(Protocol):
    """What a map reads: the store, its schema, and names resolved to entities
    (`KnowledgeGraph` is one)."""

    @property
    def engine(self) -> Engine: ...

    @property
    def schema(self) -> Schema: ...

    def resolve(self, name: str) -> EntityRef: ...


# ---------------------------------------------------------------- the projection


def map_graph(source: MapSource, center: str | None = None, depth: int | None = None,
              relations=(), since: str | None = None, until: str | None = None) -> MapGraph:
    """The claims a map shows, read from `source`: all of them, or those within `depth`
    steps of `center`; only `relations` when given; only those whose date overlaps
    since..until when either is given. Negated claims are left out, as in the truthy layer.
    Raises InputError when nothing is left to draw."""
    if depth is not None and center is None:
        raise InputError("`depth` needs `center`", parameter="depth")
    window = Window.parse(since, until)
    engine, schema = source.engine, source.schema
    names = schema.relation_names(relations)
    focus = source.resolve(center) if center is not None else None
    if focus is not None:
        rows = neighbors(engine, schema, focus, names, "both", window, depth or 1)
        claims = [row.claim for row in rows]
    else:
        claims = [c for c in _all_claims(engine, schema, names) if window.admits(c.span)]
    kept = [c for c in claims if c.qualifiers.get("negated") is not True]
    if not kept:
        scope = _describe_filter(focus, depth, names, window)
        raise InputError(f"nothing to map: no claim {scope}")

    pairs: dict[frozenset, MapEdge] = {}
    for claim in sorted(kept, key=lambda c: (c.subject.iri, c.object.iri, c.sort_key())):
        key = frozenset((claim.subject.iri, claim.object.iri))
        edge = pairs.setdefault(key, MapEdge(claim.subject, claim.object))
        edge.claims.append(claim)
    edges = list(pairs.values())

    entities = {e.iri: e for edge in edges for e in (edge.source, edge.target)}
    class_iris = {label: iri for iri, label in schema.class_labels.items()}
    nodes = {iri: _node(schema, class_iris, ref) for iri, ref in sorted(entities.items())}
    for edge in edges:
        nodes[edge.source.iri].degree += 1
        if edge.target.iri != edge.source.iri:
            nodes[edge.target.iri].degree += 1
    _add_card_facts(engine, nodes)
    _layout(nodes, edges)

    present = sorted({c.relation for c in kept})
    infos = {r.name: r for r in schema.relations.values()}
    spare = iter(SPARE_COLORS * (1 + len(present) // len(SPARE_COLORS)))
    palette = {name: RELATION_COLORS.get(name) or next(spare) for name in present}
    relation_styles = {
        name: (infos[name].label_en if name in infos else name, palette[name],
               bool(infos[name].symmetric) if name in infos else False)
        for name in present
    }
    return MapGraph(
        title=_title(focus, depth, names, window),
        nodes=nodes, edges=edges, relations=relation_styles, center=focus,
        negated_left_out=len(claims) - len(kept),
    )


def _all_claims(engine: Engine, schema: Schema, relation_names) -> list[Claim]:
    iris = [schema.relation(n).iri for n in relation_names]
    restrict = values_clause("r", iris) if iris else ""
    rows = engine.select(
        f"""SELECT ?c ?s ?r ?o WHERE {{ {restrict}
              ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o }}"""
    )
    return load_claims(engine, schema, {r["c"]: (r["s"], r["r"], r["o"]) for r in rows},
                       most=not iris)


def _filter_words(names, window: Window) -> list[str]:
    words = []
    if names:
        words.append(f"relation {', '.join(names)}")
    if window.since:
        words.append(f"since {window.since.iso}")
    if window.until:
        words.append(f"until {window.until.iso}")
    return words


def _describe_filter(focus, depth, names, window) -> str:
    words = _filter_words(names, window)
    where = f"within {depth or 1} step(s) of {focus.label}" if focus else "in the graph"
    return f"{where} matches {'; '.join(words)}" if words else where


def _title(focus, depth, names, window) -> str:
    title = f"{focus.label}: network within {depth or 1} step" if focus else "The whole network"
    if focus and (depth or 1) > 1:
        title += "s"
    words = _filter_words(names, window)
    return f"{title} ({'; '.join(words)})" if words else title


def _node(schema, class_iris: dict[str, str], ref: EntityRef) -> MapNode:
    iri = class_iris.get(ref.cls) if ref.cls else None
    lineage = [iri, *sorted(schema.ancestors.get(iri, ()))] if iri else []
    names = {local_name(c) for c in lineage if c and c.startswith(KG)}
    shape, color = next(
        (style for name, style in CLASS_STYLES.items() if name in names), OTHER_STYLE
    )
    return MapNode(ref, ref.cls, shape, color)


def _add_card_facts(engine: Engine, nodes: dict[str, MapNode]) -> None:
    """Aliases, countries, parties and a description for the node cards, in four queries for
    all nodes."""
    entities = values_clause("x", nodes)
    for row in engine.select(f"SELECT ?x ?a WHERE {{ {entities} ?x <{SKOS_ALT}> ?a }}"):
        nodes[row["x"]].aliases.append(row["a"])
    for row in engine.select(
        f"""SELECT ?x ?name WHERE {{ {entities} ?x kg:country ?c .
              OPTIONAL {{ ?c rdfs:label ?label }} BIND(COALESCE(?label, STR(?c)) AS ?name) }}"""
    ):
        nodes[row["x"]].countries.append(row["name"])
    # A FILTER, not a second VALUES block: Oxigraph joins two VALUES blocks as a product first.
    relations = ", ".join(f"kg:{r}" for r in _PARTY_RELATIONS)
    for row in engine.select(
        f"""SELECT DISTINCT ?x ?name WHERE {{ {entities}
              ?c kg:subject ?x ; kg:relation ?r . FILTER(?r IN ({relations}))
              ?c a kg:Claim ; kg:object ?p . ?p a kg:PoliticalParty ; rdfs:label ?name }}"""
    ):
        nodes[row["x"]].parties.append(row["name"])
    descriptions: dict[str, dict[str, str]] = {}
    for row in engine.select(
        f"""SELECT ?x ?d (LANG(?d) AS ?lang) WHERE {{ {entities} ?x <{_DESCRIPTION}> ?d }}"""
    ):
        descriptions.setdefault(row["x"], {})[row["lang"]] = row["d"]
    for iri, texts in descriptions.items():
        nodes[iri].description = next(
            (texts[lang] for lang in _DESCRIPTION_LANGUAGES if lang in texts),
            texts[min(texts)],
        )
    for node in nodes.values():
        node.aliases.sort()
        node.countries = sorted(set(node.countries))
        node.parties.sort()


def _layout(nodes: dict[str, MapNode], edges: list[MapEdge]) -> None:
    """Positions computed here, so that the page opens laid out instead of leaving browser
    physics to settle (minutes at a few thousand nodes). Kamada–Kawai spreads a small graph
    evenly around its hubs; Fruchterman–Reingold in igraph's C core lays out thousands of nodes
    in well under a second."""
    import igraph

    index = {iri: i for i, iri in enumerate(nodes)}
    pairs = [(index[e.source.iri], index[e.target.iri]) for e in edges]
    graph = igraph.Graph(n=len(nodes), edges=pairs)
    # A fixed start makes the same graph give the same map. Spread over a disc as large as
    # the final layout: igraph's grid, which makes FR fast, needs nodes apart from the start.
    golden = math.pi * (3 - math.sqrt(5))
    seed = [[math.sqrt(i) * math.cos(i * golden), math.sqrt(i) * math.sin(i * golden)]
            for i in range(len(nodes))]
    small = len(nodes) <= SMALL
    if small:
        coords = graph.layout_kamada_kawai(seed=seed).coords
        most = max(n.degree for n in nodes.values())
        boxes = [node_box(node, most) for node in nodes.values()]
        room = sum((right - left) * (bottom - top) for left, top, right, bottom in boxes)
        points = _stretch(coords, room)
        _separate(boxes, points)
    else:
        coords = graph.layout_fruchterman_reingold(seed=seed, niter=500, grid="grid").coords
        lengths = sorted(math.dist(coords[a], coords[b]) for a, b in pairs if a != b) or [1.0]
        scale = EDGE_LENGTH / max(lengths[len(lengths) // 2], 1e-9)
        area = _core_area(coords)
        if area > 0:
            # Scaled by density, so that zooming in separates the nodes: a hub's long edges
            # would otherwise squeeze thousands of nodes into a blob.
            scale = math.sqrt(len(nodes) * SPACING**2 / area)
        points = [[x * scale, y * scale] for x, y in coords]
    for iri, (x, y) in zip(nodes, points, strict=True):
        nodes[iri].x, nodes[iri].y = round(x, 1), round(y, 1)


def _stretch(coords, room: float) -> list[list[float]]:
    """A small layout spread over FRAME, each axis on its own: the map then fills a wide
    screen or page instead of a disc in its middle. A handful of nodes takes less of it;
    nodes whose boxes need `room` (square pixels) in all, more."""
    points = [[x, y] for x, y in coords]
    share = max(min(1.0, math.sqrt(len(points) / 20)),
                math.sqrt(CROWDING * room / (FRAME[0] * FRAME[1])))
    for axis, extent in enumerate(FRAME):
        extent *= share
        values = [p[axis] for p in points]
        low, high = min(values), max(values)
        span = high - low
        for point in points:
            point[axis] = (point[axis] - (low + high) / 2) * (extent / span if span else 0.0)
    return points


def _core_area(coords) -> float:
    """Area of the box holding the middle 90% of the nodes along each axis."""
    xs = sorted(x for x, _ in coords)
    ys = sorted(y for _, y in coords)
    low, high = len(xs) // 20, len(xs) - 1 - len(xs) // 20
    return (xs[high] - xs[low]) * (ys[high] - ys[low]) / 0.81


def node_box(node: MapNode, most: int) -> tuple[float, float, float, float]:
    """The box a node takes around its position, shape and label below it: left, top, right,
    bottom offsets in canvas pixels."""
    radius = node_size(node.degree, most)
    width, height = label_size(node.lines)
    half = max(radius, width / 2)
    return -half, -radius, half, radius + LABEL_GAP + height


def _separate(boxes: list[tuple], points: list[list[float]], rounds: int = 400) -> None:
    """Push apart nodes whose `boxes` (shape and label, see node_box) overlap, until none does:
    neighbors crowded around a hub would hide each other's names. Every overlapping pair moves
    apart along the axis that needs the shorter move, half each, all pairs at once per round."""
    import numpy

    boxes = numpy.array(boxes)
    count = len(boxes)
    # Each box as its half sizes and the offset of its center from the node's position.
    half_w = (boxes[:, 2] - boxes[:, 0]) / 2 + LABEL_ROOM / 2
    half_h = (boxes[:, 3] - boxes[:, 1]) / 2 + LABEL_ROOM / 2
    offset = (boxes[:, 1] + boxes[:, 3]) / 2
    xy = numpy.array(points, dtype=float)
    need_x = half_w[:, None] + half_w[None, :]
    need_y = half_h[:, None] + half_h[None, :]
    # Ties broken by index, so that two nodes at one point still part the same way each time.
    order = numpy.sign(numpy.arange(count)[None, :] - numpy.arange(count)[:, None])
    for _ in range(rounds):
        dx = xy[None, :, 0] - xy[:, None, 0]  # j minus i
        dy = (xy[None, :, 1] + offset[None, :]) - (xy[:, None, 1] + offset[:, None])
        over_x = need_x - numpy.abs(dx)
        over_y = need_y - numpy.abs(dy)
        clash = (over_x > 0) & (over_y > 0)
        numpy.fill_diagonal(clash, False)
        if not clash.any():
            break
        along_x = clash & (over_x < over_y)
        along_y = clash & ~along_x
        # What node i moves by, away from each j it overlaps: half the overlap and a little
        # more, so that rounding cannot leave them touching.
        side_x = numpy.where(dx != 0, numpy.sign(dx), order)
        side_y = numpy.where(dy != 0, numpy.sign(dy), order)
        push_x = numpy.where(along_x, (over_x / 2 + 0.5) * side_x, 0.0).sum(axis=1)
        push_y = numpy.where(along_y, (over_y / 2 + 0.5) * side_y, 0.0).sum(axis=1)
        xy[:, 0] -= push_x
        xy[:, 1] -= push_y
    points[:] = xy.tolist()


def node_size(degree: int, most: int) -> float:
    low, high = NODE_SIZE
    return round(low + (high - low) * math.sqrt(degree / max(most, 1)), 1)

