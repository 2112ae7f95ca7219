"""Which writer makes which export: the formats by name and file suffix, and `export`, which
selects the claims and hands them to the RDF or the network writer."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from graph.analysis import Selection, build_projection, select_claims
from graph.errors import InputError
from graph.model.schema import Schema
from graph.publish.formats import NETWORK_WRITERS
from graph.publish.rdf import RDF_FORMATS, rdf_quads, write_rdf
from graph.store.engine import Engine

NETWORK_FORMATS = tuple(NETWORK_WRITERS)
EXPORT_FORMATS = (*RDF_FORMATS, *NETWORK_FORMATS)
SUFFIXES = {
    ".ttl": "ttl", ".nt": "nt", ".trig": "trig", ".jsonld": "jsonld", ".graphml": "graphml",
    ".gexf": "gexf", ".cyjs": "cytoscape",
}


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


def export(engine: Engine, schema: Schema, output: str | os.PathLike, fmt: str | None = None,
           relations=(), since=None, until=None, co_participants=False) -> ExportReport:
    """Write the graph in `engine` (or the claims the filters keep) to `output` in `fmt`.

    RDF formats (ttl, nt, trig, jsonld) carry every triple of the store: the ontology, the
    entities, each claim with its evidence, quotes and sources; trig and jsonld keep the named
    graphs. They copy a local store only. graphml, gexf, csv (a folder with nodes.csv and
    edges.csv) and cytoscape carry the network projection.
    """
    fmt = export_format(fmt, output)
    target = Path(output)
    selection = Selection.parse(schema, relations, since, until, co_participants)
    if fmt in RDF_FORMATS and co_participants:
        raise InputError("co-participant ties exist only in the network formats "
                         f"({', '.join(NETWORK_FORMATS)}); RDF carries the claims as they are")
    claims = select_claims(engine, schema, selection)
    if fmt in RDF_FORMATS:
        count = write_rdf(rdf_quads(engine, schema, selection, claims), fmt, target)
        return ExportReport(fmt, [str(target)], len(claims), triples=count,
                            selection=selection.describe())
    graph = build_projection(engine, schema, claims, selection)
    files = NETWORK_WRITERS[fmt](graph, target)
    return ExportReport(fmt, [str(f) for f in files], len(graph.graph["claim_objects"]),
                        nodes=graph.number_of_nodes(), edges=graph.number_of_edges(),
                        selection=selection.describe())
