"""Benchmark of `kgraph rank --by betweenness` and `kgraph communities` on synthetic networks.

For each size (10k and 100k actors by default) it generates a network shaped like kgraph's
projection (scripts/synthetic_network.py) and times the library calls the two commands make
once the projection is built: `rank_nodes(graph, "betweenness")` and `find_communities(graph)`,
with their default settings (igraph above 500 nodes; exact betweenness up to 10,000 nodes,
estimated from 500 sampled sources above). Each figure is the median of --runs runs.

The anchor, measured in the same run on the smallest graph, is networkx doing the same work
(betweenness from the same 100 sampled sources; Louvain communities), so the figures can be
compared across machines and loads. Writes output/bench-network.json.

With --store-actors N it times the commands themselves, from the store: a synthetic root of N
actors and 3N claims (`kgraph synth`, then `kgraph build`), then cold `kgraph rank`,
`kgraph rank --by betweenness` and `kgraph communities` in fresh processes (median of --runs),
and each once more without the ties the build keeps beside the store (what a store built by an
older kgraph costs the first time). Writes output/bench-network-store.json.

    .venv/bin/python scripts/bench_network.py [--sizes 10000 100000] [--runs 3]
    .venv/bin/python scripts/bench_network.py --store-actors 100000 [--root DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import igraph  # noqa: E402
import networkx  # noqa: E402
from synthetic_network import synthetic_projection  # noqa: E402

import graph.analysis as network  # noqa: E402
from graph.publish import write_text  # noqa: E402

TARGET_SECONDS = 30.0
ANCHOR_SAMPLES = 100


def timed(runs: int, work) -> dict:
    seconds, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        seconds.append(round(time.perf_counter() - started, 3))
    return {"median_s": statistics.median(seconds), "runs_s": seconds, "result": result}


def bench_size(actors: int, runs: int) -> dict:
    started = time.perf_counter()
    graph = synthetic_projection(actors, seed=actors)
    generated = round(time.perf_counter() - started, 2)

    def rank():
        found = network.rank_nodes(graph, "betweenness", top=5)
        return {"engine": found.centrality.engine, "samples": found.centrality.samples,
                "top": [r.entity.label for r in found.rows]}

    def communities():
        found = network.find_communities(graph)
        return {"engine": found.engine, "communities": len(found.communities),
                "modularity": round(found.modularity, 4)}

    ranked = timed(runs, rank)
    clustered = timed(runs, communities)
    print(f"{actors} actors: rank --by betweenness {ranked['median_s']} s, "
          f"communities {clustered['median_s']} s", flush=True)
    return {
        "actors": graph.number_of_nodes(),
        "ties": graph.number_of_edges(),
        "generate_s": generated,
        "rank_betweenness": ranked,
        "communities": clustered,
    }


def bench_anchor(actors: int, runs: int) -> dict:
    """networkx against igraph on the same graph and the same sampled sources."""
    graph = synthetic_projection(actors, seed=actors)
    pairs = {}
    for name, work in {
        "betweenness_100_sources": lambda engine: network.centrality(
            graph, "betweenness", engine=engine, samples=ANCHOR_SAMPLES).samples,
        "louvain": lambda engine: len(network.partition(graph, "louvain", engine=engine)[0]),
    }.items():
        nx_time = timed(runs, lambda work=work: work("networkx"))
        ig_time = timed(runs, lambda work=work: work("igraph"))
        pairs[name] = {
            "networkx_median_s": nx_time["median_s"], "networkx_runs_s": nx_time["runs_s"],
            "igraph_median_s": ig_time["median_s"], "igraph_runs_s": ig_time["runs_s"],
            "networkx_over_igraph": round(nx_time["median_s"] / ig_time["median_s"], 1),
        }
        print(f"anchor {name} on {actors} actors: networkx {nx_time['median_s']} s, "
              f"igraph {ig_time['median_s']} s", flush=True)
    return {"actors": actors, **pairs}


STORE_COMMANDS = {"rank": ["rank"], "rank_betweenness": ["rank", "--by", "betweenness"],
                  "communities": ["communities"]}


def cold_seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return round(time.perf_counter() - started, 2)


def bench_store(actors: int, runs: int, root: Path) -> dict:
    """The commands, cold, on a built synthetic root: as the build left the store (with the
    ties it keeps beside it), then once without that file (a store built by an older kgraph,
    read claim by claim; the run writes the file again)."""
    kgraph = [sys.executable, "-m", "graph.cli", "-q", "--root", str(root)]
    if not (root / "output" / "store").exists():
        subprocess.run([sys.executable, "-m", "graph.cli", "synth", "--actors", str(actors),
                        "--claims", str(3 * actors), "--seed", "7", "--root", str(root)],
                       check=True, capture_output=True)
        subprocess.run([*kgraph, "build"], check=True, capture_output=True)
    kept = root / "output" / "store" / "ties.json"
    figures = {}
    for name, arguments in STORE_COMMANDS.items():
        command = [*kgraph, *arguments, "--format", "json"]
        built = [cold_seconds(command) for _ in range(runs)]
        kept.unlink()
        without = cold_seconds(command)
        figures[name] = {"median_s": statistics.median(built), "runs_s": built,
                         "without_kept_ties_s": without}
        print(f"{actors} actors from the store: kgraph {' '.join(arguments)} "
              f"{statistics.median(built)} s ({without} s without the kept ties)", flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--output", default=None)
    parser.add_argument("--store-actors", type=int,
                        help="time the commands from the store of a synthetic root this large")
    parser.add_argument("--root", help="with --store-actors: where the root is (generated and "
                        "built there when it has no store yet); default a temporary folder")
    args = parser.parse_args()
    if args.store_actors:
        main_store(args)
        return
    args.output = args.output or str(HERE.parent / "output" / "bench-network.json")

    load_before = os.getloadavg()
    sizes = {str(n): bench_size(n, args.runs) for n in args.sizes}
    anchor = bench_anchor(min(args.sizes), args.runs)
    largest = sizes[str(max(args.sizes))]
    slowest = max(largest["rank_betweenness"]["median_s"], largest["communities"]["median_s"])
    report = {
        "what": "graph.analysis.rank_nodes(graph, 'betweenness') and "
                "find_communities(graph) "
                "on synthetic projections: the work of `kgraph rank --by betweenness` and "
                "`kgraph communities` once the projection is built",
        "machine": {
            "cpus": os.cpu_count(), "python": platform.python_version(),
            "networkx": networkx.__version__, "igraph": igraph.__version__,
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
        },
        "runs": args.runs,
        "sizes": sizes,
        "anchor": anchor,
        "target_s": TARGET_SECONDS,
        "largest_meets_target": slowest < TARGET_SECONDS,
    }
    target = Path(args.output)
    write_text(target, json.dumps(report, indent=2) + "\n")
    print(f"wrote {target}")


def main_store(args) -> None:
    import tempfile

    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-network-") as scratch:
        root = Path(args.root) if args.root else Path(scratch) / "root"
        figures = bench_store(args.store_actors, args.runs, root)
    report = {
        "what": "cold kgraph rank, rank --by betweenness and communities (--format json) on a "
                f"synthetic root of {args.store_actors} actors and {3 * args.store_actors} "
                "claims, reading the store included",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_average_before": [round(x, 2) for x in load_before],
                    "load_average_after": [round(x, 2) for x in os.getloadavg()]},
        "runs": args.runs,
        "actors": args.store_actors,
        "commands": figures,
        "target_s": TARGET_SECONDS,
    }
    target = Path(args.output or HERE.parent / "output" / "bench-network-store.json")
    write_text(target, json.dumps(report, indent=2) + "\n")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
