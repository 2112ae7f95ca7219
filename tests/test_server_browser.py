"""The query page in a real browser: pick a query from the library, run it, see the table."""

from __future__ import annotations

import json
import re

import pytest
from serving import Served

pytest_plugins = ["browser"]
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
    expect(page.locator("#query")).to_have_value(re.compile(r"id/javier-milei>"))
    page.click("#run")
    page.wait_for_selector("#results tbody tr")
    expected = json.loads(cli("query", "actor-ties", "-p", "actor=Milei", "--format",
                              "json").stdout)
    assert [(r["relation"], r["otherLabel"]) for r in table_rows(page)] == [
        (r["relation"], r["otherLabel"]) for r in expected]
    assert page.problems == []


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
