"""A real Virtuoso (Debian's virtuoso-opensource) for the tests, on loopback ports.

conftest.py loads it as a plugin (`pytest_plugins`); the session fixture is called `virtuoso`,
and `writer(virtuoso)` is an engine that may update it. It starts `virtuoso-t +foreground` with
a generated virtuoso.ini and a fresh database in a temporary folder, both servers (SQL and HTTP)
bound to 127.0.0.1 on free ports, and stops it by its PID at the end.

Updates: Virtuoso's public /sparql runs as the SQL user "SPARQL", which may only read. Granting
SPARQL_UPDATE to that user would let anyone on the machine write, so the fixture instead creates
a user of its own with a random password, grants it SPARQL_UPDATE and write access to every
graph, and writes through /sparql-auth, the endpoint Virtuoso ships for authenticated SPARQL
(HTTP digest only: it refuses basic credentials). For basic authentication it defines
/sparql-basic, the same SPARQL service behind basic auth. The dba password is changed to a random
one as well, since a fresh database accepts dba/dba.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.store.remote import RemoteEngine

STARTUP_SECONDS = 90
INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile    = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort           = 127.0.0.1:{sql_port}
DisableUnixSocket    = 1
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., {dir}
NumberOfBuffers      = 20000
MaxDirtyBuffers      = 15000
MaxClientConnections = 10
ThreadsPerQuery      = 2

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {dir}/vsp
ServerThreads        = 10
MaxClientConnections = 10
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 1000000
MaxQueryExecutionTime = 120
"""

SETUP_SQL = """\
DB.DBA.USER_CREATE ('{user}', '{password}');
GRANT SPARQL_UPDATE TO "{user}";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('{user}', 15);
DB.DBA.VHOST_DEFINE (lpath=>'/sparql-basic', ppath=>'/!sparql/', is_dav=>1, vsp_user=>'dba',
    opts=>vector('noinherit', 1), auth_fn=>'DB.DBA.HP_AUTH_SPARQL_USER', realm=>'SPARQL',
    sec=>'basic');
SET PASSWORD dba {dba_password};
"""


@dataclass
class Virtuoso:
    """A running server: where to query, where to update and with which credentials."""

    query_url: str
    update_url: str  # digest authentication
    basic_update_url: str  # basic authentication
    user: str
    password: str
    pid: int
    directory: Path
    sql_port: int
    dba_password: str

    def isql(self, sql: str) -> str:
        """Run SQL statements as dba through Virtuoso's own client; returns its output."""
        done = subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", self.dba_password],
            input=sql, capture_output=True, text=True, timeout=120, check=False,
        )
        if done.returncode != 0 or "*** Error" in done.stdout:
            raise RuntimeError(f"isql failed: {done.stdout}{done.stderr}")
        return done.stdout


def writer(server: Virtuoso, **options) -> RemoteEngine:
    return RemoteEngine(server.query_url, server.update_url, server.user, server.password,
                        **options)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    query = urllib.parse.urlencode({"query": "ASK {}"})
    try:
        with urllib.request.urlopen(f"{url}?{query}", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.kill(process.pid, signal.SIGTERM)  # Virtuoso checkpoints and exits on SIGTERM
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def start_virtuoso(directory: Path) -> tuple[Virtuoso, subprocess.Popen]:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "vsp").mkdir(exist_ok=True)
    sql_port, http_port = _free_port(), _free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(INI.format(dir=directory, sql_port=sql_port, http_port=http_port))
    log = (directory / "stdout.log").open("w")
    process = subprocess.Popen(
        [shutil.which("virtuoso-t"), "+foreground", "+configfile", str(ini)],
        cwd=directory, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )
    log.close()
    base = f"http://127.0.0.1:{http_port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    while not _answers(f"{base}/sparql"):
        if process.poll() is not None or time.monotonic() > deadline:
            _stop(process)
            output = (directory / "stdout.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"virtuoso-t did not start on port {http_port}:\n{output}")
        time.sleep(0.3)
    server = Virtuoso(
        query_url=f"{base}/sparql", update_url=f"{base}/sparql-auth",
        basic_update_url=f"{base}/sparql-basic", user="kgraph",
        password=secrets.token_hex(12), pid=process.pid, directory=directory,
        sql_port=sql_port, dba_password="dba",
    )
    new_dba_password = secrets.token_hex(12)
    try:
        server.isql(SETUP_SQL.format(user=server.user, password=server.password,
                                     dba_password=new_dba_password))
    except BaseException:
        _stop(process)
        raise
    server.dba_password = new_dba_password
    return server, process


@pytest.fixture(scope="session", name="virtuoso")
def virtuoso_server(tmp_path_factory):
    """A Virtuoso server for the whole session; skipped without virtuoso-t, except in CI."""
    if shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None:
        reason = "virtuoso-t is not installed (Debian package virtuoso-opensource)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI must run the Virtuoso tests")
        pytest.skip(reason)
    directory = tmp_path_factory.mktemp("virtuoso")
    server, process = start_virtuoso(directory)
    try:
        yield server
    finally:
        _stop(process)
        shutil.rmtree(directory, ignore_errors=True)
