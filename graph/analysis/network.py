"""The store as a network: a networkx projection of the claims, and the analyses run on it.

The projection (`project`) has one node per entity at an end of a kept claim and one edge per
relation type between a pair of entities, carrying every claim behind it (ids, dates and their
precision, sources, quotes). Edges follow the claim's direction (subject -> object); a
symmetric relation has one edge per pair whichever way its claims were written.

Paths, shared neighbors, communities and most centralities look at ties, not at their
direction, so they run on `undirected_view`; PageRank follows directions (`directed_view`).
Heavy measures run in networkx on small graphs and in python-igraph above `NETWORKX_LIMIT`
nodes, where networkx's pure-Python loops become too slow; both engines give the same numbers
(tests compare them).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations, islice
from typing import TYPE_CHECKING

import networkx as nx

from graph.errors import InputError
from graph.model.claims import Claim, load_claims
from graph.model.dates import Window
from graph.model.entities import EntityRef, describe
from graph.model.schema import Schema
from graph.model.terms import KG, P_COUNTRY, RDF_TYPE, RDFS_LABEL, SKOS_ALT, compact
from graph.sparql.bindings import values_clause
from graph.store.engine import Engine, Iri

if TYPE_CHECKING:
    from graph.api import KnowledgeGraph

MEASURES = ("degree", "betweenness", "pagerank", "eigenvector")
COMMUNITY_METHODS = ("leiden", "louvain")
ENGINES = ("auto", "networkx", "igraph")

# Above this many nodes the heavy measures run in igraph.
NETWORKX_LIMIT = 500
# Exact betweenness costs nodes x edges; above this many nodes it is estimated from a sample
# of source nodes (Brandes & Pich), unless the caller asks for an exact figure.
EXACT_BETWEENNESS_LIMIT = 10_000
DEFAULT_SAMPLES = 500

# Relations that tie an agent to an event; with co-participation they become agent-agent ties.
EVENT_TIES = ("participatedIn", "candidateIn", "invitedTo", "organizedBy")
CO_PARTICIPANT = "coParticipant"
LIST_SEPARATOR = " | "

_KINDS = ((KG + "Agent", "actor"), (KG + "Event", "event"), (KG + "Office", "office"),
          (KG + "Place", "place"))


# ---------------------------------------------------------------- selecting claims


@dataclass(frozen=True)
class Selection:
    """Which claims a projection keeps, and whether events become co-participant ties."""

    relations: tuple[str, ...] = ()
    window: Window = field(default_factory=Window)
    co_participants: bool = False

    @classmethod
    def parse(cls, schema: Schema, relations=(), since=None, until=None,
              co_participants=False) -> Selection:
        return cls(tuple(schema.relation_names(relations)), Window.parse(since, until),
                   bool(co_participants))

    def admits(self, claim: Claim) -> bool:
        if self.relations and claim.relation not in self.relations:
            return False
        return self.window.admits(claim.span)

    def describe(self) -> dict:
        return {
            "relations": list(self.relations),
            "since": self.window.since.iso if self.window.since else None,
            "until": self.window.until.iso if self.window.until else None,
            "co_participants": self.co_participants,
        }


def is_negated(claim: Claim) -> bool:
    return claim.qualifiers.get("negated") is True


def select_claims(engine: Engine, schema: Schema, selection: Selection) -> list[Claim]:
    """Every claim the selection admits (denied ones included), sorted by IRI."""
    restrict = ""
    if selection.relations:
        restrict = values_clause("r", [schema.relation(r).iri for r in selection.relations])
    rows = engine.select(
        f"""SELECT ?c ?s ?r ?o WHERE {{ {restrict}
              ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o }}"""
    )
    triples = {r["c"]: (r["s"], r["r"], r["o"]) for r in rows}
    claims = load_claims(engine, schema, triples)
    return sorted((c for c in claims if selection.admits(c)), key=lambda c: c.iri)


# ---------------------------------------------------------------- the projection


def node_id(iri: str) -> str:
    return compact(iri)


def _node_attributes(engine: Engine, schema: Schema, iris: Iterable[str]) -> dict[str, dict]:
    iris = sorted(set(iris))
    if not iris:
        return {}
    wanted = values_clause("p", [RDFS_LABEL, RDF_TYPE, P_COUNTRY, SKOS_ALT, KG + "date"])
    values: dict[str, dict[str, list]] = {iri: {} for iri in iris}
    for row in engine.select(
        f"SELECT ?x ?p ?v WHERE {{ {values_clause('x', iris)} {wanted} ?x ?p ?v }}"
    ):
        values[row["x"]].setdefault(row["p"], []).append(row["v"])
    countries = describe(engine, schema, {c for v in values.values() for c in v.get(P_COUNTRY, [])})
    nodes = {}
    for iri, props in values.items():
        types = [t for t in props.get(RDF_TYPE, []) if t in schema.class_labels]
        labels = sorted(str(v) for v in props.get(RDFS_LABEL, []))
        country = sorted(countries[c].label for c in props.get(P_COUNTRY, []) if c in countries)
        dates = props.get(KG + "date", [])
        nodes[iri] = {
            "label": labels[0] if labels else compact(iri),
            "class": schema.class_label(types),
            "classes": sorted({schema.class_labels[t] for t in types}),
            "kind": next((kind for cls, kind in _KINDS if cls in types), "other"),
            "country": country[0] if country else None,
            "date": str(dates[0]) if dates else None,
            "aliases": sorted({str(v) for v in props.get(SKOS_ALT, [])}),
            "iri": iri,
        }
    return nodes


def _tie_attributes(relation: str, label: str, symmetric: bool, claims: list[Claim]) -> dict:
    starts = [p.start for c in claims for p in (c.date or c.start,) if p]
    ends = [p.end for c in claims for p in (c.date or c.end,) if p]
    evidence = [e for c in claims for e in c.evidence]
    qualifiers = sorted({f"{k}={v}" for c in claims for k, v in c.qualifiers.items()})
    return {
        "relation": relation,
        "label": label,
        "symmetric": symmetric,
        "weight": len(claims),
        "claims": [c.id for c in claims],
        "dates": [c.when for c in claims],
        "precisions": [c.precision for c in claims],
        "first_date": min(starts).isoformat() if starts else None,
        "last_date": max(ends).isoformat() if ends else None,
        "sources": sorted({e.source.label for e in evidence}),
        "source_ids": sorted({e.source.id for e in evidence}),
        "quotes": [e.quote for e in evidence],
        "qualifiers": qualifiers,
    }


def build_projection(
    engine: Engine, schema: Schema, claims: list[Claim], selection: Selection | None = None,
) -> nx.MultiDiGraph:
    """The network of `claims` (denied claims are left out: they are not ties)."""
    selection = selection or Selection()
    claims = [c for c in claims if not is_negated(c)]
    graph = nx.MultiDiGraph(name="kgraph", **selection.describe())
    graph.graph["claim_objects"] = {c.id: c for c in claims}
    ends = {iri for c in claims for iri in (c.subject.iri, c.object.iri)}
    attributes = _node_attributes(engine, schema, ends)
    for iri in sorted(attributes):
        graph.add_node(node_id(iri), **attributes[iri])

    events: dict[str, dict[str, list[Claim]]] = {}
    ties: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        subject, obj = node_id(claim.subject.iri), node_id(claim.object.iri)
        if selection.co_participants and claim.relation in EVENT_TIES:
            event, agent = (obj, subject) if graph.nodes[obj]["kind"] == "event" else (subject, obj)
            if graph.nodes[event]["kind"] == "event" and graph.nodes[agent]["kind"] == "actor":
                events.setdefault(event, {}).setdefault(agent, []).append(claim)
                continue
        if claim.symmetric:
            subject, obj = sorted((subject, obj))
        ties.setdefault((subject, obj, claim.relation), []).append(claim)
    for (subject, obj, relation), group in sorted(ties.items()):
        info = schema.relations.get(relation)
        label = info.label_en if info else relation
        graph.add_edge(subject, obj, key=relation,
                       **_tie_attributes(relation, label, group[0].symmetric, group))
    if selection.co_participants:
        _link_co_participants(graph, events)
    return graph


def _link_co_participants(graph: nx.MultiDiGraph, events: dict[str, dict[str, list[Claim]]]):
    """One-mode projection: agents tied to the same event are tied to each other; the events
    then leave the graph, unless something else still ties them."""
    pairs: dict[tuple[str, str], list[tuple[str, list[Claim]]]] = {}
    for event, agents in sorted(events.items()):
        for a, b in combinations(sorted(agents), 2):
            pairs.setdefault((a, b), []).append((event, agents[a] + agents[b]))
    for (a, b), shared in sorted(pairs.items()):
        claims = sorted({c.iri: c for _, group in shared for c in group}.values(),
                        key=lambda c: c.iri)
        attributes = _tie_attributes(CO_PARTICIPANT, "co-participant", True, claims)
        attributes["events"] = [graph.nodes[event]["label"] for event, _ in shared]
        attributes["event_ids"] = [event for event, _ in shared]
        graph.add_edge(a, b, key=CO_PARTICIPANT, **attributes)
    for event in events:
        if graph.degree(event) == 0:
            graph.remove_node(event)
    linked = {n for pair in pairs for n in pair}
    for agents in events.values():
        for agent in agents:
            if agent not in linked and graph.degree(agent) == 0:
                graph.remove_node(agent)


def project(kg: KnowledgeGraph, relations=(), since=None, until=None,
            co_participants=False) -> nx.MultiDiGraph:
    """The networkx projection of a knowledge graph's claims (see the module docstring)."""
    selection = Selection.parse(kg.schema, relations, since, until, co_participants)
    return build_projection(kg.engine, kg.schema, select_claims(kg.engine, kg.schema, selection),
                            selection)


