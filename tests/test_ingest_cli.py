"""`kgraph ingest`, `kgraph review` and `kgraph evaluate`: the round trip and every bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from helpers import DATA, Cli, build_world

from graph.ingest import Candidate, CandidateEntity, Extraction, ingest_article
from graph.ingest.model import EvidenceRow

EXAMPLE = DATA / "example.txt"
KG = rdflib.Namespace("https://w3id.org/kgraph/ontology#")
KGR = rdflib.Namespace("https://w3id.org/kgraph/id/")


@pytest.fixture
def root(tmp_path) -> Path:
    return build_world(tmp_path / "root")


@pytest.fixture
def run(root) -> Cli:
    return Cli(root)


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the root but the store: what a failed command must leave untouched."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".stores" not in p.parts and "store" not in p.parts
            and p.name != ".build.lock"}


def ingest_example(run, *extra) -> list[dict]:
    result = run("ingest", str(EXAMPLE), "--date", "2026-05-12", "--extractor", "rules",
                 "--format", "json", *extra)
    return json.loads(result.stdout)


def test_ingest_registers_the_source_and_prints_candidates(root, run):
    rows = ingest_example(run, "--outlet", "Diario Andino", "--url", "https://example.org/a")
    texts = sorted(p.name for p in (root / "seeds").glob("*.txt"))
    assert len(texts) == 1
    name = texts[0][:-4]
    assert (root / "seeds" / texts[0]).read_text(encoding="utf-8") == \
        EXAMPLE.read_text(encoding="utf-8")
    metadata = rdflib.Graph().parse(root / "seeds" / f"{name}.ttl")
    source = rdflib.URIRef(f"https://w3id.org/kgraph/source/{name}")
    assert (source, rdflib.RDF.type, KG.Source) in metadata
    assert str(metadata.value(source, KG.textFile)) == texts[0]
    assert str(metadata.value(source, rdflib.DCTERMS.issued)) == "2026-05-12"
    assert str(metadata.value(source, rdflib.DCTERMS.publisher)) == "Diario Andino"
    assert json.loads((root / "output" / "review" / f"{name}.json").read_text())["name"] == name
    keys = {"subject", "relation", "object", "date", "confidence", "evidence", "subject_id",
            "object_id"}
    assert all(keys <= set(row) for row in rows)
    met = next(r for r in rows if r["relation"] == "met" and not r["negated"])
    assert (met["subject"], met["object"], met["date"]) == (
        "Raúl Benítez", "Marta Quiroga", "2026-05-12")
    assert met["subject_id"] == str(KGR["raul-benitez"])
    assert met["attributed_to"] == "Diario Andino"
    new = next(r for r in rows if r["subject"] == "Elena Prado")
    assert (new["subject_id"], new["relation"], new["object"]) == (
        None, "endorsed", "Raúl Benítez")
    denied = next(r for r in rows if r["negated"])
    assert (denied["subject"], denied["relation"], denied["object"]) == (
        "Raúl Benítez", "met", "Tomás Aguirre")


def test_ingest_prints_csv_and_table(run):
    csv_out = run("ingest", str(EXAMPLE), "--date", "2026-05-12", "--extractor", "rules",
                  "--format", "csv").stdout
    header = csv_out.splitlines()[0].split(",")
    assert {"subject", "relation", "object", "confidence", "evidence"} <= set(header)


def test_review_round_trip_to_neighbors(root, run):
    rows = ingest_example(run)
    name = next((root / "seeds").glob("*.txt")).stem
    met = next(r["number"] for r in rows if r["relation"] == "met" and not r["negated"])
    prado = next(r["number"] for r in rows if r["subject"] == "Elena Prado")
    denied = next(r["number"] for r in rows if r["negated"])
    result = run("review", name, "--accept", f"{met},{prado},{denied}")
    assert "claims-ingested.ttl" in result.stderr
    run("build")
    # an independent reader of the curated file
    claims = rdflib.Graph().parse(root / "ontology" / "claims-ingested.ttl")
    entities = rdflib.Graph().parse(root / "ontology" / "entities-ingested.ttl")
    assert (KGR["elena-prado"], rdflib.RDF.type, KG.Person) in entities
    negated = list(claims.subjects(KG.negated, rdflib.Literal(True)))
    assert len(negated) == 1
    neighbors = json.loads(run("neighbors", "Benítez", "--format", "json").stdout)
    by_neighbor = {(r["relation"], r["neighbor"]): r for r in neighbors}
    meeting = by_neighbor[("met", "Marta Quiroga")]
    assert meeting["date"] == "2026-05-12" and meeting["date_expression"] == "este martes"
    [evidence] = meeting["sources"]
    assert evidence["quote"] in EXAMPLE.read_text(encoding="utf-8")
    assert evidence["quote"].startswith("El exministro Raúl Benítez se reunió este martes")
    assert evidence["attributed_to"] == "Diario Andino"
    assert by_neighbor[("endorsed", "Elena Prado")]["direction"] == "in"
    assert by_neighbor[("met", "Tomás Aguirre")]["qualifiers"] == {"negated": True}
    # accepted candidates are marked; accepting again is refused
    again = run("review", name, "--accept", str(met), expect=1)
    assert "already accepted" in again.stderr


def test_interactive_review(root, run):
    rows = ingest_example(run)
    name = next((root / "seeds").glob("*.txt")).stem
    answers = "a\n" + "r\n" * (len(rows) - 1)
    run("review", name, "--interactive", input=answers)
    review = json.loads((root / "output" / "review" / f"{name}.json").read_text())
    statuses = [c["status"] for c in review["candidates"]]
    assert statuses == ["accepted"] + ["rejected"] * (len(rows) - 1)
    run("build")


def test_rejecting_changes_no_curated_file(root, run):
    ingest_example(run)
    name = next((root / "seeds").glob("*.txt")).stem
    before = {k: v for k, v in snapshot(root).items() if k.startswith(("ontology", "seeds"))}
    run("review", name, "--reject", "1,2")
    after = {k: v for k, v in snapshot(root).items() if k.startswith(("ontology", "seeds"))}
    assert after == before
    review = json.loads((root / "output" / "review" / f"{name}.json").read_text())
    assert [c["status"] for c in review["candidates"][:2]] == ["rejected", "rejected"]


def test_a_review_that_fails_validation_changes_nothing(root, run):
    ingest_example(run)
    name = next((root / "seeds").glob("*.txt")).stem
    path = root / "output" / "review" / f"{name}.json"
    review = json.loads(path.read_text())
    review["candidates"][0]["evidence"][0]["quote"] = "Una frase que el artículo no contiene."
    path.write_text(json.dumps(review))
    before = snapshot(root)
    result = run("review", name, "--accept", "1", expect=3)
    assert "quote not found verbatim" in result.stderr
    assert snapshot(root) == before


def test_a_fact_already_in_the_graph_gets_a_second_source(root, run):
    first = ingest_example(run)
    name = next((root / "seeds").glob("*.txt")).stem
    met = next(r["number"] for r in first if r["relation"] == "met" and not r["negated"])
    run("review", name, "--accept", str(met))
    second = root / "second.txt"
    second.write_text("Marta Quiroga se reunió el martes con Raúl Benítez en Lima.\n",
                      encoding="utf-8")
    rows = json.loads(run("ingest", str(second), "--date", "2026-05-14", "--extractor", "rules",
                          "--format", "json").stdout)
    name2 = sorted((root / "seeds").glob("*.txt"))[-1].stem
    number = next(r["number"] for r in rows if r["relation"] == "met")
    run("review", name2, "--accept", str(number))
    run("build")
    claims = rdflib.Graph().parse(root / "ontology" / "claims-ingested.ttl")
    met_claims = set(claims.subjects(KG.relation, KG.met)) - set(
        claims.subjects(KG.negated, rdflib.Literal(True)))
    assert len(met_claims) == 1
    [claim] = met_claims
    assert len(list(claims.objects(claim, KG.evidence))) == 2


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"  \n\n ", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("“Kast”".encode("cp1252") + b" se reuni\xf3", "tried UTF-8 then Latin-1"),
    ("Hola".encode("utf-16"), "UTF-16"),
])
def test_bad_articles_are_refused_and_nothing_is_written(root, run, tmp_path, content, message):
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    before = snapshot(root)
    result = run("ingest", str(article), "--extractor", "rules", expect=1)
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(root) == before


def test_a_missing_article_is_refused(root, run, tmp_path):
    before = snapshot(root)
    result = run("ingest", str(tmp_path / "nowhere.txt"), "--extractor", "rules", expect=1)
    assert result.stderr.startswith("Error: cannot read")
    assert snapshot(root) == before


def test_latin1_articles_are_decoded_and_said_so(root, run, tmp_path):
    article = tmp_path / "latin.txt"
    article.write_bytes("Raúl Benítez se reunió con Marta Quiroga en Lima.".encode("latin-1"))
    result = run("ingest", str(article), "--extractor", "rules", "--format", "json")
    assert "decoded as Latin-1" in result.stderr
    [saved] = (root / "seeds").glob("*.txt")
    assert saved.read_text(encoding="utf-8") == "Raúl Benítez se reunió con Marta Quiroga en Lima."
    assert json.loads(result.stdout)[0]["subject"] == "Raúl Benítez"


def test_an_article_ingested_twice_is_reported_and_not_duplicated(root, run, tmp_path):
    ingest_example(run)
    before = snapshot(root)
    copy = tmp_path / "same.txt"
    copy.write_text(EXAMPLE.read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="utf-8")
    result = run("ingest", str(copy), "--extractor", "rules", expect=1)
    assert "already ingested as src:" in result.stderr
    assert snapshot(root) == before


def test_review_of_an_unknown_source_is_refused(root, run):
    before = snapshot(root)
    result = run("review", "src:999_0000000000000000", "--all", expect=1)
    assert result.stderr.startswith("Error: no ingested source")
    assert snapshot(root) == before


@pytest.mark.parametrize("args, message", [
    (["--accept", "99"], "no candidate 99"),
    (["--accept", "1", "--reject", "1"], "both accepted and rejected"),
    (["--accept", "one"], "expects numbers"),
])
def test_bad_review_decisions_are_refused(root, run, args, message):
    ingest_example(run)
    name = next((root / "seeds").glob("*.txt")).stem
    before = snapshot(root)
    result = run("review", name, *args, expect=1)
    assert message in result.stderr
    assert snapshot(root) == before


@pytest.mark.parametrize("args, message", [
    (["--date", "yesterday"], "--date expects"),
    (["--url", "not a url"], "--url expects"),
    (["--extractor", "nope"], "unknown extractor"),
])
def test_bad_ingest_options_are_refused(root, run, args, message):
    before = snapshot(root)
    result = run("ingest", str(EXAMPLE), *args, expect=1)
    assert message in result.stderr
    assert snapshot(root) == before


# ---------------------------------------------------------------- plugging in an extractor


class _OneClaim:
    """A stand-in for a model-backed extractor."""

    name = "one-claim"

    def extract(self, document, knowledge):
        first = document.sentences[0].text
        entity = CandidateEntity("new:ana-sol", "Ana Sol", "https://w3id.org/kgraph/ontology#Person")
        knowledge.candidates[entity.key] = entity
        return Extraction([Candidate("Ana Sol", entity.key, "met", "Marta Quiroga",
                                     str(KGR["marta-quiroga"]), 0.5, [EvidenceRow(first)],
                                     number=1)], [entity])


def test_another_extractor_plugs_in(root):
    from graph.api import KnowledgeGraph

    result = ingest_article(KnowledgeGraph(root), EXAMPLE, extractor=_OneClaim())
    review = json.loads(result.review_file.read_text())
    assert review["extractor"] == "one-claim"
    assert [c["subject"] for c in review["candidates"]] == ["Ana Sol"]


def test_evaluate_prints_scores_and_misses(cli):
    table = cli("evaluate", "--extractor", "rules").stdout
    assert "precision" in table and "Curated claims not found" in table
    report = json.loads(cli("evaluate", "--extractor", "rules", "--format", "json").stdout)
    assert report["total"]["recall"] >= 0.8 and report["total"]["precision"] >= 0.7
    assert len(report["misses"]) == report["total"]["fn"]
