"""Claims read back from the store with their dates, qualifiers and evidence; neighborhoods."""

from __future__ import annotations

from graph.errors import InputError
from graph.model.dates import FuzzyDate, Window, parse_iso, span
from graph.model.entities import EntityRef, describe
from graph.model.schema import Schema
from graph.model.terms import KG, P_DATE, P_DATE_EXPRESSION, P_END, P_START, RDF_TYPE, compact
from graph.records import Frozen, Record
from graph.sparql.bindings import values_clause
from graph.store.engine import Engine, Iri, select_all, without_gc

DIRECTIONS = ("in", "out", "both")


class Evidence(Frozen):
    __slots__ = ("source", "quote", "attributed_to")

    def __init__(self, source: EntityRef, quote: str, attributed_to: EntityRef | None = None):
        self.set_fields(source, quote, attributed_to)

    def as_dict(self) -> dict:
        return {
            "source": self.source.label,
            "source_id": self.source.iri,
            "quote": self.quote,
            "attributed_to": self.attributed_to.label if self.attributed_to else None,
            "attributed_to_id": self.attributed_to.iri if self.attributed_to else None,
        }


class Claim(Record):
    __slots__ = ("iri", "subject", "relation", "object", "symmetric", "date", "start", "end",
                 "date_expression", "qualifiers", "evidence")

    def __init__(self, iri: str, subject: EntityRef, relation: str, object: EntityRef,
                 symmetric: bool, date: FuzzyDate | None = None, start: FuzzyDate | None = None,
                 end: FuzzyDate | None = None, date_expression: str | None = None,
                 qualifiers: dict[str, object] | None = None,
                 evidence: list[Evidence] | None = None):
        self.iri = iri
        self.subject = subject
        self.relation = relation
        self.object = object
        self.symmetric = symmetric
        self.date = date
        self.start = start
        self.end = end
        self.date_expression = date_expression
        self.qualifiers = {} if qualifiers is None else qualifiers
        self.evidence = [] if evidence is None else evidence

    @property
    def id(self) -> str:
        return compact(self.iri)

    @property
    def span(self):
        return span(self.date, self.start, self.end)

    @property
    def when(self) -> str | None:
        """The date as written for people: `2025-11-18`, `2025`, `2021/2024`, `2021/..`."""
        if self.date:
            return self.date.iso
        if self.start or self.end:
            return f"{self.start.iso if self.start else '..'}/{self.end.iso if self.end else '..'}"
        return None

    @property
    def precision(self) -> str | None:
        point = self.date or self.start or self.end
        return point.precision if point else None

    def sort_key(self):
        first = self.span[0].isoformat() if self.span else "9999"
        return (self.relation, first, self.object.label, self.iri)

    def as_dict(self) -> dict:
        return {
            "claim": self.iri,
            "subject": self.subject.label,
            "subject_id": self.subject.iri,
            "relation": self.relation,
            "object": self.object.label,
            "object_id": self.object.iri,
            "date": self.when,
            "date_precision": self.precision,
            "date_expression": self.date_expression,
            "qualifiers": self.qualifiers,
            "sources": [e.as_dict() for e in self.evidence],
        }


def _detail_properties(schema: Schema) -> list[str]:
    """The claim properties that `load_claims` reads besides subject, relation and object."""
    return [P_DATE, P_START, P_END, P_DATE_EXPRESSION, *sorted(schema.qualifiers)]


_EVIDENCE = ("?c kg:evidence ?ev . ?ev kg:source ?src ; kg:quote ?quote "
             "OPTIONAL { ?ev kg:attributedTo ?by }")


def _evidence_key(row):
    """Evidence in one order on every engine: rows equal in this key read the same (the
    evidence node itself is never shown)."""
    return (row["c"], row["src"], row["quote"], row["by"] or "")


_ENDS = (KG + "subject", KG + "relation", KG + "object")


