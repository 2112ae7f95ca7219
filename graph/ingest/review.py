"""`kgraph review`: accepted candidates become curated Turtle; the build then validates them.

A review file (output/review/<source>.json) may be edited by hand: each candidate is checked
as it is loaded (`load_candidates`), and a hand edit is either taken in (a date set gets the
precision its length gives; a subject, object or attribution given by name is resolved as
names are everywhere) or refused in one line naming the candidate and the field.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import InputError, NameResolutionError
from graph.ingest.curated import CLAIMS_FILE, ClaimDraft, Evidence, plan_claims, write_addition
from graph.ingest.files import require_writable
from graph.ingest.knowledge import Knowledge
from graph.ingest.model import NEW, Candidate, CandidateEntity, Document, EvidenceRow
from graph.ingest.reading import read_article
from graph.ingest.register import review_document, review_path
from graph.ingest.temporal import Anchor
from graph.model.dates import parse_iso
from graph.model.names import name_key
from graph.model.terms import SOURCE, compact
from graph.root import Root

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
    candidates, entities = load_candidates(kg, data, f"the review file of {name}")
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
    if result.accepted:
        require_writable(root)
    source_iri = data.get("source") if isinstance(data.get("source"), str) else SOURCE + name
    drafts = [_draft(candidate, source_iri) for candidate in result.accepted]
    addition = plan_claims(kg, drafts, heading=f"src:{name}", entities=entities)
    for candidate, claim in zip(result.accepted, addition.claims, strict=True):
        candidate.claim, candidate.status = claim, "accepted"
    result.new_entities = addition.new_entities
    for candidate in result.rejected:
        candidate.status = "rejected"
    data["candidates"] = [c.as_dict() for c in candidates]
    data["reviewed"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    write_addition(kg, addition, {
        review_path(root, name): json.dumps(data, ensure_ascii=False, indent=2) + "\n"})
    result.written = addition.written
    return result


def _draft(candidate: Candidate, source: str) -> ClaimDraft:
    return ClaimDraft(
        candidate.subject_key, candidate.relation, candidate.object_key,
        [Evidence(source, row.quote, row.attributed_to_key) for row in candidate.evidence],
        date=candidate.date, date_precision=candidate.date_precision,
        date_expression=candidate.date_expression, since=candidate.since,
        negated=candidate.negated, qualifiers=candidate.qualifiers)


# ---------------------------------------------------------------- loading a review file


class _Check:
    """Checks the candidates of one review file, and names the one at fault."""

    STATUSES = ("pending", "accepted", "rejected")

    def __init__(self, kg, where: str, entities: dict[str, CandidateEntity]):
        self.kg = kg
        self.where = where
        self.entities = entities
        self.number: int | str = "?"
        self._names: dict[str, set[str]] | None = None

    def fail(self, field_name: str, problem: str) -> InputError:
        return InputError(f"{self.where}: candidate {self.number}, {field_name}: {problem}")

    def names(self, key: str) -> set[str]:
        if key.startswith(NEW):
            entity = self.entities[key]
            return {name_key(n) for n in (entity.label, *entity.aliases)}
        if self._names is None:
            self._names = {}
            for entity, _, folded in self.kg.resolver.names():
                self._names.setdefault(entity, set()).add(folded)
        return self._names.get(key, set())

    def entity(self, raw: dict, key_field: str, name_field: str | None,
               required: bool = True) -> tuple[str | None, str | None]:
        """(key, label) of an end: the key when there is one (an id, a "new:" key described in
        the file, or a name written in its place), else the name beside it, resolved. A name
        beside a key that names another entity is refused: which of the two was edited?"""
        key = raw.get(key_field)
        name = raw.get(name_field) if name_field else None
        for field_name, value in ((key_field, key), (name_field, name)):
            if value is not None and not isinstance(value, str):
                raise self.fail(field_name, f"expects text, not {value!r}")
        key, name = (key or "").strip() or None, (name or "").strip() or None
        if key and key.startswith(NEW):
            if key not in self.entities:
                raise self.fail(key_field, f"{key} is not described in the file's entities")
        elif key:
            try:
                key = self.kg.resolve(key).iri
            except (InputError, NameResolutionError) as error:
                raise self.fail(key_field, str(error)) from None
        if name and not key:
            try:
                found = self.kg.resolve(name)
            except (InputError, NameResolutionError) as error:
                raise self.fail(name_field, str(error)) from None
            return found.iri, found.label
        if not key:
            if required:
                raise self.fail(name_field or key_field, "missing: give a name or an id")
            return None, None
        if name and name_key(name) not in self.names(key):
            # An extractor may write any mention; only a name of another entity is a conflict.
            try:
                other = self.kg.resolve(name)
            except (InputError, NameResolutionError):
                other = None
            if other is not None and other.iri != key:
                raise self.fail(name_field, f"{name!r} is {other.id} but {key_field} is "
                                f"{compact(key)}; remove {key_field} to use the name, or "
                                "correct one of them")
            name = None
        label = self.entities[key].label if key.startswith(NEW) else name
        return key, label or self.kg.resolver.resolve(key).label

    def flag(self, raw: dict, field_name: str) -> bool:
        value = raw.get(field_name, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(field_name, f"expects true or false, not {value!r}")
        return value

    def candidate(self, raw, position: int) -> Candidate:
        self.number = position
        if not isinstance(raw, dict):
            raise InputError(f"{self.where}: candidate {position} is not a JSON object")
        number = raw.get("number", position)
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            raise self.fail("number", f"expects a number from 1, not {number!r}")
        self.number = number
        status = raw.get("status") or "pending"
        if status not in self.STATUSES:
            raise self.fail("status", f"expects one of {', '.join(self.STATUSES)}, "
                                      f"not {status!r}")
        if status != "pending":
            return self.decided(raw, number, status)
        relation = raw.get("relation")
        if not isinstance(relation, str) or not relation.strip():
            raise self.fail("relation", "missing")
        try:
            relation = self.kg.schema.relation(relation).name
        except InputError as error:
            raise self.fail("relation", str(error)) from None
        subject_key, subject = self.entity(raw, "subject_key", "subject")
        object_key, obj = self.entity(raw, "object_key", "object")
        evidence = raw.get("evidence")
        if not isinstance(evidence, list) or not evidence:
            raise self.fail("evidence", "expects a list of quotes")
        rows = []
        for row in evidence:
            if not isinstance(row, dict) or not isinstance(row.get("quote"), str) or \
                    not row["quote"].strip():
                raise self.fail("evidence", "each item needs a quote copied from the source")
            key, label = self.entity(row, "attributed_to_key", "attributed_to", required=False)
            rows.append(EvidenceRow(row["quote"], label, key))
        date, precision = raw.get("date"), None
        if date is not None and not isinstance(date, str):
            raise self.fail("date", f"expects YYYY, YYYY-MM or YYYY-MM-DD, not {date!r}")
        if date and date.strip():
            parsed = parse_iso(date)
            if parsed is None:
                raise self.fail("date", f"expects YYYY, YYYY-MM or YYYY-MM-DD, not {date!r}")
            date, precision = parsed.iso, parsed.precision
        else:
            date = None
        for text_field in ("date_expression", "cue", "claim"):
            if raw.get(text_field) is not None and not isinstance(raw[text_field], str):
                raise self.fail(text_field, f"expects text, not {raw[text_field]!r}")
        qualifiers = raw.get("qualifiers") or {}
        if not isinstance(qualifiers, dict):
            raise self.fail("qualifiers", "expects an object such as {\"mode\": \"PhoneCall\"}")
        confidence = raw.get("confidence", 0.0)
        if not isinstance(confidence, (int, float)) or isinstance(confidence, bool):
            raise self.fail("confidence", f"expects a number, not {confidence!r}")
        return Candidate(
            subject, subject_key, relation, obj, object_key, float(confidence), rows,
            date=date, date_precision=precision, date_expression=raw.get("date_expression"),
            since=self.flag(raw, "since"), negated=self.flag(raw, "negated"),
            qualifiers=qualifiers, cue=raw.get("cue") or "", number=number, status=status,
            claim=raw.get("claim"))


    @staticmethod
    def decided(raw: dict, number: int, status: str) -> Candidate:
        """A candidate accepted or rejected earlier is history: listed and saved as written,
        not checked again (an entity it named may since have been merged or renamed)."""

        def text(holder: dict, key: str) -> str:
            return holder[key] if isinstance(holder.get(key), str) else ""

        evidence = [EvidenceRow(text(e, "quote"), text(e, "attributed_to") or None,
                                text(e, "attributed_to_key") or None)
                    for e in raw.get("evidence") or [] if isinstance(e, dict)]
        confidence = raw.get("confidence")
        return Candidate(
            text(raw, "subject"), text(raw, "subject_key"), text(raw, "relation"),
            text(raw, "object"), text(raw, "object_key"),
            float(confidence) if isinstance(confidence, (int, float)) else 0.0, evidence,
            date=text(raw, "date") or None, date_precision=text(raw, "date_precision") or None,
            date_expression=text(raw, "date_expression") or None,
            since=raw.get("since") is True, negated=raw.get("negated") is True,
            qualifiers=raw.get("qualifiers") if isinstance(raw.get("qualifiers"), dict) else {},
            cue=text(raw, "cue"), number=number, status=status, claim=text(raw, "claim") or None)


def _entities(kg, data: dict, where: str) -> dict[str, CandidateEntity]:
    entities = {}
    listed = data.get("entities") or []
    if not isinstance(listed, list):
        raise InputError(f"{where}: entities expects a list")
    for number, raw in enumerate(listed, start=1):
        problem = None
        if not isinstance(raw, dict):
            problem = "is not a JSON object"
        elif not (isinstance(raw.get("key"), str) and raw["key"].startswith(NEW)):
            problem = f"key expects text starting with {NEW}"
        elif not (isinstance(raw.get("label"), str) and raw["label"].strip()):
            problem = "label missing"
        elif not isinstance(raw.get("aliases", []), list) or not all(
                isinstance(a, str) for a in raw.get("aliases", [])):
            problem = "aliases expects a list of names"
        if problem:
            raise InputError(f"{where}: entity {number}, {problem}")
        try:
            cls = raw.get("cls") or ""
            cls = cls if cls in kg.schema.class_labels else kg.schema.class_by_label(cls)
        except InputError as error:
            raise InputError(f"{where}: entity {number}, cls: {error}") from None
        known = {k: v for k, v in raw.items() if k in CandidateEntity.__dataclass_fields__}
        entities[raw["key"]] = CandidateEntity(**(known | {"cls": cls}))
    return entities


def load_candidates(kg, data, where: str) -> tuple[list[Candidate], dict[str, CandidateEntity]]:
    """The candidates and candidate entities of a review file's content `data`, checked one by
    one; hand edits are taken in where their meaning is clear, else refused with InputError
    naming `where`, the candidate's number and the field."""
    if not isinstance(data, dict) or not isinstance(data.get("candidates", []), list):
        raise InputError(f"{where} is not a review file: it holds no list of candidates")
    entities = _entities(kg, data, where)
    check = _Check(kg, where, entities)
    candidates = [check.candidate(raw, position)
                  for position, raw in enumerate(data.get("candidates", []), start=1)]
    numbers = [c.number for c in candidates]
    repeated = sorted({n for n in numbers if numbers.count(n) > 1})
    if repeated:
        raise InputError(f"{where}: candidate number {repeated[0]} is used twice")
    return candidates, entities
