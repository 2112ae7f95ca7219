"""`kgraph import`: claims a researcher already has, as CSV rows, checked like curated claims
and added through the same staged, validated, atomic write as review (graph/ingest/curated.py).

Columns (a header row names them, in any order; comma, semicolon or tab separated, UTF-8):
subject, relation, object, date, source, quote, and optionally attributed_to and negated.
Subjects, objects and attributions resolve by name as on the command line; the relation by its
name (`met`, `memberOf`) or English label; the date is YYYY, YYYY-MM or YYYY-MM-DD (its length
gives the precision) or empty; the source is a registered source's id (`src:000_…`), its name
(`000_…`) or its label; the quote must appear verbatim, whitespace-normalized, in the source's
text. A row is refused, with every reason, when any of this fails, when it repeats an earlier
row or when the graph holds it already; the others are added. A fact the graph holds from
another source gets the row's evidence instead of a second claim.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from graph.build.parse import normalize_text
from graph.errors import InputError, NameResolutionError
from graph.ingest.curated import ClaimDraft, Evidence, add_claims
from graph.model.dates import parse_iso
from graph.model.names import name_key
from graph.model.terms import KG, SOURCE, compact, local_name
from graph.sparql.bindings import values_clause

REQUIRED = ("subject", "relation", "object", "date", "source", "quote")
OPTIONAL = ("attributed_to", "negated")
_TRUE = {"true", "yes", "si", "sí", "1", "y", "x", "negated"}
_FALSE = {"", "false", "no", "0", "n"}
_PROBLEM = "#problem"  # stands for a row's cells when the row itself is malformed


@dataclass
class RowOutcome:
    """One data row of the file: accepted (with the claim it became or joined) or refused
    (with why). `line` is the line of the file where the row starts."""

    line: int
    status: str  # "accepted" or "refused"
    subject: str
    relation: str
    object: str
    date: str
    source: str
    quote: str
    negated: bool = False
    claim: str | None = None
    extended: bool = False  # the row's evidence joined a claim the graph already had
    reason: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class ImportResult:
    file: str
    rows: list[RowOutcome] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def accepted(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.status == "accepted"]

    @property
    def refused(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.status == "refused"]

    def as_dict(self) -> dict:
        return {"file": self.file, "dry_run": self.dry_run, "written": self.written,
                "accepted": len(self.accepted), "refused": len(self.refused),
                "rows": [r.as_dict() for r in self.rows]}


# ---------------------------------------------------------------- reading the file


def _header_name(text: str) -> str:
    return "_".join(text.strip().lower().replace("-", " ").split())


def read_rows(path: str | os.PathLike) -> list[tuple[int, dict[str, str]]]:
    """(line, {column: cell}) for each data row of the file `path` (see `parse_rows`)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {os.fspath(path)}: {error.strerror or error}") from None
    return parse_rows(data, os.fspath(path))


def parse_rows(data: bytes, shown: str) -> list[tuple[int, dict[str, str]]]:
    """(line, {column: cell}) for each data row of CSV `data`; InputError in one line, naming
    the file as `shown`, when it is empty, binary or not UTF-8, is not CSV, or lacks a
    column."""
    if not data.strip():
        raise InputError(f"{shown} is empty")
    if b"\x00" in data:
        raise InputError(f"{shown} is not a CSV file: it holds binary data (or UTF-16 text); "
                         "save it as CSV in UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{shown} is not UTF-8 text (byte {error.start + 1} is not); save it "
                         "as CSV in UTF-8") from None
    first = next(line for line in text.splitlines() if line.strip())
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = _check_header(shown, cells)
                continue
            if any(cell.strip() for cell in cells[len(header):]):
                rows.append((start, {_PROBLEM: f"has {len(cells)} cells, the header "
                                                f"{len(header)}"}))
                continue
            # Spreadsheets drop empty cells at the end of a row, or add some.
            cells = (cells + [""] * len(header))[:len(header)]
            rows.append((start, {column: cell for column, cell in zip(header, cells, strict=True)
                                 if column}))
    except csv.Error as error:
        raise InputError(f"{shown}:{reader.line_num}: not a valid CSV file: {error}") from None
    if not rows:
        raise InputError(f"{shown} has a header but no rows")
    return rows


