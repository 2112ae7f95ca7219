"""`kgraph duplicates` and `kgraph merge`: likely duplicates found, merged in the curated files
(hand-edited and ingested), and every refusal in one line with nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from helpers import PREFIXES, Cli, write_root
from rdflib.compare import isomorphic

from graph.api import KnowledgeGraph
from graph.errors import InputError
from graph.ingest.duplicates import _Names, name_evidence
from graph.model.names import name_key

KG = rdflib.Namespace("https://w3id.org/kgraph/ontology#")
KGR = rdflib.Namespace("https://w3id.org/kgraph/id/")
KGC = rdflib.Namespace("https://w3id.org/kgraph/claim/")

SOURCES = """
src:doc a kg:Source ; rdfs:label "Doc" ; dcterms:language "es" ; kg:textFile "doc.txt" .
src:doc2 a kg:Source ; rdfs:label "Doc2" ; dcterms:language "es" ; kg:textFile "doc2.txt" .
"""
TEXTS = {
    "doc.txt": "Marine Le Pen se reunió con Viktor Orbán en Budapest.",
    "doc2.txt": "Le Pen se reunió con Orbán. Le Pen dirige el Rassemblement National.",
}
# The hand-edited file: a comment and a layout that a merge must keep.
ENTITIES = """
# People of the test world.
kgr:marine-le-pen a kg:Person ;
    rdfs:label "Marine Le Pen" ;
    skos:altLabel "Marine" .

kgr:orban a kg:Person ; rdfs:label "Viktor Orbán" ; skos:altLabel "Orbán" .
kgr:rn a kg:PoliticalParty ; rdfs:label "Rassemblement National" .
"""
CLAIMS = """
kgc:mlp-met-orban a kg:Claim ; kg:subject kgr:marine-le-pen ; kg:relation kg:met ;
    kg:object kgr:orban ;
    kg:evidence [ kg:source src:doc ; kg:quote "Marine Le Pen se reunió con Viktor Orbán" ] .
"""
INGESTED_ENTITIES = PREFIXES + """
# Entities created with `kgraph review`.

kgr:le-pen a kg:Person ;
    rdfs:label "Le Pen" ;
    kg:country kgr:france .

kgr:france a kg:Country ; rdfs:label "Francia" .
"""
INGESTED_CLAIMS = PREFIXES + """
kgc:le-pen-met-orban a kg:Claim ;
    kg:subject kgr:le-pen ; kg:relation kg:met ; kg:object kgr:orban ;
    kg:evidence
        [ kg:source src:doc2 ;
          kg:quote "Le Pen se reunió con Orbán." ] .

kgc:le-pen-leader-of-rn a kg:Claim ;
    kg:subject kgr:le-pen ; kg:relation kg:leaderOf ; kg:object kgr:rn ;
    kg:evidence [ kg:source src:doc2 ; kg:quote "Le Pen dirige el Rassemblement National." ;
                  kg:attributedTo kgr:le-pen ] .
"""


def make(tmp_path: Path, name: str = "root", **overrides) -> Path:
    files = {"ontology/entities-ingested.ttl": INGESTED_ENTITIES,
             "ontology/claims-ingested.ttl": INGESTED_CLAIMS} | overrides.pop("files", {})
    parts = {"entities": ENTITIES, "claims": CLAIMS, "sources": SOURCES,
             "texts": TEXTS} | overrides
    root = write_root(tmp_path / name, files=files, **parts)
    KnowledgeGraph(root).build()
    return root


@pytest.fixture
def root(tmp_path) -> Path:
    return make(tmp_path)


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "output" not in p.relative_to(root).parts[:1]}


def curated(root: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in sorted((root / "ontology").glob("*.ttl")):
        if path.name not in ("schema.ttl", "shapes.ttl"):
            graph.parse(path)
    return graph


def test_le_pen_and_marine_le_pen_are_proposed(root):
    rows = json.loads(Cli(root)("duplicates", "--format", "json").stdout)
    assert len(rows) == 1
    [pair] = rows
    assert (pair["keep_label"], pair["drop_label"]) == ("Marine Le Pen", "Le Pen")
    assert pair["score"] >= 0.85
    assert "“Le Pen” is contained in “Marine Le Pen”" in pair["reasons"]
    assert "1 neighbour in common" in pair["reasons"]
    table = Cli(root)("duplicates").stdout
    assert "Marine Le Pen" in table and "contained" in table


def test_incompatible_classes_are_not_proposed(tmp_path):
    root = make(tmp_path, entities=ENTITIES + """
