"""The graph in other tools' formats: RDF with every claim and its provenance, and the network
projection for Gephi (GraphML, GEXF), spreadsheets and pandas (CSV), and Cytoscape (JSON).

Every file is written to a temporary file beside its target and renamed over it, so a crash
or a full disk never leaves half a file where a previous export was.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pyoxigraph as ox

from graph import __version__
from graph.analysis.network import (
    LIST_SEPARATOR,
    Selection,
    build_projection,
    is_negated,
    select_claims,
)
from graph.cli.output import to_csv
from graph.errors import InputError
from graph.model.claims import Claim
from graph.model.terms import PREFIXES, TRUTHY_GRAPH

if TYPE_CHECKING:
    from graph.api import KnowledgeGraph

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
NETWORK_FORMATS = ("graphml", "gexf", "csv", "cytoscape")
EXPORT_FORMATS = (*RDF_FORMATS, *NETWORK_FORMATS)
SUFFIXES = {
    ".ttl": "ttl", ".nt": "nt", ".trig": "trig", ".jsonld": "jsonld", ".graphml": "graphml",
    ".gexf": "gexf", ".cyjs": "cytoscape",
}

NODE_COLUMNS = ["id", "label", "class", "classes", "kind", "country", "date", "aliases", "iri"]
EDGE_COLUMNS = [
    "id", "source", "target", "relation", "label", "symmetric", "weight", "claims", "dates",
    "precisions", "first_date", "last_date", "sources", "source_ids", "quotes", "qualifiers",
    "events", "event_ids",
]


@dataclass
class ExportReport:
    format: str
    files: list[str]
    claims: int
    nodes: int | None = None
    edges: int | None = None
    triples: int | None = None
    selection: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def export_format(fmt: str | None, output: str | os.PathLike) -> str:
    """The format asked for, else the one the output's suffix names."""
    if fmt is None:
        fmt = SUFFIXES.get(Path(output).suffix.lower())
        if fmt is None:
            raise InputError(
                f"cannot tell the format of {os.fspath(output)!r} from its name; use `fmt` "
                f"with one of: {', '.join(EXPORT_FORMATS)}", parameter="fmt"
            )
    wanted = fmt.strip().lower()
    if wanted not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}; formats: {', '.join(EXPORT_FORMATS)}")
    return wanted


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`, renamed over it once the block succeeds."""
    if target.is_dir():
        raise InputError(f"{target} is a folder; give a file name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                             dir=target.parent)
    except OSError as error:
        raise InputError(f"cannot write {target}: {error}") from error
    os.close(handle)
    temporary = Path(temporary)
    try:
        yield temporary
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- RDF


def rdf_quads(kg: KnowledgeGraph, selection: Selection, kept: list[Claim]) -> list[ox.Quad]:
    """Every quad of the store, less the claims the selection leaves out (`kept` holds those
    it keeps): their statement nodes, their evidence and the truthy triples only they
    support."""
    if kg.remote is not None:
        raise InputError(
            "RDF exports copy the local store, claims and provenance included; run them "
            "without `endpoint` (the network formats work against an endpoint too)",
            parameter="endpoint",
        )
    quads = list(kg.local_engine.store.quads_for_pattern(None, None, None, None))
    if not selection.relations and selection.window.is_open:
        return quads
    kept_iris = {c.iri for c in kept}
    dropped = {
        r["c"] for r in kg.engine.select("SELECT ?c WHERE { ?c a kg:Claim }")
    } - kept_iris
    dropped |= {
        r["ev"] for r in kg.engine.select("SELECT ?c ?ev WHERE { ?c kg:evidence ?ev }")
        if r["c"] not in kept_iris
    }
    supported = set()
    for claim in kept:
        if is_negated(claim):
            continue
        relation = kg.schema.relation(claim.relation).iri
        supported.add((claim.subject.iri, relation, claim.object.iri))
        if claim.symmetric:
            supported.add((claim.object.iri, relation, claim.subject.iri))
    def keep(quad: ox.Quad) -> bool:
        if quad.subject.value in dropped or quad.object.value in dropped:
            return False
        if getattr(quad.graph_name, "value", "").startswith(TRUTHY_GRAPH):
            return (quad.subject.value, quad.predicate.value, quad.object.value) in supported
        return True

    return [q for q in quads if keep(q)]


def _write_rdf(quads: list[ox.Quad], fmt: str, target: Path) -> int:
    rdf_format = RDF_FORMATS[fmt]
    if rdf_format.supports_datasets:
        items = sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject),
                                             str(q.predicate), str(q.object)))
    else:
        items = sorted({q.triple for q in quads},
                       key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    with atomic_file(target) as temporary:
        prefixes = PREFIXES if fmt != "nt" else None
        ox.serialize(items, str(temporary), format=rdf_format, prefixes=prefixes)
    return len(items)


# ---------------------------------------------------------------- the network projection


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


def _write_graphml(graph: nx.MultiDiGraph, target: Path) -> None:
    with atomic_file(target) as temporary:
        nx.write_graphml(flat_graph(graph), temporary)


def _write_gexf(graph: nx.MultiDiGraph, target: Path) -> None:
    with atomic_file(target) as temporary:
        nx.write_gexf(flat_graph(graph, id_attribute=True), temporary)


def _write_csv(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file; CSV exports go to a folder (nodes.csv, edges.csv)")
    nodes = [{"id": n, **data} for n, data in graph.nodes(data=True)]
    edges = [{"id": edge_id(u, v, k), "source": u, "target": v, **data}
             for u, v, k, data in graph.edges(keys=True, data=True)]
    written = []
    for name, rows, columns in (("nodes.csv", nodes, NODE_COLUMNS),
                                ("edges.csv", edges, EDGE_COLUMNS)):
        with atomic_file(folder / name) as temporary:
            temporary.write_text(to_csv(rows, columns) + "\n", encoding="utf-8")
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


def _write_cytoscape(graph: nx.MultiDiGraph, target: Path) -> None:
    with atomic_file(target) as temporary:
        temporary.write_text(json.dumps(cytoscape_json(graph), ensure_ascii=False, indent=1),
                             encoding="utf-8")


# ---------------------------------------------------------------- entry point


def export(kg: KnowledgeGraph, output: str | os.PathLike, fmt: str | None = None,
           relations=(), since=None, until=None, co_participants=False) -> ExportReport:
    """Write the graph (or the claims the filters keep) to `output` in `fmt`.

    RDF formats (ttl, nt, trig, jsonld) carry every triple of the store: the ontology, the
    entities, each claim with its evidence, quotes and sources; trig and jsonld keep the named
    graphs. graphml, gexf, csv (a folder with nodes.csv and edges.csv) and cytoscape carry the
    network projection.
    """
    fmt = export_format(fmt, output)
    target = Path(output)
    selection = Selection.parse(kg.schema, relations, since, until, co_participants)
    if fmt in RDF_FORMATS and co_participants:
        raise InputError("co-participant ties exist only in the network formats "
                         f"({', '.join(NETWORK_FORMATS)}); RDF carries the claims as they are")
    claims = select_claims(kg.engine, kg.schema, selection)
    if fmt in RDF_FORMATS:
        count = _write_rdf(rdf_quads(kg, selection, claims), fmt, target)
        return ExportReport(fmt, [str(target)], len(claims), triples=count,
                            selection=selection.describe())
    graph = build_projection(kg.engine, kg.schema, claims, selection)
    if fmt == "graphml":
        _write_graphml(graph, target)
        files = [target]
    elif fmt == "gexf":
        _write_gexf(graph, target)
        files = [target]
    elif fmt == "csv":
        files = _write_csv(graph, target)
    else:
        _write_cytoscape(graph, target)
        files = [target]
    return ExportReport(fmt, [str(f) for f in files], len(graph.graph["claim_objects"]),
                        nodes=graph.number_of_nodes(), edges=graph.number_of_edges(),
                        selection=selection.describe())
