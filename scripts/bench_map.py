#!/usr/bin/env python3
"""Benchmark of `kgraph map` on synthetic graphs: time to write the map, time until the page
is interactive in headless Chromium, and the file size. Writes output/bench-map.json.

    .venv/bin/python scripts/bench_map.py [--sizes 100 1000 5000] [--runs 3]

Each figure is the median of --runs runs. The anchor, measured in the same run, is a map of
two nodes: what loading the page and vis-network costs before any graph is drawn. The graphs
are synthetic (random, with hubs) and built into a temporary root; nothing in them is a fact.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "tests"))

from browser import VIEWPORT, chromium_path, launch, unavailable_reason  # noqa: E402

from graph.api import KnowledgeGraph  # noqa: E402
from graph.model.terms import PREFIXES as TERM_PREFIXES  # noqa: E402
from graph.publish import write_map, write_text  # noqa: E402

TARGET_NODES = 5000
TARGET_MS = 3000

PREFIXES = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in TERM_PREFIXES.items())
# Class shares of the synthetic entities, and the relations each pair of kinds may use.
CLASSES = [("Person", 0.80), ("PoliticalParty", 0.07), ("Network", 0.04),
           ("MediaOutlet", 0.04), ("Summit", 0.05)]
AGENT_RELATIONS = ["met", "allied", "endorsed", "contactWith", "opponentOf"]
KIND_OF = {"Person": "agent", "PoliticalParty": "org", "Network": "org", "MediaOutlet": "org",
           "Summit": "event"}
CLAIMS_PER_SOURCE = 500


def _relation(rng: random.Random, a_kind: str, b_kind: str) -> str | None:
    if a_kind == "event" and b_kind == "event":
        return None
    if b_kind == "event":
        return "participatedIn"
    if a_kind == "event":
        return "organizedBy"
    if b_kind == "org" and a_kind == "agent":
        return "memberOf"
    return rng.choice(AGENT_RELATIONS)


def synthetic_root(folder: Path, nodes: int, seed: int = 7) -> Path:
    """A root with `nodes` entities joined by about two claims per entity, preferential
    attachment giving a few hubs as in real networks; every claim quotes its source."""
    rng = random.Random(seed)
    classes = rng.choices([c for c, _ in CLASSES], [w for _, w in CLASSES], k=nodes)
    classes[0] = "Person"
    entities, claims, texts = [], [], {}
    for i, cls in enumerate(classes):
        entities.append(f'kgr:e{i} a kg:{cls} ; rdfs:label "{cls} {i}" ; skos:altLabel "E{i}" .')
    targets = [0]
    sentences: list[str] = []
    stated: set[tuple[int, str, int]] = set()
    for i in range(1, nodes):
        for _ in range(2):
            j = rng.choice(targets)
            if j == i:
                continue
            a, b = (i, j) if KIND_OF[classes[i]] != "event" else (j, i)
            if KIND_OF[classes[a]] == "org" and KIND_OF[classes[b]] == "agent":
                a, b = b, a
            relation = _relation(rng, KIND_OF[classes[a]], KIND_OF[classes[b]])
            if relation is None or {(a, relation, b), (b, relation, a)} & stated:
                continue
            stated.add((a, relation, b))
            n = len(claims)
            quote = f"Frase {n}: E{a} y E{b} ({relation})."
            sentences.append(quote)
            source = f"src:doc{n // CLAIMS_PER_SOURCE}"
            date = ""
            if rng.random() < 0.6:
                date = f' kg:date "{rng.randint(2018, 2025)}-{rng.randint(1, 12):02d}-' \
                       f'{rng.randint(1, 28):02d}"^^xsd:date ;'
            claims.append(
                f"kgc:c{n} a kg:Claim ; kg:subject kgr:e{a} ; kg:relation kg:{relation} ; "
                f"kg:object kgr:e{b} ;{date} kg:evidence [ kg:source {source} ; "
                f'kg:quote "{quote}" ] .'
            )
            targets += [i, j]
    sources = []
    for d in range((len(claims) + CLAIMS_PER_SOURCE - 1) // CLAIMS_PER_SOURCE):
        chunk = sentences[d * CLAIMS_PER_SOURCE:(d + 1) * CLAIMS_PER_SOURCE]
        texts[f"doc{d}.txt"] = " ".join(chunk)
        sources.append(f'src:doc{d} a kg:Source ; rdfs:label "Synthetic {d}" ; '
                       f'dcterms:language "es" ; dcterms:issued "2025-01-01"^^xsd:date ; '
                       f'kg:textFile "doc{d}.txt" .')
    (folder / "ontology").mkdir(parents=True)
    (folder / "seeds").mkdir()
    for name in ("schema.ttl", "shapes.ttl"):
        (folder / "ontology" / name).write_bytes((PROJECT / "ontology" / name).read_bytes())
    (folder / "ontology" / "entities.ttl").write_text(PREFIXES + "\n".join(entities) + "\n")
    (folder / "ontology" / "claims.ttl").write_text(PREFIXES + "\n".join(claims) + "\n")
    (folder / "seeds" / "sources.ttl").write_text(PREFIXES + "\n".join(sources) + "\n")
    for name, text in texts.items():
        (folder / "seeds" / name).write_text(text + "\n")
    return folder


def time_write(root: Path, target: Path, runs: int) -> tuple[list[float], object]:
    seconds, report = [], None
    for _ in range(runs):
        kg = KnowledgeGraph(root)  # a fresh one, as each `kgraph map` opens the store anew
        started = time.perf_counter()
        report = write_map(kg, target)
        seconds.append(time.perf_counter() - started)
    return seconds, report


def time_interactive(browser, page_file: Path, runs: int) -> tuple[list[float], list[float]]:
    """Milliseconds from navigation to the first frame vis-network drew with the page script
    ready (the page's own clock), and to the answer of a relation filter after that."""
    ready, filtered = [], []
    for _ in range(runs):
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        page.goto(page_file.as_uri(), timeout=120_000)
        page.wait_for_function("window.kgraphMap && window.kgraphMap.ready !== null",
                               timeout=120_000)
        ready.append(page.evaluate("window.kgraphMap.ready"))
        filtered.append(page.evaluate(
            """() => {
              const box = document.querySelector("input[name=relation]");
              const started = performance.now();
              box.click();
              window.kgraphMap.network.redraw();
              return performance.now() - started;
            }"""
        ))
        context.close()
    return ready, filtered


def median(values):
    return round(statistics.median(values), 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=PROJECT / "output" / "bench-map.json")
    args = parser.parse_args()
    reason = unavailable_reason()
    if reason:
        print(f"bench_map: {reason}", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    chromium = subprocess.run([str(chromium_path()), "--version"], capture_output=True,
                              text=True).stdout.strip()
    results = {
        "what": "kgraph map on synthetic graphs: write time (s), time to interactive in "
                "headless Chromium (ms, the page's clock from navigation), file size",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "chromium": chromium,
                    # The machine is shared: a high load inflates every figure alike.
                    "load_average_at_start": [round(x, 2) for x in os.getloadavg()]},
        "runs": args.runs,
        "statistic": "median",
        "sizes": [],
    }
    with tempfile.TemporaryDirectory(prefix="bench-map-") as temporary, \
            sync_playwright() as playwright:
        work = Path(temporary)
        browser = launch(playwright)
        try:
            anchor_root = synthetic_root(work / "anchor", 2)
            started = time.perf_counter()
            KnowledgeGraph(anchor_root).build()
            anchor_write, _ = time_write(anchor_root, work / "anchor.html", args.runs)
            anchor_ready, _ = time_interactive(browser, work / "anchor.html", args.runs)
            results["anchor"] = {
                "nodes": 2, "write_s": median(anchor_write),
                "interactive_ms": median(anchor_ready),
            }
            print(f"anchor: write {median(anchor_write):.3f} s, "
                  f"interactive {median(anchor_ready):.0f} ms", flush=True)
            for size in args.sizes:
                root = synthetic_root(work / f"n{size}", size)
                started = time.perf_counter()
                KnowledgeGraph(root).build()
                build_s = time.perf_counter() - started
                page_file = work / f"map-{size}.html"
                write_s, report = time_write(root, page_file, args.runs)
                ready, filtered = time_interactive(browser, page_file, args.runs)
                row = {
                    "nodes": report.nodes, "edges": report.edges, "claims": report.claims,
                    "build_s": round(build_s, 2),
                    "write_s": median(write_s), "write_runs_s": [round(s, 3) for s in write_s],
                    "interactive_ms": median(ready),
                    "interactive_runs_ms": [round(s, 1) for s in ready],
                    "interactive_over_anchor": round(median(ready) /
                                                     results["anchor"]["interactive_ms"], 2),
                    "filter_ms": median(filtered),
                    "bytes": report.bytes,
                }
                results["sizes"].append(row)
                print(f"{report.nodes} nodes, {report.edges} edges: write {row['write_s']:.2f} s,"
                      f" interactive {row['interactive_ms']:.0f} ms, filter "
                      f"{row['filter_ms']:.0f} ms, {report.bytes / 1e6:.1f} MB "
                      f"(build {build_s:.1f} s)", flush=True)
        finally:
            browser.close()
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    biggest = [r for r in results["sizes"] if r["nodes"] >= TARGET_NODES]
    if biggest:
        results["target"] = {"nodes": TARGET_NODES, "interactive_ms": TARGET_MS,
                             "met": biggest[0]["interactive_ms"] < TARGET_MS}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_text(args.out, json.dumps(results, indent=2) + "\n")
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