kgr:le-pen-party a kg:PoliticalParty ; rdfs:label "Le Pen" .
kgr:orban-group a kg:Coalition ; rdfs:label "Orbán Group" .
""")
    pairs = KnowledgeGraph(root).duplicates(limit=0)
    found = {frozenset((p.keep.label, p.drop.label)) for p in pairs}
    assert frozenset(("Marine Le Pen", "Le Pen")) in found  # the person
    classes = {(p.keep.iri, p.drop.iri) for p in pairs}
    assert not any(str(KGR["le-pen-party"]) in pair for pair in classes)
    assert not any(str(KGR["orban-group"]) in pair for pair in classes)


@pytest.mark.parametrize("first, second, expected", [
    ("José Antonio Kast", "JAK", "initials"),
    ("Giorgia Meloni", "Giorgia Melloni", "similar spelling"),
    ("Marine Le Pen", "Le Pen", "contained"),
    ("Marta Quiroga", "M. Quiroga", "abbreviates"),
    ("José Antonio Kast", "J. Kast", "abbreviates"),
    ("José Antonio Kast", "J. A. Kast", "abbreviates"),
])
def test_name_evidence(first, second, expected):
    score, reasons = name_evidence(_Names(first, name_key(first)),
                                   _Names(second, name_key(second)))
    assert score >= 0.6 and any(expected in r for r in reasons)


@pytest.mark.parametrize("first, second", [
    ("Lucía Ferrer", "Inés Ferrer"), ("Marta Quiroga", "L. Quiroga"),
    ("Primera vuelta de Chile de 2025", "Segunda vuelta de Chile de 2025"),
    ("Elecciones de 2021", "Elecciones de 2025"),
])
def test_names_that_differ_in_a_word_are_not_one_entity(first, second):
    score, _ = name_evidence(_Names(first, name_key(first), {"ferrer": "Ferrer"}),
                             _Names(second, name_key(second), {"ferrer": "Ferrer"}))
    assert score < 0.6


def test_merge_rewrites_claims_keeps_aliases_and_unites_evidence(root):
    run = Cli(root)
    result = run("merge", "Marine Le Pen", "kgr:le-pen", "--format", "json")
    report = json.loads(result.stdout)
    assert report["aliases"] == ["Le Pen"]
    assert report["left_out"] == []  # Marine Le Pen had no country: Le Pen's is carried over
    assert report["merged_claims"] == [{"claim": str(KGC["le-pen-met-orban"]),
                                        "into": str(KGC["mlp-met-orban"])}]
    assert set(report["files"]) == {"ontology/claims-ingested.ttl",
                                    "ontology/entities-ingested.ttl", "ontology/entities.ttl"}
    entities = (root / "ontology" / "entities.ttl").read_text(encoding="utf-8")
    assert "# People of the test world." in entities  # the hand-written comment stays
    expected = rdflib.Graph().parse(data=PREFIXES + ENTITIES + """
kgr:marine-le-pen skos:altLabel "Le Pen" ; kg:country kgr:france .
kgr:france a kg:Country ; rdfs:label "Francia" .
kgc:mlp-met-orban a kg:Claim ; kg:subject kgr:marine-le-pen ; kg:relation kg:met ;
    kg:object kgr:orban ;
    kg:evidence [ kg:source src:doc ; kg:quote "Marine Le Pen se reunió con Viktor Orbán" ] ,
                [ kg:source src:doc2 ; kg:quote "Le Pen se reunió con Orbán." ] .
kgc:le-pen-leader-of-rn a kg:Claim ;
    kg:subject kgr:marine-le-pen ; kg:relation kg:leaderOf ; kg:object kgr:rn ;
    kg:evidence [ kg:source src:doc2 ; kg:quote "Le Pen dirige el Rassemblement National." ;
                  kg:attributedTo kgr:marine-le-pen ] .
