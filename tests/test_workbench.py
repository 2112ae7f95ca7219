"""`kgraph review --web`: the workbench's server over HTTP. Who may ask (token, Host, Origin,
Sec-Fetch-Site), what the API checks before it writes, and the command that starts it."""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import signal
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from helpers import DATA, Cli
from serving import KGRAPH, http, raw_exchange

from graph.api import KnowledgeGraph
from graph.serve.workbench import start

EXAMPLE = DATA / "example.txt"
HOSTILE = '<img src=x onerror="window.kgPwned=1">'


def ingested_root(folder: Path) -> tuple[Path, str]:
    """A root made with `kgraph init`, with the example article ingested by the rules."""
    Cli(None)("init", str(folder))
    Cli(folder)("ingest", str(EXAMPLE), "--date", "2026-05-12", "--outlet", "Diario Andino",
                "--extractor", "rules")
    name = next(p.stem for p in (folder / "output" / "review").glob("*.json"))
    return folder, name


@contextlib.contextmanager
def workbench(root: Path, source: str | None = None):
    kg = KnowledgeGraph(root)
    bench = start(kg, source)
    thread = threading.Thread(target=bench.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield bench
    finally:
        bench.httpd.shutdown()
        bench.close()
        kg.close()


def base(bench) -> str:
    return bench.url.split("#")[0]


def call(bench, path: str, body=None, headers=None):
    """(status, JSON or text) of GET, or of a JSON POST when `body` is given."""
    sent = dict(headers or {})
    data = None
    if body is not None:
        sent.setdefault("Content-Type", "application/json")
        data = json.dumps(body).encode()
    status, answered, raw = http(base(bench) + path, method="POST" if data else "GET",
                                 data=data, headers=sent)
    if "json" in answered.get("Content-Type", ""):
        return status, json.loads(raw)
    return status, raw.decode()


def snapshot(root: Path) -> dict[str, bytes]:
    """The curated inputs and the review files: what a refused change must leave alone."""
    return {str(p.relative_to(root)): p.read_bytes()
            for folder in ("ontology", "seeds", "output/review")
            for p in sorted((root / folder).rglob("*")) if p.is_file()}


@pytest.fixture
def ingested(tmp_path) -> tuple[Path, str]:
    return ingested_root(tmp_path / "root")


@pytest.fixture
def bench(ingested):
    with workbench(ingested[0]) as running:
        yield running


def candidate(article: dict, relation: str, negated: bool = False) -> dict:
    return next(c for c in article["candidates"]
                if c["relation"] == relation and c["negated"] == negated)


# ---------------------------------------------------------------- who may ask


def test_the_token_is_required(bench):
    port = urlsplit(bench.url).port
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[A-Za-z0-9_-]{32}/", bench.url)
    for path in ("/", "/static/workbench.js", "/api/reviews", f"/{'x' * 32}/api/reviews",
                 f"/{bench.token[:-1]}/api/reviews", f"/api/{bench.token}/reviews"):
        status, _, body = http(f"http://127.0.0.1:{port}{path}")
        assert status == 401, path
        assert bench.token not in body.decode()
    status, headers, page = http(bench.url)
    assert status == 200
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "connect-src 'self'" in policy
    assert headers["X-Frame-Options"] == "DENY"
    # no outside resource: every script and style is the server's own, by a relative address
    assert not re.search(rb"(src|href)=\"(https?:)?//", page)
    status, reviews = call(bench, "api/reviews")
    assert status == 200
    [review] = reviews["reviews"]
    assert (review["candidates"], review["pending"], review["accepted"]) == (5, 5, 0)


def test_other_origins_sites_and_hosts_are_refused(bench, ingested):
    root, name = ingested
    before = snapshot(root)
    port = urlsplit(bench.url).port
    status, answer = call(bench, "api/reviews", headers={"Origin": "http://evil.example"})
    assert status == 403 and "other web sites" in answer["error"]
    status, _ = call(bench, "api/reviews", headers={"Sec-Fetch-Site": "cross-site"})
    assert status == 403
    status, _ = call(bench, "", headers={"Sec-Fetch-Site": "same-site"})
    assert status == 403
    status, _ = call(bench, f"api/source/{name}/candidates/1", {"action": "accept"},
                     headers={"Origin": f"http://localhost:{port + 1}"})
    assert status == 403
    request = (f"GET /{bench.token}/api/reviews HTTP/1.1\r\nHost: evil.example:{port}\r\n"
               "Connection: close\r\n\r\n").encode()
    status, response, _ = raw_exchange(port, request)
    assert status == 421
    for host in (f"10.0.0.1:{port}", f"127.0.0.1:{port + 1}"):
        request = (f"GET /{bench.token}/api/reviews HTTP/1.1\r\nHost: {host}\r\n"
                   "Connection: close\r\n\r\n").encode()
        assert raw_exchange(port, request)[0] == 421, host
    request = (f"GET /{bench.token}/api/reviews HTTP/1.1\r\nHost: localhost:{port}\r\n"
               "Connection: close\r\n\r\n").encode()
    assert raw_exchange(port, request)[0] == 200
    # the page's own origin may ask
    status, _ = call(bench, "api/reviews", headers={"Origin": f"http://127.0.0.1:{port}",
                                                    "Sec-Fetch-Site": "same-origin"})
    assert status == 200
    assert snapshot(root) == before


def test_writes_need_json(bench, ingested):
    _, name = ingested
    status, _, _ = http(base(bench) + f"api/source/{name}/candidates/1", method="POST",
                        data=b"action=accept",
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 415
    status, _, _ = http(base(bench) + "api/reviews", method="PUT", data=b"{}",
                        headers={"Content-Type": "application/json"})
    assert status == 405


# ---------------------------------------------------------------- reading


def test_the_article_and_its_candidates(bench, ingested):
    _, name = ingested
    status, article = call(bench, f"api/source/{name}")
    assert status == 200
    assert article["text"] == EXAMPLE.read_text(encoding="utf-8")
    assert len(article["candidates"]) == 5
    for row in article["candidates"]:
        [(start, end)] = row["spans"]
        assert article["text"][start:end] == row["evidence"]
    status, ontology = call(bench, "api/ontology")
    leader = next(r for r in ontology["relations"] if r["name"] == "leaderOf")
    assert leader["domain"].endswith("#Person") and leader["range"].endswith("#Organization")
    status, missing = call(bench, "api/source/999_nothing")
    assert status == 400 and "no ingested source" in missing["error"]
    status, _ = call(bench, "api/source/..%2F..%2Fetc")
    assert status in (400, 404)


def test_entity_search_ignores_case_and_accents_and_reads_aliases(bench, ingested):
    _, name = ingested
    _, found = call(bench, f"api/entities?q=BENITEZ&source={name}")
    assert found["hits"][0]["label"] == "Raúl Benítez" and found["hits"][0]["new"]
    _, found = call(bench, "api/entities?q=" + quote("kást"))
    assert found["hits"][0]["label"] == "José Antonio Kast"
    _, found = call(bench, "api/entities?q=JAK")
    assert [h["label"] for h in found["hits"]][:1] == ["José Antonio Kast"]


def test_suggested_ends_are_the_entities_of_the_span(bench, ingested):
    _, name = ingested
    _, article = call(bench, f"api/source/{name}")
    text = article["text"]
    start = text.index("La senadora")
    end = text.index("\n", start)
    status, answer = call(bench, f"api/source/{name}/suggest", {"start": start, "end": end})
    assert status == 200
    assert [m["label"] for m in answer["mentions"]][:2] == ["Elena Prado", "Raúl Benítez"]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in answer["mentions"])


# ---------------------------------------------------------------- writing


def test_accepting_writes_rebuilds_and_maps(bench, ingested):
    root, name = ingested
    _, article = call(bench, f"api/source/{name}")
    met = candidate(article, "met")
    status, answer = call(bench, f"api/source/{name}/candidates/{met['number']}",
                          {"action": "accept"})
    assert status == 200, answer
    assert answer["written"] == ["ontology/claims-ingested.ttl", "ontology/entities-ingested.ttl"]
    assert candidate(answer["article"], "met")["status"] == "accepted"
    status, headers, page = http(base(bench) + answer["map"])
    assert status == 200 and "Marta Quiroga" in page.decode()
    assert "connect-src" not in headers["Content-Security-Policy"]
    assert (root / "output" / "workbench").is_dir()
    neighbors = json.loads(Cli(root)("neighbors", "Benítez", "--format", "json").stdout)
    assert ("met", "Marta Quiroga") in {(r["relation"], r["neighbor"]) for r in neighbors}
    status, answer = call(bench, f"api/source/{name}/candidates/{met['number']}",
                          {"action": "reject"})
    assert status == 400 and "already accepted" in answer["error"]


def test_a_validation_failure_writes_nothing(bench, ingested):
    root, name = ingested
    _, article = call(bench, f"api/source/{name}")
    leader = candidate(article, "leaderOf")
    benitez = candidate(article, "met")["subject_key"]
    # leaderOf needs an organization as its object: refused on accepting, the edit undone
    before = snapshot(root)
    status, answer = call(bench, f"api/source/{name}/candidates/{leader['number']}",
                          {"action": "accept", "changes": {"object": {"key": benitez}}})
    assert status == 422 and answer["problems"]
    assert snapshot(root) == before
    # saved as asked, then refused on accepting
    status, _ = call(bench, f"api/source/{name}/candidates/{leader['number']}",
                     {"action": "edit", "changes": {"object": {"key": benitez}}})
    assert status == 200
    before = snapshot(root)
    status, answer = call(bench, f"api/source/{name}/candidates/{leader['number']}",
                          {"action": "accept"})
    assert status == 422
    assert answer["problems"] and any("range" in p or "Organization" in p
                                      for p in answer["problems"])
    assert snapshot(root) == before
    assert not (root / "ontology" / "claims-ingested.ttl").exists()


def test_edits_are_checked_before_they_are_saved(bench, ingested):
    root, name = ingested
    before = snapshot(root)
    path = f"api/source/{name}/candidates/1"
    for changes, message in [
        ({"relation": "befriended"}, "unknown relation"),
        ({"date": "2026-13-01"}, "YYYY"),
        ({"date": "2026", "date_precision": "day"}, "not known to the day"),
        ({"subject": {"key": "https://w3id.org/kgraph/id/nobody"}}, "no entity"),
        ({"object": {"new": {"label": "X", "class": "https://example.org/Thing"}}}, "class"),
        ({"qualifiers": {"colour": "red"}}, "unknown qualifier"),
        ({"claim": "kgc:x"}, "cannot change"),
    ]:
        status, answer = call(bench, path, {"action": "edit", "changes": changes})
        assert status == 400 and message in answer["error"], (changes, answer)
    assert snapshot(root) == before
    status, answer = call(bench, path, {"action": "edit", "changes": {
        "date": "2026-05", "date_precision": "month", "negated": True,
        "qualifiers": {"mode": "phoneCall"},
        "object": {"new": {"label": HOSTILE, "class": "https://w3id.org/kgraph/ontology#Person",
                           "aliases": ["Evil"]}}}})
    assert status == 200, answer
    edited = answer["article"]["candidates"][0]
    assert (edited["date"], edited["date_precision"], edited["negated"], edited["object"]) == (
        "2026-05", "month", True, HOSTILE)
    assert edited["qualifiers"] == {"mode": "phoneCall"}
    review = json.loads((root / "output" / "review" / f"{name}.json").read_text())
    assert any(e["label"] == HOSTILE and e["aliases"] == ["Evil"] for e in review["entities"])


def test_a_claim_from_a_selection_cites_the_text_verbatim(bench, ingested):
    root, name = ingested
    _, article = call(bench, f"api/source/{name}")
    text = article["text"]
    start = text.index("Benítez no se ha")
    end = text.index("\n", start)
    fields = {"subject": {"key": candidate(article, "met")["subject_key"]},
              "relation": "met", "negated": True,
              "object": {"new": {"label": "Tomás Aguirre",
                                 "class": "https://w3id.org/kgraph/ontology#Person"}}}
    before = snapshot(root)
    for start_at, end_at, quote_text in [(start, end, "Benítez se reunió con Aguirre"),
                                         (start, len(text) + 5, None), (end, start, None)]:
        status, answer = call(bench, f"api/source/{name}/claims", {
            "start": start_at, "end": end_at, "quote": quote_text, "fields": fields})
        assert status == 400, answer
    status, _ = call(bench, f"api/source/{name}/claims", {"start": start, "end": end,
                                                           "fields": {"relation": "met"}})
    assert status == 400
    assert snapshot(root) == before
    status, answer = call(bench, f"api/source/{name}/claims", {
        "start": start - 1, "end": end + 1, "quote": text[start - 1:end + 1], "fields": fields,
        "accept": True})
    assert status == 200, answer
    added = next(c for c in answer["article"]["candidates"] if c["number"] == answer["number"])
    assert added["evidence"] == text[start:end] and added["status"] == "accepted"
    assert added["pattern"] == "selected in the workbench"


def test_hostile_text_stays_data(bench, ingested):
    """Labels reach the page only as JSON (served as such, never sniffed as HTML); the page
    itself holds no data."""
    _, name = ingested
    call(bench, f"api/source/{name}/candidates/2", {"action": "edit", "changes": {
        "subject": {"new": {"label": HOSTILE, "class":
                            "https://w3id.org/kgraph/ontology#Person"}}}})
    status, headers, raw = http(base(bench) + f"api/source/{name}")
    assert headers["Content-Type"].startswith("application/json")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert json.loads(raw)["candidates"][1]["subject"] == HOSTILE
    _, _, page = http(bench.url)
    assert b"onerror" not in page
    for script in ("workbench.js", "entities.js"):
        _, _, code = http(base(bench) + f"static/{script}")
        assert b"innerHTML" not in code and b"insertAdjacentHTML" not in code


def test_duplicates_and_merging(bench, ingested):
    root, name = ingested
    status, answer = call(bench, "api/duplicates?limit=x")
    assert status == 400
    status, answer = call(bench, "api/duplicates")
    assert status == 200 and isinstance(answer["pairs"], list)
    before = snapshot(root)
    for body in ({"keep": "Kast", "drop": "Kast"}, {"keep": "Kast"},
                 {"keep": "Kast", "drop": "Vox"}):
        status, answer = call(bench, "api/merge", body)
        assert status == 400, (body, answer)
    assert snapshot(root) == before


def test_files_outside_the_page_are_not_served(bench):
    assert bench.httpd.server_address[0] == "127.0.0.1"
    for path in ("static/..%2F..%2Fworkbench.py", "static/../app.py", "maps/..%2F..%2Fx.html",
                 "maps/map.html", "static/", "api/nothing"):
        status, _, _ = http(base(bench) + path)
        assert status == 404, path


# ---------------------------------------------------------------- the command


def test_kgraph_review_web_prints_the_address_and_stops(ingested):
    root, name = ingested
    process = subprocess.Popen([*KGRAPH, "--root", str(root), "review", "--web", name],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, process.stderr.read()
        line = process.stdout.readline()
        url = re.search(r"(http://127\.0\.0\.1:\d+/\S+)", line).group(1)
        assert url.endswith(f"/#source={name}")
        status, _, _ = http(url.split("#")[0] + "api/reviews")
        assert status == 200
    finally:
        os.kill(process.pid, signal.SIGTERM)
        process.wait(15)
    assert process.returncode == 0
    assert "Traceback" not in process.stderr.read()


def test_kgraph_review_web_refuses_an_unknown_source_and_decisions(ingested):
    root, _ = ingested
    run = Cli(root)
    result = run("-q", "review", "--web", "999_nothing", expect=1)
    assert result.stderr.strip().startswith("Error: no ingested source")
    result = run("review", "--web", "--accept", "1", expect=2)
    assert "--web decides in the browser" in result.stderr
    started = time.monotonic()
    result = run("review", expect=2)
    assert "give the SOURCE" in result.stderr and time.monotonic() - started < 30
