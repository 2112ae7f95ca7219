"""`kgraph map`: the projection, the page it writes, and what a user's mistake gives."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import (
    HOSTILE_ALIAS,
    HOSTILE_LABEL,
    HOSTILE_QUOTE,
    TINY_CLAIMS,
    TINY_ENTITIES,
    TINY_SOURCES,
    TINY_TEXT,
    Cli,
    hostile_root,
)

from graph.api import KnowledgeGraph
from graph.errors import InputError, UnknownNameError
from graph.publish import SEVERAL_RELATIONS_COLOR, map_graph, write_map
from graph.publish.map_labels import label_lines

# ---------------------------------------------------------------- helpers shared with the
# browser tests: a graph whose names and quotes try to inject markup into the page.

def page_data(html: str) -> dict:
    """The graph data a page carries, read back the way the page script reads it."""
    match = re.search(r'<script type="application/json" id="kgraph-data">(.*?)</script>',
                      html, re.S)
    assert match, "the page carries no graph data"
    return json.loads(match.group(1))


class Resources(HTMLParser):
    """Every element of a page that could make the browser fetch something."""

    def __init__(self):
        super().__init__()
        self.fetching: list[tuple[str, dict]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attributes = dict(attrs)
        if any(attributes.get(a) for a in ("src", "href", "srcset", "poster", "data")):
            self.fetching.append((tag, attributes))
        if tag == "link":
            self.fetching.append((tag, attributes))


# ---------------------------------------------------------------- the projection


def _claim_pairs(kg: KnowledgeGraph, relations=()) -> dict[frozenset, int]:
    """Claims per pair of entities, read with plain SPARQL: the independent answer."""
    restrict = ""
    if relations:
        restrict = "VALUES ?r { " + " ".join(f"kg:{r}" for r in relations) + " }"
    rows = kg.engine.select(
        f"""SELECT ?c ?s ?o WHERE {{ {restrict}
              ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o .
              FILTER NOT EXISTS {{ ?c kg:negated true }} }}"""
    )
    pairs: dict[frozenset, int] = {}
    for row in rows:
        key = frozenset((row["s"], row["o"]))
        pairs[key] = pairs.get(key, 0) + 1
    return pairs


def test_whole_map_has_every_claimed_tie_once(kg):
    graph = map_graph(kg)
    pairs = _claim_pairs(kg)
    assert {frozenset((e.source.iri, e.target.iri)) for e in graph.edges} == set(pairs)
    assert len(graph.edges) == len(pairs)
    assert {n for pair in pairs for n in pair} == set(graph.nodes)
    assert graph.claims == sum(pairs.values())
    for edge in graph.edges:
        assert len(edge.claims) == pairs[frozenset((edge.source.iri, edge.target.iri))]


def test_relation_filter_keeps_only_those_claims(kg):
    graph = map_graph(kg, relations=["endorsed", "met"])
    pairs = _claim_pairs(kg, ["endorsed", "met"])
    assert len(graph.edges) == len(pairs)
    assert {c.relation for e in graph.edges for c in e.claims} == {"endorsed", "met"}
    assert set(graph.relations) == {"endorsed", "met"}


def test_tiny_graph_known_answer(tiny_root):
    graph = map_graph(KnowledgeGraph(tiny_root))
    labels = {n.entity.label for n in graph.nodes.values()}
    assert labels == {"Ana Pérez", "Bruno Díaz", "Carla Ruiz", "Partido Azul"}
    by_pair = {frozenset((e.source.label, e.target.label)): e for e in graph.edges}
    assert set(by_pair) == {
        frozenset(("Ana Pérez", "Bruno Díaz")), frozenset(("Bruno Díaz", "Partido Azul")),
        frozenset(("Carla Ruiz", "Ana Pérez")),
    }
    ana = next(n for n in graph.nodes.values() if n.entity.label == "Ana Pérez")
    assert (ana.degree, ana.shape, ana.aliases) == (2, "dot", ["Ana"])
    party = next(n for n in graph.nodes.values() if n.entity.label == "Partido Azul")
    assert party.shape == "diamond" and party.color != ana.color
    bruno = next(n for n in graph.nodes.values() if n.entity.label == "Bruno Díaz")
    assert bruno.parties == ["Partido Azul"]


def test_tiny_graph_dates_filter_like_the_command_line(tiny_root):
    kg = KnowledgeGraph(tiny_root)
    # memberOf is undated: it is outside any bounded window.
    since = map_graph(kg, since="2024")
    assert [c.relation for e in since.edges for c in e.claims] == ["met"]
    until = map_graph(kg, until="2023-12")
    assert [c.relation for e in until.edges for c in e.claims] == ["endorsed"]
    assert len(map_graph(kg, since="2023", until="2024").edges) == 2


def test_arrows_for_directed_relations_none_for_symmetric(tiny_root):
    from graph.publish import edge_style

    graph = map_graph(KnowledgeGraph(tiny_root))
    styles = {c.relation: (e, edge_style(e, graph.relations)) for e in graph.edges
              for c in e.claims}
    met_edge, met = styles["met"]
    assert met["arrows"] == ""
    endorsed_edge, endorsed = styles["endorsed"]
    # Drawn from Carla to Ana, whichever end the edge starts at.
    expected = "to" if endorsed_edge.source.label == "Carla Ruiz" else "from"
    assert endorsed["arrows"] == expected
    assert met["color"] != endorsed["color"]
    assert endorsed["label"] == "endorsed"


def test_claims_between_one_pair_are_one_edge(make_root):
    claims = TINY_CLAIMS + """