def _check_header(shown: str, cells: list[str]) -> list[str]:
    header = [_header_name(cell) for cell in cells]  # an empty name: a column to ignore
    expected = ", ".join(REQUIRED + OPTIONAL)
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c and c not in REQUIRED + OPTIONAL]
    if missing or unknown:
        problem = (f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}"
                   if missing else f"unknown column {', '.join(repr(c) for c in unknown)}")
        raise InputError(f"{shown}: {problem}; the header names {expected} "
                         "(the last two optional)")
    repeated = sorted({c for c in header if c and header.count(c) > 1})
    if repeated:
        raise InputError(f"{shown}: the column {repeated[0]} is named twice")
    return header


# ---------------------------------------------------------------- checking a row


class _Graph:
    """What rows are checked against, looked up once."""

    def __init__(self, kg):
        self.kg = kg
        self.root = kg.root
        self.sources: dict[str, str] = {}  # any way of naming a source -> its IRI
        self.files: dict[str, str | None] = {}  # source IRI -> its text file in seeds/
        self.texts: dict[str, str | None] = {}  # source IRI -> normalized text, once read
        for row in kg.sources():
            full = SOURCE + row.id.removeprefix("src:")
            for alias in (row.id, full, row.id.removeprefix("src:"), name_key(row.label)):
                self.sources.setdefault(alias, full)
            self.files[full] = row.text_file
        self.classes: dict[str, set[str]] = {}
        self.evidence: dict[tuple, str] = {}
        for found in kg.engine.select(
                """SELECT ?c ?s ?r ?o ?neg ?sym ?src ?q WHERE {
                     ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o ;
                        kg:evidence ?e . ?e kg:source ?src ; kg:quote ?q .
                     OPTIONAL { ?c kg:negated ?neg }
                     BIND(EXISTS { ?r a owl:SymmetricProperty } AS ?sym) }"""):
            ends = (found["s"], found["o"])
            ends = tuple(sorted(ends)) if found["sym"] else ends
            key = (ends, local_name(found["r"]), bool(found["neg"]), found["src"],
                   normalize_text(found["q"]))
            self.evidence[key] = found["c"]

    def source(self, text: str) -> str:
        wanted = text.strip()
        found = self.sources.get(wanted) or self.sources.get(name_key(wanted))
        if found is None:
            raise InputError(f"unknown source {wanted!r} (see `kgraph sources`)")
        return found

    def text(self, source: str) -> str:
        if source not in self.texts:
            name = self.files.get(source)
            try:
                self.texts[source] = normalize_text(
                    (self.root.seeds / name).read_text(encoding="utf-8")) if name else None
            except (OSError, UnicodeDecodeError):
                self.texts[source] = None
        text = self.texts[source]
        if text is None:
            raise InputError(f"the text of {compact(source)} cannot be read")
        return text

    def fits(self, entity: str, required: str | None) -> bool:
        if required is None:
            return True
        if entity not in self.classes:
            self.classes[entity] = {r["c"] for r in self.kg.engine.select(
                f"SELECT ?c WHERE {{ {values_clause('x', [entity])} ?x a ?c }}")}
        classes = self.classes[entity]
        return required in classes or any(
            required in self.kg.schema.ancestors.get(c, ()) for c in classes)


def _resolve(kg, text: str, role: str, reasons: list[str]):
    if not text.strip():
        reasons.append(f"{role} is empty")
        return None
    try:
        return kg.resolve(text)
    except (InputError, NameResolutionError) as error:
        reasons.append(f"{role}: {error}")
        return None


