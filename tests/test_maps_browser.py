"""The map in a real browser: what vis.js draws, what the controls do, what never loads;
labels that do not collide, popups inside the window, counts that follow the filters."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from browser import VIEWPORT
from helpers import (
    HOSTILE_ALIAS,
    HOSTILE_LABEL,
    HOSTILE_QUOTE,
    PROJECT,
    TINY_SOURCES,
    TINY_TEXT,
    hostile_root,
)

from graph.api import KnowledgeGraph
from graph.publish import map_graph, write_map

SCREENSHOTS = PROJECT / "tests" / "screenshots"
# Read on import: the tests run with every KGRAPH_* variable removed (conftest.py).
UPDATE_SCREENSHOTS = os.environ.get("KGRAPH_UPDATE_SCREENSHOTS") == "1"

DRAWN = """() => {
  const body = window.kgraphMap.network.body;
  return {nodes: body.nodeIndices.length, edges: body.edgeIndices.length};
}"""


@pytest.fixture(scope="module")
def curated_map(curated_root, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("browser-map") / "map.html"
    write_map(KnowledgeGraph(curated_root), target)
    return target


@pytest.fixture(scope="module")
def kast_map(curated_root, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("browser-map") / "map-kast.html"
    write_map(KnowledgeGraph(curated_root), target, center="Kast")
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
          return map.network.body.edgeIndices.map((id) => map.edges.get(id).summary);
        }"""
    )
    assert drawn_labels and not any("endorsed" in label for label in drawn_labels)
    assert page.inner_text("#shown-edges") == str(len(without.edges))
    assert page.inner_text("#shown-nodes") == str(len(without.nodes))
    assert page.inner_text("#shown-claims") == str(without.claims)
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
    assert page.inner_text("#shown-claims") == str(expected.claims)
    assert page.inner_text("#shown-edges") == str(len(expected.edges))


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
    titles = {r["s"]: r["t"] for r in kg.engine.select(
        "SELECT ?s ?t WHERE { ?s a kg:Source ; dcterms:title ?t }")}
    for claim in edge.claims:
        for evidence in claim.evidence:
            assert evidence.quote in text
            # A source is cited by its title, with no id.
            assert titles[evidence.source.iri] in text and evidence.source.id not in text


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
    assert card.descriptions["en"] in text
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