kgc:bruno-endorsed-ana a kg:Claim ; kg:subject kgr:bruno ; kg:relation kg:endorsed ;
    kg:object kgr:ana ; kg:evidence [ kg:source src:doc ; kg:quote "Bruno Díaz es miembro" ] .
kgc:ana-endorsed-bruno a kg:Claim ; kg:subject kgr:ana ; kg:relation kg:endorsed ;
    kg:object kgr:bruno ; kg:evidence [ kg:source src:doc ; kg:quote "Ana Pérez se reunió" ] .
"""
    root = make_root(entities=TINY_ENTITIES, claims=claims, sources=TINY_SOURCES,
                     texts={"doc.txt": TINY_TEXT})
    from graph.publish import edge_style

    graph = map_graph(KnowledgeGraph(root))
    pair = [e for e in graph.edges if {e.source.label, e.target.label} ==
            {"Ana Pérez", "Bruno Díaz"}]
    assert len(pair) == 1
    edge = pair[0]
    assert sorted(c.relation for c in edge.claims) == ["endorsed", "endorsed", "met"]
    style = edge_style(edge, graph.relations)
    assert style["arrows"] == "to, from"
    assert style["color"] == SEVERAL_RELATIONS_COLOR
    assert set(style["label"].split(", ")) == {"met", "endorsed ×2"}


def test_center_map_is_the_neighborhood(kg):
    graph = map_graph(kg, center="Kast")
    rows = kg.neighbors("Kast")
    assert set(graph.nodes) == {rows[0].center.iri} | {r.neighbor.iri for r in rows}
    assert graph.claims == len(rows)
    assert graph.center.label == "José Antonio Kast"
    wider = map_graph(kg, center="Kast", depth=2)
    assert set(graph.nodes) < set(wider.nodes)
    assert wider.claims == len(kg.neighbors("Kast", depth=2))


def test_layout_places_every_node_apart(kg):
    graph = map_graph(kg)
    points = {(n.x, n.y) for n in graph.nodes.values()}
    assert len(points) == len(graph.nodes)
    assert map_graph(kg).nodes.keys() == graph.nodes.keys()
    again = map_graph(kg)
    assert [(n.x, n.y) for n in again.nodes.values()] == [(n.x, n.y) for n in graph.nodes.values()]


def test_bad_input_raises_before_writing(kg, tmp_path):
    target = tmp_path / "map.html"
    with pytest.raises(UnknownNameError):
        write_map(kg, target, center="Kastt")
    with pytest.raises(InputError, match="nothing to map"):
        write_map(kg, target, relations=["invitedTo"], since="2030")
    with pytest.raises(InputError, match="unknown relation"):
        write_map(kg, target, relations=["likes"])
    with pytest.raises(InputError, match="`depth` needs `center`") as error:
        write_map(kg, target, depth=2)
    assert error.value.parameter == "depth"
    assert not target.exists()


# ---------------------------------------------------------------- the page


@pytest.fixture(scope="module")
def curated_page(curated_root, tmp_path_factory):
    target = tmp_path_factory.mktemp("page") / "map.html"
    write_map(KnowledgeGraph(curated_root), target)
    return target.read_text(encoding="utf-8")


def test_page_fetches_nothing(curated_page):
    resources = Resources()
    resources.feed(curated_page)
    assert resources.fetching == []
    assert "script" in resources.tags and "style" in resources.tags
    lowered = curated_page.lower()
    assert "@import" not in lowered
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", lowered)
    assert "cdn" not in " ".join(re.findall(r"<(?:script|link)[^>]*>", lowered))


def test_page_carries_the_projection(kg, curated_page):
    data = page_data(curated_page)
    graph = map_graph(kg)
    assert len(data["nodes"]) == len(graph.nodes)
    assert len(data["edges"]) == len(graph.edges)
    assert sum(len(e["claims"]) for e in data["edges"]) == graph.claims
    assert data["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])
    quotes = {ev.quote for e in graph.edges for c in e.claims for ev in c.evidence}
    assert quotes == {ev["quote"] for e in data["edges"] for c in e["claims"]
                      for ev in c["evidence"]}


def test_legend_names_every_class_and_relation(kg, curated_page):
    graph = map_graph(kg)
    legend = curated_page.split('<section id="legend">')[1].split("</section>")[0]
    for node in graph.nodes.values():
        assert f" {node.class_name} <span" in legend
    for label, _color, _symmetric in graph.relations.values():
        assert label in legend


def test_hostile_text_is_escaped(make_root, tmp_path):
    kg = KnowledgeGraph(hostile_root(make_root))
    target = tmp_path / "map.html"
    write_map(kg, target)
    html = target.read_text(encoding="utf-8")
    for hostile in (HOSTILE_LABEL, HOSTILE_ALIAS, HOSTILE_QUOTE, "<img", "window.kgPwned=1\">"):
        assert hostile not in html
    # Escaped, not lost: the page reads back exactly what the graph says.
    data = page_data(html)
    evil = next(n for n in data["nodes"] if n["card"]["label"] == HOSTILE_LABEL)
    # The drawn label is the name broken into lines at its spaces.
    assert evil["label"].split("\n") == label_lines(HOSTILE_LABEL)
    assert " ".join(label_lines(HOSTILE_LABEL)) == HOSTILE_LABEL
    assert evil["card"]["aliases"] == [HOSTILE_ALIAS]
    quotes = [ev["quote"] for e in data["edges"] for c in e["claims"] for ev in c["evidence"]]
    assert HOSTILE_QUOTE in quotes
    resources = Resources()
    resources.feed(html)
    assert resources.tags.count("script") == 3 and "img" not in resources.tags


def test_write_replaces_atomically_and_keeps_old_file_on_error(kg, tmp_path):
    target = tmp_path / "map.html"
    target.write_text("old map", encoding="utf-8")
    with pytest.raises(InputError):
        write_map(kg, target, relations=["invitedTo"], since="2030")
    assert target.read_text(encoding="utf-8") == "old map"
    report = write_map(kg, target)
    assert report.path == target.resolve() and report.bytes == target.stat().st_size
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------- the command


def test_cli_writes_default_and_given_paths(editable_root, tmp_path):
    cli = Cli(editable_root)
    result = cli("map")
    default = editable_root / "output" / "map.html"
    assert default.is_file()
    assert f"Wrote {default}" in result.stdout
    nested = tmp_path / "new" / "deeper" / "kast.html"
    result = cli("map", "--center", "Kast", "-o", str(nested))
    assert nested.is_file() and str(nested) in result.stdout
    assert "José Antonio Kast: network within 1 step" in nested.read_text(encoding="utf-8")


def test_cli_unknown_center_is_the_usual_resolution_error(cli, tmp_path):
    target = tmp_path / "map.html"
    mapped = cli("map", "--center", "Kastt", "-o", str(target), expect=1)
    listed = cli("neighbors", "Kastt", expect=1)
    assert mapped.stderr == listed.stderr
    assert "Did you mean: Kast" in mapped.stderr
    assert not target.exists()


def test_cli_filter_that_leaves_nothing(cli, tmp_path):
    target = tmp_path / "map.html"
    result = cli("map", "--relation", "invitedTo", "--since", "2030", "-o", str(target),
                 expect=1)
    assert result.stderr.strip() == (
        "Error: nothing to map: no claim in the graph matches relation invitedTo; since 2030"
    )
    assert not target.exists()


def test_cli_unwritable_output_is_one_line(cli, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = cli("map", "-o", str(blocker / "map.html"), expect=1)
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: cannot write {blocker / 'map.html'}")
    folder = cli("map", "-o", str(tmp_path), expect=2)
    assert "is a directory" in folder.stderr


def test_cli_read_only_folder_is_one_line(cli, tmp_path):
    # Permission bits do not stop root; a folder of /proc refuses new files to everyone.
    locked = Path("/proc/self") if os.geteuid() == 0 else tmp_path / "locked"
    if locked != Path("/proc/self"):
        locked.mkdir()
        locked.chmod(0o500)
    try:
        result = cli("map", "-o", str(locked / "map.html"), expect=1)
    finally:
        if locked != Path("/proc/self"):
            locked.chmod(0o700)
    assert result.stderr.startswith("Error: cannot write") and result.stderr.count("\n") == 1


# ---------------------------------------------------------------- what the map says and shows


def test_each_class_has_its_own_look_and_each_event_class_its_own_shape():
    from graph.publish.map_layout import CLASS_STYLES

    looks = list(CLASS_STYLES.values())
    assert len(set(looks)) == len(looks)
    events = ["Event", "EventSeries", "Election", "ElectionRound", "Meeting", "Summit"]
    assert len({CLASS_STYLES[name][0] for name in events}) == len(events)


def test_seed_event_classes_are_drawn_differently(kg):
    graph = map_graph(kg)
    looks: dict[str, set] = {}
    for node in graph.nodes.values():
        looks.setdefault(node.class_name, set()).add((node.shape, node.color))
    assert all(len(found) == 1 for found in looks.values())
    drawn = {cls: found.pop() for cls, found in looks.items()}
    assert {"event series", "election round", "summit or conference"} <= set(drawn)
    assert len(set(drawn.values())) == len(drawn)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("center", [None, "Kast"])
def test_layout_leaves_no_two_node_boxes_overlapping(kg, center):
    from graph.publish.map_layout import node_box

    graph = map_graph(kg, center=center)
    most = max(n.degree for n in graph.nodes.values())
    boxes = []
    for node in graph.nodes.values():
        left, top, right, bottom = node_box(node, most)
        boxes.append((node.x + left, node.y + top, node.x + right, node.y + bottom))
    clashes = [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes))
               if _overlap(boxes[i], boxes[j])]
    assert clashes == []


def test_labels_break_at_spaces_into_short_lines():
    from graph.publish.map_labels import WRAP

    name = "Encuentros internacionales de la derecha dura regional"
    lines = label_lines(name)
    assert " ".join(lines) == name and len(lines) == 3
    assert all(len(line) <= WRAP for line in lines)
    assert label_lines("Vox") == ["Vox"]
    assert label_lines("Supercalifragilisticexpialidocious-Partido") == [
        "Supercalifragilisticexpialidocious-Partido"]


def test_node_cards_carry_the_entity_description(kg, curated_page):
    data = page_data(curated_page)
    cards = {n["card"]["label"]: n["card"] for n in data["nodes"]}
    kast = kg.show("Kast")
    assert cards["José Antonio Kast"]["description"] == kast.descriptions["en"]
    described = [n for n in data["nodes"] if n["card"]["description"]]
    assert len(described) >= len(data["nodes"]) - 3  # offices have no description


def test_source_lines_have_one_date_and_no_ids(kg, curated_page):
    from graph.publish.map_page import citation

    data = page_data(curated_page)
    cites = {ev["cite"] for e in data["edges"] for c in e["claims"] for ev in c["evidence"]}
    rows = kg.engine.select(
        "SELECT ?t ?i WHERE { ?s a kg:Source ; dcterms:title ?t ; dcterms:issued ?i }")
    assert cites == {f"{r['t']} · {r['i']}" for r in rows}
    assert not any("src:" in cite for cite in cites)
    # A source without a title is cited by its label, whose own date is not repeated.
    assert citation("Llamada (18-11-2025)", None, "2025-11-18", None) == "Llamada (18-11-2025)"
    assert citation("Nota", None, "2025-11-18", "Diario Andino") == (
        "Nota · Diario Andino · 2025-11-18")


def test_edges_carry_no_drawn_label_but_a_summary(curated_page):
    data = page_data(curated_page)
    assert all("label" not in e for e in data["edges"])
    assert all(e["summary"] for e in data["edges"])
    assert "font" not in data["options"]["edges"]


def test_time_slider_stops_at_the_claims_dates(kg, curated_page):
    data = page_data(curated_page)
    spans = [c.span for e in map_graph(kg).edges for c in e.claims if c.span]
    expected = sorted({d.isoformat() for span in spans for d in span})
    assert data["dates"] == expected and len(expected) > 2


# ---------------------------------------------------------------- the static export


@pytest.fixture
def cairo():
    """CairoSVG with the system's cairo library: skipped without them on a laptop, never in CI."""
    try:
        import cairosvg  # noqa: F401
    except (ImportError, OSError) as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the PNG export cannot be tested under CI: {error}")
        pytest.skip(f"CairoSVG or libcairo2 is missing (scripts/install-system-packages.sh): "
                    f"{error}")