def _check_row(graph: _Graph, cells: dict[str, str]) -> tuple[ClaimDraft | None, list[str]]:
    kg = graph.kg
    if _PROBLEM in cells:
        return None, [f"the row {cells[_PROBLEM]}"]
    reasons: list[str] = []
    relation = None
    if not cells["relation"].strip():
        reasons.append("relation is empty")
    else:
        try:
            relation = kg.schema.relation(cells["relation"])
        except InputError as error:
            reasons.append(str(error))
    subject = _resolve(kg, cells["subject"], "subject", reasons)
    obj = _resolve(kg, cells["object"], "object", reasons)
    if relation and subject and not graph.fits(subject.iri, relation.domain):
        reasons.append(f"subject {subject.label} is not a {compact(relation.domain)}, as "
                       f"{relation.name} requires")
    if relation and obj and not graph.fits(obj.iri, relation.range):
        reasons.append(f"object {obj.label} is not a {compact(relation.range)}, as "
                       f"{relation.name} requires")
    if subject and obj and subject.iri == obj.iri:
        reasons.append(f"subject and object are the same entity ({subject.label})")
    date = parse_iso(cells["date"]) if cells["date"].strip() else None
    if cells["date"].strip() and date is None:
        reasons.append(f"date {cells['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    source = None
    try:
        source = graph.source(cells["source"]) if cells["source"].strip() else None
        if source is None:
            reasons.append("source is empty")
    except InputError as error:
        reasons.append(str(error))
    quote = normalize_text(cells["quote"])
    if not quote:
        reasons.append("quote is empty")
    elif source:
        try:
            if quote not in graph.text(source):
                shown = quote if len(quote) <= 60 else quote[:57] + "..."
                reasons.append(f"quote not found verbatim in {compact(source)}: {shown!r}")
        except InputError as error:
            reasons.append(str(error))
    by = None
    if cells.get("attributed_to", "").strip():
        by = _resolve(kg, cells["attributed_to"], "attributed_to", reasons)
        if by and not graph.fits(by.iri, KG + "Agent"):
            reasons.append(f"attributed_to {by.label} is not a kg:Agent (a person or an "
                           "organization)")
    negated = cells.get("negated", "").strip().lower()
    if negated not in _TRUE | _FALSE:
        reasons.append(f"negated expects true or false (or empty), not {cells['negated']!r}")
    if reasons:
        return None, reasons
    draft = ClaimDraft(subject.iri, relation.name, obj.iri,
                       [Evidence(source, quote, by.iri if by else None)],
                       date=date.iso if date else None,
                       date_precision=date.precision if date else None,
                       negated=negated in _TRUE)
    return draft, []


def _fact(graph: _Graph, draft: ClaimDraft) -> tuple:
    symmetric = graph.kg.schema.relations[draft.relation].symmetric
    ends = (draft.subject, draft.object)
    evidence = draft.evidence[0]
    return (tuple(sorted(ends)) if symmetric else ends, draft.relation, draft.negated,
            evidence.source, evidence.quote)


def import_claims(kg, path: str | os.PathLike, *, dry_run: bool = False) -> ImportResult:
    """Check every row of the CSV file `path` and add the good ones to the curated claims (see
    the module's text). Raises InputError when the file itself is unusable and ValidationError
    when the build's validation fails on the result, writing nothing in both cases; with
    `dry_run` checks everything and writes nothing."""
    return import_rows(kg, read_rows(path), os.fspath(path), dry_run=dry_run)


def import_csv(kg, data: bytes, *, name: str = "upload.csv",
               dry_run: bool = False) -> ImportResult:
    """`import_claims` for CSV content held in memory (an upload), reported as `name`."""
    return import_rows(kg, parse_rows(data, name), name, dry_run=dry_run)


def import_rows(kg, rows: list[tuple[int, dict[str, str]]], name: str, *,
                dry_run: bool = False) -> ImportResult:
    """Check `rows` ((line, {column: cell}), as `parse_rows` gives them) and add the good ones
    under a heading naming `name`."""
    graph = _Graph(kg)
    result = ImportResult(name, dry_run=dry_run)
    drafts: list[ClaimDraft] = []
    accepted: list[RowOutcome] = []
    seen: dict[tuple, int] = {}
    for line, cells in rows:
        outcome = RowOutcome(line, "refused", *(cells.get(c, "") for c in (
            "subject", "relation", "object", "date", "source", "quote")),
            negated=cells.get("negated", "").strip().lower() in _TRUE)
        result.rows.append(outcome)
        draft, reasons = _check_row(graph, cells)
        if draft is not None:
            fact = _fact(graph, draft)
            if fact in graph.evidence:
                reasons = [f"already in the graph: {compact(graph.evidence[fact])} has this "
                           "quote from this source"]
            elif fact in seen:
                reasons = [f"repeats line {seen[fact]}"]
            else:
                seen[fact] = line
        if reasons:
            outcome.reason = "; ".join(reasons)
            continue
        outcome.status = "accepted"
        drafts.append(draft)
        accepted.append(outcome)
    addition = add_claims(kg, drafts, heading=f"import {Path(name).name}", dry_run=dry_run)
    for outcome, claim, extended in zip(accepted, addition.claims, addition.extended,
                                        strict=True):
        outcome.claim, outcome.extended = claim, extended
    result.written = [] if dry_run else addition.written
    return result