def _claims_reached(engine: Engine, schema: Schema, reach: str) -> list[Claim]:
    """The claims that the group pattern `reach` binds to ?c (each once). Reaching them from
    their anchor (an entity, a speaker) rather than naming thousands of them in a VALUES block
    lets the store walk its indexes from the anchor. Two queries, evaluated at once where the
    engine can: one whose rows are a claim's properties (its type, ends, dates and qualifiers:
    one pattern per claim, where a pattern per end cost the store a lookup each), and one for
    the evidence."""
    wanted = ", ".join(f"<{p}>" for p in (RDF_TYPE, *_ENDS, *_detail_properties(schema)))
    claims = f"{{ SELECT DISTINCT ?c WHERE {{ {reach} }} }}"
    with without_gc():
        claim_rows, evidence_rows = select_all(engine, [
            f"SELECT ?c ?p ?v WHERE {{ {claims} ?c ?p ?v FILTER(?p IN ({wanted})) }}",
            f"SELECT ?c ?src ?quote ?by WHERE {{ {claims} {_EVIDENCE} }}",
        ])
        details: dict[str, dict[str, list]] = {}
        for row in claim_rows:
            details.setdefault(row["c"], {}).setdefault(row["p"], []).append(row["v"])
        triples: dict[str, tuple[str, str, str]] = {}
        for c, values in details.items():
            ends = [values.get(p) for p in _ENDS]
            if all(ends) and KG + "Claim" in values.get(RDF_TYPE, ()):
                triples[c] = (ends[0][-1], ends[1][-1], ends[2][-1])
        evidence_rows = [row for row in evidence_rows if row["c"] in triples]
        evidence_rows.sort(key=_evidence_key)
        return _assemble(engine, schema, triples, details, evidence_rows)


def load_claims(engine: Engine, schema: Schema, triples: dict[str, tuple[str, str, str]],
                most: bool = False):
    """Claim objects for claim IRIs mapped to their (subject, relation, object). `most` says
    that they are most of the store's claims (a whole-network projection): their details are
    then read for every claim and sorted out here, which is several times faster than naming
    a hundred thousand claims in a query."""
    if not triples:
        return []
    claims_values = "" if most else values_clause("c", triples)
    # Only the properties read below: a claim's other triples (type, ends, evidence) are most
    # of its rows, and a hub has thousands of claims.
    # Not a VALUES block for the properties beside the one for the claims: Oxigraph joins
    # two VALUES blocks as a product first (minutes on a hub).
    properties = _detail_properties(schema)
    wanted = (values_clause("p", properties) + " ?c ?p ?v" if most else
              f"{claims_values} ?c ?p ?v FILTER(?p IN ({', '.join(f'<{p}>' for p in properties)}))")
    details: dict[str, dict[str, list]] = {}
    for row in engine.select(f"SELECT ?c ?p ?v WHERE {{ {wanted} }}"):
        if row["c"] in triples:
            details.setdefault(row["c"], {}).setdefault(row["p"], []).append(row["v"])
    # Sorted here rather than by ORDER BY, which doubled the query's time on a hub.
    evidence_rows = sorted(engine.select(
        f"SELECT ?c ?src ?quote ?by WHERE {{ {claims_values} {_EVIDENCE} }}"
    ), key=_evidence_key)
    if most:
        evidence_rows = [row for row in evidence_rows if row["c"] in triples]
    return _assemble(engine, schema, triples, details, evidence_rows)


def _assemble(engine: Engine, schema: Schema, triples: dict[str, tuple[str, str, str]],
              details: dict[str, dict[str, list]], evidence_rows: list[dict]) -> list[Claim]:
    """Claims from their (subject, relation, object), their details by property and their
    evidence rows (sorted), with the labels and classes of every entity they name."""
    referenced = {x for s, _, o in triples.values() for x in (s, o)}
    referenced |= {r["src"] for r in evidence_rows} | {r["by"] for r in evidence_rows if r["by"]}
    for values in details.values():
        for prop, items in values.items():
            if prop in schema.qualifiers:
                referenced |= {v for v in items if isinstance(v, Iri)}
    refs = describe(engine, schema, referenced)
    relation_names = {info.iri: info for info in schema.relations.values()}
    dates: dict[str, FuzzyDate | None] = {}

    def date_of(items):
        # Dates repeat across thousands of claims: each distinct one is parsed once.
        if not items:
            return None
        text = str(items[0])
        if text not in dates:
            dates[text] = parse_iso(text)
        return dates[text]

    claims = []
    by_iri = {}
    for iri, (s, r, o) in triples.items():
        info = relation_names.get(r)
        values = details.get(iri, {})
        qualifiers = {}
        for prop, items in sorted(values.items()):
            name = schema.qualifiers.get(prop)
            if name:
                shown = [refs[v].label if isinstance(v, Iri) else v for v in items]
                qualifiers[name] = shown[0] if len(shown) == 1 else shown
        expression = values.get(P_DATE_EXPRESSION)
        claim = Claim(
            iri, refs[s], info.name if info else compact(r), refs[o], bool(info and info.symmetric),
            date_of(values.get(P_DATE)), date_of(values.get(P_START)), date_of(values.get(P_END)),
            expression[0] if expression else None, qualifiers,
        )
        claims.append(claim)
        by_iri[iri] = claim
    for row in evidence_rows:
        by_iri[row["c"]].evidence.append(
            Evidence(refs[row["src"]], row["quote"], refs[row["by"]] if row["by"] else None)
        )
    return claims


