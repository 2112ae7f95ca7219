"""Push speed to a real Virtuoso: `kgraph push` against the bare INSERT DATA requests it sends.

Starts Virtuoso on loopback (as the tests do), generates and builds a synthetic root, then times
full pushes (the push record is dropped between runs, so every graph is sent again) and, as the
anchor, the least a client can do: read each graph from the store and send it in INSERT DATA
batches of the same size, with no clearing, fingerprints or records.
Writes output/bench-push.json and prints a table. Usage:

    python scripts/bench_push.py [--claims 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from graph.api import KnowledgeGraph  # noqa: E402
from graph.build.synthetic import generate  # noqa: E402
from graph.store.push import DEFAULT_BATCH_SIZE, PUSHED_GRAPH, push  # noqa: E402
from graph.store.remote import RemoteEngine  # noqa: E402
from tests.virtuoso import _stop, start_virtuoso  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kgraph-bench-push-"))
    server, process = start_virtuoso(work / "virtuoso")
    try:
        root = work / "root"
        generate(root, actors=max(20, args.claims // 3), claims=args.claims, seed=1)
        store = KnowledgeGraph(root).engine.store
        triples = len(store)
        engine = RemoteEngine(server.query_url, server.update_url, server.user, server.password,
                              timeout=300)
        pushes, anchors = [], []
        for _ in range(args.runs):
            engine.update(f"DROP SILENT GRAPH <{PUSHED_GRAPH}>")
            report = push(store, engine)
            pushes.append(report.seconds)
            engine.update(" ;\n".join(f"CLEAR SILENT GRAPH <{g.value}>"
                                       for g in store.named_graphs()))
            started = time.perf_counter()
            for graph in store.named_graphs():
                quads = store.quads_for_pattern(None, None, None, graph)
                while batch := list(itertools.islice(quads, DEFAULT_BATCH_SIZE)):
                    lines = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in batch)
                    engine.update(f"INSERT DATA {{ GRAPH <{graph.value}> {{\n{lines} .\n}} }}",
                                  prefixes=False)
            anchors.append(time.perf_counter() - started)
        push_s, anchor_s = statistics.median(pushes), statistics.median(anchors)
        result = {
            "claims": args.claims, "triples": triples, "batch_size": DEFAULT_BATCH_SIZE,
            "runs": args.runs, "push_seconds": pushes, "anchor_seconds": anchors,
            "push_triples_per_second": round(triples / push_s),
            "anchor_triples_per_second": round(triples / anchor_s),
            "ratio": round(push_s / anchor_s, 2),
        }
    finally:
        _stop(process)
        shutil.rmtree(work, ignore_errors=True)
    output = PROJECT / "output" / "bench-push.json"
    output.parent.mkdir(exist_ok=True)
    output.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{'what':<32} {'median s':>9} {'triples/s':>10}")
    print(f"{'kgraph push':<32} {push_s:>9.2f} {result['push_triples_per_second']:>10}")
    print(f"{'bare INSERT DATA batches':<32} {anchor_s:>9.2f} "
          f"{result['anchor_triples_per_second']:>10}")
    print(f"{triples} triples from {args.claims} claims; push / anchor = {result['ratio']}")


if __name__ == "__main__":
    main()
