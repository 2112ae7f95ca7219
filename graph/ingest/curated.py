"""The one way claims are added to the curated files: `kgraph review`, `kgraph import` and the
workbench all describe the claims they accept as drafts and call `add_claims`.

New claims are appended to ontology/claims-ingested.ttl (entities the graph did not know to
ontology/entities-ingested.ttl), under a heading that says where they came from. A draft
stating a fact the graph already holds (same ends, unordered for a symmetric relation, same
relation and negation, and no conflicting date) adds its evidence to the existing claim: one
fact stated by two sources is one claim with two sources. The new text is validated by the
build on a staged copy of the root; only then are the files written, all of them or none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import InputError, ValidationError
from graph.ingest import turtle
from graph.ingest.files import commit, require_writable, staged_problems
from graph.ingest.model import NEW, CandidateEntity
from graph.model.names import name_key
from graph.model.terms import CLAIM, ENTITY, KG, local_name
from graph.root import Root
from graph.sparql.bindings import literal

CLAIMS_FILE = "ontology/claims-ingested.ttl"
ENTITIES_FILE = "ontology/entities-ingested.ttl"
_CLAIMS_HEADER = ("# Claims accepted with `kgraph review` from ingested articles (or added with "
                  "`kgraph import`).\n# Every quote is copied from its source; edit freely, "
                  "the build validates this file like\n# any other.\n\n")
_ENTITIES_HEADER = ("# Entities created with `kgraph review` for names the graph did not know yet."
                    "\n# Add descriptions and aliases as the sources allow.\n\n")


@dataclass
class Evidence:
    source: str  # source IRI
    quote: str  # verbatim from the source's text
    attributed_to: str | None = None  # entity IRI or "new:" key of who asserts it


@dataclass
class ClaimDraft:
    """A claim to add. Ends are entity IRIs, or "new:" keys of entities described alongside;
    `date` is ISO (YYYY, YYYY-MM or YYYY-MM-DD) and `date_precision` says which."""

    subject: str
    relation: str  # local name, e.g. "met"
    object: str
    evidence: list[Evidence]
    date: str | None = None
    date_precision: str | None = None
    date_expression: str | None = None
    since: bool = False  # the date starts a period (kg:startDate)
    negated: bool = False
    qualifiers: dict = field(default_factory=dict)


@dataclass
class Addition:
    """What `add_claims` made of the drafts, in their order."""

    claims: list[str] = field(default_factory=list)  # the claim IRI each draft became
    extended: list[bool] = field(default_factory=list)  # True: evidence added to a claim
    new_entities: list[tuple[str, str, str]] = field(default_factory=list)  # iri, label, class
    changes: dict[str, str] = field(default_factory=dict)  # relative path -> new text

    @property
    def written(self) -> list[str]:
        return sorted(self.changes)


def existing_claims(kg) -> tuple[set[str], dict[tuple, tuple[str, object]]]:
    """IRIs in use, and existing claims by (ends, relation, negated) -> (claim, date); the ends
    of a symmetric relation are sorted."""
    used = {r["x"] for r in kg.engine.select(
        f"SELECT DISTINCT ?x WHERE {{ ?x a ?c FILTER(STRSTARTS(STR(?x), \"{ENTITY}\") || "
        f"STRSTARTS(STR(?x), \"{CLAIM}\")) }}")}
    claims: dict[tuple, tuple[str, object]] = {}
    for row in kg.engine.select(
        """SELECT ?c ?s ?r ?o ?d ?neg ?sym WHERE {
             ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o .
             OPTIONAL { ?c kg:date ?d } OPTIONAL { ?c kg:negated ?neg }
             BIND(EXISTS { ?r a owl:SymmetricProperty } AS ?sym) }"""
    ):
        ends = (row["s"], row["o"])
        if row["sym"]:
            ends = tuple(sorted(ends))
        claims[(ends, local_name(row["r"]), bool(row["neg"]))] = (row["c"], row["d"])
    return used, claims


def _unique(base: str, used: set[str], namespace: str) -> str:
    candidate, number = namespace + base, 2
    while candidate in used:
        candidate, number = f"{namespace}{base}-{number}", number + 1
    used.add(candidate)
    return candidate


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def claim_base(subject: str, relation: str, obj: str, negated: bool = False) -> str:
    """The local name of a new claim's IRI: `subject-relation-object`, e.g.
    `raul-benitez-met-marta-quiroga` (`-not-` before the relation when negated)."""
    return f"{local_name(subject)}-{'not-' if negated else ''}{_kebab(relation)}-" \
           f"{local_name(obj)}"


def plan_claims(kg, drafts: list[ClaimDraft], *, heading: str,
                entities: Mapping[str, CandidateEntity] | None = None) -> Addition:
    """The curated files with `drafts` added under the comment `heading`, validated by the
    build on a staged copy of the root; `entities` describes the "new:" keys the drafts use.
    Nothing is written. Raises ValidationError (exit 3) when the validation fails."""
    if not drafts:
        return Addition()
    addition = _changes(kg, drafts, dict(entities or {}), heading)
    problems = staged_problems(kg.root, addition.changes)
    if problems:
        raise ValidationError(problems)
    return addition


def write_addition(kg, addition: Addition, extra: Mapping[Path, str] | None = None) -> None:
    """Write what `plan_claims` planned, and the `extra` files (absolute path -> text), all of
    them or none."""
    root: Root = kg.root
    files = {root.path / rel: text for rel, text in addition.changes.items()} | dict(extra or {})
    if addition.changes:
        require_writable(root)
    if files:
        commit(files)
    if addition.changes:
        kg.close()  # the store is stale: the next read rebuilds it


def add_claims(kg, drafts: list[ClaimDraft], *, heading: str,
               entities: Mapping[str, CandidateEntity] | None = None,
               dry_run: bool = False) -> Addition:
    """`plan_claims`, then `write_addition` unless `dry_run`."""
    if drafts and not dry_run:
        require_writable(kg.root)
    addition = plan_claims(kg, drafts, heading=heading, entities=entities)
    if not dry_run:
        write_addition(kg, addition)
    return addition


def _changes(kg, drafts: list[ClaimDraft], entities: dict[str, CandidateEntity],
             heading: str) -> Addition:
    root: Root = kg.root
    addition = Addition()
    used, existing = existing_claims(kg)
    symmetric = {name for name, r in kg.schema.relations.items() if r.symmetric}
    iris: dict[str, str] = {}
    entity_blocks: list[str] = []

    def resolve(key: str) -> str:
        if not key.startswith(NEW):
            return key
        if key in iris:
            return iris[key]
        entity = entities.get(key)
        if entity is None:
            raise InputError(f"the review file names {key} but does not describe it")
        found = kg.engine.select("SELECT DISTINCT ?e WHERE { ?e kg:searchKey ?key }",
                                 {"key": literal(name_key(entity.label))})
        if len(found) == 1:  # accepted from another article meanwhile
            iris[key] = found[0]["e"]
            return iris[key]
        iri = _unique(key[len(NEW):], used, ENTITY)
        iris[key] = iri
        lines = [f"{turtle.iri(iri)} a {turtle.iri(entity.cls)} ;",
                 f"    rdfs:label {turtle.string(entity.label)}"]
        aliases = [a for a in entity.aliases if a != entity.label]
        if aliases:
            lines[-1] += " ;"
            lines.append("    skos:altLabel " + " , ".join(turtle.string(a) for a in aliases))
        entity_blocks.append("\n".join(lines) + " .\n")
        addition.new_entities.append((iri, entity.label, entity.cls))
        return iri

    claim_blocks: list[str] = []
    for draft in drafts:
        subject, obj = resolve(draft.subject), resolve(draft.object)
        ends = tuple(sorted((subject, obj))) if draft.relation in symmetric else (subject, obj)
        evidence = []
        for row in draft.evidence:
            by = f" kg:attributedTo {turtle.iri(resolve(row.attributed_to))} ;" \
                if row.attributed_to else ""
            evidence.append(f"        [ kg:source {turtle.iri(row.source)} ;{by}\n"
                            f"          kg:quote {turtle.string(row.quote)} ]")
        same = existing.get((ends, draft.relation, draft.negated))
        if same and (same[1] is None or draft.date is None or str(same[1]) == draft.date):
            claim_blocks.append(f"{turtle.iri(same[0])} kg:evidence\n" +
                                " ,\n".join(evidence) + " .\n")
            addition.claims.append(same[0])
            addition.extended.append(True)
            continue
        claim = _unique(claim_base(subject, draft.relation, obj, draft.negated), used, CLAIM)
        lines = [f"{turtle.iri(claim)} a kg:Claim ;",
                 f"    kg:subject {turtle.iri(subject)} ; kg:relation "
                 f"{turtle.relation(draft.relation)} ; kg:object {turtle.iri(obj)} ;"]
        if draft.date:
            prop = "kg:startDate" if draft.since else "kg:date"
            lines.append(f"    {prop} {turtle.dated(draft.date, draft.date_precision)} ;")
        if draft.date_expression:
            lines.append(f"    kg:dateExpression {turtle.string(draft.date_expression)} ;")
        if draft.negated:
            lines.append("    kg:negated true ;")
        for name, value in draft.qualifiers.items():
            if name == "context":
                value = resolve(value)
            written = turtle.qualifier(name, value)
            if written and KG + name in kg.schema.qualifiers:
                lines.append(f"    {written} ;")
        lines.append("    kg:evidence\n" + " ,\n".join(evidence) + " .")
        claim_blocks.append("\n".join(lines) + "\n")
        addition.claims.append(claim)
        addition.extended.append(False)
        existing[(ends, draft.relation, draft.negated)] = (claim, draft.date)
    stamp = f"# {'-' * 64} {heading}\n\n"
    for relative, header, blocks in ((ENTITIES_FILE, _ENTITIES_HEADER, entity_blocks),
                                     (CLAIMS_FILE, _CLAIMS_HEADER, claim_blocks)):
        if not blocks:
            continue
        path = root.path / relative
        before = path.read_text(encoding="utf-8") if path.exists() else (
            header + turtle.HEADER_PREFIXES)
        addition.changes[relative] = before.rstrip("\n") + "\n\n" + stamp + "\n".join(blocks)
    return addition
