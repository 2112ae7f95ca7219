"""Synthetic networks shaped like kgraph's projection, for benchmarks.

Actors fall into groups (think of a country's parties and politicians); each new actor ties
itself to a few earlier ones, mostly inside its group and by preferential attachment, so
degrees are heavy-tailed and the groups form communities, as in real political networks. The
result is a networkx MultiDiGraph with the node and edge attributes `graph.analysis.project`
gives, so every analysis runs on it unchanged. Nothing here is real data.
"""

from __future__ import annotations

import random

import networkx as nx

# (relation, symmetric), drawn with these weights.
RELATIONS = [("met", True), ("allied", True), ("contactWith", True), ("endorsed", False),
             ("memberOf", False)]
WEIGHTS = [4, 2, 2, 1, 1]
CLASSES = [("person", ["agent", "entity", "person"]),
           ("political party", ["agent", "entity", "organization", "political party"])]


def synthetic_projection(actors: int, *, seed: int = 0, ties: int = 3, group_size: int = 250,
                         outside: float = 0.1) -> nx.MultiDiGraph:
    """About `actors * ties` ties among `actors` actors in groups of `group_size`; a share
    `outside` of the ties cross groups."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph(name=f"synthetic-{actors}", relations=[], since=None, until=None,
                            co_participants=False)
    graph.graph["claim_objects"] = {}
    for i in range(actors):
        cls, classes = CLASSES[0] if i % 20 else CLASSES[1]
        graph.add_node(f"kgr:s{i}", label=f"Actor {i}", **{"class": cls}, classes=classes,
                       kind="actor", iri=f"https://w3id.org/kgraph/id/s{i}")
    # Each node appears in these lists once per tie it has: picking uniformly from them is
    # preferential attachment.
    group_ends: dict[int, list[int]] = {}
    all_ends: list[int] = []
    claim = 0
    for i in range(actors):
        group = i // group_size
        mine = group_ends.setdefault(group, [])
        chosen = set()
        for _ in range(ties):
            pool = all_ends if (rng.random() < outside or len(mine) < ties) else mine
            if not pool:
                break
            chosen.add(rng.choice(pool))
        for other in chosen:
            relation, symmetric = rng.choices(RELATIONS, WEIGHTS)[0]
            u, v = (f"kgr:s{i}", f"kgr:s{other}")
            if symmetric:
                u, v = sorted((u, v))
            claim += 1
            graph.add_edge(u, v, key=relation, relation=relation, label=relation,
                           symmetric=symmetric, weight=1, claims=[f"kgc:synthetic-{claim}"],
                           dates=[None], precisions=[None], first_date=None, last_date=None,
                           sources=["Synthetic"], source_ids=["src:synthetic"],
                           quotes=[""], qualifiers=[])
            mine.append(i)
            mine.append(other)
            all_ends.append(i)
            all_ends.append(other)
        if not chosen:
            mine.append(i)
            all_ends.append(i)
    return graph


if __name__ == "__main__":
    import sys

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    made = synthetic_projection(size)
    print(f"{made.number_of_nodes()} actors, {made.number_of_edges()} ties")