# Every visible node label's box and every node shape's box on the screen: positions from
# vis-network, label widths measured with the canvas's own font metrics.
BOXES = """() => {
  const net = window.kgraphMap.network;
  const frame = document.querySelector("#network canvas").getBoundingClientRect();
  const context = document.createElement("canvas").getContext("2d");
  const scale = net.getScale();
  const positions = net.getPositions();
  const screen = (point) => {
    const dom = net.canvasToDOM(point);
    return {x: frame.left + dom.x, y: frame.top + dom.y};
  };
  const found = [];
  for (const id of net.body.nodeIndices) {
    const node = net.body.nodes[id];
    const options = node.options;
    const at = screen(positions[id]);
    const size = options.size * scale;
    const shape = [at.x - size, at.y - size, at.x + size, at.y + size];
    let label = null;
    if (node.labelModule.visible()) {
      context.font = options.font.size + "px " + options.font.face;
      const lines = options.label.split("\\n");
      const width = Math.max(...lines.map((line) => context.measureText(line).width)) * scale;
      const top = screen({x: 0, y: node.labelModule.size.top}).y;
      const height = lines.length * options.font.size * scale;
      label = [at.x - width / 2, top, at.x + width / 2, top + height];
    }
    found.push({id, shape, label});
  }
  return {boxes: found, frame: [frame.left, frame.top, frame.right, frame.bottom]};
}"""


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside_window(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    return (box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= VIEWPORT["width"]
            and box["y"] + box["height"] <= VIEWPORT["height"])


@pytest.mark.parametrize("which", ["whole", "kast"])
def test_first_draw_labels_collide_with_no_label_nor_node_and_fill_the_canvas(
        curated_map, kast_map, browser_page, tmp_path, which):
    page = open_map(browser_page, curated_map if which == "whole" else kast_map)
    drawn = page.evaluate(BOXES)
    boxes = drawn["boxes"]
    labeled = [b for b in boxes if b["label"]]
    assert len(labeled) == len(boxes) > 20
    clashes = []
    for a in labeled:
        for b in boxes:
            if a is b:
                continue
            if b["label"] and overlap(a["label"], b["label"]):
                clashes.append((a["id"], "label", b["id"]))
            if overlap(a["label"], b["shape"]):
                clashes.append((a["id"], "node", b["id"]))
    assert clashes == []
    # The drawing, shapes and labels, spans most of the canvas and stays on it.
    everything = [b["shape"] for b in boxes] + [b["label"] for b in labeled]
    left, top = min(b[0] for b in everything), min(b[1] for b in everything)
    right, bottom = max(b[2] for b in everything), max(b[3] for b in everything)
    frame = drawn["frame"]
    assert frame[0] <= left and frame[1] <= top and right <= frame[2] and bottom <= frame[3]
    assert max((right - left) / (frame[2] - frame[0]),
               (bottom - top) / (frame[3] - frame[1])) >= 0.7
    assert browser_page.errors == []
    name = "map.png" if which == "whole" else "map-kast.png"
    page.screenshot(path=str(tmp_path / name))
    if UPDATE_SCREENSHOTS:
        SCREENSHOTS.mkdir(exist_ok=True)
        shutil.copy(tmp_path / name, SCREENSHOTS / name)


@pytest.mark.parametrize("which", ["whole", "kast"])
def test_legend_with_the_filters_fits_the_window(curated_map, kast_map, browser_page, which):
    page = open_map(browser_page, curated_map if which == "whole" else kast_map)
    assert page.locator("#panel section").count() == 1
    assert inside_window(page, "#legend")
    assert page.evaluate("(() => { const p = document.getElementById('panel');"
                         " return p.scrollHeight <= p.clientHeight; })()")
    assert page.locator("input[name=relation]").count() == len(
        page.evaluate("Object.keys(JSON.parse("
                      "document.getElementById('kgraph-data').textContent).relations)"))


def test_edges_have_no_drawn_text_and_show_their_relations_on_hover(kg, kast_map,
                                                                     browser_page):
    page = open_map(browser_page, kast_map)
    assert page.evaluate(
        """() => Object.values(window.kgraphMap.network.body.edges)
              .every((e) => e.options.label === undefined)"""
    )
    kast, milei = kg.resolve("Kast").id, kg.resolve("Milei").id
    a, b = node_point(page, kast), node_point(page, milei)
    page.mouse.move((a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2)
    page.wait_for_selector("#popup:not([hidden]) .summary")
    edge = next(e for e in map_graph(kg, center="Kast").edges
                if {e.source.id, e.target.id} == {kast, milei})
    from graph.publish import edge_style

    expected = edge_style(edge, map_graph(kg, center="Kast").relations)["label"]
    assert page.inner_text("#popup .summary") == expected


def test_popups_stay_inside_the_window(kg, kast_map, browser_page):
    page = open_map(browser_page, kast_map)
    kast, milei = kg.resolve("Kast").id, kg.resolve("Milei").id
    a, b = node_point(page, kast), node_point(page, milei)
    # Near Milei, at the bottom of the map: where the popup used to run off the window.
    page.mouse.click(a["x"] + 0.8 * (b["x"] - a["x"]), a["y"] + 0.8 * (b["y"] - a["y"]))
    page.wait_for_selector("#popup:not([hidden]) .claim")
    assert "Javier Milei" in page.inner_text("#popup h3")
    assert inside_window(page, "#popup")
    sources = page.locator("#popup .source").all_inner_texts()
    assert sources and not any("src:" in line or "(18-11-2025)" in line for line in sources)
    assert all(line.count("2025") == 1 for line in sources)
    for node in map_graph(kg, center="Kast").nodes.values():
        point = node_point(page, node.id)
        page.keyboard.press("Escape")  # the last card would cover the next node
        page.mouse.click(point["x"], point["y"])
        page.wait_for_function("(label) => document.querySelector('#popup h3') &&"
                               " document.querySelector('#popup h3').textContent === label",
                               arg=node.entity.label)
        assert page.is_visible("#popup")
        assert inside_window(page, "#popup"), node.entity.label


def test_time_slider_hides_claims_outside_its_range(kg, curated_map, browser_page):
    page = open_map(browser_page, curated_map)
    dates = page.evaluate("JSON.parse(document.getElementById('kgraph-data').textContent).dates")
    move = """([id, value]) => {
      const slider = document.getElementById(id);
      slider.value = String(value);
      slider.dispatchEvent(new Event("input"));
    }"""
    middle = len(dates) // 2
    page.evaluate(move, ["slider-from", middle])
    assert page.input_value("#since") == dates[middle]
    expected = map_graph(kg, since=dates[middle])
    assert page.evaluate(DRAWN) == {"nodes": len(expected.nodes), "edges": len(expected.edges)}
    assert page.inner_text("#shown-claims") == str(expected.claims)
    page.evaluate(move, ["slider-to", middle])
    both = map_graph(kg, since=dates[middle], until=dates[middle])
    assert page.input_value("#until") == dates[middle]
    assert page.inner_text("#shown-claims") == str(both.claims)
    assert both.claims < expected.claims < map_graph(kg).claims
    page.evaluate(move, ["slider-from", 0])
    page.evaluate(move, ["slider-to", len(dates) - 1])
    assert page.input_value("#since") == page.input_value("#until") == ""
    assert page.inner_text("#shown-claims") == str(map_graph(kg).claims)


def big_root(make_root, people: int = 320) -> Path:
    """More nodes than the layout keeps labels apart for: a hub everyone met, and a ring."""
    entities = ['kgr:hub a kg:Person ; rdfs:label "Centro" .'] + [
        f'kgr:p{i} a kg:Person ; rdfs:label "Persona {i}" .' for i in range(people)]
    quote = 'kg:evidence [ kg:source src:doc ; kg:quote "Ana Pérez se reunió con Bruno Díaz" ]'
    claims = [f"kgc:hub-{i} a kg:Claim ; kg:subject kgr:hub ; kg:relation kg:met ; "
              f"kg:object kgr:p{i} ; {quote} ." for i in range(people)]
    claims += [f"kgc:ring-{i} a kg:Claim ; kg:subject kgr:p{i} ; kg:relation kg:met ; "
               f"kg:object kgr:p{(i + 1) % people} ; {quote} ." for i in range(people)]
    return make_root("big", entities="\n".join(entities), claims="\n".join(claims),
                     sources=TINY_SOURCES, texts={"doc.txt": TINY_TEXT})


def test_big_map_shows_labels_by_degree_and_zoom(make_root, tmp_path, browser_page):
    kg = KnowledgeGraph(big_root(make_root))
    target = tmp_path / "big.html"
    write_map(kg, target)
    page = open_map(browser_page, target)
    visible = """(ids) => ids.map((id) =>
        window.kgraphMap.network.body.nodes[id].labelModule.visible())"""
    hub, person = kg.resolve("Centro").id, kg.resolve("Persona 7").id
    assert page.evaluate(visible, [hub, person]) == [True, False]
    page.evaluate(
        """(id) => window.kgraphMap.network.moveTo(
              {position: window.kgraphMap.network.getPosition(id), scale: 1.5})""", person)
    page.evaluate("window.kgraphMap.network.redraw()")
    assert page.evaluate(visible, [person]) == [True]
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