def claims_about(engine, schema, entities, relations=()) -> list[Claim]:
    restrict = ""
    if relations:
        iris = [schema.relation(r).iri for r in relations]
        restrict = f"?c kg:relation ?r {values_clause('r', iris)}"
    return _claims_reached(
        engine, schema,
        f"{values_clause('e', entities)} {{ ?c kg:subject ?e }} UNION {{ ?c kg:object ?e }} "
        f"{restrict}",
    )


def claims_attributed_to(engine, schema, agent: str, link: str = "kg:attributedTo") -> list[Claim]:
    """The claims that a quote attributed to `agent` (an outlet, a speaker) supports: what the
    sources say it asserts; with `link` kg:source, the claims a source document supports."""
    claims = _claims_reached(
        engine, schema, f"{values_clause('agent', [agent])} ?c kg:evidence ?ev . ?ev {link} ?agent"
    )
    return sorted(claims, key=Claim.sort_key)


def attributed_to(claim: Claim, agent: str) -> bool:
    """Whether a quote behind `claim` is attributed to the entity `agent` (an IRI)."""
    return any(e.attributed_to is not None and e.attributed_to.iri == agent
               for e in claim.evidence)


class NeighborRow(Record):
    """One claim seen from one of its ends."""

    __slots__ = ("claim", "center", "neighbor", "direction", "depth")

    def __init__(self, claim: Claim, center: EntityRef, neighbor: EntityRef, direction: str,
                 depth: int = 1):
        self.claim = claim
        self.center = center
        self.neighbor = neighbor
        self.direction = direction
        self.depth = depth

    def as_dict(self) -> dict:
        claim = self.claim
        return {
            "relation": claim.relation,
            "direction": self.direction,
            "neighbor": self.neighbor.label,
            "neighbor_id": self.neighbor.iri,
            "neighbor_class": self.neighbor.cls,
            "date": claim.when,
            "date_precision": claim.precision,
            "date_expression": claim.date_expression,
            "qualifiers": claim.qualifiers,
            "sources": [e.as_dict() for e in claim.evidence],
            "claim": claim.iri,
            "depth": self.depth,
            "from": self.center.label,
            "from_id": self.center.iri,
        }


def _direction(claim: Claim, center: str) -> str:
    if claim.symmetric:
        return "both"
    return "out" if claim.subject.iri == center else "in"


def neighbors(
    engine: Engine,
    schema: Schema,
    center: EntityRef,
    relations=(),
    direction: str = "both",
    window: Window | None = None,
    depth: int = 1,
    speaker: EntityRef | None = None,
) -> list[NeighborRow]:
    """Claims around `center`, one row per claim, walking `depth` steps out; with `speaker`,
    only claims that a quote attributed to it supports."""
    if direction not in DIRECTIONS:
        raise InputError(f"`direction` must be one of {', '.join(DIRECTIONS)}, "
                         f"not {direction!r}", parameter="direction")
    if depth < 1:
        raise InputError(f"`depth` must be 1 or more, not {depth}", parameter="depth")
    with without_gc():
        return _walk(engine, schema, center, relations, direction, window or Window(), depth,
                     speaker)


def _walk(engine, schema, center, relations, direction, window, depth, speaker):
    """The rows of `neighbors`, its arguments checked."""
    rows: list[NeighborRow] = []
    seen_claims: set[str] = set()
    visited = {center.iri}
    frontier = {center.iri: center}
    for step in range(1, depth + 1):
        found = claims_about(engine, schema, frontier, relations)
        next_frontier: dict[str, EntityRef] = {}
        for claim in sorted(found, key=Claim.sort_key):
            if claim.iri in seen_claims or not window.admits(claim.span):
                continue
            if speaker is not None and not attributed_to(claim, speaker.iri):
                continue
            ends = [(claim.subject, claim.object), (claim.object, claim.subject)]
            for here, there in ends:
                if here.iri not in frontier or claim.iri in seen_claims:
                    continue
                way = _direction(claim, here.iri)
                if direction != "both" and way not in (direction, "both"):
                    continue
                seen_claims.add(claim.iri)
                rows.append(NeighborRow(claim, here, there, way, step))
                if there.iri not in visited:
                    next_frontier.setdefault(there.iri, there)
        visited |= set(next_frontier)
        frontier = next_frontier
        if not frontier:
            break
    return rows