def _svg(path: Path):
    import xml.etree.ElementTree as ElementTree

    return ElementTree.parse(path).getroot()


SVG = "{http://www.w3.org/2000/svg}"


def _label_texts(root) -> dict[str, list]:
    """Each node's id and its label element, read from the SVG."""
    found = {}
    for group in root.iter(f"{SVG}g"):
        if group.get("class") == "node":
            label = next(t for t in group.iter(f"{SVG}text") if t.get("class") == "label")
            found[group.get("data-id")] = label
    return found


@pytest.fixture(scope="module")
def svg_maps(curated_root, tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("svg")
    kg = KnowledgeGraph(curated_root)
    written = {}
    for name, center in (("whole", None), ("kast", "Kast")):
        write_map(kg, folder / f"{name}.svg", center=center)
        written[name] = folder / f"{name}.svg"
    return written


@pytest.mark.parametrize("name, center", [("whole", None), ("kast", "Kast")])
def test_svg_has_every_label_as_text_at_the_page_positions(kg, svg_maps, name, center):
    graph = map_graph(kg, center=center)
    labels = _label_texts(_svg(svg_maps[name]))
    assert set(labels) == {n.id for n in graph.nodes.values()}
    shifts = set()
    for node in graph.nodes.values():
        spans = list(labels[node.id].iter(f"{SVG}tspan"))
        assert " ".join(s.text for s in spans) == node.entity.label
        shifts.add(round(float(spans[0].get("x")) - node.x, 1))
    # One translation for all nodes: the SVG draws the layout the page draws.
    assert len(shifts) == 1


def test_svg_caption_cites_the_sources_of_the_claims_drawn(kg, svg_maps):
    root = _svg(svg_maps["kast"])
    caption = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "caption")
    text = " ".join(t.text for t in caption.iter(f"{SVG}text"))
    cited = {ev.source.iri for e in map_graph(kg, center="Kast").edges for c in e.claims
             for ev in c.evidence}
    titles = [r["t"] for r in kg.engine.select(
        "SELECT ?s ?t WHERE { ?s a kg:Source ; dcterms:title ?t }") if r["s"] in cited]
    assert titles and all(title in text for title in titles)
    assert "25 claims" in text


