"""Network analysis of the claims: the networkx projection (projection.py), ties, paths and
shared neighbors (paths.py), centrality and rankings by it (ranking.py), communities
(communities.py), the timeline (timeline.py) and statistics (stats.py), computed in networkx
or igraph (engines.py).

`Network` runs them on a store as the API and the command line ask for them, from names.
"""

from __future__ import annotations

import networkx as nx

from graph.analysis.communities import (
    COMMUNITY_METHODS,
    Community,
    CommunityResult,
    find_communities,
    partition,
)
from graph.analysis.engines import ENGINES, NETWORKX_LIMIT
from graph.analysis.paths import (
    CommonResult,
    Hop,
    Interlock,
    PathResult,
    Route,
    Tie,
    shared_neighbors,
    shortest_paths,
    ties_between,
)
from graph.analysis.projection import (
    CO_PARTICIPANT,
    EVENT_TIES,
    LIST_SEPARATOR,
    Selection,
    build_projection,
    directed_view,
    entity_of,
    is_negated,
    neighbor_counts,
    node_id,
    project,
    select_claims,
    tie_projection,
    undirected_view,
)
from graph.analysis.ranking import (
    DEFAULT_SAMPLES,
    EXACT_BETWEENNESS_LIMIT,
    MEASURES,
    Centrality,
    RankResult,
    RankRow,
    centrality,
    rank_nodes,
)
from graph.analysis.stats import NetworkStats, network_stats
from graph.analysis.timeline import timeline_order
from graph.errors import InputError
from graph.model.claims import Claim
from graph.model.entities import EntityRef
from graph.model.resolve import Resolver
from graph.model.schema import Schema
from graph.store.engine import Engine

__all__ = [
    "CO_PARTICIPANT", "COMMUNITY_METHODS", "DEFAULT_SAMPLES", "ENGINES", "EVENT_TIES",
    "EXACT_BETWEENNESS_LIMIT", "LIST_SEPARATOR", "MEASURES", "NETWORKX_LIMIT", "Centrality",
    "CommonResult", "Community", "CommunityResult", "Hop", "Interlock", "Network",
    "NetworkStats", "PathResult", "RankResult", "RankRow", "Route", "Selection", "Tie",
    "build_projection", "centrality", "directed_view", "entity_of", "find_communities",
    "is_negated", "neighbor_counts", "network_stats", "node_id", "partition", "project",
    "rank_nodes", "select_claims", "shared_neighbors", "shortest_paths", "tie_projection",
    "ties_between", "timeline_order", "undirected_view",
]


class Network:
    """The analyses of one store, as the API and the command line call them: from names,
    resolved by `resolver`, and filters, parsed against `schema`."""

    def __init__(self, engine: Engine, schema: Schema, resolver: Resolver):
        self.engine = engine
        self.schema = schema
        self.resolver = resolver

    def selection(self, relations=(), since=None, until=None, co_participants=False):
        return Selection.parse(self.schema, relations, since, until, co_participants)

    def claims(self, selection: Selection) -> list[Claim]:
        return select_claims(self.engine, self.schema, selection)

    def graph(self, selection: Selection) -> nx.MultiDiGraph:
        return build_projection(self.engine, self.schema, self.claims(selection), selection)

    def ties(self, selection: Selection) -> nx.MultiDiGraph:
        """What rankings and communities read: the ties alone when the selection allows it
        (projection.tie_projection), else the whole projection."""
        if selection.window.is_open and not selection.co_participants:
            return tie_projection(self.engine, self.schema, selection)
        return self.graph(selection)

    def _pair(self, a: str, b: str) -> tuple[EntityRef, EntityRef]:
        first, second = self.resolver.resolve(a), self.resolver.resolve(b)
        if first.iri == second.iri:
            raise InputError(f"{a!r} and {b!r} are the same entity ({first.label}); give two")
        return first, second

    def path(self, a: str, b: str, max_length: int | None = None, limit: int = 10,
             **selection) -> PathResult:
        first, second = self._pair(a, b)
        if max_length is not None and max_length < 1:
            raise InputError(f"`max_length` must be 1 or more, not {max_length}",
                             parameter="max_length")
        graph = self.graph(self.selection(**selection))
        paths = shortest_paths(graph, node_id(first.iri), node_id(second.iri), max_length, limit)
        return PathResult(first, second, paths, max_length)

    def common(self, a: str, b: str, **selection) -> CommonResult:
        first, second = self._pair(a, b)
        graph = self.graph(self.selection(**selection))
        ids = node_id(first.iri), node_id(second.iri)
        direct = ties_between(graph, *ids) if all(i in graph for i in ids) else []
        return CommonResult(first, second, shared_neighbors(graph, *ids), direct)

    def rank(self, by: str = "degree", top: int | None = 10, cls: str | None = None,
             engine: str = "auto", samples: int | None = None, seed: int = 0,
             **selection) -> RankResult:
        class_label = None
        if cls:
            class_label = self.schema.class_labels[self.schema.class_by_label(cls)]
        graph = self.ties(self.selection(**selection))
        return rank_nodes(graph, by, top, class_label, engine, samples, seed)

    def communities(self, method: str = "leiden", resolution: float = 1.0, seed: int = 0,
                    min_size: int = 2, engine: str = "auto", **selection) -> CommunityResult:
        if resolution <= 0:
            raise InputError(f"`resolution` must be above 0, not {resolution}",
                             parameter="resolution")
        graph = self.ties(self.selection(**selection))
        return find_communities(graph, method, resolution, seed, min_size, engine)

    def timeline(self, name: str | None = None, relations=(), since=None,
                 until=None) -> list[Claim]:
        claims = self.claims(self.selection(relations, since, until))
        if name:
            center = self.resolver.resolve(name).iri
            claims = [c for c in claims if center in (c.subject.iri, c.object.iri)]
        return timeline_order(claims)

    def stats(self, **selection) -> NetworkStats:
        chosen = self.selection(**selection)
        claims = self.claims(chosen)
        graph = build_projection(self.engine, self.schema, claims, chosen)
        kept = [c for c in claims if not is_negated(c)]
        return network_stats(self.engine, self.schema, graph, kept, chosen)
