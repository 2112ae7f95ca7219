"""`kgraph serve` started for tests on 127.0.0.1 with a free port, and stopped by its PID; HTTP
requests to it as a client sends them, and raw exchanges for the requests no well-behaved client
sends; the `kgraph` command run as a child process; a loopback listener that queries must never
reach."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

START_TIMEOUT = 120
# A query that runs for minutes (a cross product of the whole store) and a quick one.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SIMPLE = "SELECT ?who WHERE { ?who kg:endorsed kgr:jose-antonio-kast } ORDER BY ?who"
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


# ---------------------------------------------------------------- HTTP as clients send it


def http(url: str, *, method: str = "GET", data: bytes | None = None, headers=None):
    """(status, headers, body) without raising on 4xx/5xx."""
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def get(server, query: str, accept: str | None = None, **extra):
    params = urllib.parse.urlencode({"query": query, **extra})
    return http(f"{server.endpoint}?{params}", headers={"Accept": accept} if accept else {})


def post_form(server, query: str, accept: str | None = None):
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    return http(server.endpoint, method="POST", headers=headers,
                data=urllib.parse.urlencode({"query": query}).encode())


def post_direct(server, query: str, accept: str | None = None):
    headers = {"Content-Type": "application/sparql-query"}
    if accept:
        headers["Accept"] = accept
    return http(server.endpoint, method="POST", headers=headers, data=query.encode())


def rows_from_json(body: bytes) -> list[dict]:
    data = json.loads(body)
    names = data["head"]["vars"]
    return [{n: b[n]["value"] if n in b else None for n in names}
            for b in data["results"]["bindings"]]


# ---------------------------------------------------------------- the command as a child process

# The `kgraph` entry point (graph.cli:main) run by this interpreter: the same code the installed
# script runs, and a crash (a signal) shows as such instead of taking the tests down with it.
KGRAPH = [sys.executable, "-m", "graph.cli"]


def run_kgraph(root: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*KGRAPH, "--root", str(root), "-q", *args], capture_output=True,
                          text=True, timeout=timeout)


def assert_clean_exit(result: subprocess.CompletedProcess) -> None:
    """Exit 0, or exit 1 with exactly one `Error: ...` line on stderr; never a traceback, a
    signal or several error lines."""
    described = f"exit {result.returncode}\nstderr:\n{result.stderr[-3000:]}"
    assert result.returncode in (0, 1), described
    assert "Traceback" not in result.stderr, described
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    if result.returncode == 1:
        assert len(errors) == 1 and result.stderr.strip() == errors[0], described
    else:
        assert errors == [], described


# ---------------------------------------------------------------- a listener nothing may reach


class Listener:
    """A TCP listener on loopback, on 127.0.0.1 and on ::1 at the same port, that records every
    connection and the bytes it received. An HTTP request gets a valid answer carrying `MARKER`
    (SPARQL JSON results, or N-Triples for a LOAD), so a query that reached it would succeed
    and show the marker rather than fail on a bad answer."""

    MARKER = "the-listener-was-reached"
    GRACE = 0.1  # seconds for a connection made just now to be accepted and counted

    def __init__(self):
        self.sockets = _loopback_sockets()
        self.port = self.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.has_ipv6 = len(self.sockets) > 1
        self._connections: list[bytearray] = []
        self._reported = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def received(self) -> list[bytes]:
        """What each connection so far sent (empty bytes for a connection that sent nothing)."""
        time.sleep(self.GRACE)
        with self._lock:
            return [bytes(c) for c in self._connections]

    def new_connections(self) -> list[bytes]:
        """What each connection made since the last call sent."""
        received = self.received
        fresh, self._reported = received[self._reported:], len(received)
        return fresh

    def _accept(self):
        while not self._stop.is_set():
            ready, _, _ = select.select(self.sockets, [], [], 0.02)
            for listening in ready:
                try:
                    connection, _ = listening.accept()
                except OSError:
                    continue
                data = bytearray()
                with self._lock:
                    self._connections.append(data)
                threading.Thread(target=self._answer, args=(connection, data),
                                 daemon=True).start()

    def _answer(self, connection: socket.socket, data: bytearray):
        with connection:
            connection.settimeout(1)
            with contextlib.suppress(OSError):
                while b"\r\n\r\n" not in data and len(data) < 65536:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    with self._lock:
                        data.extend(chunk)
                if re.match(rb"[A-Z]+ \S+ HTTP/", data):
                    connection.sendall(self._response(bytes(data)))

    def _response(self, request: bytes) -> bytes:
        if b"sparql-results" in request or request.startswith(b"POST"):
            media = "application/sparql-results+json"
            marker = f'{{"type":"literal","value":"{self.MARKER}"}}'
            body = ('{"head":{"vars":["s","p","o","a","b","c","x","y","z"]},"results":'
                    f'{{"bindings":[{{"s":{marker},"p":{marker},"o":{marker},"a":{marker}}}]}}}}')
        else:
            media = "application/n-triples"
            body = f'<http://example.org/leak> <http://example.org/p> "{self.MARKER}" .\n'
        head = (f"HTTP/1.1 200 OK\r\nContent-Type: {media}\r\n"
                f"Content-Length: {len(body.encode())}\r\nConnection: close\r\n\r\n")
        return (head + body).encode()

    def close(self):
        self._stop.set()
        self._thread.join(5)
        for listening in self.sockets:
            listening.close()


def _loopback_sockets() -> list[socket.socket]:
    """A listening socket on 127.0.0.1 with a free port and, where IPv6 works, one on ::1 at the
    same port (a few ports are tried: the IPv6 one may be taken)."""
    for _ in range(20):
        ipv4 = socket.socket()
        ipv4.bind(("127.0.0.1", 0))
        ipv4.listen(64)
        try:
            ipv6 = socket.socket(socket.AF_INET6)
        except OSError:
            return [ipv4]
        try:
            ipv6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            ipv6.bind(("::1", ipv4.getsockname()[1]))
            ipv6.listen(64)
            return [ipv4, ipv6]
        except OSError as error:
            ipv6.close()
            if error.errno != errno.EADDRINUSE:
                return [ipv4]
            ipv4.close()
    raise RuntimeError("no free port on both 127.0.0.1 and ::1")


# ---------------------------------------------------------------- raw HTTP


def raw_exchange(port: int, request: bytes, *, close_write: bool = False, timeout: float = 20,
                 until_closed: bool = False) -> tuple[int | None, bytes, float]:
    """Send `request` as is to 127.0.0.1:`port`; (status, response, seconds). The status is
    None when the server closed the connection without a response or `timeout` passed;
    `close_write` ends the client's side after the request, as a client that is done does;
    `until_closed` reads on after a whole response until the server closes, so that a server
    waiting for more shows in the seconds."""
    started = time.monotonic()
    response = b""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(request)
        if close_write:
            connection.shutdown(socket.SHUT_WR)
        with contextlib.suppress(OSError):
            while (until_closed or not _complete(response)) and (
                    chunk := connection.recv(65536)):
                response += chunk
    match = re.match(rb"HTTP/1\.[01] (\d{3})", response)
    return (int(match.group(1)) if match else None), response, time.monotonic() - started


def _complete(response: bytes) -> bool:
    """A whole response by its Content-Length (a server that keeps the connection open)."""
    head, separator, body = response.partition(b"\r\n\r\n")
    length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    return bool(separator and length and len(body) >= int(length.group(1)))
