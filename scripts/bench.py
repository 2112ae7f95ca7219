"""Benchmark at scale: build, cold neighbors, named queries and map writing on synthetic roots of
10k, 100k and 1M claims, each beside the raw pyoxigraph anchor measured in the same run.

    python scripts/bench.py                  # 10k, 100k and 1M claims
    python scripts/bench.py --claims 10000   # one size
    python scripts/bench.py --runs 5         # repetitions of the fast measurements
    python scripts/bench.py --build-runs 1   # builds per size (default 3)

Writes output/bench.json and prints a Markdown table. The anchors:
- build: pyoxigraph's bulk load of the same quads the built store holds (dumped beforehand);
- neighbors (of a person of median degree and of the entity with the most claims, the hub):
  a minimal script that opens the store read-only with pyoxigraph and runs one SPARQL query
  returning the same claims, sources and quotes; kgraph is timed with the default freshness
  check (one stat per input file) and with KGRAPH_FRESHNESS=folders, in wall time and, by
  folder, in CPU time too (the table gives wall times; bench.json both);
- named queries: the same bound query text run directly by pyoxigraph, in the same process
  (kgraph's confined query worker started beforehand, as in any process that queries twice).
Builds run three times per size by default, each followed by the anchor's bulk load, and
report medians (at 1M they take minutes: `--build-runs 1`); the fast measurements report
medians too (the named queries run once at 1M: some scan the whole graph). A run of some
sizes keeps the figures of the other sizes already in output/bench.json.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
KGRAPH = [sys.executable, "-m", "graph.cli"]
NAMED_QUERIES = ["actor-ties", "endorsements", "most-connected", "single-source-claims"]

ANCHOR_NEIGHBORS = """
import sys, pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
query = '''PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?c ?r ?other ?label ?date ?src ?quote WHERE {
  { ?c kg:subject <IRI> ; kg:object ?other } UNION { ?c kg:object <IRI> ; kg:subject ?other }
  ?c kg:relation ?r ; kg:evidence ?ev . ?ev kg:source ?src ; kg:quote ?quote .
  OPTIONAL { ?c kg:date ?date } OPTIONAL { ?other rdfs:label ?label } }'''
print(len(list(store.query(query.replace('IRI', sys.argv[2]), use_default_graph_as_union=True))))
"""

ANCHOR_LOAD = """
import sys, pyoxigraph as ox
store = ox.Store(sys.argv[1])
store.bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_QUADS)
store.flush()
"""


def run_with_peak(command: list[str], env=None) -> tuple[float, int, str, float]:
    """Wall seconds, peak resident memory (bytes, from /usr/bin/time -v), output and CPU seconds
    (user and system) of a child."""
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True,
                            env=env)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    peak, cpu = 0, 0.0
    for line in result.stderr.splitlines():
        if "Maximum resident set size" in line:
            peak = int(line.split(":")[1]) * 1024
        elif "User time (seconds)" in line or "System time (seconds)" in line:
            cpu += float(line.split(":")[1])
    return seconds, peak, result.stdout, cpu


def cold_run(command: list[str], env=None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user and system, all its threads) of one run of a child:
    on a shared machine the CPU time moves less with the load than the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_time(command: list[str], runs: int, env=None) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def pick_hub(store_path: Path) -> tuple[str, str, int]:
    """The entity of any class with the most claims: the first thing researchers ask about."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_path))
    row = next(iter(store.query(
        """PREFIX kg: <https://w3id.org/kgraph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?e (SAMPLE(?l) AS ?label) (COUNT(?c) AS ?n) WHERE {
          ?e rdfs:label ?l . { ?c kg:subject ?e } UNION { ?c kg:object ?e } }
        GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1""",
        use_default_graph_as_union=True,
    )))
    return row["e"].value, row["label"].value, int(row["n"].value)