def test_svg_legend_keys_every_class_and_relation_drawn(kg, svg_maps):
    root = _svg(svg_maps["whole"])
    legend = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "legend")
    keys = {t.text for t in legend.iter(f"{SVG}text")}
    graph = map_graph(kg)
    assert {n.class_name for n in graph.nodes.values()} <= keys
    assert {label for label, _, _ in graph.relations.values()} <= keys
    assert "several relations" in keys


def _text_boxes(root):
    """Every node label's box and every node shape's box in the SVG, the text measured with
    cairo's own font metrics (an independent reader of the font the SVG asks for)."""
    import cairocffi

    surface = cairocffi.ImageSurface(cairocffi.FORMAT_ARGB32, 1, 1)
    context = cairocffi.Context(surface)
    context.select_font_face("DejaVu Sans")
    labels, shapes = [], []
    for group in root.iter(f"{SVG}g"):
        if group.get("class") != "node":
            continue
        label = next(t for t in group.iter(f"{SVG}text") if t.get("class") == "label")
        size = float(label.get("font-size"))
        context.set_font_size(size)
        spans = list(label.iter(f"{SVG}tspan"))
        x = float(spans[0].get("x"))
        width = max(context.text_extents(s.text)[4] for s in spans)
        top = float(spans[0].get("y")) - 0.8 * size
        labels.append((x - width / 2, top, x + width / 2, float(spans[-1].get("y")) + 0.25 * size))
        shape = next(e for e in group if e.tag != f"{SVG}text")
        if shape.tag == f"{SVG}circle":
            cx, cy, r = (float(shape.get(a)) for a in ("cx", "cy", "r"))
            shapes.append((cx - r, cy - r, cx + r, cy + r))
        elif shape.tag == f"{SVG}rect":
            x0, y0 = float(shape.get("x")), float(shape.get("y"))
            shapes.append((x0, y0, x0 + float(shape.get("width")),
                           y0 + float(shape.get("height"))))
        else:
            points = [tuple(map(float, p.split(","))) for p in shape.get("points").split()]
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            shapes.append((min(xs), min(ys), max(xs), max(ys)))
    return labels, shapes


