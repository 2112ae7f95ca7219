"""The query page in a real browser: pick a query from the library, run it, see the table."""

from __future__ import annotations

import json
import re

import pytest
from serving import Served

pytestmark = pytest.mark.slow


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


@pytest.fixture(scope="module")
def server(curated_root):
    served = Served(curated_root)
    yield served
    served.stop()


def table_rows(page):  # noqa: F811
    headers = page.locator("#results thead th").all_inner_texts()
    return [dict(zip(headers, row.locator("td").all_inner_texts(), strict=True))
            for row in page.locator("#results tbody tr").all()]


def test_run_a_library_query_and_see_the_table(server, page, cli, tmp_path):  # noqa: F811
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("#library button").count() == len(
        json.loads(cli("queries", "--format", "json").stdout))
    page.click("button[data-query=endorsements]")
    expect(page.locator("#query")).to_have_value(re.compile(r"^# title: Who endorsed whom"))
    assert page.inner_text("#chosen-title") == "Who endorsed whom"
    page.click("#run")
    page.wait_for_selector("#results tbody tr")
    shown = table_rows(page)
    expected = json.loads(cli("query", "endorsements", "--format", "json").stdout)
    assert [(r["endorserLabel"], r["endorsedLabel"], r["quote"]) for r in shown] == [
        (r["endorserLabel"], r["endorsedLabel"], r["quote"]) for r in expected]
    assert page.inner_text("#status").startswith(f"{len(expected)} rows in ")
    assert page.locator("#results a").first.inner_text().startswith("kgr:")
    page.screenshot(path=str(tmp_path / "endorsements.png"), full_page=True)
    assert page.problems == []


def test_parameters_of_a_library_query(server, page, cli):  # noqa: F811
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")
    page.click("button[data-query=actor-ties]")
    actor = page.locator("#parameters input[name=actor]")
    assert actor.input_value() == "Kast"
    actor.fill("Milei")
    actor.dispatch_event("change")
    # the server binds the parameter in a confined worker, which a loaded machine may be
    # slow to start: more than the default five seconds
    expect(page.locator("#query")).to_have_value(re.compile(r"id/javier-milei>"),
                                                 timeout=20_000)
    page.click("#run")
    page.wait_for_selector("#results tbody tr")
    expected = json.loads(cli("query", "actor-ties", "-p", "actor=Milei", "--format",
                              "json").stdout)
    assert [(r["relation"], r["otherLabel"]) for r in table_rows(page)] == [
        (r["relation"], r["otherLabel"]) for r in expected]
    assert page.problems == []


def test_a_late_answer_for_old_parameters_keeps_the_new_query(server, page):  # noqa: F811
    """The default's query text, answered after the text for a parameter typed since, does not
    replace it: running it would answer for the old parameter."""
    held = []

    def hold_the_default(route):
        if "actor=Kast" in route.request.url and not held:
            held.append(route)
        else:
            route.continue_()

    page.route("**/queries/actor-ties?*", hold_the_default)
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")
    page.click("button[data-query=actor-ties]")
    actor = page.locator("#parameters input[name=actor]")
    actor.fill("Milei")
    actor.dispatch_event("change")
    expect(page.locator("#query")).to_have_value(re.compile(r"id/javier-milei>"),
                                                 timeout=20_000)
    with page.expect_response(lambda response: "actor=Kast" in response.url):
        held[0].continue_()
    page.evaluate("() => new Promise((done) => setTimeout(done, 200))")  # the answer is read
    assert "id/javier-milei>" in page.locator("#query").input_value()
    assert "id/jose-antonio-kast>" not in page.locator("#query").input_value()


def test_errors_show_on_the_page(server, page):  # noqa: F811
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")
    page.fill("#query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    page.click("#run")
    page.wait_for_selector("#error:not([hidden])")
    assert page.inner_text("#error").startswith("Error 403: SERVICE is not allowed")
    page.fill("#query", "SELECT * WHERE { ?s ?p }")
    page.keyboard.press("Control+Enter")
    expect(page.locator("#error")).to_contain_text("Error 400")
    assert "SPARQL syntax error at line 1" in page.inner_text("#error")
    assert page.locator("#results").is_hidden()


@pytest.fixture
def other_site(tmp_path):
    """A page on another origin of this machine (another port), as any site the user visits."""
    import functools
    import http.server
    import threading

    (tmp_path / "index.html").write_text("<!doctype html><title>elsewhere</title>")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    yield site.server_address[1]
    site.shutdown()
    site.server_close()
    thread.join(5)


def test_pages_of_other_sites_cannot_query_the_server(server, browser_page, other_site):
    """Chromium on a page of another origin fires every kind of request a page can at the
    server: a form-encoded fetch (no preflight), a no-cors GET, an image, a preflighted POST and
    a form submission. Each is refused before any query runs."""
    queries = {kind: f'ASK {{ ?s ?p "{kind}" }}' for kind in ("form", "nocors", "image",
                                                               "preflighted", "submit")}

    def ran() -> int:
        return len(re.findall(r'"(?:GET|POST) /sparql" 200 ', server.stderr()))

    before = ran()
    page = browser_page.page
    for origin in (f"http://127.0.0.1:{other_site}/", f"http://localhost:{other_site}/"):
        page.goto(origin)
        outcome = page.evaluate("""async ([endpoint, queries]) => {
            const tried = async (request) => {
                try { const r = await request(); return r.type === "opaque" ? "opaque" : r.status; }
                catch (error) { return "blocked"; }
            };
            const outcome = {
                form: await tried(() => fetch(endpoint, {method: "POST",
                    body: new URLSearchParams({query: queries.form})})),
                nocors: await tried(() => fetch(endpoint + "?" + new URLSearchParams(
                    {query: queries.nocors}), {mode: "no-cors"})),
                preflighted: await tried(() => fetch(endpoint, {method: "POST",
                    headers: {"Content-Type": "application/sparql-query"},
                    body: queries.preflighted})),
            };
            await new Promise((done) => {
                const image = new Image();
                image.onload = image.onerror = done;
                image.src = endpoint + "?" + new URLSearchParams({query: queries.image});
            });
            return outcome;
        }""", [server.endpoint, queries])
        assert outcome == {"form": "blocked", "nocors": "opaque", "preflighted": "blocked"}
        with page.expect_navigation():
            page.evaluate("""([endpoint, query]) => {
                const form = document.createElement("form");
                form.method = "POST";
                form.action = endpoint;
                const field = document.createElement("input");
                field.name = "query";
                field.value = query;
                form.append(field);
                document.body.append(form);
                form.submit();
            }""", [server.endpoint, queries["submit"]])
        assert page.inner_text("body").startswith("Error 403: requests from other web sites")
    # Refused before the query is read: per origin, the form fetch and the submission (POST),
    # the no-cors fetch and the image (GET), the preflight (OPTIONS); never the POST behind it.
    refused = re.findall(r'"(GET|POST|OPTIONS) /sparql" 403 \d+ ms ref \w+: requests from '
                         "other web sites are refused", server.stderr())
    assert sorted(refused) == ["GET"] * 4 + ["OPTIONS"] * 2 + ["POST"] * 4
    assert ran() == before