def pick_actor(store_path: Path) -> tuple[str, str, int]:
    """A person of median degree: a typical actor, neither a hub nor an isolate."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_path))
    rows = list(store.query(
        """PREFIX kg: <https://w3id.org/kgraph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?e (SAMPLE(?l) AS ?label) (COUNT(?c) AS ?n) WHERE {
          ?e a kg:Person ; rdfs:label ?l . { ?c kg:subject ?e } UNION { ?c kg:object ?e } }
        GROUP BY ?e ORDER BY ?n ?e""",
        use_default_graph_as_union=True,
    ))
    middle = rows[len(rows) // 2]
    return middle["e"].value, middle["label"].value, int(middle["n"].value)


def named_query_ratios(root: Path, actor: str, runs: int, names: list[str]) -> dict:
    """Each named query through kgraph and directly in pyoxigraph, same text, same process."""
    from graph.api import KnowledgeGraph
    from graph.errors import KGraphError
    from graph.model.terms import PREFIXES
    from graph.sparql.library import named_query_text

    kg = KnowledgeGraph(root)
    store = kg.local_engine.store
    figures = {}
    try:
        # The confined worker starts on the first query (about a second) and then serves every
        # query of the process: started here, a run of one does not time its start.
        kg.query("ASK { ?s ?p ?o }")
        for name in names:
            params = {"actor": actor} if name == "actor-ties" else {}
            text = named_query_text(kg, name, params)
            kgraph_times, raw_times = [], []
            for _ in range(runs):
                if kgraph_times and kgraph_times[-1] > 60:
                    break  # a query that scans everything at 1M: once is enough
                started = time.perf_counter()
                try:
                    rows = kg.query(text).rows
                except KGraphError as error:  # a limit of the confined worker: a finding too
                    figures[name] = {"refused": str(error)}
                    break
                kgraph_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                raw = list(store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True))
                raw_times.append(time.perf_counter() - started)
            if name in figures:
                continue
            assert len(rows) == len(raw), name
            kgraph_s, raw_s = statistics.median(kgraph_times), statistics.median(raw_times)
            figures[name] = {"rows": len(rows), "kgraph_s": round(kgraph_s, 4),
                             "pyoxigraph_s": round(raw_s, 4), "ratio": round(kgraph_s / raw_s, 2)}
    finally:
        kg.close()  # its query worker must not outlive the root, which is deleted next
    return figures


def bench_builds(root: Path, runs: int, work: Path, env: dict) -> dict:
    """Builds of `root` and bulk loads of the quads the built store holds, interleaved so that
    a noisy machine weighs on both alike: their medians, in wall and CPU seconds."""
    import pyoxigraph as ox

    builds, loads = [], []
    dump = work / "dump.nq"
    anchor_db = work / "anchor"
    for run in range(runs):
        shutil.rmtree(root / "output", ignore_errors=True)
        builds.append(run_with_peak([*KGRAPH, "-q", "--root", str(root), "build"], env=env))
        if run == 0:
            database = (root / "output" / "store" / "oxigraph").resolve()
            ox.serialize(ox.Store.read_only(str(database)), str(dump),
                         format=ox.RdfFormat.N_QUADS)
        shutil.rmtree(anchor_db, ignore_errors=True)
        loads.append(run_with_peak([sys.executable, "-c", ANCHOR_LOAD, str(anchor_db),
                                    str(dump)]))
        shutil.rmtree(anchor_db, ignore_errors=True)
    dump.unlink()
    build_s, load_s = (statistics.median(r[0] for r in runs) for runs in (builds, loads))
    build_cpu, load_cpu = (statistics.median(r[3] for r in runs) for runs in (builds, loads))
    return {
        "build_runs": runs,
        "build_s": round(build_s, 1),
        "build_peak_mb": round(max(r[1] for r in builds) / 2**20),
        "anchor_bulk_load_s": round(load_s, 1),
        "anchor_bulk_load_peak_mb": round(max(r[1] for r in loads) / 2**20),
        "build_ratio": round(build_s / load_s, 2),
        "build_ratios": [round(b[0] / a[0], 2) for b, a in zip(builds, loads, strict=True)],
        # On a shared machine the wall ratio moves with the load (the bulk load uses both
        # cores); the CPU time less.
        "build_cpu_s": round(build_cpu, 1),
        "anchor_bulk_load_cpu_s": round(load_cpu, 1),
        "build_cpu_ratio": round(build_cpu / load_cpu, 2),
    }


def bench_size(claims: int, runs: int, build_runs: int, work: Path) -> dict:
    root = work / f"synth-{claims}"
    shutil.rmtree(root, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    synth_s, synth_peak, _, _ = run_with_peak(
        [*KGRAPH, "synth", "--actors", str(claims // 3), "--claims", str(claims), "--seed", "7",
         "--root", str(root)], env=env)
    builds = bench_builds(root, build_runs, work, env)
    database = (root / "output" / "store" / "oxigraph").resolve()
    manifest = json.loads((root / "output" / "store" / "manifest.json").read_text())

    iri, label, degree = pick_actor(database)
    hub_iri, hub_label, hub_degree = pick_hub(database)
    folders_env = {**env, "KGRAPH_FRESHNESS": "folders"}
    cold = {}
    for name, (who, whose) in {"median": (label, iri), "hub": (hub_label, hub_iri)}.items():
        command = [*KGRAPH, "-q", "--root", str(root), "neighbors", who, "--format", "json"]
        anchor = [sys.executable, "-c", ANCHOR_NEIGHBORS, str(database), whose]
        # Interleaved, so that a noisy machine weighs on both sides alike.
        times = {"kgraph": [], "folders": [], "anchor": []}
        for _ in range(runs):
            times["kgraph"].append(cold_run(command, env))
            times["folders"].append(cold_run(command, folders_env))
            times["anchor"].append(cold_run(anchor))
        cold[name] = {k: statistics.median(wall for wall, _ in v) for k, v in times.items()}
        cold[name] |= {f"{k}_cpu": statistics.median(cpu for _, cpu in v)
                       for k, v in times.items()}
        print(f"cold neighbors, {name}: {json.dumps(cold[name])}", file=sys.stderr, flush=True)
    neighbors_s, minimal_s = cold["median"]["kgraph"], cold["median"]["anchor"]
    python_s = median_time([sys.executable, "-c", "pass"], runs)
    map_s = median_time(
        [*KGRAPH, "-q", "--root", str(root), "map", "--center", label,
         "-o", str(work / f"map-{claims}.html")], max(1, runs // 2), env)
    # At 1M the whole-graph report (minutes in pyoxigraph itself) is left out to keep the run
    # bounded; its ratio is measured at the smaller sizes.
    names = NAMED_QUERIES if claims <= 100_000 else [
        n for n in NAMED_QUERIES if n != "single-source-claims"]
    queries = named_query_ratios(root, label, runs if claims <= 100_000 else 1, names)
    figures = {
        "claims": claims,
        "store_quads": manifest["counts"]["triples"],
        "synth_s": round(synth_s, 1),
        **builds,
        "actor": {"label": label, "claims": degree},
        "neighbors_cold_s": round(neighbors_s, 3),
        "anchor_neighbors_cold_s": round(minimal_s, 3),
        "neighbors_ratio": round(neighbors_s / minimal_s, 2),
        "neighbors_folders_cold_s": round(cold["median"]["folders"], 3),
        "neighbors_folders_ratio": round(cold["median"]["folders"] / minimal_s, 2),
        "hub": {"label": hub_label, "claims": hub_degree},
        "hub_neighbors_cold_s": round(cold["hub"]["kgraph"], 3),
        "hub_anchor_neighbors_cold_s": round(cold["hub"]["anchor"], 3),
        "hub_neighbors_ratio": round(cold["hub"]["kgraph"] / cold["hub"]["anchor"], 2),
        "hub_neighbors_folders_cold_s": round(cold["hub"]["folders"], 3),
        # CPU seconds of the same runs, by folder, and their ratios.
        "neighbors_folders_cpu_s": round(cold["median"]["folders_cpu"], 3),
        "anchor_neighbors_cpu_s": round(cold["median"]["anchor_cpu"], 3),
        "neighbors_folders_cpu_ratio": round(
            cold["median"]["folders_cpu"] / cold["median"]["anchor_cpu"], 2),
        "hub_neighbors_folders_cpu_s": round(cold["hub"]["folders_cpu"], 3),
        "hub_anchor_neighbors_cpu_s": round(cold["hub"]["anchor_cpu"], 3),
        "hub_neighbors_folders_cpu_ratio": round(
            cold["hub"]["folders_cpu"] / cold["hub"]["anchor_cpu"], 2),
        "python_startup_s": round(python_s, 3),
        "map_ego_s": round(map_s, 2),
        "named_queries": queries,
    }
    shutil.rmtree(root, ignore_errors=True)
    return figures


def table(results: list[dict]) -> str:
    lines = [
        "| claims | store quads | build | bulk-load anchor | ratio | build peak | "
        "cold neighbors, median actor (by folder) | minimal pyoxigraph script | ratio | "
        "cold neighbors, top hub (by folder) | minimal script | ratio | ego map | "
        "named queries (ratio) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        queries = ", ".join(f"{n} {q['ratio']}×" if "ratio" in q else f"{n} refused"
                            for n, q in r["named_queries"].items())
        median_folders = (f" ({r['neighbors_folders_cold_s']} s)"
                          if "neighbors_folders_cold_s" in r else "")
        hub = ("| — | — | — " if "hub" not in r else
               f"| {r['hub_neighbors_cold_s']} s ({r['hub_neighbors_folders_cold_s']} s), "
               f"{r['hub']['claims']:,} claims | {r['hub_anchor_neighbors_cold_s']} s | "
               f"{r['hub_neighbors_ratio']}× ")
        lines.append(
            f"| {r['claims']:,} | {r['store_quads']:,} | {r['build_s']} s | "
            f"{r['anchor_bulk_load_s']} s | {r['build_ratio']}× | {r['build_peak_mb']:,} MB | "
            f"{r['neighbors_cold_s']} s{median_folders} | {r['anchor_neighbors_cold_s']} s | "
            f"{r['neighbors_ratio']}× {hub}| {r['map_ego_s']} s | {queries} |"
        )
    return "\n".join(lines)


def compile_package() -> None:
    """Cold runs load kgraph's modules from bytecode, as an installed package does, even where
    PYTHONDONTWRITEBYTECODE keeps Python from caching it (compiling them took ~75 ms a run)."""
    compileall.compile_dir(str(PROJECT / "graph"), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, action="append",
                        help="size to run (repeatable); default 10k, 100k and 1M")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build-runs", type=int, default=3)
    parser.add_argument("--output", default=str(PROJECT / "output" / "bench.json"))
    args = parser.parse_args()
    sizes = args.claims or [10_000, 100_000, 1_000_000]
    compile_package()
    results = []
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as folder:
        for claims in sizes:
            print(f"benchmarking {claims:,} claims...", file=sys.stderr, flush=True)
            results.append(bench_size(claims, args.runs, args.build_runs, Path(folder)))
            print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    output = Path(args.output)
    # A run of some sizes keeps the figures of the others from an earlier run.
    earlier = json.loads(output.read_text()) if output.exists() else {"results": []}
    ran = {r["claims"] for r in results}
    results = sorted(
        [r for r in earlier["results"] if r["claims"] not in ran] + results,
        key=lambda r: r["claims"],
    )
    report = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "system": platform.platform()},
        "runs": args.runs,
        "results": results,
    }
    from graph.publish import write_text

    output.parent.mkdir(parents=True, exist_ok=True)
    write_text(output, json.dumps(report, indent=2) + "\n")
    print(table(results))


if __name__ == "__main__":
    main()
