"""Which library computes a measure: networkx on small graphs, python-igraph above
`NETWORKX_LIMIT` nodes, where networkx's pure-Python loops become too slow. Both engines give
the same numbers (tests compare them).
"""

from __future__ import annotations

import networkx as nx

from graph.errors import InputError

ENGINES = ("auto", "networkx", "igraph")

# Above this many nodes the heavy measures run in igraph.
NETWORKX_LIMIT = 500


def igraph_chosen(engine: str, nodes: int) -> bool:
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; engines: {', '.join(ENGINES)}")
    return engine == "igraph" or (engine == "auto" and nodes > NETWORKX_LIMIT)


def to_igraph(graph: nx.MultiDiGraph, directed: bool = False):
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
