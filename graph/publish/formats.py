"""The network projection in other tools' formats: GraphML and GEXF for Gephi, CSV for
spreadsheets and pandas, JSON for Cytoscape. One writer per format, registered in
`NETWORK_WRITERS`; each takes the projection and a target and returns the files it wrote."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from graph import __version__
from graph.analysis import LIST_SEPARATOR
from graph.errors import InputError
from graph.publish.files import atomic_file, atomic_files, write_text
from graph.publish.tabular import to_csv

NODE_COLUMNS = ["id", "label", "class", "classes", "kind", "country", "date", "aliases", "iri"]
EDGE_COLUMNS = [
    "id", "source", "target", "relation", "label", "symmetric", "weight", "claims", "dates",
    "precisions", "first_date", "last_date", "sources", "source_ids", "quotes", "qualifiers",
    "events", "event_ids",
]


def flat_value(value):
    """Lists joined with LIST_SEPARATOR and mappings as `k=v`, since GraphML, GEXF and CSV
    cells hold one scalar; IRIs as plain strings, which the XML writers insist on."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (list, tuple, set)):
        return LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    if isinstance(value, dict):
        return LIST_SEPARATOR.join(f"{k}={v}" for k, v in value.items())
    return value


def edge_id(source: str, target: str, relation: str) -> str:
    return f"{source} {relation} {target}"


def flat_graph(graph: nx.MultiDiGraph, id_attribute: bool = False) -> nx.MultiDiGraph:
    """A copy with scalar attributes only and without the in-memory claim objects; edges are
    keyed by `edge_id`, which GraphML writes as the edge's id (GEXF wants it as `id`)."""
    flat = nx.MultiDiGraph()
    flat.graph.update({k: flat_value(v) for k, v in graph.graph.items()
                       if k != "claim_objects" and v is not None})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: flat_value(v) for k, v in data.items() if v is not None})
    for u, v, key, data in graph.edges(keys=True, data=True):
        attributes = {k: flat_value(x) for k, x in data.items() if x is not None}
        if id_attribute:
            attributes["id"] = edge_id(u, v, key)
        flat.add_edge(u, v, key=edge_id(u, v, key), **attributes)
    return flat


def write_graphml(graph: nx.MultiDiGraph, target: Path) -> list[Path]:
    with atomic_file(target) as temporary:
        nx.write_graphml(flat_graph(graph), temporary)
    return [target]


def write_gexf(graph: nx.MultiDiGraph, target: Path) -> list[Path]:
    with atomic_file(target) as temporary:
        nx.write_gexf(flat_graph(graph, id_attribute=True), temporary)
    return [target]


def write_csv(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """nodes.csv and edges.csv in `folder`, replaced together."""
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file; CSV exports go to a folder (nodes.csv, edges.csv)")
    nodes = [{"id": n, **data} for n, data in graph.nodes(data=True)]
    edges = [{"id": edge_id(u, v, k), "source": u, "target": v, **data}
             for u, v, k, data in graph.edges(keys=True, data=True)]
    written = []
    with atomic_files() as staged:
        for name, rows, columns in (("nodes.csv", nodes, NODE_COLUMNS),
                                    ("edges.csv", edges, EDGE_COLUMNS)):
            staged.write_text(folder / name, to_csv(rows, columns) + "\n")
            written.append(folder / name)
    return written


def cytoscape_json(graph: nx.MultiDiGraph) -> dict:
    """Cytoscape.js `elements` (also what Cytoscape desktop reads as .cyjs); `name` repeats
    the label because Cytoscape desktop shows that field."""
    nodes = [
        {"data": {"id": n, "name": data.get("label", n),
                  **{k: v for k, v in data.items() if v is not None}}}
        for n, data in graph.nodes(data=True)
    ]
    edges = [
        {"data": {"id": edge_id(u, v, k), "source": u, "target": v,
                  **{key: x for key, x in data.items() if x is not None}}}
        for u, v, k, data in graph.edges(keys=True, data=True)
    ]
    info = {k: v for k, v in graph.graph.items() if k != "claim_objects"}
    return {
        "format_version": "1.0",
        "generated_by": f"kgraph {__version__}",
        "target_cytoscapejs_version": "~3",
        "data": info,
        "directed": True,
        "multigraph": True,
        "elements": {"nodes": nodes, "edges": edges},
    }


def write_cytoscape(graph: nx.MultiDiGraph, target: Path) -> list[Path]:
    write_text(target, json.dumps(cytoscape_json(graph), ensure_ascii=False, indent=1))
    return [target]


NETWORK_WRITERS: dict[str, Callable[[nx.MultiDiGraph, Path], list[Path]]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "csv": write_csv,
    "cytoscape": write_cytoscape,
}