def undirected_view(graph: nx.MultiDiGraph) -> nx.Graph:
    """One edge per tied pair, with the relations between them and the number of claims."""
    view = nx.Graph()
    view.add_nodes_from(graph.nodes(data=True))
    for u, v, relation, data in graph.edges(keys=True, data=True):
        if u == v:
            continue
        if view.has_edge(u, v):
            edge = view[u][v]
            edge["relations"].append(relation)
            edge["weight"] += data.get("weight", 1)
        else:
            view.add_edge(u, v, relations=[relation], weight=data.get("weight", 1))
    return view


def neighbor_counts(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Each node's number of distinct neighbors, whatever the relations and directions."""
    return {n: len((set(graph.successors(n)) | set(graph.predecessors(n))) - {n})
            for n in graph}


def directed_view(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """Subject -> object, both ways for symmetric relations: what PageRank walks on."""
    view = nx.DiGraph()
    view.add_nodes_from(graph.nodes)
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        view.add_edge(u, v)
        if data.get("symmetric"):
            view.add_edge(v, u)
    return view


def entity_of(graph: nx.Graph, node: str) -> EntityRef:
    data = graph.nodes[node]
    return EntityRef(data.get("iri", node), data.get("label", node), data.get("class"))


# ---------------------------------------------------------------- ties, paths, interlocks


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
class Path:
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
    paths: list[Path]
    max_length: int | None = None

    def as_dict(self) -> list[dict]:
        return [{"path": i, **p.as_dict()} for i, p in enumerate(self.paths, 1)]


def shortest_paths(graph: nx.MultiDiGraph, a: str, b: str, max_length: int | None = None,
                   limit: int = 10) -> list[Path]:
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
        paths.append(Path(refs, hops))
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


# ---------------------------------------------------------------- centrality


def _use_igraph(engine: str, nodes: int) -> bool:
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; engines: {', '.join(ENGINES)}")
    return engine == "igraph" or (engine == "auto" and nodes > NETWORKX_LIMIT)


def _to_igraph(graph: nx.MultiDiGraph, directed: bool = False):
    """The ties as an igraph graph, built straight from the projection (going through
    `undirected_view` costs more than the measures themselves at 100k nodes): one edge per
    tied pair, or per direction with symmetric relations both ways when `directed`."""
    import igraph as ig

    names = list(graph.nodes)
    index = {n: i for i, n in enumerate(names)}
    pairs = set()
    for u, v, data in graph.edges(data=True):
        a, b = index[u], index[v]
        if a == b:
            continue
        if directed:
            pairs.add((a, b))
            if data.get("symmetric"):
                pairs.add((b, a))
        else:
            pairs.add((a, b) if a < b else (b, a))
    made = ig.Graph(n=len(names), edges=sorted(pairs), directed=directed)
    made.vs["name"] = names
    return made


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
        g = _to_igraph(graph)
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
        g = _to_igraph(graph).connected_components().giant()
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
    use_igraph = _use_igraph(engine, n)
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
            g = _to_igraph(graph, directed=True)
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


# ---------------------------------------------------------------- communities


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
    use_igraph = method == "leiden" or _use_igraph(engine, graph.number_of_nodes())
    if not use_igraph:
        view = undirected_view(graph)
        found = nx.community.louvain_communities(view, resolution=resolution, seed=seed)
        return [set(c) for c in found], nx.community.modularity(view, found), "networkx"
    g = _to_igraph(graph)
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


# ---------------------------------------------------------------- timeline and statistics


def timeline_order(claims: Iterable[Claim]) -> list[Claim]:
    """Dated claims from the earliest, the undated last; equal periods by relation and names."""

    def key(claim: Claim):
        period = claim.span
        if period is None:
            return (1, "", "", claim.relation, claim.subject.label, claim.iri)
        return (0, period[0].isoformat(), period[1].isoformat(), claim.relation,
                claim.subject.label, claim.iri)

    return sorted(claims, key=key)


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


# ---------------------------------------------------------------- entry points for the API


class Network:
    """The analyses of one knowledge graph, as the API and the command line call them."""

    def __init__(self, kg: KnowledgeGraph):
        self.kg = kg

    def selection(self, relations=(), since=None, until=None, co_participants=False):
        return Selection.parse(self.kg.schema, relations, since, until, co_participants)

    def claims(self, selection: Selection) -> list[Claim]:
        return select_claims(self.kg.engine, self.kg.schema, selection)

    def graph(self, selection: Selection) -> nx.MultiDiGraph:
        return build_projection(self.kg.engine, self.kg.schema, self.claims(selection), selection)

    def _pair(self, a: str, b: str) -> tuple[EntityRef, EntityRef]:
        first, second = self.kg.resolve(a), self.kg.resolve(b)
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
            class_label = self.kg.schema.class_labels[self.kg.schema.class_by_label(cls)]
        graph = self.graph(self.selection(**selection))
        return rank_nodes(graph, by, top, class_label, engine, samples, seed)

    def communities(self, method: str = "leiden", resolution: float = 1.0, seed: int = 0,
                    min_size: int = 2, engine: str = "auto", **selection) -> CommunityResult:
        if resolution <= 0:
            raise InputError(f"`resolution` must be above 0, not {resolution}",
                             parameter="resolution")
        graph = self.graph(self.selection(**selection))
        return find_communities(graph, method, resolution, seed, min_size, engine)

    def timeline(self, name: str | None = None, relations=(), since=None,
                 until=None) -> list[Claim]:
        claims = self.claims(self.selection(relations, since, until))
        if name:
            center = self.kg.resolve(name).iri
            claims = [c for c in claims if center in (c.subject.iri, c.object.iri)]
        return timeline_order(claims)

    def stats(self, **selection) -> NetworkStats:
        chosen = self.selection(**selection)
        claims = self.claims(chosen)
        graph = build_projection(self.kg.engine, self.kg.schema, claims, chosen)
        kept = [c for c in claims if not is_negated(c)]
        return network_stats(self.kg.engine, self.kg.schema, graph, kept, chosen)
