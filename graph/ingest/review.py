"""`kgraph review`: accepted candidates become curated Turtle; the build then validates them."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import InputError, ValidationError
from graph.ingest import turtle
from graph.ingest.files import commit, require_writable, staged_problems
from graph.ingest.knowledge import Knowledge
from graph.ingest.model import NEW, Candidate, CandidateEntity, Document
from graph.ingest.reading import read_article
from graph.ingest.register import review_document, review_path
from graph.ingest.temporal import Anchor
from graph.model.names import name_key
from graph.model.terms import CLAIM, ENTITY, KG, SOURCE, local_name
from graph.root import Root
from graph.sparql.bindings import literal

CLAIMS_FILE = "ontology/claims-ingested.ttl"
ENTITIES_FILE = "ontology/entities-ingested.ttl"
_CLAIMS_HEADER = ("# Claims accepted with `kgraph review` from ingested articles. Every quote is "
                  "copied from its source;\n# edit freely, the build validates this file like "
                  "any other.\n\n")
_ENTITIES_HEADER = ("# Entities created with `kgraph review` for names the graph did not know yet."
                    "\n# Add descriptions and aliases as the sources allow.\n\n")

Decide = Callable[[Candidate], str]  # returns "accept", "reject", "skip" or "quit"


@dataclass
class ReviewResult:
    source: str
    name: str
    candidates: list[Candidate]
    accepted: list[Candidate] = field(default_factory=list)
    rejected: list[Candidate] = field(default_factory=list)
    new_entities: list[tuple[str, str, str]] = field(default_factory=list)  # iri, label, class
    written: list[str] = field(default_factory=list)


def parse_numbers(chosen: str | Iterable[int] | None, parameter: str) -> list[int]:
    """"1,3,5-7" -> [1, 3, 5, 6, 7]; numbers are taken as they are."""
    if not isinstance(chosen, str):
        return list(chosen or ())
    numbers: list[int] = []
    for part in chosen.split(","):
        part = part.strip()
        match = re.fullmatch(r"(\d+)(?:\s*-\s*(\d+))?", part)
        if not match:
            raise InputError(f"`{parameter}` expects numbers such as 1,3 or 2-4, not {chosen!r}",
                             parameter=parameter)
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        numbers.extend(range(first, last + 1))
    return numbers


def source_name(source: str) -> str:
    text = source.strip()
    for prefix in (SOURCE, "src:"):
        text = text.removeprefix(prefix)
    name = Path(text).name
    for suffix in (".txt", ".ttl", ".json"):
        name = name.removesuffix(suffix)
    return name


def load_review(kg, source: str) -> tuple[str, dict]:
    """The review file of `source`; extraction is run again when only the file is missing."""
    root: Root = kg.root
    name = source_name(source)
    path = review_path(root, name)
    if path.exists():
        try:
            return name, json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise InputError(f"cannot read the review file {path}: {error}") from error
    if not name or not (root.seeds / f"{name}.ttl").is_file() or \
            not (root.seeds / f"{name}.txt").is_file():
        pending = sorted(p.stem for p in (root.output / "review").glob("*.json"))
        hint = f"; sources with candidates: {', '.join(pending)}" if pending else (
            "; run `kgraph ingest ARTICLE.txt` first")
        raise InputError(f"no ingested source {source!r}{hint}")
    return name, _extract_again(kg, name)


def _extract_again(kg, name: str) -> dict:
    from graph.ingest.extractors import default_extractor

    issued = next((s.issued for s in kg.sources() if s.id == f"src:{name}"), None)
    article = read_article(kg.root.seeds / f"{name}.txt")
    extractor = default_extractor()
    document = Document(article.text, Anchor.parse(str(issued) if issued else None), SOURCE + name)
    extraction = extractor.extract(document, Knowledge.from_graph(kg))
    return review_document(name, extractor.name, str(issued) if issued else None, extraction)


def review_source(kg, source: str, *, accept: str | Iterable[int] | None = (),
                  reject: str | Iterable[int] | None = (), accept_all: bool = False,
                  decide: Decide | None = None) -> ReviewResult:
    """Accept or reject candidates of `source` by number (or as text such as "1,3" or "2-5");
    `accept_all` accepts every pending one, `decide` is asked about each one left."""
    accept, reject = parse_numbers(accept, "accept"), parse_numbers(reject, "reject")
    name, data = load_review(kg, source)
    candidates = [Candidate.from_dict(c) for c in data.get("candidates", [])]
    entities = {e["key"]: CandidateEntity(**e) for e in data.get("entities", [])}
    by_number = {c.number: c for c in candidates}
    result = ReviewResult(data.get("source", SOURCE + name), name, candidates)
    for number in accept + reject:
        if number not in by_number:
            raise InputError(f"no candidate {number}: {name} has candidates 1 to {len(candidates)}")
    both = sorted(set(accept) & set(reject))
    if both:
        raise InputError(f"candidate {both[0]} is both accepted and rejected")
    for number in accept + reject:
        if by_number[number].status == "accepted":
            raise InputError(f"candidate {number} is already accepted as "
                             f"{by_number[number].claim}; edit {CLAIMS_FILE} to change it")
    chosen = {n: "accept" for n in accept} | {n: "reject" for n in reject}
    if accept_all:
        chosen |= {c.number: "accept" for c in candidates
                   if c.status == "pending" and c.number not in chosen}
    if decide is not None:
        for candidate in candidates:
            if candidate.status != "pending" or candidate.number in chosen:
                continue
            answer = decide(candidate)
            if answer == "quit":
                break
            if answer in ("accept", "reject"):
                chosen[candidate.number] = answer
    result.accepted = [by_number[n] for n in sorted(chosen) if chosen[n] == "accept"]
    result.rejected = [by_number[n] for n in sorted(chosen) if chosen[n] == "reject"]
    if not chosen:
        return result
    root: Root = kg.root
    changes: dict[str, str] = {}
    if result.accepted:
        require_writable(root)
        changes = _curated_changes(kg, result, entities)
        problems = staged_problems(root, changes)
        if problems:
            raise ValidationError(problems)
    for candidate in result.rejected:
        candidate.status = "rejected"
    data["candidates"] = [c.as_dict() for c in candidates]
    data["reviewed"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    files = {root.path / rel: text for rel, text in changes.items()}
    files[review_path(root, name)] = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    commit(files)
    result.written = sorted(changes)
    return result


# ---------------------------------------------------------------- Turtle for accepted claims


def _existing(kg) -> tuple[set[str], dict[tuple, str]]:
    """IRIs in use, and existing claims by (subject, relation, object, negated)."""
    used = {r["x"] for r in kg.engine.select(
        f"SELECT DISTINCT ?x WHERE {{ ?x a ?c FILTER(STRSTARTS(STR(?x), \"{ENTITY}\") || "
        f"STRSTARTS(STR(?x), \"{CLAIM}\")) }}")}
    claims: dict[tuple, str] = {}
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


def _curated_changes(kg, result: ReviewResult, entities: dict[str, CandidateEntity]) -> dict:
    root: Root = kg.root
    used, existing = _existing(kg)
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
        result.new_entities.append((iri, entity.label, entity.cls))
        return iri

    claim_blocks: list[str] = []
    source = SOURCE + result.name
    for candidate in result.accepted:
        subject, obj = resolve(candidate.subject_key), resolve(candidate.object_key)
        ends = tuple(sorted((subject, obj))) if candidate.relation in symmetric else (subject, obj)
        evidence = []
        for row in candidate.evidence:
            by = f" kg:attributedTo {turtle.iri(resolve(row.attributed_to_key))} ;" \
                if row.attributed_to_key else ""
            evidence.append(f"        [ kg:source {turtle.iri(source)} ;{by}\n"
                            f"          kg:quote {turtle.string(row.quote)} ]")
        same = existing.get((ends, candidate.relation, candidate.negated))
        if same and (same[1] is None or candidate.date is None or str(same[1]) == candidate.date):
            # One fact from two articles is one claim with two sources.
            candidate.claim = same[0]
            claim_blocks.append(f"{turtle.iri(same[0])} kg:evidence\n" +
                                " ,\n".join(evidence) + " .\n")
            candidate.status = "accepted"
            continue
        base = f"{local_name(subject)}-{'not-' if candidate.negated else ''}" \
               f"{_kebab(candidate.relation)}-{local_name(obj)}"
        claim = _unique(base, used, CLAIM)
        lines = [f"{turtle.iri(claim)} a kg:Claim ;",
                 f"    kg:subject {turtle.iri(subject)} ; kg:relation "
                 f"{turtle.relation(candidate.relation)} ; kg:object {turtle.iri(obj)} ;"]
        if candidate.date:
            prop = "kg:startDate" if candidate.since else "kg:date"
            lines.append(f"    {prop} {turtle.dated(candidate.date, candidate.date_precision)} ;")
        if candidate.date_expression:
            lines.append(f"    kg:dateExpression {turtle.string(candidate.date_expression)} ;")
        if candidate.negated:
            lines.append("    kg:negated true ;")
        for name, value in candidate.qualifiers.items():
            if name == "context":
                value = resolve(value)
            written = turtle.qualifier(name, value)
            if written and KG + name in kg.schema.qualifiers:
                lines.append(f"    {written} ;")
        lines.append("    kg:evidence\n" + " ,\n".join(evidence) + " .")
        claim_blocks.append("\n".join(lines) + "\n")
        candidate.claim = claim
        existing[(ends, candidate.relation, candidate.negated)] = (claim, candidate.date)
        candidate.status = "accepted"
    stamp = f"# {'-' * 64} src:{result.name}\n\n"
    changes = {}
    for relative, header, blocks in ((ENTITIES_FILE, _ENTITIES_HEADER, entity_blocks),
                                     (CLAIMS_FILE, _CLAIMS_HEADER, claim_blocks)):
        if not blocks:
            continue
        path = root.path / relative
        before = path.read_text(encoding="utf-8") if path.exists() else (
            header + turtle.HEADER_PREFIXES)
        changes[relative] = before.rstrip("\n") + "\n\n" + stamp + "\n".join(blocks)
    return changes
