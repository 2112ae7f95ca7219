"""The map in a real browser: what vis.js draws, what the controls do, what never loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import HOSTILE_ALIAS, HOSTILE_LABEL, HOSTILE_QUOTE, PROJECT, hostile_root

from graph.api import KnowledgeGraph
from graph.publish import map_graph, write_map

SCREENSHOT = PROJECT / "output" / "map-test.png"

DRAWN = """() => {
  const body = window.kgraphMap.network.body;
  return {nodes: body.nodeIndices.length, edges: body.edgeIndices.length};
}"""


@pytest.fixture(scope="module")
def curated_map(curated_root, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("browser-map") / "map.html"
    write_map(KnowledgeGraph(curated_root), target)
    return target


def open_map(recorded, path: Path):
    page = recorded.page
    page.goto(path.as_uri())
    page.wait_for_function("window.kgraphMap && window.kgraphMap.ready !== null")
    return page


def node_point(page, node_id: str) -> dict:
    """Where a node is on the screen, in page coordinates."""
    return page.evaluate(
        """(id) => {
          const net = window.kgraphMap.network;
          const dom = net.canvasToDOM(net.getPosition(id));
          const box = document.getElementById("network").getBoundingClientRect();
          return {x: box.left + dom.x, y: box.top + dom.y};
        }""",
        node_id,
    )


def test_draws_the_projection_and_requests_nothing(kg, curated_map, browser_page):
    page = open_map(browser_page, curated_map)
    graph = map_graph(kg)
    assert page.evaluate(DRAWN) == {"nodes": len(graph.nodes), "edges": len(graph.edges)}
    assert browser_page.requests_besides(curated_map.as_uri()) == []
    assert page.evaluate("performance.getEntriesByType('resource').length") == 0
    assert browser_page.errors == []
    assert page.evaluate("window.kgraphMap.network.physics.options.enabled") is False
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))


def test_search_focuses_kast(kg, curated_map, browser_page):
    page = open_map(browser_page, curated_map)
    kast = kg.resolve("Kast").id
    page.fill("#search", "Kast")
    page.press("#search", "Enter")
    page.wait_for_function(
        """(id) => {
          const net = window.kgraphMap.network;
          const at = net.getPosition(id), view = net.getViewPosition();
          return Math.hypot(at.x - view.x, at.y - view.y) < 1;
        }""",
        arg=kast,
    )
    assert page.evaluate("window.kgraphMap.network.getSelectedNodes()") == [kast]
    assert page.inner_text("#popup h3") == "José Antonio Kast"
    # Accents and case do not matter, as on the command line.
    assert page.evaluate("window.kgraphMap.find('jose antonio KAST')") == kast
    page.fill("#search", "Nobody Atall")
    page.press("#search", "Enter")
    assert page.inner_text("#search-status") == "no match"


def test_relation_filter_hides_endorsed(kg, curated_map, browser_page):
    page = open_map(browser_page, curated_map)
    others = [r for r in map_graph(kg).relations if r != "endorsed"]
    without = map_graph(kg, relations=others)
    page.uncheck("input[name=relation][value=endorsed]")
    assert page.evaluate(DRAWN) == {"nodes": len(without.nodes), "edges": len(without.edges)}
    drawn_labels = page.evaluate(
        """() => {
          const map = window.kgraphMap;
          return map.network.body.edgeIndices.map((id) => map.edges.get(id).label);
        }"""
    )
    assert drawn_labels and not any("endorsed" in label for label in drawn_labels)
    assert page.inner_text("#shown-edges") == str(len(without.edges))
    page.check("input[name=relation][value=endorsed]")
    graph = map_graph(kg)
    assert page.evaluate(DRAWN) == {"nodes": len(graph.nodes), "edges": len(graph.edges)}


@pytest.mark.parametrize("since, until", [("2025-11-17", ""), ("", "2025-11"), ("2025", "2025")])
def test_date_filter_matches_the_command_line(kg, curated_map, browser_page, since, until):
    page = open_map(browser_page, curated_map)
    expected = map_graph(kg, since=since or None, until=until or None)
    page.fill("#since", since)
    page.fill("#until", until)
    page.dispatch_event("#since", "change")
    page.dispatch_event("#until", "change")
    assert page.evaluate(DRAWN) == {"nodes": len(expected.nodes), "edges": len(expected.edges)}


def test_edge_popup_lists_claims_with_quotes(kg, curated_map, browser_page):
    page = open_map(browser_page, curated_map)
    graph = map_graph(kg)
    edge = next(e for e in graph.edges
                if {e.source.label, e.target.label} == {"José Antonio Kast", "Javier Milei"})
    page.evaluate(
        "([a, b]) => window.kgraphMap.network.fit({nodes: [a, b], animation: false})",
        [edge.source.id, edge.target.id],
    )
    a, b = node_point(page, edge.source.id), node_point(page, edge.target.id)
    page.mouse.click((a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2)
    page.wait_for_selector("#popup:not([hidden]) .claim")
    text = page.inner_text("#popup")
    assert "José Antonio Kast" in text and "Javier Milei" in text
    assert page.locator("#popup .claim").count() == len(edge.claims)
    for claim in edge.claims:
        for evidence in claim.evidence:
            assert evidence.quote in text
            assert evidence.source.label in text


def test_node_card_and_neighborhood(kg, curated_map, browser_page):
    page = open_map(browser_page, curated_map)
    kast = kg.resolve("Kast")
    card = kg.show("Kast")
    point = node_point(page, kast.id)
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("#popup:not([hidden]) dl")
    assert page.inner_text("#popup h3") == card.entity.label
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#popup:not([hidden]) dl")
    text = page.inner_text("#popup")
    assert card.entity.cls in text
    for fact in (*card.attributes["country"], *card.parties, *card.aliases):
        assert fact in text
    colors = page.evaluate(
        """() => Object.fromEntries(window.kgraphMap.nodes.get().map(
              (n) => [n.id, typeof n.color === "string" ? n.color : n.color.background]))"""
    )
    neighbors = {r.neighbor.id for r in kg.neighbors("Kast")} | {kast.id}
    dimmed = {node for node, color in colors.items() if color == "#e2e2e2"}
    assert dimmed == set(colors) - neighbors and dimmed
    page.mouse.click(5 + page.locator("#network").bounding_box()["x"],
                     5 + page.locator("#network").bounding_box()["y"])
    assert page.evaluate("window.kgraphMap.state.dimmed") is False
    assert page.is_hidden("#popup")


def test_physics_can_start_and_stop(curated_map, browser_page):
    page = open_map(browser_page, curated_map)
    enabled = "window.kgraphMap.network.physics.options.enabled"
    page.click("#physics")
    assert page.evaluate(enabled) is True
    assert page.inner_text("#physics") == "Stop physics"
    page.click("#physics")
    assert page.evaluate(enabled) is False


def test_injected_markup_stays_text(make_root, tmp_path, browser_page):
    kg = KnowledgeGraph(hostile_root(make_root))
    target = tmp_path / "hostile.html"
    write_map(kg, target)
    page = open_map(browser_page, target)
    evil = kg.resolve("kgr:evil").id
    point = node_point(page, evil)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#popup:not([hidden]) dl")
    assert page.inner_text("#popup h3") == HOSTILE_LABEL
    assert HOSTILE_ALIAS in page.inner_text("#popup")
    edge_id = page.evaluate(
        "(id) => window.kgraphMap.edges.get().find((e) => e.from === id || e.to === id).id", evil
    )
    page.evaluate(
        "(id) => window.kgraphMap.network.fit({nodes: id.split('|'), animation: false})", edge_id
    )
    ends = [node_point(page, end) for end in edge_id.split("|")]
    page.mouse.click(sum(p["x"] for p in ends) / 2, sum(p["y"] for p in ends) / 2)
    page.wait_for_selector("#popup:not([hidden]) .claim")
    assert HOSTILE_QUOTE in page.inner_text("#popup")
    page.fill("#search", HOSTILE_LABEL)
    page.press("#search", "Enter")
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("[window.kgPwned, window.kgPwned2, window.kgPwned3]") == [None] * 3
    assert browser_page.requests_besides(target.as_uri()) == []
    assert browser_page.errors == []


def test_missing_browser_skips_here_and_fails_under_ci(monkeypatch):
    import browser as fixture

    monkeypatch.setattr(fixture, "chromium_path", lambda: None)
    assert "chromium" in fixture.unavailable_reason()
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium is not installed"):
        fixture.require_browser()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="cannot run under CI"):
        fixture.require_browser()
