"""Load benchmark of `kgraph serve`: requests/s and latency percentiles on loopback.

Starts the endpoint on 127.0.0.1 (a free port), then for a simple neighbors query and a heavier
aggregate sends a bounded number of requests at concurrency 1, 8 and 32 from a thread-pool
client, several runs each, and reports the medians. The anchor, measured in the same run, is
the same query executed in this process directly on the store (no HTTP, no worker), so the
ratio shows what the endpoint costs. Every request must succeed; the script exits 1 otherwise.
Results go to output/bench-server.json.

    python scripts/bench_server.py [--root DIR] [--runs 3] [--requests 300] [--workers 2]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import select
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

QUERIES = {
    "neighbors": "SELECT ?relation ?neighbor WHERE {\n"
                 "  kgr:jose-antonio-kast ?relation ?neighbor . ?neighbor a kg:Entity }",
    # The library's aggregate: distinct neighbors, claims and sources per actor, sorted.
    "aggregate": None,
}
LEVELS = (1, 8, 32)
MAX_SECONDS_PER_RUN = 30


def start_server(root: Path, workers: int, *options: str):
    command = [sys.executable, "-m", "graph.cli", "--root", str(root), "-q", "serve",
               "--host", "127.0.0.1", "--port", "0", "--workers", str(workers), *options]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if select.select([process.stdout], [], [], 1)[0]:
            match = re.search(r"(http://127\.0\.0\.1:(\d+))/sparql", process.stdout.readline())
            if match:
                return process, "127.0.0.1", int(match.group(2))
    process.kill()
    raise SystemExit("the server did not start")


def stop_server(process) -> None:
    os.kill(process.pid, signal.SIGTERM)
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(5)


def one_request(host: str, port: int, path: str) -> tuple[float, bool]:
    started = time.perf_counter()
    try:
        connection = http.client.HTTPConnection(host, port, timeout=60)
        connection.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        body = response.read()
        connection.close()
        ok = response.status == 200 and body.startswith(b"{")
    except OSError:
        ok = False
    return time.perf_counter() - started, ok


def load_run(host: str, port: int, query: str, concurrency: int, requests: int) -> dict:
    """`requests` GETs with `concurrency` clients at once (stopping early past the time cap)."""
    path = "/sparql?" + urllib.parse.urlencode({"query": query})
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    remaining = [requests]
    deadline = time.monotonic() + MAX_SECONDS_PER_RUN

    def client():
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
            seconds, ok = one_request(host, port, path)
            with lock:
                latencies.append(seconds)
                failures[0] += not ok

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "seconds": round(elapsed, 3),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(1000 * latencies[len(latencies) // 2], 2),
        "p99_ms": round(1000 * latencies[min(len(latencies) - 1,
                                             int(len(latencies) * 0.99))], 2),
        "failed": failures[0],
    }


def anchor(root: Path, query: str, repeat: int = 200) -> float:
    """Queries per second of the same query run here, directly on the store, its result
    serialized as the server does."""
    import pyoxigraph as ox

    from graph.api import KnowledgeGraph

    engine = KnowledgeGraph(root).engine
    for _ in range(10):
        list(engine.raw(query))
    started = time.perf_counter()
    for _ in range(repeat):
        engine.raw(query).serialize(format=ox.QueryResultsFormat.JSON)
    return repeat / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=300, help="requests per run")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    from graph.api import KnowledgeGraph
    from graph.publish import write_text
    from graph.sparql.library import Lookup, bind, library_query

    kg = KnowledgeGraph(args.root)  # builds the store first if it is missing or stale
    queries = dict(QUERIES)
    queries["aggregate"] = bind(library_query(kg.root, "most-connected"), {},
                                Lookup(kg.engine, kg.resolver))

    process, host, port = start_server(args.root, args.workers)
    results = []
    try:
        for name, query in queries.items():
            one_request(host, port, "/sparql?" + urllib.parse.urlencode({"query": query}))
            direct = anchor(args.root, query)
            for level in LEVELS:
                runs = [load_run(host, port, query, level, args.requests)
                        for _ in range(args.runs)]
                rps = statistics.median(r["requests_per_second"] for r in runs)
                results.append({
                    "query": name,
                    "concurrency": level,
                    "median_requests_per_second": rps,
                    "median_p50_ms": statistics.median(r["p50_ms"] for r in runs),
                    "median_p99_ms": statistics.median(r["p99_ms"] for r in runs),
                    "failed": sum(r["failed"] for r in runs),
                    "anchor_in_process_queries_per_second": round(direct, 1),
                    "ratio_to_anchor": round(rps / direct, 3),
                    "runs": runs,
                })
                last = results[-1]
                print(f"{name:10s} c={level:<3d} {rps:8.1f} req/s  p50 {last['median_p50_ms']:7.2f}"
                      f" ms  p99 {last['median_p99_ms']:7.2f} ms  failed {last['failed']}"
                      f"  (in-process {direct:.0f} q/s)", flush=True)
    finally:
        stop_server(process)

    report = {
        "what": "kgraph serve on loopback: GET /sparql, Accept JSON, thread-pool client",
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "server": {"workers": args.workers, "transport": "wsgiref, one thread per connection,"
                   " HTTP/1.0 (a connection per request)"},
        "runs_per_level": args.runs,
        "requests_per_run": args.requests,
        "queries": queries,
        "results": results,
        "failed_requests": sum(r["failed"] for r in results),
    }
    output = args.output or kg.root.output / "bench-server.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    write_text(output, json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"written to {output}")
    return 1 if report["failed_requests"] else 0


if __name__ == "__main__":
    sys.exit(main())
