"""Benchmark of `kgraph serve` under attack: simple-query latency and memory, side by side.

Starts the endpoint on 127.0.0.1 (a free port) and measures the latency of a simple query
(p50/p99, a new connection per request) idle, while 20 clients send slow queries, while a
parse bomb is sent over and over, and while 200 slow connections are open; then the peak
resident memory of the server and of its workers (summed, read from /proc) under each memory
attack: ORDER BY over a cartesian product, 30 slow readers of a big result, and bodies with
`Content-Length: -1` or a huge length. The anchor is the idle p50 (and the idle memory), measured
in the same run; every figure is reported beside it as a ratio. Each phase is capped in time,
so a run takes a few minutes on 2 cores. Results go to output/bench-security.json.

    python scripts/bench_security.py [--root DIR] [--workers 2] [--timeout 3] [--seconds 15]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import socket
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from bench_server import one_request, start_server, stop_server

SIMPLE = "SELECT ?who WHERE { ?who kg:endorsed kgr:jose-antonio-kast } ORDER BY ?who"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# 12 KB; each one different (its last term), so that no cache of verdicts answers it.
PARSE_BOMB = "SELECT * WHERE { FILTER(" + "1+" * 5999 + "{n}) }"
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
# About 15 MB of JSON on the curated graph, under the server's default result limit.
BIG_RESULT = "SELECT * WHERE { ?s ?p ?o . ?x ?y ?z } LIMIT 40000"


def path_of(query: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": query})


# ---------------------------------------------------------------- measuring


def percentile(sorted_values: list[float], fraction: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * fraction))]


def latency(port: int, samples: int, seconds: float) -> dict:
    """Simple queries one after the other, until `samples` answered or `seconds` passed. Each
    text differs by a comment, as other clients' queries do: no cache answers for the parser."""
    times, failed = [], 0
    deadline = time.monotonic() + seconds
    while len(times) < samples and time.monotonic() < deadline:
        path = path_of(f"{SIMPLE}\n# {time.monotonic_ns()}")
        elapsed, ok = one_request("127.0.0.1", port, path)
        times.append(elapsed)
        failed += not ok
    times.sort()
    return {"requests": len(times), "failed": failed,
            "p50_ms": round(1000 * percentile(times, 0.5), 2),
            "p99_ms": round(1000 * percentile(times, 0.99), 2)}


def rss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def descendants(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found |= {int(p) for p in (task / "children").read_text().split()}
    for child in list(found):
        found |= descendants(child)
    return found


class MemoryPeak:
    """Samples the resident memory of the server and of all its child processes (the workers
    and multiprocessing's small resource tracker) every 50 ms; keeps the peaks, in bytes."""

    def __init__(self, pid: int):
        self.pid = pid
        self.server = self.workers = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self):
        while not self._stop.is_set():
            self.server = max(self.server, rss_bytes(self.pid))
            self.workers = max(self.workers, sum(rss_bytes(c) for c in descendants(self.pid)))
            time.sleep(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(5)


class Pressure:
    """`count` threads each running `attack(stop)` until the block ends."""

    def __init__(self, count: int, attack):
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=attack, args=(self.stop,), daemon=True)
                        for _ in range(count)]

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        """Waits at most 60 s in all: an attack still held by the server is left behind."""
        self.stop.set()
        deadline = time.monotonic() + 60
        for thread in self.threads:
            thread.join(max(0.0, deadline - time.monotonic()))


# ---------------------------------------------------------------- attacks


def repeating(port: int, query: str):
    """Sends `query` again and again; a `{n}` in it is a number that changes every time."""
    numbers = itertools.count()

    def attack(stop: threading.Event):
        while not stop.is_set():
            one_request("127.0.0.1", port, path_of(query.replace("{n}", str(next(numbers)))))

    return attack


def slow_connections(port: int, count: int):
    """`count` connections that send a request head one header line every few seconds and
    never finish it; returns the attack and a counter of connections the server dropped."""
    dropped = [0]

    def attack(stop: threading.Event):
        sockets = []
        for _ in range(count):
            with contextlib.suppress(OSError):
                connection = socket.create_connection(("127.0.0.1", port), timeout=5)
                connection.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                sockets.append(connection)
        dropped[0] += count - len(sockets)
        while not stop.wait(2):
            for connection in list(sockets):
                try:
                    connection.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    sockets.remove(connection)
                    dropped[0] += 1
        for connection in sockets:
            connection.close()

    return attack, dropped


def slow_reader(port: int):
    """Asks for a big result and reads it a kilobyte at a time."""
    request = f"GET {path_of(BIG_RESULT)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()

    def attack(stop: threading.Event):
        with contextlib.suppress(OSError):
            connection = socket.socket()
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            connection.settimeout(5)
            connection.connect(("127.0.0.1", port))
            with connection:
                connection.sendall(request)
                while not stop.wait(0.2) and connection.recv(1024):
                    pass

    return attack


def endless_body(port: int, length: str, chunk_mb: int = 32):
    """A POST whose body goes on for `chunk_mb` MB whatever its Content-Length says, as fast
    as the server takes it; stops when the server closes or answers."""
    head = (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
            f"application/sparql-query\r\nContent-Length: {length}\r\n\r\n").encode()
    chunk = b"#" * 65536

    def attack(stop: threading.Event):
        with contextlib.suppress(OSError):
            with socket.create_connection(("127.0.0.1", port), timeout=2) as connection:
                connection.sendall(head)
                for _ in range(chunk_mb * 16):
                    if stop.is_set():
                        break
                    connection.sendall(chunk)

    return attack


