"""RDF exports: every quad of the local store (ontology, entities, claims with their evidence,
quotes and sources), less the claims a selection leaves out."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.analysis import Selection, is_negated
from graph.errors import InputError
from graph.model.claims import Claim
from graph.model.schema import Schema
from graph.model.terms import PREFIXES, TRUTHY_GRAPH
from graph.publish.files import atomic_file
from graph.store.engine import Engine
from graph.store.local import LocalEngine

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def rdf_quads(engine: Engine, schema: Schema, selection: Selection,
              kept: list[Claim]) -> list[ox.Quad]:
    """Every quad of the store, less the claims the selection leaves out (`kept` holds those
    it keeps): their statement nodes, their evidence and the truthy triples only they
    support."""
    if not isinstance(engine, LocalEngine):
        raise InputError(
            "RDF exports copy the local store, claims and provenance included; run them "
            "without `endpoint` (the network formats work against an endpoint too)",
            parameter="endpoint",
        )
    quads = list(engine.store.quads_for_pattern(None, None, None, None))
    if not selection.relations and selection.window.is_open:
        return quads
    kept_iris = {c.iri for c in kept}
    dropped = {
        r["c"] for r in engine.select("SELECT ?c WHERE { ?c a kg:Claim }")
    } - kept_iris
    dropped |= {
        r["ev"] for r in engine.select("SELECT ?c ?ev WHERE { ?c kg:evidence ?ev }")
        if r["c"] not in kept_iris
    }
    supported = set()
    for claim in kept:
        if is_negated(claim):
            continue
        relation = schema.relation(claim.relation).iri
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


def write_rdf(quads: list[ox.Quad], fmt: str, target: Path) -> int:
    """Write `quads` to `target` in `fmt`, sorted so that the same store gives the same file;
    the number of quads (triples in formats without graphs) written."""
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
