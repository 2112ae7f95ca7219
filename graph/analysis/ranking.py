"""Centrality of every node (degree, betweenness, PageRank, eigenvector) and rankings by it."""

from __future__ import annotations

import random
from dataclasses import dataclass

import networkx as nx

from graph.analysis.engines import igraph_chosen, to_igraph
from graph.analysis.projection import directed_view, entity_of, neighbor_counts, undirected_view
from graph.errors import InputError
from graph.model.entities import EntityRef

MEASURES = ("degree", "betweenness", "pagerank", "eigenvector")
# Exact betweenness costs nodes x edges; above this many nodes it is estimated from a sample
# of source nodes (Brandes & Pich), unless the caller asks for an exact figure.
EXACT_BETWEENNESS_LIMIT = 10_000
DEFAULT_SAMPLES = 500


@dataclass
class Centrality:
    measure: str
    scores: dict[str, float]
    engine: str
    samples: int | None = None  # betweenness estimated from this many source nodes

    @property
    def approximate(self) -> bool:
        return self.samples is not None


def _betweenness(graph: nx.MultiDiGraph, use_igraph: bool, samples: int | None, seed: int):
    """Normalized betweenness; from `samples` random sources when given. Both engines add up
    the same raw dependencies; the scaling (as in networkx 3.6) is applied here once."""
    nodes = list(graph.nodes)
    n = len(nodes)
    if n < 3:
        return {v: 0.0 for v in nodes}, None
    sources = None
    if samples is not None and samples < n:
        sources = random.Random(seed).sample(nodes, samples)
    if use_igraph:
        g = to_igraph(graph)
        picked = None if sources is None else g.vs.select(name_in=set(sources)).indices
        raw = dict(zip(nodes, g.betweenness(directed=False, sources=picked), strict=True))
    elif sources is None:
        raw = nx.betweenness_centrality(undirected_view(graph), normalized=False)
    else:
        raw = nx.betweenness_centrality_subset(undirected_view(graph), sources, nodes,
                                               normalized=False)
    if sources is None:
        scale = 2 / ((n - 1) * (n - 2))
        return {v: raw[v] * scale for v in nodes}, None
    chosen = set(sources)
    k = len(sources)
    return {
        v: 2 * raw[v] / (((k - 1) if v in chosen else k) * (n - 2)) if k > 1 else 0.0
        for v in nodes
    }, k


def _eigenvector(graph: nx.MultiDiGraph, use_igraph: bool) -> dict[str, float]:
    """On the largest connected component, where the measure is defined (both libraries
    refuse or disagree on disconnected graphs); everything outside it scores 0. Scaled so
    that the most central node has 1."""
    scores = {v: 0.0 for v in graph}
    if graph.number_of_edges() == 0:
        return scores
    if use_igraph:
        g = to_igraph(graph).connected_components().giant()
        found = dict(zip(g.vs["name"], g.eigenvector_centrality(), strict=True))
    else:
        view = undirected_view(graph)
        largest = view.subgraph(max(nx.connected_components(view), key=len)).copy()
        if largest.number_of_nodes() <= 2:
            found = {v: 1.0 for v in largest}
        else:
            found = nx.eigenvector_centrality_numpy(largest)
    top = max(abs(x) for x in found.values()) or 1.0
    scores.update({v: abs(x) / top for v, x in found.items()})
    return scores


def centrality(graph: nx.MultiDiGraph, measure: str = "degree", engine: str = "auto",
               samples: int | None = None, seed: int = 0) -> Centrality:
    """Scores of every node. degree: number of distinct neighbors; betweenness: normalized,
    exact up to EXACT_BETWEENNESS_LIMIT nodes unless `samples` (0 = always exact);
    pagerank: on the directed view, damping 0.85; eigenvector: see `_eigenvector`."""
    if measure not in MEASURES:
        raise InputError(f"unknown measure {measure!r}; measures: {', '.join(MEASURES)}")
    n = graph.number_of_nodes()
    use_igraph = igraph_chosen(engine, n)
    used = "igraph" if use_igraph else "networkx"
    if measure == "degree":
        counts = neighbor_counts(graph)
        return Centrality(measure, {v: float(d) for v, d in counts.items()}, "networkx")
    if measure == "betweenness":
        if samples is None and n > EXACT_BETWEENNESS_LIMIT:
            samples = DEFAULT_SAMPLES
        if samples is not None and samples < 0:
            raise InputError(f"`samples` must be 0 (exact) or more, not {samples}",
                             parameter="samples")
        scores, k = _betweenness(graph, use_igraph, samples or None, seed)
        return Centrality(measure, scores, used, k)
    if measure == "pagerank":
        if n == 0:
            return Centrality(measure, {}, used)
        if use_igraph:
            g = to_igraph(graph, directed=True)
            return Centrality(measure, dict(zip(g.vs["name"], g.pagerank(damping=0.85),
                                                strict=True)), used)
        # A tighter tolerance than the default, so that both engines agree to 1e-6.
        return Centrality(measure, nx.pagerank(directed_view(graph), alpha=0.85, tol=1e-10),
                          used)
    return Centrality(measure, _eigenvector(graph, use_igraph), used)


@dataclass
class RankRow:
    rank: int
    entity: EntityRef
    score: float
    degree: int

    def as_dict(self) -> dict:
        return {"rank": self.rank, "label": self.entity.label, "class": self.entity.cls,
                "score": self.score, "degree": self.degree, "id": self.entity.iri}


@dataclass
class RankResult:
    centrality: Centrality
    rows: list[RankRow]

    def as_dict(self) -> list[dict]:
        extra = {"measure": self.centrality.measure, "engine": self.centrality.engine,
                 "samples": self.centrality.samples}
        return [{**row.as_dict(), **extra} for row in self.rows]


def rank_nodes(graph: nx.MultiDiGraph, measure: str = "degree", top: int | None = 10,
               class_label: str | None = None, engine: str = "auto",
               samples: int | None = None, seed: int = 0) -> RankResult:
    """The `top` nodes by `measure`, computed on the whole network, then restricted to nodes
    of `class_label` (an English class label such as "person") when given."""
    found = centrality(graph, measure, engine, samples, seed)
    degree = neighbor_counts(graph)
    nodes = [n for n in graph if class_label is None
             or class_label in graph.nodes[n].get("classes", ())]
    nodes.sort(key=lambda n: (-found.scores[n], graph.nodes[n].get("label", n)))
    rows = [RankRow(i, entity_of(graph, n), found.scores[n], degree[n])
            for i, n in enumerate(nodes[:top] if top else nodes, 1)]
    return RankResult(found, rows)

