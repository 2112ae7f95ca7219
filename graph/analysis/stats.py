"""Size and shape of a network: counts by class and relation, density, components, sources."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx

from graph.analysis.projection import Selection, undirected_view
from graph.model.claims import Claim
from graph.model.entities import EntityRef, describe
from graph.model.schema import Schema
from graph.store.engine import Engine, Iri


@dataclass
class NetworkStats:
    nodes: int
    edges: int
    tied_pairs: int
    claims: int
    sources: int
    density: float
    components: int
    largest_component: int
    untied_agents: int
    nodes_by_class: dict[str, int]
    entities_by_class: dict[str, int]
    edges_by_relation: dict[str, int]
    claims_by_relation: dict[str, int]
    claims_per_source: list[dict]
    selection: dict

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def network_stats(engine: Engine, schema: Schema, graph: nx.MultiDiGraph, claims: list[Claim],
                  selection: Selection) -> NetworkStats:
    view = undirected_view(graph)
    components = list(nx.connected_components(view))
    agents = {r["e"] for r in engine.select("SELECT ?e WHERE { ?e a kg:Agent }")}
    entities = describe(engine, schema,
                        {r["e"] for r in engine.select("SELECT ?e WHERE { ?e a kg:Entity }")})
    per_source: dict[str, set[str]] = {}
    source_refs: dict[str, EntityRef] = {}
    for claim in claims:
        for evidence in claim.evidence:
            per_source.setdefault(evidence.source.iri, set()).add(claim.iri)
            source_refs[evidence.source.iri] = evidence.source
    tied = {graph.nodes[n].get("iri") for n in graph if view.degree(n) > 0}

    def counted(counter: Counter) -> dict[str, int]:
        return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

    return NetworkStats(
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        tied_pairs=view.number_of_edges(),
        claims=len(claims),
        sources=len(per_source),
        density=nx.density(view) if view.number_of_nodes() > 1 else 0.0,
        components=len(components),
        largest_component=max((len(c) for c in components), default=0),
        untied_agents=len(agents - tied),
        nodes_by_class=counted(Counter(graph.nodes[n].get("class") or "entity" for n in graph)),
        entities_by_class=counted(Counter(e.cls or "entity" for e in entities.values())),
        edges_by_relation=counted(Counter(k for _, _, k in graph.edges(keys=True))),
        claims_by_relation=counted(Counter(c.relation for c in claims)),
        claims_per_source=[
            {"source": source_refs[s].label, "source_id": Iri(s), "claims": len(ids)}
            for s, ids in sorted(per_source.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ],
        selection=selection.describe(),
    )