@pytest.mark.parametrize("name", ["whole", "kast"])
def test_svg_labels_overlap_neither_each_other_nor_nodes(svg_maps, cairo, name):
    labels, shapes = _text_boxes(_svg(svg_maps[name]))
    assert len(labels) == len(shapes) > 20
    for i, label in enumerate(labels):
        for j, other in enumerate(labels):
            assert i == j or not _overlap(label, other), (i, j)
        for j, shape in enumerate(shapes):
            assert i == j or not _overlap(label, shape), (i, j)


def test_svg_is_legible_at_print_size(svg_maps):
    root = _svg(svg_maps["whole"])
    width = float(root.get("width"))
    sizes = {float(t.get("font-size")) for t in root.iter(f"{SVG}text")
             if t.get("class") == "label"}
    # Printed across a landscape A4 page (270 mm, 765 pt), labels are at least 6 pt.
    assert min(sizes) * 765 / width >= 6


def test_png_export_is_the_svg_rendered(kg, svg_maps, cairo, tmp_path):
    import struct

    from graph.publish.map_svg import PNG_SCALE

    target = tmp_path / "kast.png"
    report = write_map(kg, target, center="Kast")
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and report.bytes == len(data)
    width, height = struct.unpack(">II", data[16:24])
    root = _svg(svg_maps["kast"])
    assert (width, height) == (round(float(root.get("width")) * PNG_SCALE),
                               round(float(root.get("height")) * PNG_SCALE))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kast.png"]


