"""Hand edits of a review file (output/review/<source>.json): taken in when their meaning is
clear, else refused in one line naming the candidate and the field, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from helpers import DATA, Cli, build_world

KG = rdflib.Namespace("https://w3id.org/kgraph/ontology#")
KGR = rdflib.Namespace("https://w3id.org/kgraph/id/")


@pytest.fixture
def world(tmp_path) -> tuple[Path, str, Path]:
    """A built world with the example article ingested: (root, source name, review file)."""
    root = build_world(tmp_path / "root")
    Cli(root)("ingest", str(DATA / "example.txt"), "--date", "2026-05-12", "--extractor", "rules",
              "--format", "json")
    name = next((root / "seeds").glob("*.txt")).stem
    Cli(root)("build")  # so that no rebuild notice comes before an error
    return root, name, root / "output" / "review" / f"{name}.json"


def edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def candidate(data: dict, relation: str, negated: bool = False) -> dict:
    return next(c for c in data["candidates"]
                if c["relation"] == relation and c["negated"] == negated)


def number(path: Path, relation: str, negated: bool = False) -> int:
    return candidate(json.loads(path.read_text(encoding="utf-8")), relation, negated)["number"]


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "store" not in p.parts and ".stores" not in p.parts
            and p.name != ".build.lock"}


def accepted_claims(root: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(root / "ontology" / "claims-ingested.ttl")


@pytest.mark.parametrize("date, datatype, precision", [
    ("2026-05", rdflib.XSD.gYearMonth, "month"), ("2026", rdflib.XSD.gYear, "year"),
    ("2026-05-10", rdflib.XSD.date, "day"),
])
def test_a_date_set_by_hand_gets_the_precision_of_its_length(world, date, datatype, precision):
    root, name, path = world

    def set_date(data):
        allied = candidate(data, "allied")
        assert allied["date"] is None and allied["date_precision"] is None
        allied["date"] = date

    edit(path, set_date)
    Cli(root)("review", name, "--accept", str(number(path, "allied")))
    claims = accepted_claims(root)
    [claim] = claims.subjects(KG.relation, KG.allied)
    assert claims.value(claim, KG.date) == rdflib.Literal(date, datatype=datatype)
    saved = candidate(json.loads(path.read_text(encoding="utf-8")), "allied")
    assert saved["date_precision"] == precision
    Cli(root)("build")


def test_a_subject_given_by_name_is_resolved(world):
    root, name, path = world

    def by_name(data):
        leader = candidate(data, "leaderOf")
        del leader["subject_key"]
        leader["subject"] = "quiroga"

    edit(path, by_name)
    Cli(root)("review", name, "--accept", str(number(path, "leaderOf")))
    claims = accepted_claims(root)
    [claim] = claims.subjects(KG.relation, KG.leaderOf)
    assert claims.value(claim, KG.subject) == KGR["marta-quiroga"]


def test_a_subject_name_that_is_not_a_name_of_any_entity_leaves_the_key(world):
    root, name, path = world
    edit(path, lambda data: candidate(data, "met", negated=True).update(subject="el exministro"))
    Cli(root)("review", name, "--accept", str(number(path, "met", negated=True)))
    claims = accepted_claims(root)
    [claim] = claims.subjects(KG.negated, rdflib.Literal(True))
    assert claims.value(claim, KG.subject) == KGR["raul-benitez"]


def test_an_id_written_in_the_key_field_is_resolved(world):
    root, name, path = world
    edit(path, lambda data: candidate(data, "allied").update(subject_key="kgr:lucia-ferrer",
                                                             subject=None))
    Cli(root)("review", name, "--accept", str(number(path, "allied")))
    claims = accepted_claims(root)
    [claim] = claims.subjects(KG.relation, KG.allied)
    assert claims.value(claim, KG.subject) == KGR["lucia-ferrer"]


def _drop(field_name):
    return lambda c: c.pop(field_name)


@pytest.mark.parametrize("change, message", [
    (lambda c: c.update(date="2026-13-01"), ", date: expects YYYY, YYYY-MM or YYYY-MM-DD"),
    (lambda c: c.update(date=2026), "date: expects YYYY, YYYY-MM or YYYY-MM-DD, not 2026"),
    (lambda c: (c.pop("subject_key"), c.update(subject=None)), "subject: missing"),
    (lambda c: c.update(subject_key=None, subject="Nadie Conocido"),
     "subject: no actor named 'Nadie Conocido'"),
    (lambda c: c.update(subject_key=None, subject="Ferrer"), "subject: 'Ferrer' is ambiguous"),
    (lambda c: c.update(subject="Lucía Ferrer"),
     "subject: 'Lucía Ferrer' is kgr:lucia-ferrer but subject_key is kgr:raul-benitez; remove "
     "subject_key to use the name"),
    (lambda c: c.update(object_key="new:nobody"), "object_key: new:nobody is not described"),
    (lambda c: c.update(relation="knows"), "relation: unknown relation 'knows'"),
    (_drop("relation"), "relation: missing"),
    (lambda c: c.update(evidence=[]), "evidence: expects a list of quotes"),
    (lambda c: c.update(evidence=[{"quote": ""}]), "evidence: each item needs a quote"),
    (lambda c: c.update(negated="yes"), "negated: expects true or false"),
    (lambda c: c.update(status="maybe"), "status: expects one of pending, accepted, rejected"),
    (lambda c: c.update(number="one"), "number: expects a number from 1"),
    (lambda c: c["evidence"][0].update(attributed_to_key=None, attributed_to="Nadie"),
     "attributed_to: no actor named 'Nadie'"),
])
def test_a_bad_hand_edit_is_one_line_naming_candidate_and_field(world, change, message):
    root, name, path = world
    target = number(path, "allied")
    edit(path, lambda data: change(candidate(data, "allied")))
    before = snapshot(root)
    result = Cli(root)("review", name, "--accept", str(target), expect=1)
    assert result.stderr.startswith(f"Error: the review file of {name}: candidate ")
    assert message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    if "number" not in message:
        assert f"candidate {target}, " in result.stderr
    assert snapshot(root) == before


@pytest.mark.parametrize("content, message", [
    ("[]", "is not a review file"),
    ('{"candidates": {}}', "is not a review file"),
    ('{"candidates": [1]}', "candidate 1 is not a JSON object"),
    ('{"candidates": [], "entities": [{"key": "x"}]}', "entity 1, key expects text"),
    ("{not json", "cannot read the review file"),
])
def test_a_broken_review_file_is_one_line(world, content, message):
    root, name, path = world
    path.write_text(content, encoding="utf-8")
    before = snapshot(root)
    result = Cli(root)("review", name, "--all", expect=1)
    assert message in result.stderr and result.stderr.startswith("Error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(root) == before


def test_decided_candidates_are_history_not_checked_again(world):
    root, name, path = world
    met = number(path, "met")
    Cli(root)("review", name, "--accept", str(met))
    # The accepted candidate's entity is later renamed by hand: the review still lists.
    edit(path, lambda data: candidate(data, "met").update(subject_key="kgr:renamed"))
    rows = json.loads(Cli(root)("review", name, "--format", "json").stdout)
    assert [r["status"] for r in rows if r["number"] == met] == ["accepted"]
    Cli(root)("review", name, "--reject", str(number(path, "allied")))


def test_an_untouched_review_file_lists_as_before(world):
    root, name, _ = world
    rows = json.loads(Cli(root)("review", name, "--format", "json").stdout)
    assert len(rows) == 6 and all(r["status"] == "pending" for r in rows)
