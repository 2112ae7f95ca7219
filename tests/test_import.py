"""`kgraph import`: CSV rows checked like curated claims, the good ones written through the
review's staged, validated, atomic write, the bad ones reported by line; bad files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from helpers import DATA, TINY_CLAIMS, TINY_ENTITIES, TINY_TEXT, Cli, write_root

from graph.api import KnowledgeGraph

KG = rdflib.Namespace("https://w3id.org/kgraph/ontology#")
KGR = rdflib.Namespace("https://w3id.org/kgraph/id/")
KGC = rdflib.Namespace("https://w3id.org/kgraph/claim/")

SOURCES = """
src:doc a kg:Source ; rdfs:label "Doc" ; dcterms:language "es" ;
    dcterms:issued "2024-03-05"^^xsd:date ; kg:textFile "doc.txt" .
src:002_notes a kg:Source ; rdfs:label "Notas de campo" ; dcterms:language "es" ;
    kg:textFile "002_notes.txt" .
"""
NOTES = (
    "Carla Ruiz se reunió con Bruno Díaz en 2022.\n"
    "Ana Pérez es miembro del Partido Azul, según Carla Ruiz.\n"
    "Bruno Díaz no respaldó a Carla Ruiz.\n"
    "Ana Pérez y Bruno Díaz se vieron el 3 de marzo de 2024.\n"
)
HEADER = "subject,relation,object,date,source,quote,attributed_to,negated\n"
GOOD = (
    HEADER
    + "Carla Ruiz,met,Bruno Díaz,2022,src:002_notes,"
      "Carla Ruiz se reunió con Bruno Díaz en 2022.,,\n"
    + "ana perez,memberOf,Partido Azul,,002_notes,\"Ana Pérez es miembro del Partido Azul, "
      "según Carla Ruiz.\",Carla,\n"
    + "Bruno,endorsed,Carla Ruiz,,Notas de campo,Bruno Díaz no respaldó a Carla Ruiz.,,true\n"
    + "Bruno Díaz,met,Ana Pérez,2024-03-03,src:002_notes,"
      "Ana Pérez y Bruno Díaz se vieron el 3 de marzo de 2024.,,\n"
)


@pytest.fixture
def root(tmp_path) -> Path:
    root = write_root(tmp_path / "root", entities=TINY_ENTITIES, claims=TINY_CLAIMS,
                      sources=SOURCES, texts={"doc.txt": TINY_TEXT, "002_notes.txt": NOTES})
    KnowledgeGraph(root).build()
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.relative_to(root).parts[0] != "output"}


def csv_file(tmp_path: Path, text: str, name: str = "claims.csv", encoding="utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return str(path)


def test_good_rows_become_claims(root, tmp_path):
    run = Cli(root)
    result = run("import", csv_file(tmp_path, GOOD), "--format", "json")
    report = json.loads(result.stdout)
    assert (report["accepted"], report["refused"]) == (4, 0)
    assert [r["line"] for r in report["rows"]] == [2, 3, 4, 5]
    assert report["written"] == ["ontology/claims-ingested.ttl"]
    assert "4 rows accepted (1 as new evidence of a claim already there)" in result.stderr
    claims = rdflib.Graph().parse(root / "ontology" / "claims-ingested.ttl")
    met = KGC["carla-met-bruno"]  # named as review names its claims
    assert (met, KG.subject, KGR.carla) in claims
    assert (met, KG.date, rdflib.Literal("2022", datatype=rdflib.XSD.gYear)) in claims
    member = KGC["ana-member-of-azul"]
    [evidence] = claims.objects(member, KG.evidence)
    assert claims.value(evidence, KG.attributedTo) == KGR.carla
    assert (KGC["bruno-not-endorsed-carla"], KG.negated, rdflib.Literal(True)) in claims
    # One fact from two sources is one claim with two sources.
    assert report["rows"][3]["claim"] == str(KGC["ana-met-bruno"])
    assert report["rows"][3]["extended"] is True
    rows = json.loads(run("neighbors", "Ana Pérez", "-r", "met", "--format", "json").stdout)
    [meeting] = rows
    assert {s["source_id"] for s in meeting["sources"]} == {
        "https://w3id.org/kgraph/source/doc", "https://w3id.org/kgraph/source/002_notes"}
    rows = json.loads(run("neighbors", "Carla", "--format", "json").stdout)
    assert ("met", "Bruno Díaz") in {(r["relation"], r["neighbor"]) for r in rows}


def test_bad_rows_are_reported_and_the_good_ones_written(root, tmp_path):
    text = GOOD.splitlines(keepends=True)
    bad = "".join([
        text[0], text[1],
        "Nadie,met,Bruno Díaz,,doc,Ana Pérez se reunió con Bruno Díaz,,\n",
        "Ana Pérez,knows,Bruno Díaz,,doc,Ana Pérez se reunió con Bruno Díaz,,\n",
        "Partido Azul,leaderOf,Ana Pérez,,doc,Ana Pérez se reunió con Bruno Díaz,,\n",
        "Ana Pérez,met,Bruno Díaz,2024-02-30,doc,Ana Pérez se reunió con Bruno Díaz,,\n",
        "Ana Pérez,met,Carla Ruiz,,doc,Ana Pérez se reunió con Carla Ruiz,,\n",
        "Ana Pérez,met,Carla Ruiz,,src:nowhere,Ana Pérez,,\n",
        "Ana Pérez,met,Carla Ruiz,,doc,Ana Pérez,,perhaps\n",
        text[1],
        "Ana Pérez,met,Bruno Díaz,2024-03-03,doc,Ana Pérez se reunió con Bruno Díaz el 3 de "
        "marzo de 2024,,\n",
        "Ana Pérez,met,Ana,,doc,Ana Pérez,,\n",
    ])
    result = Cli(root)("import", csv_file(tmp_path, bad), "--format", "json", expect=1)
    rows = {r["line"]: r for r in json.loads(result.stdout)["rows"]}
    assert rows[2]["status"] == "accepted"
    reasons = {line: row["reason"] for line, row in rows.items() if row["status"] == "refused"}
    expected = {
        3: "subject: no actor named 'Nadie'",
        4: "unknown relation 'knows'",
        5: "subject Partido Azul is not a kg:Person, as leaderOf requires",
        6: "date '2024-02-30' is not YYYY, YYYY-MM or YYYY-MM-DD",
        7: "quote not found verbatim in src:doc",
        8: "unknown source 'src:nowhere'",
        9: "negated expects true or false",
        10: "repeats line 2",
        11: "already in the graph: kgc:ana-met-bruno",
        12: "subject and object are the same entity",
    }
    assert set(reasons) == set(expected)
    for line, message in expected.items():
        assert message in reasons[line], (line, reasons[line])
    claims = rdflib.Graph().parse(root / "ontology" / "claims-ingested.ttl")
    assert len(set(claims.subjects(rdflib.RDF.type, KG.Claim))) == 1
    KnowledgeGraph(root).build()


def test_table_and_csv_reports(root, tmp_path):
    path = csv_file(tmp_path, GOOD + "Nadie,met,Bruno,,doc,x,,\n")
    table = Cli(root)("import", path, "--dry-run", expect=1).stdout
    assert "line" in table and "no actor named 'Nadie'" in table
    out = Cli(root)("import", path, "--dry-run", "--format", "csv", expect=1).stdout
    assert out.splitlines()[0].startswith("line,status,claim")


def test_dry_run_checks_and_writes_nothing(root, tmp_path):
    before = snapshot(root)
    result = Cli(root)("import", csv_file(tmp_path, GOOD), "--dry-run", "--format", "json")
    report = json.loads(result.stdout)
    assert report["accepted"] == 4 and report["written"] == [] and report["dry_run"]
    assert report["rows"][0]["claim"] == str(KGC["carla-met-bruno"])
    assert "Dry run: nothing written." in result.stderr
    assert snapshot(root) == before


def test_semicolons_a_byte_order_mark_and_a_quote_over_two_lines(root, tmp_path):
    text = ("\ufeffSubject;Relation;Object;Date;Source;Quote\n"
            "Carla Ruiz;met;Bruno Díaz;2022;src:002_notes;\"Carla Ruiz se reunió\n"
            "con Bruno Díaz en 2022.\"\n"
            "Nadie;met;Bruno Díaz;;src:002_notes;x\n")
    result = Cli(root)("import", csv_file(tmp_path, text), "--format", "json", expect=1)
    rows = json.loads(result.stdout)["rows"]
    assert [(r["line"], r["status"]) for r in rows] == [(2, "accepted"), (4, "refused")]


def test_empty_columns_and_cells_a_spreadsheet_adds_are_ignored(root, tmp_path):
    text = ("subject,relation,object,date,source,quote,,\n"
            "Carla Ruiz,met,Bruno Díaz,2022,src:002_notes,"
            "Carla Ruiz se reunió con Bruno Díaz en 2022.,,\n"
            "Carla Ruiz,met,Bruno Díaz,2022,src:002_notes,x,,,surplus\n")
    result = Cli(root)("import", csv_file(tmp_path, text), "--format", "json", expect=1)
    rows = json.loads(result.stdout)["rows"]
    assert rows[0]["status"] == "accepted"
    assert rows[1]["reason"] == "the row has 9 cells, the header 8"


def test_a_validation_failure_writes_nothing(root, tmp_path):
    # "Bruno is not a member" against the curated "Bruno is a member": one fact, two claims.
    text = HEADER + "Bruno Díaz,memberOf,Partido Azul,,doc,Bruno Díaz es miembro del Partido " \
                    "Azul.,,true\n"
    before = snapshot(root)
    result = Cli(root)("import", csv_file(tmp_path, text), expect=3)
    assert "duplicates claim" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Error: validation failed")
    assert snapshot(root) == before


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b" \n \n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary data"),
    ("subject,relation".encode("utf-16"), "binary data (or UTF-16"),
    (HEADER.encode("utf-8") + "Pérez".encode("latin-1") + b",met,x,,doc,q,,\n", "not UTF-8"),
    (b"subject,relation,object\nAna,met,Bruno\n", "missing columns date, source, quote"),
    (HEADER.replace("negated", "negation").encode(), "unknown column 'negation'"),
    (HEADER.encode(), "has a header but no rows"),
    (b'{"subject": "Ana", "relation": "met"}\n', "missing columns"),
    (HEADER.encode() + b'Ana,met,Bruno,,doc,"unclosed\n', "not a valid CSV file"),
])
def test_unusable_files_are_one_line_errors(root, tmp_path, content, message):
    before = snapshot(root)
    result = Cli(root)("import", csv_file(tmp_path, content), expect=1)
    assert result.stderr.startswith("Error: ") and message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(root) == before


def test_a_missing_file_is_one_line(root, tmp_path):
    result = Cli(root)("import", str(tmp_path / "nowhere.csv"), expect=1)
    assert result.stderr.startswith("Error: cannot read")


def test_the_invented_csv_beside_the_invented_article(tmp_path):
    """tests/data/ingest/claims.csv, imported after the example article was reviewed."""
    world = tmp_path / "world"
    Cli(None)("init", str(world))
    run = Cli(world)
    run("ingest", str(DATA / "example.txt"), "--date", "2026-05-12", "--outlet", "Diario Andino",
        "--extractor", "rules")
    name = next(p.stem for p in (world / "seeds").glob("004_*.txt"))
    assert name == "004_c6574afe9caeba20"  # the name the file cites
    run("review", name, "--accept", "1,2,4,5", "--reject", "3")
    result = run("import", str(DATA / "claims.csv"), "--format", "json", expect=1)
    rows = json.loads(result.stdout)["rows"]
    assert [(r["status"], r["extended"]) for r in rows] == [
        ("accepted", False), ("accepted", True), ("accepted", True), ("refused", False),
        ("refused", False)]
    run("build")
