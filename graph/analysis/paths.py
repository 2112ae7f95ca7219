"""Ties between two entities, the shortest paths joining them, and the neighbors they share."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

import networkx as nx

from graph.analysis.projection import entity_of, undirected_view
from graph.model.claims import Claim
from graph.model.entities import EntityRef


@dataclass
class Tie:
    """One relation edge between two entities, seen from one of them."""

    relation: str
    direction: str  # out: from the first entity; in: towards it; both: symmetric
    claims: list[Claim]
    events: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        data = {
            "relation": self.relation,
            "direction": self.direction,
            "claims": [c.as_dict() for c in self.claims],
        }
        if self.events:
            data["events"] = self.events
        return data


def ties_between(graph: nx.MultiDiGraph, a: str, b: str) -> list[Tie]:
    claims = graph.graph.get("claim_objects", {})
    found = []
    for source, target in ((a, b), (b, a)):
        if not graph.has_edge(source, target):
            continue
        for relation, data in graph[source][target].items():
            if data.get("symmetric"):
                direction = "both"
            else:
                direction = "out" if source == a else "in"
            found.append(Tie(relation, direction, [claims[c] for c in data["claims"]],
                             data.get("events", [])))
    return sorted(found, key=lambda t: (t.relation, t.direction))


@dataclass
class Hop:
    source: EntityRef
    target: EntityRef
    ties: list[Tie]

    def as_dict(self) -> dict:
        return {
            "from": self.source.label, "from_id": self.source.iri,
            "to": self.target.label, "to_id": self.target.iri,
            "ties": [t.as_dict() for t in self.ties],
        }


@dataclass
class Route:
    nodes: list[EntityRef]
    hops: list[Hop]

    @property
    def length(self) -> int:
        return len(self.hops)

    def as_dict(self) -> dict:
        return {
            "length": self.length,
            "nodes": [n.label for n in self.nodes],
            "node_ids": [n.iri for n in self.nodes],
            "hops": [h.as_dict() for h in self.hops],
        }


@dataclass
class PathResult:
    source: EntityRef
    target: EntityRef
    paths: list[Route]
    max_length: int | None = None

    def as_dict(self) -> list[dict]:
        return [{"path": i, **p.as_dict()} for i, p in enumerate(self.paths, 1)]


def shortest_paths(graph: nx.MultiDiGraph, a: str, b: str, max_length: int | None = None,
                   limit: int = 10) -> list[Route]:
    """Up to `limit` shortest paths from `a` to `b`, none when they are farther apart than
    `max_length` steps or not connected at all."""
    if a not in graph or b not in graph:
        return []
    view = undirected_view(graph)
    try:
        length = nx.shortest_path_length(view, a, b)
    except nx.NetworkXNoPath:
        return []
    if max_length is not None and length > max_length:
        return []
    found = sorted(islice(nx.all_shortest_paths(view, a, b), limit * 20),
                   key=lambda p: [graph.nodes[n]["label"] for n in p])[:limit]
    paths = []
    for nodes in found:
        refs = [entity_of(graph, n) for n in nodes]
        hops = [Hop(refs[i], refs[i + 1], ties_between(graph, nodes[i], nodes[i + 1]))
                for i in range(len(nodes) - 1)]
        paths.append(Route(refs, hops))
    return paths


@dataclass
class Interlock:
    """An entity tied to both A and B."""

    neighbor: EntityRef
    a_ties: list[Tie]
    b_ties: list[Tie]
    degree: int

    @property
    def score(self) -> int:
        return sum(len(t.claims) for t in self.a_ties + self.b_ties)

    def as_dict(self) -> dict:
        return {
            "neighbor": self.neighbor.label,
            "neighbor_id": self.neighbor.iri,
            "neighbor_class": self.neighbor.cls,
            "score": self.score,
            "degree": self.degree,
            "a_ties": [t.as_dict() for t in self.a_ties],
            "b_ties": [t.as_dict() for t in self.b_ties],
        }


@dataclass
class CommonResult:
    a: EntityRef
    b: EntityRef
    interlocks: list[Interlock]
    direct: list[Tie]


def shared_neighbors(graph: nx.MultiDiGraph, a: str, b: str) -> list[Interlock]:
    """Entities tied to both `a` and `b`, most claims first; on equal claims the neighbor with
    fewer ties comes first, since sharing a rare tie says more than sharing a hub."""
    if a not in graph or b not in graph:
        return []
    view = undirected_view(graph)
    shared = (set(view[a]) & set(view[b])) - {a, b}
    found = [
        Interlock(entity_of(graph, n), ties_between(graph, a, n), ties_between(graph, b, n),
                  view.degree(n))
        for n in shared
    ]
    return sorted(found, key=lambda i: (-i.score, i.degree, i.neighbor.label))

