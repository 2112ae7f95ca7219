"""Benchmark of ingestion: a cold `kgraph ingest` of one article, and many articles through one
process, for the chosen extractor (default: nlp, the parse-based one) beside the rules
extractor on the same texts in the same run (the anchor).

- cold: a new process for each run, wall time including imports and the model load, median of
  --runs: `kgraph ingest ARTICLE` on a fresh copy of a built root (registration included), and
  a `python -c` that imports, loads the extractor and extracts (no registration). The article
  is about 2,000 characters.
- batch: --articles texts (the evaluation sets' texts, else the test articles, repeated with a
  numbered last line so each is new), the extractor and the graph's knowledge loaded once,
  before the clock starts: extraction only, by one process and then by one process per
  processor (batch_extraction; the two must give the same candidates), and with registration
  (`ingest_articles` on a folder, into a fresh copy of the root, as `kgraph ingest` reads
  it), in articles per second; the model load is reported on its own.

Targets: cold at most 2 s, batch at least 10 articles/s. Writes output/bench-ingest.json and
output/bench-ingest.md.

    .venv/bin/python scripts/bench_ingest.py [--extractor nlp] [--articles 50] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bench import compile_package  # noqa: E402

from graph.api import KnowledgeGraph  # noqa: E402
from graph.ingest import Document, Knowledge, get_extractor, ingest_articles  # noqa: E402
from graph.ingest.batch_extraction import available_processors, extract_each  # noqa: E402
from graph.ingest.temporal import Anchor  # noqa: E402
from graph.publish import write_text  # noqa: E402

DATA = PROJECT / "tests" / "data" / "ingest"
TARGET_COLD_SECONDS = 2.0
TARGET_ARTICLES_PER_SECOND = 10.0
COLD_SIZE = 2000
DEFAULT_DATE = "2025-11-20"

COLD_EXTRACT = """
import sys, time
from pathlib import Path
from graph.api import KnowledgeGraph
from graph.ingest import Document, Knowledge, get_extractor
from graph.ingest.temporal import Anchor
extractor = get_extractor(sys.argv[2])
knowledge = Knowledge.from_graph(KnowledgeGraph(sys.argv[1]))
text = Path(sys.argv[3]).read_text(encoding="utf-8")
print(len(extractor.extract(Document(text, Anchor.parse(sys.argv[4])), knowledge).candidates))
"""


def texts() -> list[tuple[str, str, str]]:
    """(name, text, date) of the evaluation sets, else of the test articles."""
    found = []
    for path in sorted((DATA / "eval").glob("*/*.txt")):
        gold = path.with_name(path.stem + ".gold.json")
        date = DEFAULT_DATE
        if gold.is_file():
            date = json.loads(gold.read_text(encoding="utf-8")).get("date") or DEFAULT_DATE
        found.append((f"{path.parent.name}/{path.stem}", path.read_text(encoding="utf-8"), date))
    if not found:
        found = [(p.stem, p.read_text(encoding="utf-8"), DEFAULT_DATE)
                 for p in sorted(DATA.glob("*.txt"))]
    return found


def cold_article(available: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    """A text of about COLD_SIZE characters: the closest one, or several joined."""
    name, text, date = min(available, key=lambda t: abs(len(t[1]) - COLD_SIZE))
    if len(text) >= COLD_SIZE * 0.75:
        return name, text, date
    joined = []
    for _, more, _ in available:
        joined.append(more.strip())
        if sum(len(j) for j in joined) >= COLD_SIZE:
            break
    return "joined", "\n\n".join(joined)[: COLD_SIZE + 400], date


def numbered(available, count: int) -> list[tuple[str, str, str]]:
    """`count` texts cycling through `available`, each made new by a numbered last line."""
    return [(f"{i:03d}_{available[i % len(available)][0].replace('/', '_')}",
             available[i % len(available)][1].rstrip() + f"\n\nNota de archivo número {i}.\n",
             available[i % len(available)][2]) for i in range(count)]


def fresh_copy(built: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copytree(built, target, symlinks=True)
    return target


def cold(extractor: str, built: Path, work: Path, article: tuple[str, str, str],
         runs: int) -> dict:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    ingest_times, extract_times = [], []
    for run in range(runs):
        root = fresh_copy(built, work, f"cold-{extractor}-{run}")
        path = work / f"cold-{extractor}-{run}.txt"
        path.write_text(article[1] + f"\n\nEjecución {run}.\n", encoding="utf-8")
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "graph.cli", "--root", str(root), "ingest", str(path),
             "--date", article[2], "--extractor", extractor, "--format", "json"],
            capture_output=True, text=True, env=env)
        ingest_times.append(time.perf_counter() - started)
        if result.returncode != 0:
            raise SystemExit(f"kgraph ingest failed:\n{result.stderr[-2000:]}")
        if "building the store" in result.stderr:
            raise SystemExit("the copied root was rebuilt: the cold figure would include it")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", COLD_EXTRACT, str(built), extractor, str(path),
                        article[2]], check=True, capture_output=True, env=env)
        extract_times.append(time.perf_counter() - started)
        shutil.rmtree(root)
    return {"ingest_seconds": round(statistics.median(ingest_times), 3),
            "extract_seconds": round(statistics.median(extract_times), 3),
            "ingest_runs": [round(t, 3) for t in ingest_times],
            "extract_runs": [round(t, 3) for t in extract_times]}


def batch(extractor_name: str, built: Path, work: Path, articles) -> dict:
    started = time.perf_counter()
    extractor = get_extractor(extractor_name)
    load_seconds = time.perf_counter() - started
    kg = KnowledgeGraph(built)
    knowledge = Knowledge.from_graph(kg)
    documents = [Document(text, Anchor.parse(date)) for _, text, date in articles]
    started = time.perf_counter()
    candidates = sum(len(e.candidates)
                     for e in extract_each(extractor, documents, knowledge, jobs=1))
    extract_seconds = time.perf_counter() - started
    started = time.perf_counter()
    side_by_side = sum(len(e.candidates)
                       for e in extract_each(extractor, documents, knowledge))
    parallel_seconds = time.perf_counter() - started
    if side_by_side != candidates:
        raise SystemExit(f"{side_by_side} candidates read side by side, {candidates} alone")
    root = fresh_copy(built, work, f"batch-{extractor_name}")
    folder = work / f"batch-{extractor_name}-articles"
    folder.mkdir()
    for name, text, date in articles:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    registering = KnowledgeGraph(root)
    registering.local_engine  # noqa: B018 (the store opened before the clock starts)
    started = time.perf_counter()
    result = ingest_articles(registering, [folder], extractor=extractor)
    register_seconds = time.perf_counter() - started
    if result.failures:
        raise SystemExit(f"{len(result.failures)} articles failed: {result.failures[0].error}")
    count = len(articles)
    return {
        "articles": count, "characters": sum(len(t) for _, t, _ in articles),
        "candidates": candidates, "model_load_seconds": round(load_seconds, 3),
        "extract_seconds": round(extract_seconds, 3),
        "extract_articles_per_second": round(count / extract_seconds, 1),
        "processes": min(available_processors(), count),
        "parallel_extract_seconds": round(parallel_seconds, 3),
        "parallel_extract_articles_per_second": round(count / parallel_seconds, 1),
        "register_seconds": round(register_seconds, 3),
        "register_articles_per_second": round(count / register_seconds, 1),
    }


def markdown(report: dict) -> str:
    lines = [
        "# Ingest benchmark", "",
        f"Python {report['machine']['python']}, {report['machine']['cpus']} CPUs, load average "
        f"{report['machine']['load_average'][0]} to {report['machine']['load_average'][1]}; "
        f"cold: median "
        f"of {report['runs']} new processes on a {report['cold_article']['characters']}-"
        f"character article; batch: {report['batch_articles']} articles, the model loaded "
        "once, read by one process, then by one per processor (as `kgraph ingest` reads a "
        "folder).", "",
        "| extractor | cold ingest (s) | cold extract (s) | model load (s) | extract, one "
        "process (art/s) | extract, processes (art/s) | with registration (art/s) | "
        "candidates |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, figures in report["extractors"].items():
        c, b = figures["cold"], figures["batch"]
        lines.append(f"| {name} | {c['ingest_seconds']} | {c['extract_seconds']} | "
                     f"{b['model_load_seconds']} | {b['extract_articles_per_second']} | "
                     f"{b['parallel_extract_articles_per_second']} ({b['processes']}) | "
                     f"{b['register_articles_per_second']} | {b['candidates']} |")
    targets = report["targets"]
    lines += ["", f"Targets for {report['extractor']}: cold ingest at most "
              f"{TARGET_COLD_SECONDS:g} s ({'met' if targets['cold_met'] else 'missed'}), "
              f"batch at least {TARGET_ARTICLES_PER_SECOND:g} articles/s with registration "
              f"({'met' if targets['batch_met'] else 'missed'}). The rules extractor is the "
              "anchor, measured on the same texts in the same run.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--extractor", default="nlp")
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--output", default=str(PROJECT / "output" / "bench-ingest.json"))
    args = parser.parse_args()
    compile_package()
    load_before = os.getloadavg()[0]
    available = texts()
    article = cold_article(available)
    articles = numbered(available, args.articles)
    names = [args.extractor] + (["rules"] if args.extractor != "rules" else [])
    figures = {}
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-ingest-") as folder:
        work = Path(folder)
        built = KnowledgeGraph.init(work / "built")
        built.build()
        built.close()
        for name in names:
            print(f"benchmarking {name}...", file=sys.stderr, flush=True)
            figures[name] = {"cold": cold(name, built.root.path, work, article, args.runs),
                             "batch": batch(name, built.root.path, work, articles)}
            print(json.dumps(figures[name]), file=sys.stderr, flush=True)
    chosen = figures[args.extractor]
    report = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "system": platform.platform(),
                    # other work on the machine slows both extractors alike: see the anchor
                    "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)]},
        "extractor": args.extractor, "runs": args.runs, "batch_articles": args.articles,
        "texts": [name for name, _, _ in available],
        "cold_article": {"name": article[0], "characters": len(article[1])},
        "extractors": figures,
        "targets": {
            "cold_seconds": TARGET_COLD_SECONDS,
            "articles_per_second": TARGET_ARTICLES_PER_SECOND,
            "cold_met": chosen["cold"]["ingest_seconds"] <= TARGET_COLD_SECONDS,
            "batch_met": chosen["batch"]["register_articles_per_second"]
            >= TARGET_ARTICLES_PER_SECOND,
        },
    }
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    write_text(output, json.dumps(report, indent=2) + "\n")
    text = markdown(report)
    write_text(output.with_suffix(".md"), text)
    print(text)


if __name__ == "__main__":
    main()