# ---------------------------------------------------------------- the run


def still_answers(port: int) -> bool:
    return one_request("127.0.0.1", port, path_of(SIMPLE))[1]


def latency_phases(port: int, args) -> dict:
    phases = {}
    slow_links, dropped = slow_connections(port, 200)
    for name, count, attack in (
        ("20 clients sending slow queries", 20, repeating(port, SLOW)),
        ("a parse bomb sent repeatedly", 4, repeating(port, PARSE_BOMB)),
        ("200 slow connections open", 1, slow_links),
    ):
        print(f"latency: {name}...", file=sys.stderr, flush=True)
        started = time.monotonic()
        with Pressure(count, attack):
            # The attack is under way, and its slow connections older than the second after
            # which the server lets a new connection displace one.
            time.sleep(3)
            phases[name] = latency(port, args.samples, args.seconds)
        phases[name]["phase_s"] = round(time.monotonic() - started, 1)
        if attack is slow_links:
            phases[name]["slow_connections_dropped_by_server"] = dropped[0]
        phases[name]["answers_afterwards"] = still_answers(port)
    return phases


def memory_phases(pid: int, port: int, args) -> dict:
    phases = {}
    for name, count, attack in (
        ("ORDER BY over a cartesian product", 2, repeating(port, CARTESIAN)),
        ("30 slow readers of a big result", 30, slow_reader(port)),
        ("Content-Length -1 bodies", 8, endless_body(port, "-1")),
        ("huge Content-Length bodies", 8, endless_body(port, "200000000")),
    ):
        print(f"memory: {name}...", file=sys.stderr, flush=True)
        started = time.monotonic()
        with MemoryPeak(pid) as peak, Pressure(count, attack):
            time.sleep(args.seconds)
        phases[name] = {"server_peak_mb": round(peak.server / 2**20, 1),
                        "workers_peak_mb": round(peak.workers / 2**20, 1),
                        "answers_afterwards": still_answers(port),
                        "phase_s": round(time.monotonic() - started, 1)}
    return phases


def table(report: dict) -> str:
    anchor = report["idle"]["p50_ms"]
    lines = ["| latency of a simple query | p50 | ratio | p99 | ratio | failed |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, figures in {"idle (anchor)": report["idle"], **report["latency"]}.items():
        lines.append(f"| {name} | {figures['p50_ms']} ms | {figures['p50_ms'] / anchor:.1f}× | "
                     f"{figures['p99_ms']} ms | {figures['p99_ms'] / anchor:.1f}× | "
                     f"{figures['failed']}/{figures['requests']} |")
    idle = report["idle_memory"]
    lines += ["", "| memory attack | server peak | ratio | workers peak | ratio | answers after |",
              "|---|---:|---:|---:|---:|---|"]
    for name, figures in {"idle (anchor)": {**idle, "answers_afterwards": True},
                          **report["memory"]}.items():
        lines.append(
            f"| {name} | {figures['server_peak_mb']} MB | "
            f"{figures['server_peak_mb'] / idle['server_peak_mb']:.1f}× | "
            f"{figures['workers_peak_mb']} MB | "
            f"{figures['workers_peak_mb'] / idle['workers_peak_mb']:.1f}× | "
            f"{'yes' if figures['answers_afterwards'] else 'NO'} |")
    return "\n".join(lines)


def with_ratios(report: dict) -> None:
    anchor = report["idle"]["p50_ms"]
    for figures in report["latency"].values():
        figures["p50_ratio"] = round(figures["p50_ms"] / anchor, 2)
        figures["p99_ratio"] = round(figures["p99_ms"] / anchor, 2)
    idle = report["idle_memory"]
    for figures in report["memory"].values():
        figures["server_ratio"] = round(figures["server_peak_mb"] / idle["server_peak_mb"], 2)
        figures["workers_ratio"] = round(figures["workers_peak_mb"] / idle["workers_peak_mb"],
                                         2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=3, help="the server's time limit")
    parser.add_argument("--samples", type=int, default=200, help="simple queries per phase")
    parser.add_argument("--seconds", type=float, default=15, help="cap of each phase")
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    from graph.api import KnowledgeGraph
    from graph.build.pipeline import ensure_store
    from graph.publish import write_text

    kg = KnowledgeGraph(args.root)
    ensure_store(kg.root)  # built first if it is missing or stale
    process, _, port = start_server(args.root, args.workers, "--timeout", str(args.timeout))
    try:
        still_answers(port)  # warm up
        with MemoryPeak(process.pid) as idle_memory:
            idle = latency(port, args.samples, args.seconds)
        report = {
            "what": "kgraph serve on loopback under attack: simple-query latency (a connection "
                    "per request) and peak resident memory of the server and its workers",
            "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
            "server": {"workers": args.workers, "timeout_s": args.timeout},
            "phase_cap_s": args.seconds,
            "idle": idle,
            "idle_memory": {"server_peak_mb": round(idle_memory.server / 2**20, 1),
                            "workers_peak_mb": round(idle_memory.workers / 2**20, 1)},
            "latency": latency_phases(port, args),
            "memory": memory_phases(process.pid, port, args),
        }
    finally:
        stop_server(process)
    with_ratios(report)
    output = args.output or kg.root.output / "bench-security.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    write_text(output, json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(table(report))
    print(f"written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
