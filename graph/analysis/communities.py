"""Modularity communities of the network (Leiden, Louvain), seeded and hence repeatable."""

from __future__ import annotations

import random
from dataclasses import dataclass

import networkx as nx

from graph.analysis.engines import igraph_chosen, to_igraph
from graph.analysis.projection import entity_of, neighbor_counts, undirected_view
from graph.errors import InputError
from graph.model.entities import EntityRef

COMMUNITY_METHODS = ("leiden", "louvain")


@dataclass
class Community:
    index: int
    members: list[EntityRef]
    degrees: list[int]

    @property
    def size(self) -> int:
        return len(self.members)

    def as_dict(self) -> dict:
        return {
            "community": self.index,
            "size": self.size,
            "members": [{**m.as_dict(), "degree": d}
                        for m, d in zip(self.members, self.degrees, strict=True)],
        }


@dataclass
class CommunityResult:
    method: str
    engine: str
    modularity: float
    communities: list[Community]
    hidden: int = 0  # communities smaller than the minimum size asked for

    def as_dict(self) -> list[dict]:
        extra = {"method": self.method, "engine": self.engine,
                 "modularity": round(self.modularity, 6)}
        return [{**c.as_dict(), **extra} for c in self.communities]


def _seeded_igraph(seed: int):
    import igraph as ig

    ig.set_random_number_generator(random.Random(seed))
    return ig


def partition(graph: nx.MultiDiGraph, method: str = "leiden", resolution: float = 1.0,
              seed: int = 0, engine: str = "auto") -> tuple[list[set[str]], float, str]:
    """Modularity communities of the undirected view: Leiden (igraph) or Louvain (networkx
    on small graphs, igraph above NETWORKX_LIMIT nodes). Seeded, hence repeatable."""
    if method not in COMMUNITY_METHODS:
        raise InputError(
            f"unknown method {method!r}; methods: {', '.join(COMMUNITY_METHODS)}"
        )
    if graph.number_of_nodes() == 0:
        return [], 0.0, "networkx"
    use_igraph = method == "leiden" or igraph_chosen(engine, graph.number_of_nodes())
    if not use_igraph:
        view = undirected_view(graph)
        found = nx.community.louvain_communities(view, resolution=resolution, seed=seed)
        return [set(c) for c in found], nx.community.modularity(view, found), "networkx"
    g = to_igraph(graph)
    names = g.vs["name"]
    ig = _seeded_igraph(seed)
    try:
        if method == "leiden":
            clusters = g.community_leiden(objective_function="modularity",
                                          resolution=resolution, n_iterations=-1)
        else:
            clusters = g.community_multilevel(resolution=resolution)
    finally:
        ig.set_random_number_generator(random)
    communities = [{names[i] for i in members} for members in clusters]
    modularity = g.modularity(clusters.membership, resolution=resolution)
    return communities, modularity, "igraph"


def find_communities(graph: nx.MultiDiGraph, method: str = "leiden", resolution: float = 1.0,
                     seed: int = 0, min_size: int = 2, engine: str = "auto") -> CommunityResult:
    found, modularity, used = partition(graph, method, resolution, seed, engine)
    degree = neighbor_counts(graph)

    def member_order(n):
        return (-degree[n], graph.nodes[n].get("label", n))

    ordered = sorted((sorted(c, key=member_order) for c in found),
                     key=lambda members: (-len(members), member_order(members[0])))
    kept = [c for c in ordered if len(c) >= min_size]
    communities = [Community(i, [entity_of(graph, n) for n in c], [degree[n] for n in c])
                   for i, c in enumerate(kept, 1)]
    return CommunityResult(method, used, modularity, communities, len(ordered) - len(kept))

