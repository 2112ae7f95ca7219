"""The HTTP side of `kgraph serve`: the wsgiref server, its settings, and who may ask.

A thread per connection (threads are enough: no query runs in them, each request waits on a
worker process), and connections are bounded: past a cap, a quick 503. So is each client's
time: a silence while the request arrives, the whole request, and the whole response each have
a limit, so slow clients cannot hold threads or results. Browsers are held to the server's own
names and origin (`Guard`): the Host header must name this server (DNS rebinding) and a request
from another web site is refused unless its origin was allowed with `--cors-origin`.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import ipaddress
import logging
import re
import socket
import threading
import time
import traceback
from dataclasses import dataclass
from http import HTTPStatus
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from graph.errors import ClientTooSlow, HttpError, InputError
from graph.serve.workers import WORKER_MEMORY

log = logging.getLogger("kgraph")

REASONS = {413: "Content Too Large", 422: "Unprocessable Content"}  # newer names than http's
# After the answer, what the client still sends (a refused body) is read and thrown away up to
# this much, so that it sees the answer rather than a reset connection; then it is closed.
LINGER_BYTES = 256 * 1024
LINGER_SECONDS = 1.0
WRITE_CHUNK = 64 * 1024
# At the connection cap, a connection that has not sent its request line and headers after this
# many seconds gives its place to a new one, which waits at most DISPLACE_WAIT for it.
DISPLACE_AFTER = 1.0
DISPLACE_WAIT = 1.0
CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # escaped in the log: a request cannot forge lines


@dataclass(frozen=True)
class ServerSettings:
    """What `kgraph serve` is started with: the address, the limits, who may ask."""

    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0
    workers: int = 2
    max_body_bytes: int = 1_000_000
    max_result_bytes: int = 20_000_000
    update_token: str | None = None
    max_connections: int = 64
    idle_timeout: float = 5.0  # how long a client may stall, sending or reading
    client_timeout: float = 30.0  # to send a whole request, and again to read a whole response
    max_memory_bytes: int = WORKER_MEMORY
    cors_origins: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ()


@dataclass
class Response:
    status: int
    body: bytes = b""
    media_type: str = "text/plain; charset=utf-8"
    headers: list = None

    def all_headers(self) -> list[tuple[str, str]]:
        headers = [("Content-Type", self.media_type), ("Content-Length", str(len(self.body))),
                   ("X-Content-Type-Options", "nosniff")]
        return headers + (self.headers or [])

    def status_line(self) -> str:
        return f"{self.status} {REASONS.get(self.status) or HTTPStatus(self.status).phrase}"

    def raw(self) -> bytes:
        """The whole response as it goes on the wire, for answers sent outside the WSGI app."""
        head = "".join(f"{name}: {value}\r\n" for name, value in self.all_headers())
        return f"HTTP/1.0 {self.status_line()}\r\n{head}\r\n".encode("latin-1") + self.body


def error_response(status: int, message: str, headers=()) -> Response:
    """A failure as endpoints commonly report it: plain text, status first."""
    body = f"Error {status}: {message}\n".encode()
    return Response(status, body, headers=list(headers))


def log_line(level: int, line: str) -> None:
    """One line, whatever the request put in it: control characters are escaped."""
    log.log(level, "%s", CONTROL.sub(lambda match: f"\\x{ord(match[0]):02x}", line))


# ---------------------------------------------------------------- who may ask


LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
AUTHORITY = re.compile(r"(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::([0-9]{1,5}))?")
CROSS_SITE = ("requests from other web sites are refused (start the server with --cors-origin "
              "ORIGIN to allow one)")
WRONG_HOST = ("the Host header does not name this server (start it with --allowed-host NAME to "
              "answer for another name)")


def parse_authority(text: str) -> tuple[str, int | None] | None:
    """(host, port) of a Host header or of an origin, lowercased; None when malformed."""
    match = AUTHORITY.fullmatch(text.strip().lower())
    if match is None or (match[1].startswith("[") and not _is_ip(match[1])):
        return None
    return match[1], int(match[2]) if match[2] else None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _origin(text: str) -> str:
    """An origin as browsers send it (`scheme://host[:port]`), lowercased; InputError if not."""
    scheme, _, authority = text.strip().lower().rstrip("/").partition("://")
    if scheme not in ("http", "https") or parse_authority(authority) is None:
        raise InputError(f"{text!r} is not an origin: give scheme://host[:port], such as "
                         "https://example.org")
    return f"{scheme}://{authority}"


class Guard:
    """What a browser may ask. The Host header must name this server: a page whose DNS name was
    rebound to the server's address sends its own name and is refused (421). A request from
    another web site (a foreign Origin, or `Sec-Fetch-Site` cross-site or same-site on the data
    routes) is refused (403) unless its origin is allowed, which then gets CORS headers: a form
    POST from another site skips the preflight, so refusing it is what stops it."""

    def __init__(self, settings: ServerSettings):
        self.bound = bracketed(settings.host.lower())
        self.local = {*LOOPBACK_NAMES, self.bound}  # answered with the server's own port
        self.named: set[tuple[str, int | None]] = set()  # --allowed-host; no port: any port
        for entry in settings.allowed_hosts:
            parsed = parse_authority(entry)
            if parsed is None:
                raise InputError(f"{entry!r} is not a host name: give NAME or NAME:PORT")
            self.named.add(parsed)
        self.origins = {_origin(origin) for origin in settings.cors_origins}

    def host(self, environ) -> str:
        """The request's host and port as this server knows them; HttpError 421 otherwise. An IP
        address is always accepted: rebinding needs a name the attacker controls."""
        port = int(environ.get("SERVER_PORT") or 80)
        text = environ.get("HTTP_HOST")
        if text is None:  # HTTP/1.0 clients may leave it out; browsers never do
            return f"{self.bound}:{port}"
        parsed = parse_authority(text)
        if parsed is None:
            raise HttpError(421, WRONG_HOST)
        host, given = parsed
        if not ((host, None) in self.named or (host, given or 80) in self.named
                or (given or 80) == port and (host in self.local or _is_ip(host))):
            raise HttpError(421, WRONG_HOST)
        return host if given is None else f"{host}:{given}"

    def cors_headers(self, environ, host: str) -> list[tuple[str, str]]:
        """The CORS headers of the answer; HttpError 403 for a request from another site."""
        vary = [("Vary", "Origin")] if self.origins else []
        origin = environ.get("HTTP_ORIGIN")
        if origin is not None:
            origin = origin.strip().lower()
            if origin in self.origins:
                return [("Access-Control-Allow-Origin", origin),
                        ("Access-Control-Expose-Headers", "Kgraph-Warning"), *vary]
            scheme, _, authority = origin.partition("://")
            if scheme not in ("http", "https") or authority != host:
                raise HttpError(403, CROSS_SITE)
        elif (environ.get("HTTP_SEC_FETCH_SITE") in ("cross-site", "same-site")
              and not _is_page(environ.get("PATH_INFO") or "/")):
            raise HttpError(403, CROSS_SITE)  # an <img> or a script's GET carries no Origin
        return vary


def _is_page(path: str) -> bool:
    """The query page and its files, which a link from anywhere may open."""
    return path == "/" or path.startswith("/static/")


# ---------------------------------------------------------------- serving


class _ClientSocket(io.RawIOBase):
    """The client's connection with time limits. A client may stall for `idle_timeout` at most
    (TimeoutError while it sends, ClientTooSlow while it reads), take `client_timeout` to send
    its request, and again to read the response. The response goes out in chunks, so a reader
    that stalls (or takes less than a chunk per idle period) is dropped, and the result it held
    freed, after seconds."""

    def __init__(self, sock: socket.socket, settings: ServerSettings):
        self.sock = sock
        self.settings = settings
        self.read_until = time.monotonic() + settings.client_timeout
        self.write_until: float | None = None
        self.too_slow = False

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.sock.settimeout(self._wait(self.read_until))
        return self.sock.recv_into(buffer)

    def write(self, data) -> int:
        if self.write_until is None:
            self.write_until = time.monotonic() + self.settings.client_timeout
        view = memoryview(data).cast("B")
        for start in range(0, len(view), WRITE_CHUNK):
            try:
                self.sock.settimeout(self._wait(self.write_until))
                self.sock.sendall(view[start:start + WRITE_CHUNK])
            except TimeoutError:
                self.too_slow = True
                raise ClientTooSlow from None
        return len(view)

    def _wait(self, deadline: float) -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the client's time is up")
        return min(left, self.settings.idle_timeout)


class _Handler(WSGIRequestHandler):
    def setup(self):
        self.connection = self.request
        self.wfile = _ClientSocket(self.request, self.server.settings)
        self.rfile = io.BufferedReader(self.wfile, 1 << 16)
        self.server.arriving(self.request)

    def parse_request(self):
        parsed = super().parse_request()
        if not self.server.arrived(self.request):  # displaced: its request is not served
            self.close_connection = True
            return False
        return parsed

    def handle(self):
        settings = self.server.settings
        try:
            super().handle()
        except TimeoutError:  # headers dribbled (slowloris) or a client gone silent
            self.send_error(408, "the request did not arrive within "
                            f"{settings.client_timeout:g} s (or paused for "
                            f"{settings.idle_timeout:g} s)")
        except ConnectionError:
            pass
        if self.wfile.too_slow:
            log.warning("%s: dropped: the response was not read within %g s (or stalled for "
                        "%g s)", self.client_address[0], settings.client_timeout,
                        settings.idle_timeout)

    def get_environ(self):
        environ = super().get_environ()
        lengths = self.headers.get_all("Content-Length") or []
        if len(lengths) > 1:  # refused as not a number, rather than one of them believed
            environ["CONTENT_LENGTH"] = ",".join(lengths)
        return environ

    def send_error(self, code, message=None, explain=None):
        """Errors found before the application (a malformed or late request) in the same plain
        text as its own."""
        self.close_connection = True
        message = message or HTTPStatus(code).phrase
        log_line(logging.INFO, f'{self.client_address[0]} "{getattr(self, "requestline", ""):.80}" '
                 f"{code}: {message}")
        with _quietly():
            self.wfile.write(error_response(code, message).raw())

    def log_message(self, format, *args):  # the application logs each request itself
        pass


class _Server(ThreadingMixIn, WSGIServer):
    """A thread per connection, at most `max_connections` of them. At the cap, a new connection
    takes the place of the oldest one still sending its request line and headers after
    DISPLACE_AFTER seconds (a slowloris holds its connection that way, a real client sends them
    at once), else gets a quick 503 and is closed rather than queued."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address, handler, settings: ServerSettings):
        self.settings = settings
        self._slots = threading.BoundedSemaphore(settings.max_connections)
        self._arriving: dict[socket.socket, float] = {}  # oldest first
        self._displaced: set[socket.socket] = set()  # closed to make room, until they end
        self._arriving_lock = threading.Lock()
        super().__init__(address, handler)

    def arriving(self, connection: socket.socket) -> None:
        with self._arriving_lock:
            self._arriving[connection] = time.monotonic()

    def arrived(self, connection: socket.socket) -> bool:
        """Note that the request on `connection` has arrived; False if it was displaced."""
        with self._arriving_lock:
            self._arriving.pop(connection, None)
            displaced = connection in self._displaced
            self._displaced.discard(connection)
            return not displaced

    def _displace_slowest(self) -> bool:
        """Close the oldest connection whose request has not arrived after DISPLACE_AFTER
        seconds; its thread ends and frees its slot."""
        with self._arriving_lock:
            oldest = next(iter(self._arriving.items()), None)
            if oldest is None or time.monotonic() - oldest[1] < DISPLACE_AFTER:
                return False
            del self._arriving[oldest[0]]
            self._displaced.add(oldest[0])
        with _quietly():
            log.warning("%s: dropped: no request after %.1f s, and the connections are at their "
                        "limit", oldest[0].getpeername()[0], time.monotonic() - oldest[1])
            oldest[0].shutdown(socket.SHUT_RDWR)
        return True

    def process_request(self, request, client_address):
        if not self._slots.acquire(blocking=False) and not (
                self._displace_slowest() and self._slots.acquire(timeout=DISPLACE_WAIT)):
            self._refuse(request, client_address)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.arrived(request)
            self._slots.release()

    def _refuse(self, request, client_address) -> None:
        # In the accepting thread, so nothing here may wait on the client.
        limit = self.settings.max_connections
        log.warning("%s: refused: %d connections are open, the limit", client_address[0], limit)
        request.setblocking(False)
        with _quietly():
            request.recv(LINGER_BYTES)  # what already arrived, so that closing does not reset
        with _quietly():
            request.send(error_response(503, f"the server has {limit} connections open, its "
                                        "limit; try again in a moment",
                                        [("Retry-After", "1")]).raw())
        self.shutdown_request(request, linger=False)

    def shutdown_request(self, request, linger: bool = True):
        """Close after the answer; first read what the client still sends for a moment (up to
        LINGER_BYTES), so that a client still sending a refused body sees the answer."""
        with _quietly():
            request.shutdown(socket.SHUT_WR)
            deadline, left = time.monotonic() + LINGER_SECONDS, LINGER_BYTES if linger else 0
            while left > 0 and (wait := deadline - time.monotonic()) > 0:
                request.settimeout(wait)
                chunk = request.recv(min(left, 1 << 16))
                left = left - len(chunk) if chunk else 0
        self.close_request(request)

    def handle_error(self, request, client_address):
        log.warning("%s: connection failed: %s", client_address[0],
                    traceback.format_exc(limit=1).strip().splitlines()[-1])


class _Server6(_Server):
    address_family = socket.AF_INET6


class _quietly:
    """Ignore a client that has gone: sending it an answer is a courtesy."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace):
        return kind is not None and issubclass(kind, OSError)


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def listen(settings: ServerSettings, app) -> WSGIServer:
    """A server for the WSGI application `app` on the settings' address, ready to
    `serve_forever`; InputError when the address cannot be taken."""
    server_class = _Server6 if ":" in settings.host else _Server
    try:
        httpd = server_class((settings.host, settings.port), _Handler, settings)
    except OSError as error:
        raise InputError(f"cannot listen on {settings.host}:{settings.port}: {error}") from None
    httpd.set_app(app)
    _return_freed_results()
    return httpd


def _return_freed_results() -> None:
    """glibc raises its mmap threshold (up to 32 MB) each time a large block is freed, after
    which results that passed through the server are carved from thread arenas and stay in its
    memory (30 dropped readers of an 18 MB result left 476 MB); a fixed threshold gives each
    result back to the system when it is freed."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to tune
        m_mmap_threshold = -3
        ctypes.CDLL(None).mallopt(m_mmap_threshold, 1 << 20)
