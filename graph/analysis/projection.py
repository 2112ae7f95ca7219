"""The store as a network: a networkx projection of the claims a selection keeps.

The projection (`project`) has one node per entity at an end of a kept claim and one edge per
relation type between a pair of entities, carrying every claim behind it (ids, dates and their
precision, sources, quotes). Edges follow the claim's direction (subject -> object); a
symmetric relation has one edge per pair whichever way its claims were written.

Paths, shared neighbors, communities and most centralities look at ties, not at their
direction, so they run on `undirected_view`; PageRank follows directions (`directed_view`).

Rankings and communities need only the ties, not the claims behind them: `tie_projection`
gives the same nodes (with their label, classes and kind) and edges carrying only relation,
label, symmetry and weight, from a file the build writes beside the store (reading a hundred
thousand claims with their evidence took most of a minute; a store folder never changes once
built, so the file is never stale).
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import networkx as nx

from graph.errors import InputError, KGraphError
from graph.model.claims import Claim, load_claims
from graph.model.dates import Window
from graph.model.entities import EntityRef, describe
from graph.model.schema import Schema
from graph.model.terms import KG, P_COUNTRY, RDF_TYPE, RDFS_LABEL, SKOS_ALT, compact
from graph.sparql.bindings import values_clause
from graph.store.engine import Engine

# The ties of a store and the attributes of their ends, beside the store's database.
TIES_FILE = "ties.json"
# What rankings and communities read of a node (its country, date and aliases they do not).
TIE_NODE_KEYS = ("label", "class", "classes", "kind", "iri")

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
    claims = load_claims(engine, schema, triples, most=not selection.relations)
    return sorted((c for c in claims if selection.admits(c)), key=lambda c: c.iri)


# ---------------------------------------------------------------- the projection


def node_id(iri: str) -> str:
    return compact(iri)


_NODE_PROPERTIES = (RDFS_LABEL, RDF_TYPE, P_COUNTRY, SKOS_ALT, KG + "date")


def _node_attributes(engine: Engine, schema: Schema, iris: Iterable[str],
                     properties: tuple[str, ...] = _NODE_PROPERTIES,
                     scan: bool = False) -> dict[str, dict]:
    """The attributes of the nodes `iris` from `properties`, named in the query, or with `scan`
    read for every subject of the store one property at a time and kept for these (faster for
    most of the store's entities: Oxigraph reads single patterns far faster than it joins)."""
    iris = sorted(set(iris))
    if not iris:
        return {}
    values: dict[str, dict[str, list]] = {iri: {} for iri in iris}
    if scan:
        classes = ", ".join(f"<{c}>" for c in sorted(schema.class_labels))
        for prop in properties:
            kept = f"FILTER(?v IN ({classes}))" if prop == RDF_TYPE else ""
            for row in engine.select(f"SELECT ?x ?v WHERE {{ ?x <{prop}> ?v {kept} }}"):
                if row["x"] in values:
                    values[row["x"]].setdefault(prop, []).append(row["v"])
    else:
        # A FILTER, not a second VALUES block: Oxigraph joins two VALUES blocks as a product
        # before reading the store (minutes for the 33,000 nodes of a 100k-claim graph).
        wanted = ", ".join(f"<{p}>" for p in properties)
        for row in engine.select(
            f"SELECT ?x ?p ?v WHERE {{ {values_clause('x', iris)} ?x ?p ?v "
            f"FILTER(?p IN ({wanted})) }}"
        ):
            values[row["x"]].setdefault(row["p"], []).append(row["v"])
    countries = describe(engine, schema, {c for v in values.values() for c in v.get(P_COUNTRY, [])})
    nodes = {}
    for iri, props in values.items():
        country = sorted(countries[c].label for c in props.get(P_COUNTRY, []) if c in countries)
        dates = props.get(KG + "date", [])
        nodes[iri] = {
            **_node_summary(iri, props.get(RDFS_LABEL, []), props.get(RDF_TYPE, []), schema),
            "country": country[0] if country else None,
            "date": str(dates[0]) if dates else None,
            "aliases": sorted({str(v) for v in props.get(SKOS_ALT, [])}),
            "iri": iri,
        }
    return nodes


def _node_summary(iri: str, labels: Iterable, types: Iterable[str], schema: Schema) -> dict:
    """A node's label, class, classes and kind, from its labels and its types (in IRI order:
    of two classes neither of which specializes the other, the first names the node)."""
    types = sorted({t for t in types if t in schema.class_labels})
    labels = sorted(str(v) for v in labels)
    return {
        "label": labels[0] if labels else compact(iri),
        "class": schema.class_label(types),
        "classes": sorted({schema.class_labels[t] for t in types}),
        "kind": next((kind for cls, kind in _KINDS if cls in types), "other"),
    }


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


def _read_ties(engine: Engine, schema: Schema) -> dict:
    """Every tie of the store as build_projection groups them (denied claims left out), in its
    order, and the attributes of their ends. Each property is read alone and the claims joined
    here: Oxigraph joins the four patterns of a claim several times slower."""
    negated = [p for p, name in schema.qualifiers.items() if name == "negated"]

    def pairs(pattern: str) -> dict:
        return {r["c"]: r["v"] for r in engine.select(f"SELECT ?c ?v WHERE {{ {pattern} }}")}

    claims = [row["c"] for row in engine.select("SELECT ?c WHERE { ?c a kg:Claim }")]
    subjects, relations, objects = (pairs(f"?c kg:{p} ?v")
                                    for p in ("subject", "relation", "object"))
    denials: dict[str, set] = {}
    if negated:
        for row in engine.select(f"SELECT ?c ?v WHERE {{ ?c <{negated[0]}> ?v }}"):
            denials.setdefault(row["c"], set()).add(row["v"])
    ends = _claim_ends(claims, subjects, relations, objects,
                       {c for c, values in denials.items() if values == {True}})
    nodes = _node_attributes(engine, schema, {x for s, _, o in ends for x in (s, o)},
                             (RDFS_LABEL, RDF_TYPE), scan=True)
    return _tie_summary(ends, nodes, schema)


def parsed_ties(statements, schema: Schema) -> dict:
    """What `_read_ties` reads from a store, from the statements a full build gathered while
    parsing (graph/build/statements.py ParsedStatements): the same ties, without reading a
    hundred thousand claims back."""
    from graph.store.engine import to_python

    def pairs(prop: str) -> dict:  # IRIs: the claims and their ends
        return {c.value: values[-1].value for c, values in statements.values(prop).items()}

    subjects, relations, objects = (pairs(KG + p) for p in ("subject", "relation", "object"))
    negated = {c.value for c, values in statements.values(KG + "negated").items()
               if {to_python(v) for v in values} == {True}}
    ends = _claim_ends(dict.fromkeys(c.value for c in statements.typed(KG + "Claim")),
                       subjects, relations, objects, negated)
    wanted = {x for s, _, o in ends for x in (s, o)}
    labels = {node.value: [to_python(v) for v in values]
              for node, values in statements.values(RDFS_LABEL).items()
              if getattr(node, "value", None) in wanted}
    types = statements.types_of(wanted)
    nodes = {iri: {**_node_summary(iri, labels.get(iri, ()), types.get(iri, ()), schema),
                   "iri": iri} for iri in wanted}
    return _tie_summary(ends, nodes, schema)


def _claim_ends(claims, subjects: dict, relations: dict, objects: dict,
                denied: set) -> list[tuple]:
    """(subject, relation, object) of each claim that has all three and is not denied (what
    is_negated says of the claim read in full: negated true, and nothing else)."""
    return [(subjects[c], relations[c], objects[c]) for c in claims
            if c in subjects and c in relations and c in objects and c not in denied]


def _tie_summary(ends: list[tuple], nodes: dict[str, dict], schema: Schema) -> dict:
    """The ties of the claims whose (subject, relation, object) are `ends`, weighed by their
    number of claims, in build_projection's order, with the attributes `nodes` of their ends."""
    relations = {info.iri: info for info in schema.relations.values()}
    node = functools.cache(node_id)  # compacting an IRI per comparison was a third of the time
    weights: dict[tuple[str, str, str], int] = {}
    for subject, relation_iri, obj in ends:
        info = relations.get(relation_iri)
        relation = info.name if info else compact(relation_iri)
        if info and info.symmetric:
            subject, obj = sorted((subject, obj), key=node)
        weights[subject, obj, relation] = weights.get((subject, obj, relation), 0) + 1
    ties = sorted(weights, key=lambda t: (node(t[0]), node(t[1]), t[2]))
    symmetric = {info.name for info in schema.relations.values() if info.symmetric}
    ends_of_ties = {x for s, o, _ in ties for x in (s, o)}
    return {
        "nodes": {iri: {k: nodes[iri][k] for k in TIE_NODE_KEYS}
                  for iri in sorted(ends_of_ties)},
        "ties": [[s, o, r, r in symmetric, weights[s, o, r]] for s, o, r in ties],
    }


def write_ties(engine: Engine, schema: Schema, folder: Path, statements=None) -> None:
    """Write the ties of the store `engine` reads into its folder `folder`: the build does,
    so that the first ranking of a new store does not read every claim. A full build passes
    the `statements` it gathered while parsing, from which they are computed instead."""
    from graph.publish.files import write_text

    ties = _read_ties(engine, schema) if statements is None else parsed_ties(statements, schema)
    write_text(folder / TIES_FILE, json.dumps(ties, ensure_ascii=False))


def _stored_ties(engine: Engine, schema: Schema) -> dict:
    """The ties kept in the store's folder, read from the store when the file is missing (a
    store built before there was one) and kept for the next reader."""
    held = getattr(engine, "held", None)  # a local store; a remote one is read each time
    path = held.folder / TIES_FILE if held is not None else None
    if path is not None:
        with contextlib.suppress(OSError, ValueError):
            return json.loads(path.read_text(encoding="utf-8"))
    ties = _read_ties(engine, schema)
    if path is not None:
        from graph.publish.files import write_text

        # A store one cannot write to is still read, just not faster next time.
        with contextlib.suppress(OSError, KGraphError):
            write_text(path, json.dumps(ties, ensure_ascii=False))
    return ties


def tie_projection(engine: Engine, schema: Schema,
                   selection: Selection | None = None) -> nx.MultiDiGraph:
    """The nodes and edges of `build_projection` for a selection with no time window and no
    co-participants: each node with its label, classes and kind, each edge with its relation,
    label, symmetry and weight (its number of claims), not the claims themselves."""
    selection = selection or Selection()
    if not selection.window.is_open or selection.co_participants:
        raise InputError("a tie projection has no dates and no events: use build_projection")
    stored = _stored_ties(engine, schema)
    wanted = set(selection.relations)
    ties = [t for t in stored["ties"] if not wanted or t[2] in wanted]
    graph = nx.MultiDiGraph(name="kgraph", **selection.describe())
    for iri in sorted({x for s, o, *_ in ties for x in (s, o)}):
        graph.add_node(node_id(iri), **stored["nodes"][iri])
    for subject, obj, relation, symmetric, weight in ties:
        info = schema.relations.get(relation)
        graph.add_edge(node_id(subject), node_id(obj), key=relation, relation=relation,
                       label=info.label_en if info else relation, symmetric=symmetric,
                       weight=weight)
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


def project(engine: Engine, schema: Schema, relations=(), since=None, until=None,
            co_participants=False) -> nx.MultiDiGraph:
    """The networkx projection of the claims in `engine` (see the module docstring)."""
    selection = Selection.parse(schema, relations, since, until, co_participants)
    return build_projection(engine, schema, select_claims(engine, schema, selection), selection)


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