""", format="turtle")
    assert isomorphic(curated(root), expected)
    rows = json.loads(run("neighbors", "Marine Le Pen", "--format", "json").stdout)
    ties = {(r["relation"], r["neighbor"]): r for r in rows}
    assert set(ties) == {("met", "Viktor Orbán"), ("leaderOf", "Rassemblement National")}
    assert len(ties[("met", "Viktor Orbán")]["sources"]) == 2
    # The dropped name now finds the kept entity.
    assert json.loads(run("show", "Le Pen", "--format", "json").stdout)["label"] == \
        "Marine Le Pen"


def test_dry_run_writes_nothing(root):
    before = snapshot(root)
    result = Cli(root)("merge", "Marine Le Pen", "Le Pen", "--dry-run")
    assert "Would merge Le Pen" in result.stdout and "Dry run" in result.stderr
    assert snapshot(root) == before


def test_pending_review_candidates_follow_the_merge(root):
    review = root / "output" / "review" / "000_abc.json"
    review.parent.mkdir(parents=True)
    review.write_text(json.dumps({"candidates": [
        {"subject_key": str(KGR["le-pen"]), "object_key": str(KGR["orban"])}]}))
    KnowledgeGraph(root).merge("Marine Le Pen", "Le Pen")
    [candidate] = json.loads(review.read_text())["candidates"]
    assert candidate["subject_key"] == str(KGR["marine-le-pen"])


@pytest.mark.parametrize("keep, drop, message", [
    ("Marine Le Pen", "Marine", "are the same entity"),
    ("Marine Le Pen", "Nadie", "no actor named 'Nadie'"),
    ("Marine Le Pen", "Rassemblement National", "their classes differ"),
    ("Marine Le Pen", "Orbán", "to itself in claim mlp-met-orban"),
])
def test_refusals_are_one_line_and_write_nothing(root, keep, drop, message):
    before = snapshot(root)
    result = Cli(root)("merge", keep, drop, expect=1)
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(root) == before


def test_a_merge_that_fails_validation_writes_nothing(tmp_path):
    # "Le Pen did not meet Orbán" against "Marine Le Pen met Orbán": one claim cannot be both.
    negated = INGESTED_CLAIMS.replace("kg:object kgr:orban ;",
                                      "kg:object kgr:orban ; kg:negated true ;")
    root = make(tmp_path, files={"ontology/claims-ingested.ttl": negated})
    before = snapshot(root)
    result = Cli(root)("merge", "Marine Le Pen", "Le Pen", expect=3)
    assert "duplicates claim" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Error: validation failed")
    assert snapshot(root) == before


def test_a_file_the_rewriter_cannot_follow_is_refused(tmp_path):
    based = ("@base <https://w3id.org/kgraph/id/> .\n"
             "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
             "<le-pen> skos:altLabel \"MLP\" .\n")
    root = make(tmp_path, files={"ontology/extra.ttl": based})
    before = snapshot(root)
    with pytest.raises(InputError, match="sets a base IRI"):
        KnowledgeGraph(root).merge("Marine Le Pen", "Le Pen")
    assert snapshot(root) == before


def test_the_rewriter_follows_turtle_not_text(tmp_path):
    notes = (
        "@prefix ent: <https://w3id.org/kgraph/id/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "# ent:le-pen in a comment is no mention.\n"
        "ent:orban rdfs:seeAlso <https://w3id.org/kgraph/id/le-pen> ;"
        " rdfs:comment \"ent:le-pen stays . # here\" . ent:rn rdfs:comment \"\"\"Le Pen's\n"
        "party: kgr:le-pen\"\"\" .\n"
    )
    root = make(tmp_path, files={"ontology/notes.ttl": notes})
    KnowledgeGraph(root).merge("Marine Le Pen", "Le Pen")
    text = (root / "ontology" / "notes.ttl").read_text(encoding="utf-8")
    assert "# ent:le-pen in a comment is no mention.\n" in text
    expected = rdflib.Graph().parse(data=(
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<https://w3id.org/kgraph/id/orban> rdfs:seeAlso <https://w3id.org/kgraph/id/marine-le-pen>"
        " ; rdfs:comment \"ent:le-pen stays . # here\" .\n"
        "<https://w3id.org/kgraph/id/rn> rdfs:comment \"\"\"Le Pen's\nparty: kgr:le-pen\"\"\" .\n"),
        format="turtle")
    assert isomorphic(rdflib.Graph().parse(data=text, format="turtle"), expected)
