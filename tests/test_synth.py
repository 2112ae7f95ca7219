"""The synthetic generator: deterministic, valid, buildable, and shaped like the curated graph.

The generated files are read back with pyoxigraph's own parser, independently of the build.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers import PROJECT, Cli

from graph.api import KnowledgeGraph
from graph.build import synthetic as synth
from graph.build.parse import normalize_text
from graph.build.synthetic import claims as synth_claims
from graph.build.synthetic import root as synth_root
from graph.model.names import name_key

KG = "https://w3id.org/kgraph/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
ACTORS, CLAIMS, SEED = 150, 600, 11


def read(root: Path, pattern: str) -> list[ox.Triple]:
    triples = []
    for path in sorted((root / "ontology").glob(pattern)):
        triples.extend(q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    return triples


def claims_of(root: Path) -> dict[str, dict]:
    """claim IRI -> {subject, relation, object, date, evidence: [(source, quote, attributed)]}"""
    triples = read(root, "claims-*.ttl")
    evidence: dict = {}
    for t in triples:
        evidence.setdefault(t.subject, {})[t.predicate.value] = t.object
    claims: dict[str, dict] = {}
    for t in triples:
        if t.predicate.value == RDF_TYPE and t.object.value == KG + "Claim":
            claims[t.subject.value] = {"evidence": []}
    for t in triples:
        claim = claims.get(t.subject.value)
        if claim is None:
            continue
        key = t.predicate.value.removeprefix(KG)
        if key == "evidence":
            node = evidence[t.object]
            attributed = node.get(KG + "attributedTo")
            claim["evidence"].append((node[KG + "source"].value, node[KG + "quote"].value,
                                      attributed.value if attributed else None))
        elif key in ("subject", "relation", "object"):
            claim[key] = t.object.value
        elif key == "date":
            claim["date"] = t.object
    return claims


@pytest.fixture(scope="module")
def synthetic_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("synth") / "root"
    synth.generate(root, actors=ACTORS, claims=CLAIMS, seed=SEED)
    return root


def test_same_arguments_give_the_same_bytes(tmp_path):
    first, second, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for target, seed in ((first, 5), (second, 5), (other, 6)):
        synth.generate(target, actors=80, claims=300, seed=seed)

    def files(root):
        return {p.relative_to(root).as_posix(): p.read_bytes()
                for p in sorted(root.rglob("*")) if p.is_file()}

    assert files(first) == files(second)
    assert files(first).keys() == files(other).keys()
    assert files(first)["ontology/claims-0001.ttl"] != files(other)["ontology/claims-0001.ttl"]


def test_counts_match_the_arguments(synthetic_root):
    claims = claims_of(synthetic_root)
    assert len(claims) == CLAIMS
    entities = {t.subject.value for t in read(synthetic_root, "entities-*.ttl")
                if t.predicate.value == RDF_TYPE}
    assert len(entities) == ACTORS
    texts = sorted(p.name for p in (synthetic_root / "seeds").glob("synth-*.txt"))
    metadata = sorted(p.name for p in (synthetic_root / "seeds").glob("synth-*.ttl"))
    assert len(texts) == len(metadata) == math.ceil(CLAIMS / synth.CLAIMS_PER_SOURCE)
    schema = (synthetic_root / "ontology" / "schema.ttl").read_bytes()
    assert schema == (PROJECT / "ontology" / "schema.ttl").read_bytes()


def test_default_claims_are_three_per_actor(tmp_path):
    report = synth.generate(tmp_path / "r", actors=40, seed=1)
    assert report.claims == 120 == len(claims_of(tmp_path / "r"))


def test_a_synthetic_root_validates_and_builds(synthetic_root, tmp_path):
    cli = Cli(synthetic_root)
    assert "no problems" in cli("validate").stdout
    report = KnowledgeGraph(synthetic_root).build()
    assert (report.claims, report.entities) == (CLAIMS, ACTORS)
    assert report.sources == math.ceil(CLAIMS / synth.CLAIMS_PER_SOURCE)


def test_every_quote_is_in_the_text_of_its_source(synthetic_root):
    seeds = synthetic_root / "seeds"
    texts = {p.stem: normalize_text(p.read_text(encoding="utf-8")) for p in seeds.glob("*.txt")}
    checked = 0
    for claim in claims_of(synthetic_root).values():
        assert 1 <= len(claim["evidence"]) <= 3
        for source, quote, _ in claim["evidence"]:
            assert normalize_text(quote) in texts[source.rsplit("/", 1)[1]]
            checked += 1
    assert checked > CLAIMS


def test_claims_are_never_duplicated_and_use_every_relation(synthetic_root):
    schema = {t.subject.value for t in read(synthetic_root, "schema.ttl")
              if t.predicate.value == RDF_TYPE and t.object.value == KG + "Relation"}
    symmetric = {t.subject.value for t in read(synthetic_root, "schema.ttl")
                 if t.object.value == "http://www.w3.org/2002/07/owl#SymmetricProperty"}
    claims = claims_of(synthetic_root).values()
    keys = []
    for c in claims:
        ends = (c["subject"], c["object"])
        if c["relation"] in symmetric:
            ends = tuple(sorted(ends))
        keys.append((ends, c["relation"], c["date"].value if "date" in c else None))
    assert len(set(keys)) == len(keys)
    assert {c["relation"] for c in claims} == schema
    counts = Counter(c["relation"] for c in claims)
    assert counts[KG + "memberOf"] > counts[KG + "opponentOf"]  # the curated graph's mix


def test_dates_have_mixed_precision_and_some_claims_are_undated(synthetic_root):
    claims = list(claims_of(synthetic_root).values())
    kinds = Counter(c["date"].datatype.value.removeprefix(XSD) if "date" in c else None
                    for c in claims)
    assert {"date", "gYearMonth", "gYear", None} <= set(kinds)
    assert all(n >= len(claims) * 0.03 for n in kinds.values())


def test_about_a_fifth_of_the_evidence_is_attributed(synthetic_root):
    evidence = [e for c in claims_of(synthetic_root).values() for e in c["evidence"]]
    share = sum(1 for e in evidence if e[2]) / len(evidence)
    assert 0.12 < share < 0.28


def test_degrees_are_heavy_tailed(synthetic_root):
    degree = Counter()
    for claim in claims_of(synthetic_root).values():
        degree[claim["subject"]] += 1
        degree[claim["object"]] += 1
    values = sorted(degree.values())
    assert values[-1] >= 10 * statistics.median(values)
    top_share = sum(values[-len(values) // 20:]) / sum(values)
    assert top_share > 0.25  # the top 5% of entities hold over a quarter of the ends


def test_labels_are_unique_and_aliases_are_realistic(synthetic_root):
    triples = read(synthetic_root, "entities-*.ttl")
    labels = [t.object.value for t in triples if t.predicate.value.endswith("#label")]
    assert len({name_key(label) for label in labels}) == len(labels) == ACTORS
    aliases = Counter(name_key(t.object.value) for t in triples
                      if t.predicate.value.endswith("#altLabel"))
    assert aliases and max(aliases.values()) >= 2  # a shared surname: ambiguous, as in life
    classes = Counter(t.object.value.removeprefix(KG) for t in triples
                      if t.predicate.value == RDF_TYPE)
    assert {"Person", "PoliticalParty", "Network", "MediaOutlet", "ElectionRound", "Country",
            "Office", "Summit"} <= set(classes)
    assert classes["Person"] == max(classes.values())


def test_files_are_chunked(tmp_path, monkeypatch):
    monkeypatch.setattr(synth_root, "ENTITIES_PER_FILE", 30)
    monkeypatch.setattr(synth_claims, "CLAIMS_PER_FILE", 40)
    synth.generate(tmp_path / "r", actors=70, claims=100, seed=2)
    ontology = tmp_path / "r" / "ontology"
    assert sorted(p.name for p in ontology.glob("entities-*.ttl")) == [
        "entities-0001.ttl", "entities-0002.ttl", "entities-0003.ttl"]
    assert sorted(p.name for p in ontology.glob("claims-*.ttl")) == [
        "claims-0001.ttl", "claims-0002.ttl", "claims-0003.ttl"]
    assert len(claims_of(tmp_path / "r")) == 100


def test_cli_writes_a_root_and_refuses_a_folder_in_use(tmp_path):
    cli = Cli(None)
    target = tmp_path / "new"
    out = cli("synth", "--actors", "40", "--seed", "3", "--root", str(target)).stdout
    assert out.startswith(f"Wrote {target}: 40 entities (") and "120 claims, 6 sources" in out
    before = sorted(p.name for p in target.rglob("*"))
    result = cli("synth", "--actors", "40", "--root", str(target), expect=1)
    assert result.stderr.strip() == f"Error: {target} exists and is not an empty folder"
    assert sorted(p.name for p in target.rglob("*")) == before
    assert [p.name for p in tmp_path.iterdir()] == ["new"]  # no staging folder left over


def test_cli_rejects_too_few_actors(tmp_path):
    result = Cli(None)("synth", "--actors", "5", "--root", str(tmp_path / "x"), expect=2)
    assert "--actors" in result.stderr