def test_cli_writes_svg_and_refuses_an_unknown_suffix(cli, tmp_path):
    target = tmp_path / "map.svg"
    result = cli("map", "--center", "Kast", "-o", str(target))
    assert result.stdout.startswith(f"Wrote {target}: 22 entities")
    assert _svg(target).tag == f"{SVG}svg"
    wrong = tmp_path / "map.pdf"
    refused = cli("map", "-o", str(wrong), expect=1)
    assert refused.stderr == (
        f"Error: cannot write {wrong}: a map is written as .html, .svg or .png\n")
    assert not wrong.exists()


def test_hostile_text_is_escaped_in_the_svg(make_root, tmp_path):
    kg = KnowledgeGraph(hostile_root(make_root))
    target = tmp_path / "hostile.svg"
    write_map(kg, target)
    labels = _label_texts(_svg(target))
    evil = kg.resolve("kgr:evil").id
    assert " ".join(s.text for s in labels[evil].iter(f"{SVG}tspan")) == HOSTILE_LABEL
    assert "<img" not in target.read_text(encoding="utf-8")


def test_png_without_cairo_is_one_line(cli, tmp_path, monkeypatch):
    import sys

    # What a machine without CairoSVG or libcairo2 gives: the import fails.
    monkeypatch.setitem(sys.modules, "cairosvg", None)
    target = tmp_path / "map.png"
    result = cli("map", "-o", str(target), expect=1)
    assert result.stderr.startswith("Error: PNG export needs CairoSVG and the cairo library")
    assert result.stderr.count("\n") == 1 and not target.exists()
