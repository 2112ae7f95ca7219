"""`kgraph serve` at the HTTP level, as a hostile or broken client meets it: request bodies read
to their Content-Length and never past the limit, a connection cap, slow clients dropped, no
cross-site requests from browsers, the Host header checked (DNS rebinding) and never echoed,
client mistakes as 4xx, and one log line per error with the ref the client is given. Raw
sockets against a server started on 127.0.0.1 and stopped by PID."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import socket
import threading
import time
import urllib.parse

import pytest
from helpers import built_copy
from serving import SLOW, Served, cpu_seconds, get, http, raw_exchange, workers

pytestmark = pytest.mark.slow

IDLE = 1  # --idle-timeout
BUDGET = 4  # --client-timeout
CAP = 8  # --max-connections
BIG = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 36000"  # about 17 MB of JSON
CROSS_SITE = (b"Error 403: requests from other web sites are refused (start the server with "
              b"--cors-origin ORIGIN to allow one)\n")
WRONG_HOST = (b"Error 421: the Host header does not name this server (start it with "
              b"--allowed-host NAME to answer for another name)\n")


@pytest.fixture(scope="module")
def server(curated_root):
    served = Served(curated_root, "--idle-timeout", str(IDLE), "--client-timeout", str(BUDGET),
                    "--max-connections", str(CAP), "--max-body", "20000", "--timeout", "30",
                    "--workers", "2")
    yield served
    served.stop()


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """A server with updates, one allowed CORS origin and one more host name."""
    root = built_copy(tmp_path_factory.mktemp("deployment") / "root")
    served = Served(root, "--cors-origin", "https://app.example", "--allowed-host",
                    "kg.example.org", env={"KGRAPH_UPDATE_TOKEN": TOKEN})
    yield served
    served.stop()


TOKEN = "a-long-enough-secret-token"


# ---------------------------------------------------------------- raw HTTP


def request(server, method: str, target: str, *headers: str, host: str | None = "default",
            version: str = "HTTP/1.1") -> bytes:
    host_line = [f"Host: 127.0.0.1:{server.port}" if host == "default" else f"Host: {host}"]
    lines = [f"{method} {target} {version}", *(host_line if host is not None else []), *headers,
             "", ""]
    return "\r\n".join(lines).encode("utf-8")


def connect(server, receive_buffer: int | None = None) -> socket.socket:
    sock = socket.socket()
    if receive_buffer:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    sock.connect(("127.0.0.1", server.port))
    sock.settimeout(15)
    return sock


def read_answer(sock: socket.socket) -> tuple[bytes, float]:
    """Everything the server sends until it closes, and the seconds that took."""
    started, answer = time.monotonic(), b""
    try:
        while chunk := sock.recv(1 << 16):
            answer += chunk
    except ConnectionResetError:
        pass
    return answer, time.monotonic() - started


def exchange(server, data: bytes) -> tuple[int, bytes, float]:
    """(status, body, seconds) of one raw request; the client keeps its side open, so a server
    waiting for more would show in the seconds."""
    status, answer, seconds = raw_exchange(server.port, data, timeout=15, until_closed=True)
    return status or 0, answer.partition(b"\r\n\r\n")[2], seconds


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer else 0


def post_query(server, body: bytes, *headers: str) -> bytes:
    return request(server, "POST", "/sparql", "Content-Type: application/sparql-query",
                   *headers) + body


class Dribbler:
    """Sends one byte at a time on each socket every `interval` seconds, as a slowloris does,
    and notes when the server closes each one."""

    def __init__(self, sockets: list[socket.socket], text: bytes, interval: float):
        self.sockets, self.text, self.interval = sockets, text, interval
        self.closed_at: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        for position in range(len(self.text)):
            for index, sock in enumerate(self.sockets):
                if index not in self.closed_at:
                    try:
                        sock.send(self.text[position:position + 1])
                    except OSError:
                        self.closed_at[index] = time.monotonic()
            if self._stop.wait(self.interval):
                return

    def stop(self):
        self._stop.set()
        self._thread.join(5)


def wait_for_log(server, text: str, seconds: float = 10) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        lines = [line for line in server.stderr().splitlines() if text in line]
        if lines:
            return lines[-1]
        time.sleep(0.1)
    raise AssertionError(f"no log line with {text!r} in:\n{server.stderr()[-3000:]}")


def ref(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


# ---------------------------------------------------------------- request bodies


@pytest.mark.parametrize("length", ["-1", "+6", "0x6", "6.0", "6 6", "\u0666"])
def test_content_length_must_be_a_non_negative_integer(server, length):
    status, body, seconds = exchange(server, post_query(
        server, b"ASK {}", f"Content-Length: {length}"))
    assert (status, body) == (400, b"Error 400: Content-Length is not a non-negative integer\n")
    assert seconds < IDLE  # answered at once: nothing was read, not even to the idle timeout


def test_two_content_lengths_are_refused(server):
    status, body, _ = exchange(server, post_query(
        server, b"ASK {}", "Content-Length: 6", "Content-Length: 60"))
    assert (status, body) == (400, b"Error 400: Content-Length is not a non-negative integer\n")


def test_a_huge_declared_body_is_refused_unread(server):
    with connect(server) as sock:
        started = time.monotonic()
        sock.sendall(post_query(server, b"x" * 65536, "Content-Length: 200000000"))
        answer, _ = read_answer(sock)
        assert time.monotonic() - started < 2
        assert status_of(answer) == 413
        assert answer.endswith(b"Error 413: the request body has more than 20000 bytes, the "
                               b"limit of this endpoint\n")
        # The connection is closed: the rest of the 200 MB cannot be sent, the server reads
        # none of it.
        sent = 0
        with pytest.raises(OSError):
            while sent < 200_000_000:
                sent += sock.send(b"x" * (1 << 20))
        assert sent < 20_000_000 and time.monotonic() - started < 10
    assert get(server, "ASK {}")[0] == 200


def test_a_short_body_is_a_400_after_the_idle_timeout(server):
    status, body, seconds = exchange(server, post_query(
        server, b"ASK {}", "Content-Length: 100"))
    assert (status, body) == (400, b"Error 400: the request body stopped after 6 of the 100 "
                              b"bytes its Content-Length announced\n")
    assert IDLE - 0.1 <= seconds < IDLE + 2


def test_chunked_bodies_are_refused_with_411(server):
    status, body, _ = exchange(server, post_query(
        server, b"6\r\nASK {}\r\n0\r\n\r\n", "Transfer-Encoding: chunked"))
    assert (status, body) == (411, b"Error 411: send the body with a Content-Length; chunked "
                              b"transfer encoding is not accepted\n")


# ---------------------------------------------------------------- connections and slow clients


def test_connections_past_the_cap_get_a_quick_503(server):
    holders = [connect(server) for _ in range(CAP)]
    dribbler = Dribbler(holders, b"GET /sparql?query=ASK%7B%7D" + b"%20" * 100, IDLE / 3)
    try:
        time.sleep(0.3)  # every holder has its thread
        for _ in range(3):
            with connect(server) as extra:
                answer, seconds = read_answer(extra)  # sending nothing: only the refusal comes
            assert status_of(answer) == 503 and seconds < 1
            assert answer.endswith(b"Error 503: the server has 8 connections open, its limit; "
                                   b"try again in a moment\n")
            assert b"Retry-After: 1" in answer
        assert not dribbler.closed_at  # the held connections were not disturbed
    finally:
        dribbler.stop()
        for sock in holders:
            sock.close()
    deadline = time.monotonic() + 5
    while get(server, "ASK {}")[0] != 200:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert "refused: 8 connections are open, the limit" in server.stderr()


def test_at_the_cap_a_real_request_takes_the_place_of_the_oldest_slowloris(server):
    holders = [connect(server) for _ in range(CAP)]
    dribbler = Dribbler(holders, b"GET /sparql?query=ASK%7B%7D" + b"%20" * 100, IDLE / 3)
    try:
        time.sleep(1.5)  # every holder has been sending its request line for over a second
        for _ in range(2):
            with connect(server) as client:
                client.sendall(request(server, "GET", "/sparql?query=ASK%7B%7D"))
                answer, seconds = read_answer(client)
            assert status_of(answer) == 200 and answer.endswith(b'"boolean":true}')
            assert seconds < 2
    finally:
        dribbler.stop()
        for sock in holders:
            sock.close()
    # The oldest holders made room for the clients (one each at most: a client that finished
    # frees its own slot for the next).
    assert 1 <= server.stderr().count("dropped: no request after") <= 2


def test_a_slowloris_is_dropped_within_its_budget(server):
    with connect(server) as sock:
        started = time.monotonic()
        dribbler = Dribbler([sock], request(server, "GET", "/sparql?query=ASK%7B%7D",
                                            "X-Padding: " + "a" * 200), IDLE / 3)
        try:
            answer, _ = read_answer(sock)
        finally:
            dribbler.stop()
    seconds = time.monotonic() - started
    assert BUDGET - 0.5 <= seconds < BUDGET + 2
    assert status_of(answer) == 408
    assert answer.endswith(f"Error 408: the request did not arrive within {BUDGET} s (or "
                           f"paused for {IDLE} s)\n".encode())


def test_a_slow_reader_of_a_big_result_is_dropped(server):
    with connect(server, receive_buffer=4096) as sock:
        sock.sendall(request(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": BIG})))
        started = time.monotonic()
        line = wait_for_log(server, "dropped: the response was not read", BUDGET + 20)
        assert time.monotonic() - started < BUDGET + 15
        answer, _ = read_answer(sock)
    head, _, body = answer.partition(b"\r\n\r\n")
    declared = int(next(h for h in head.split(b"\r\n") if h.startswith(b"Content-Length:"))
                   .split(b":")[1])
    assert declared > 10_000_000 and len(body) < declared / 2
    assert line.endswith(f"dropped: the response was not read within {BUDGET} s (or stalled "
                         f"for {IDLE} s)")


# ---------------------------------------------------------------- browsers: Origin and Host


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1:1",
                                    "file://", "https://app.example"])
def test_requests_from_other_origins_are_refused(server, origin):
    form = b"query=ASK+%7B%7D"
    status, body, _ = exchange(server, request(
        server, "POST", "/sparql", f"Origin: {origin}",
        "Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(form)}")
        + form)
    assert (status, body) == (403, CROSS_SITE)
    status, body, _ = exchange(server, request(
        server, "OPTIONS", "/sparql", f"Origin: {origin}",
        "Access-Control-Request-Method: POST"))
    assert (status, body) == (403, CROSS_SITE)


@pytest.mark.parametrize("site", ["cross-site", "same-site"])
def test_fetches_from_other_sites_without_an_origin_are_refused(server, site):
    for target in ("/sparql?query=ASK%7B%7D", "/queries", "/prefixes"):
        status, body, _ = exchange(server, request(server, "GET", target,
                                                   f"Sec-Fetch-Site: {site}"))
        assert (status, body) == (403, CROSS_SITE)
    # A link from anywhere may still open the query page.
    status, _, _ = exchange(server, request(server, "GET", "/", f"Sec-Fetch-Site: {site}",
                                            "Sec-Fetch-Mode: navigate"))
    assert status == 200


def test_the_query_page_origin_is_answered_without_cors(server):
    own = f"http://127.0.0.1:{server.port}"
    for extra in ([f"Origin: {own}", "Sec-Fetch-Site: same-origin"], ["Sec-Fetch-Site: none"]):
        with connect(server) as sock:
            sock.sendall(post_query(server, b"ASK {}", *extra, "Content-Length: 6"))
            answer, _ = read_answer(sock)
        assert status_of(answer) == 200 and answer.endswith(b'"boolean":true}')
        assert b"access-control" not in answer.lower()


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "localhost",
                                  "localhost:1", "127.0.0.1:1", "localhost.evil.example:{port}",
                                  '127.0.0.1:{port}"><x', "[::g]:{port}", "a b:{port}", ""])
def test_a_host_that_is_not_this_server_is_421(server, host):
    host = host.format(port=server.port)
    for accept in ("application/ld+json", "text/turtle"):
        status, body, _ = exchange(server, request(server, "GET", "/sparql",
                                                   f"Accept: {accept}", host=host))
        assert (status, body) == (421, WRONG_HOST)
    status, body, _ = exchange(server, request(server, "GET", "/sparql?query=ASK%7B%7D",
                                               host=host))
    assert (status, body) == (421, WRONG_HOST)


@pytest.mark.parametrize("host", ["localhost:{port}", "LocalHost:{port}", "127.0.0.1:{port}",
                                  "[::1]:{port}", "127.0.0.7:{port}", None])
def test_the_service_description_names_the_checked_host(server, host):
    given = host.format(port=server.port) if host else None
    status, body, _ = exchange(server, request(server, "GET", "/sparql",
                                               "Accept: application/ld+json", host=given,
                                               version="HTTP/1.1" if given else "HTTP/1.0"))
    assert status == 200, body
    endpoints = {item["@id"] for node in json.loads(body) for item in
                 node.get("http://www.w3.org/ns/sparql-service-description#endpoint", [])}
    expected = (given or f"127.0.0.1:{server.port}").lower()
    assert endpoints == {f"http://{expected}/sparql"}
    if given and given != expected:  # the text as sent is never copied into the description
        assert given.encode() not in body


# ---------------------------------------------------------------- client mistakes and the log


def test_a_custom_function_is_a_400_logged_with_the_query_ref(server, cli):
    query = "SELECT (<http://ex/f>(1) AS ?x) {}"
    assert cli("query", query, expect=1).stderr == (
        "Error: the query cannot be evaluated: The custom function <http://ex/f> is not "
        "supported\n")
    status, _, body = get(server, query)
    assert (status, body) == (400, b"Error 400: the query cannot be evaluated: The custom "
                              b"function <http://ex/f> is not supported\n")
    line = wait_for_log(server, f"ref {ref(query)}")
    assert re.search(rf'"GET /sparql" 400 \d+ ms ref {ref(query)}: the query cannot be '
                     "evaluated: The custom function <http://ex/f> is not supported$", line)


NOT_UTF8 = "the request's parameters are not UTF-8"


@pytest.mark.parametrize("target,message", [
    ("/sparql?query=ASK%7B%7D&query=ASK%7B%7D", "give one query parameter, not 2"),
    ("/sparql?query=ASK%7B%7D&format=json&format=xml", "give one format parameter, not 2"),
    ("/queries/actor-ties?actor=Kast&actor=Milei", "give one actor parameter, not 2"),
    ("/sparql?query=ASK%7B%22%FF%22%7D", NOT_UTF8),
    ("/sparql?query=ASK%7B%7D&%C3=x", NOT_UTF8),
])
def test_duplicate_and_non_utf8_parameters_are_400(server, target, message):
    status, body, _ = exchange(server, request(server, "GET", target))
    assert (status, body) == (400, f"Error 400: {message}\n".encode())


def test_a_non_utf8_form_is_400(server):
    form = b"query=ASK+%7B%22\xff%22%7D"
    status, body, _ = exchange(server, request(
        server, "POST", "/sparql", "Content-Type: application/x-www-form-urlencoded",
        f"Content-Length: {len(form)}") + form)
    assert (status, body) == (400, b"Error 400: the request's parameters are not UTF-8\n")


def test_a_request_cannot_forge_log_lines(server):
    status, body, _ = exchange(server, request(server, "GET", "/x%0Akgraph:%20forged%0D"))
    assert (status, body) == (404, b"Error 404: nothing at /x\nkgraph: forged\r; the endpoint is "
                              b"/sparql\n")
    line = wait_for_log(server, "forged")
    assert line.endswith("nothing at /x\\x0akgraph: forged\\x0d; the endpoint is /sparql")
    assert not any(line.startswith("kgraph: forged") for line in server.stderr().splitlines())


def test_a_malformed_request_gets_a_plain_error(server):
    status, body, _ = exchange(server, b"NONSENSE\r\n\r\n")
    assert status == 400 and body.startswith(b"Error 400: Bad request syntax")


def test_an_internal_error_gives_the_ref_of_its_log_line(server):
    """A worker killed under a query: the client gets a ref, the log the cause under it."""
    answer: dict = {}

    def run_slow():
        answer["status"], _, answer["body"] = get(server, SLOW)

    thread = threading.Thread(target=run_slow)
    before = {pid: cpu_seconds(pid) for pid in workers(server.pid)}
    thread.start()
    time.sleep(1.5)
    busy = max(before, key=lambda pid: cpu_seconds(pid) - before[pid])
    os.kill(busy, signal.SIGKILL)
    thread.join(30)
    assert answer["status"] == 500
    assert answer["body"] == f"Error 500: internal error (ref {ref(SLOW)})\n".encode()
    line = wait_for_log(server, f"ref {ref(SLOW)}: ")
    assert re.search(rf'"GET /sparql" 500 \d+ ms ref {ref(SLOW)}: \S', line)


# ---------------------------------------------------------------- a deployment's options


def test_an_allowed_origin_gets_cors_headers(deployment):
    status, headers, body = http(deployment.endpoint, method="OPTIONS", headers={
        "Origin": "https://app.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, accept"})
    assert status == 204 and body == b""
    assert headers["Access-Control-Allow-Origin"] == "https://app.example"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    allowed = {h.strip().lower() for h in headers["Access-Control-Allow-Headers"].split(",")}
    assert {"content-type", "accept"} <= allowed
    status, headers, body = http(deployment.endpoint, method="POST", data=b"ASK {}", headers={
        "Origin": "https://app.example", "Sec-Fetch-Site": "cross-site",
        "Content-Type": "application/sparql-query"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "https://app.example"
    # A page of that origin may read the warnings about the query.
    assert headers["Access-Control-Expose-Headers"] == "Kgraph-Warning"
    assert "Origin" in headers.get_all("Vary")
    status, headers, body = http(deployment.endpoint, method="POST", data=b"ASK {}", headers={
        "Origin": "https://other.example", "Content-Type": "application/sparql-query"})
    assert (status, body) == (403, CROSS_SITE)


def test_an_allowed_host_is_answered_on_any_port(deployment):
    for host in ("kg.example.org", "kg.example.org:8443", "KG.example.org"):
        status, body, _ = exchange(deployment, request(deployment, "GET", "/sparql",
                                                       "Accept: text/turtle", host=host))
        assert status == 200
        assert f"<http://{host.lower()}/sparql>".encode() in body
    status, body, _ = exchange(deployment, request(deployment, "GET", "/sparql",
                                                   host="other.example.org"))
    assert (status, body) == (421, WRONG_HOST)


def test_clear_of_a_missing_graph_is_a_400(deployment):
    headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
    for update, message in (
        ("CLEAR GRAPH <http://ex/missing>", "The graph <http://ex/missing> does not exist"),
        ("DROP GRAPH <http://ex/missing>", "The graph <http://ex/missing> does not exist"),
    ):
        status, _, body = http(deployment.endpoint, method="POST", data=update.encode(),
                               headers=headers)
        assert (status, body) == (
            400, f"Error 400: the update cannot be evaluated: {message}\n".encode())
    status, _, _ = http(deployment.endpoint, method="POST", headers=headers,
                        data=b"CLEAR SILENT GRAPH <http://ex/missing>")
    assert status == 204


@pytest.mark.parametrize("option,value,message", [
    ("--cors-origin", "*", "Error: '*' is not an origin: give scheme://host[:port]"),
    ("--cors-origin", "app.example", "Error: 'app.example' is not an origin"),
    ("--allowed-host", "bad host", "Error: 'bad host' is not a host name: give NAME or "
     "NAME:PORT"),
])
def test_malformed_options_are_one_error_line(cli, option, value, message):
    result = cli("serve", "--port", "0", option, value, expect=1)
    assert result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1
