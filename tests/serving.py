"""`kgraph serve` started for tests on 127.0.0.1 with a free port, and stopped by its PID."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START_TIMEOUT = 120
ANNOUNCE = re.compile(r"kgraph SPARQL endpoint: (http://127\.0\.0\.1:(\d+)/)sparql")


def children(pid: int) -> set[int]:
    """The processes `pid` started (from /proc: the test reads the system, not the server)."""
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(p) for p in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def workers(pid: int) -> set[int]:
    """The server's query worker processes (not multiprocessing's resource tracker)."""
    found = set()
    for child in children(pid):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in command:
            found.add(child)
    return found


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of one process so far; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


class Served:
    """A running `kgraph serve`; `url` ends with a slash, `endpoint` is its /sparql."""

    def __init__(self, root: Path, *options: str, host: str | None = "127.0.0.1",
                 env: dict | None = None):
        self.log = tempfile.NamedTemporaryFile(prefix="kgraph-serve-", suffix=".log",
                                               delete=False)
        command = [sys.executable, "-m", "graph.cli", "--root", str(root), "serve",
                   "--port", "0", *(["--host", host] if host else []), *options]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=self.log,
                                        text=True, env={**os.environ, **(env or {})})
        self.pid = self.process.pid
        self.url = self._wait_for_announce()
        self.endpoint = self.url + "sparql"
        self.port = int(self.url.rsplit(":", 1)[1].strip("/"))
        self.workers = workers(self.pid)

    def _wait_for_announce(self) -> str:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.process.stdout], [], [], 1)
            if ready:
                line = self.process.stdout.readline()
                match = ANNOUNCE.search(line)
                if match:
                    self.announcement = line.rstrip("\n")
                    return match.group(1)
            if self.process.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"kgraph serve did not start:\n{self.stderr()}")

    def stderr(self) -> str:
        return Path(self.log.name).read_text(errors="replace")

    def stop(self) -> None:
        """SIGTERM to the server's PID, SIGKILL if it lingers; its workers must go with it."""
        workers = children(self.pid)
        if self.process.poll() is None:
            os.kill(self.pid, signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                os.kill(self.pid, signal.SIGKILL)
                self.process.wait(5)
        deadline = time.monotonic() + 10
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        for worker in workers:  # never leave a worker behind, even if the test failed
            if alive(worker):
                os.kill(worker, signal.SIGKILL)
        self.process.stdout.close()
        self.log.close()
        os.unlink(self.log.name)
