"""The network projection and its analyses: real answers on the seed graph, known answers on
small hand-made graphs, and networkx and igraph giving the same numbers."""

from __future__ import annotations

import csv
import io
import json
import math
import re

import networkx as nx
import pytest
from helpers import Cli

import graph.analysis as network
from graph.analysis import centrality, engines, find_communities, rank_nodes, ranking
from graph.api import KnowledgeGraph
from graph.errors import InputError, UnknownNameError

KAST = "kgr:jose-antonio-kast"
VOX = "kgr:vox"
ENGINES = ("networkx", "igraph")


# ---------------------------------------------------------------- hand-made graphs


def person_slug(name: str) -> str:
    return name.lower()


def ties_root(make_root, name, edges, *, relation="met", dates=None, negated=(), events=None):
    """A root whose only source says "<A> <relation> <B>." for each edge; `dates` maps an edge
    to an xsd:date, `negated` lists edges the source denies, `events` maps an event name to
    the people who took part in it."""
    events = events or {}
    people = sorted({p for edge in edges for p in edge} | {p for ps in events.values() for p in ps})
    entities = "".join(f'kgr:{person_slug(p)} a kg:Person ; rdfs:label "{p}" .\n' for p in people)
    entities += "".join(f'kgr:{person_slug(e)} a kg:Meeting ; rdfs:label "{e}" .\n'
                        for e in events)
    sentences, claims = [], []
    for a, b in edges:
        denied = (a, b) in negated
        sentence = f"{a} {'never ' if denied else ''}{relation} {b}."
        sentences.append(sentence)
        extra = ""
        if dates and (a, b) in dates:
            extra += f' kg:date "{dates[(a, b)]}"^^xsd:date ;'
        if denied:
            extra += " kg:negated true ;"
        claims.append(
            f"kgc:{person_slug(a)}-{relation}-{person_slug(b)} a kg:Claim ; "
            f"kg:subject kgr:{person_slug(a)} ; kg:relation kg:{relation} ; "
            f"kg:object kgr:{person_slug(b)} ;{extra} "
            f'kg:evidence [ kg:source src:doc ; kg:quote "{sentence}" ] .\n'
        )
    for event, participants in events.items():
        for p in participants:
            sentence = f"{p} took part in {event}."
            sentences.append(sentence)
            claims.append(
                f"kgc:{person_slug(p)}-at-{person_slug(event)} a kg:Claim ; "
                f"kg:subject kgr:{person_slug(p)} ; kg:relation kg:participatedIn ; "
                f"kg:object kgr:{person_slug(event)} ; "
                f'kg:evidence [ kg:source src:doc ; kg:quote "{sentence}" ] .\n'
            )
    sources = (
        'src:doc a kg:Source ; rdfs:label "Doc" ; dcterms:language "en" ; '
        'dcterms:issued "2024-06-01"^^xsd:date ; kg:textFile "doc.txt" .\n'
    )
    return make_root(name, entities=entities, claims="".join(claims), sources=sources,
                     texts={"doc.txt": " ".join(sentences)})


# Two triangles joined by one bridge, C-D.
BARBELL = [("Ann", "Bob"), ("Bob", "Cy"), ("Ann", "Cy"), ("Cy", "Dee"),
           ("Dee", "Eve"), ("Eve", "Fay"), ("Dee", "Fay")]


@pytest.fixture
def barbell(make_root) -> KnowledgeGraph:
    return KnowledgeGraph(ties_root(make_root, "barbell", BARBELL))


def ids(*names):
    return [f"kgr:{person_slug(n)}" for n in names]


def test_projection_of_a_hand_made_graph(barbell):
    graph = barbell.to_networkx()
    assert sorted(graph.nodes) == sorted(ids("Ann", "Bob", "Cy", "Dee", "Eve", "Fay"))
    assert graph.number_of_edges() == len(BARBELL)
    # met is symmetric: one edge per pair whichever way the claim was written
    cy, dee = ids("Cy", "Dee")
    edge = graph.get_edge_data(cy, dee, "met") or graph.get_edge_data(dee, cy, "met")
    assert edge["symmetric"] is True
    assert edge["claims"] == ["kgc:cy-met-dee"]
    assert edge["quotes"] == ["Cy met Dee."]
    assert edge["sources"] == ["Doc"]
    assert graph.nodes[cy]["label"] == "Cy" and graph.nodes[cy]["class"] == "person"
    assert "agent" in graph.nodes[cy]["classes"]


@pytest.mark.parametrize("engine", ENGINES)
def test_known_betweenness_and_degree_on_the_barbell(barbell, engine):
    graph = barbell.to_networkx()
    between = centrality(graph, "betweenness", engine=engine).scores
    # C lies on the 6 shortest paths from {Ann, Bob} to {Dee, Eve, Fay}: 6 of the 10 pairs
    # of the other five nodes.
    cy, dee, ann = ids("Cy", "Dee", "Ann")
    assert between[cy] == pytest.approx(0.6)
    assert between[dee] == pytest.approx(0.6)
    assert between[ann] == pytest.approx(0.0)
    degree = centrality(graph, "degree").scores
    assert degree[cy] == 3 and degree[ann] == 2


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("method", ["leiden", "louvain"])
def test_known_communities_of_the_barbell(barbell, engine, method):
    result = find_communities(barbell.to_networkx(), method=method, engine=engine)
    found = sorted(sorted(m.label for m in c.members) for c in result.communities)
    assert found == [["Ann", "Bob", "Cy"], ["Dee", "Eve", "Fay"]]
    # Two communities of 3 internal edges and degree sum 7, out of 7 edges: 2(3/7 - 1/4).
    assert result.modularity == pytest.approx(5 / 14)


@pytest.mark.parametrize("engine", ENGINES)
def test_known_betweenness_on_a_path(make_root, engine):
    kg = KnowledgeGraph(ties_root(make_root, "line", [("Ann", "Bob"), ("Bob", "Cy"),
                                                      ("Cy", "Dee"), ("Dee", "Eve")]))
    scores = centrality(kg.to_networkx(), "betweenness", engine=engine).scores
    ann, bob, cy = ids("Ann", "Bob", "Cy")
    # Of the 6 pairs of the other four nodes, Bob is between 3 and Cy between 4.
    assert scores[bob] == pytest.approx(3 / 6)
    assert scores[cy] == pytest.approx(4 / 6)
    assert scores[ann] == 0


@pytest.fixture
def endorsed_star(make_root) -> KnowledgeGraph:
    edges = [("Ann", "Hub"), ("Bob", "Hub"), ("Cy", "Hub")]
    return KnowledgeGraph(ties_root(make_root, "star", edges, relation="endorsed"))


@pytest.mark.parametrize("engine", ENGINES)
def test_known_pagerank_of_an_endorsed_star(endorsed_star, engine):
    """Three people endorse a hub, who endorses nobody. From PageRank's definition with
    damping d over n nodes (the hub's rank, having no out-link, spreads evenly):
    leaf = (1-d)/n + d*hub/n and hub + 3*leaf = 1."""
    d, n = 0.85, 4
    hub = (1 - 3 * (1 - d) / n) / (1 + 3 * d / n)
    leaf = (1 - d) / n + d * hub / n
    scores = centrality(endorsed_star.to_networkx(), "pagerank", engine=engine).scores
    assert scores["kgr:hub"] == pytest.approx(hub, abs=1e-6)
    for person in ids("Ann", "Bob", "Cy"):
        assert scores[person] == pytest.approx(leaf, abs=1e-6)


@pytest.mark.parametrize("engine", ENGINES)
def test_known_eigenvector_of_a_star_and_a_separate_pair(make_root, engine):
    """A star with three leaves has eigenvalue sqrt(3): each leaf has 1/sqrt(3) of the hub.
    A pair apart from it is outside the largest component and scores 0."""
    edges = [("Hub", "Ann"), ("Hub", "Bob"), ("Hub", "Cy"), ("Dee", "Eve")]
    kg = KnowledgeGraph(ties_root(make_root, "stars", edges))
    scores = centrality(kg.to_networkx(), "eigenvector", engine=engine).scores
    assert scores["kgr:hub"] == pytest.approx(1.0)
    for leaf in ids("Ann", "Bob", "Cy"):
        assert scores[leaf] == pytest.approx(1 / math.sqrt(3), abs=1e-6)
    assert scores["kgr:dee"] == 0 and scores["kgr:eve"] == 0


def test_paths_on_the_barbell(barbell):
    result = barbell.network.path("Ann", "Fay")
    assert [[n.label for n in p.nodes] for p in result.paths] == [["Ann", "Cy", "Dee", "Fay"]]
    assert [t.relation for hop in result.paths[0].hops for t in hop.ties] == ["met"] * 3
    assert barbell.network.path("Ann", "Fay", max_length=2).paths == []


def test_every_shortest_path_of_a_square(make_root):
    kg = KnowledgeGraph(ties_root(make_root, "square", [("Ann", "Bob"), ("Bob", "Cy"),
                                                        ("Cy", "Dee"), ("Dee", "Ann")]))
    found = [[n.label for n in p.nodes] for p in kg.network.path("Ann", "Cy").paths]
    assert found == [["Ann", "Bob", "Cy"], ["Ann", "Dee", "Cy"]]
    assert len(kg.network.path("Ann", "Cy", limit=1).paths) == 1


def test_no_path_between_components_is_an_answer(make_root):
    root = ties_root(make_root, "apart", [("Ann", "Bob"), ("Cy", "Dee")])
    assert KnowledgeGraph(root).network.path("Ann", "Dee").paths == []
    assert "No path between Ann and Dee." in Cli(root)("path", "Ann", "Dee").stdout
    assert json.loads(Cli(root)("path", "Ann", "Dee", "--format", "json").stdout) == []


def test_common_neighbors_on_the_barbell(barbell):
    result = barbell.network.common("Ann", "Bob")
    assert [i.neighbor.label for i in result.interlocks] == ["Cy"]
    assert [t.relation for t in result.direct] == ["met"]
    assert barbell.network.common("Ann", "Eve").interlocks == []


def test_time_window_and_denied_claims(make_root):
    edges = [("Ann", "Bob"), ("Bob", "Cy"), ("Cy", "Dee")]
    root = ties_root(make_root, "dated", edges,
                     dates={("Ann", "Bob"): "2020-05-01", ("Bob", "Cy"): "2024-02-03"},
                     negated={("Cy", "Dee")})
    kg = KnowledgeGraph(root)
    everything = kg.to_networkx()
    # A denied meeting is not a tie.
    assert not everything.has_node("kgr:dee")
    assert everything.number_of_edges() == 2
    recent = kg.to_networkx(since="2021")
    assert [(u, v) for u, v in recent.edges()] == [("kgr:bob", "kgr:cy")]
    assert recent.edges["kgr:bob", "kgr:cy", "met"]["first_date"] == "2024-02-03"
    assert kg.to_networkx(until="2020-12").number_of_edges() == 1
    # The timeline keeps the denial visible, in date order, undated last.
    claims = kg.network.timeline()
    assert [c.id for c in claims] == ["kgc:ann-met-bob", "kgc:bob-met-cy", "kgc:cy-met-dee"]
    assert network.is_negated(claims[-1])


def _ties_of(graph):
    return [(u, v, k, {x: d[x] for x in ("relation", "label", "symmetric", "weight")})
            for u, v, k, d in graph.edges(keys=True, data=True)]


def test_the_tie_projection_is_the_projection_without_its_claims(make_root):
    """Rankings and communities read the ties alone: the same nodes, with the same attributes
    and order, and the same edges with the same weights, denied and repeated claims included,
    with and without a relation filter."""
    edges = [("Ann", "Bob"), ("Bob", "Ann"), ("Bob", "Cy"), ("Cy", "Dee"), ("Dee", "Eve")]
    root = ties_root(make_root, "ties", edges, negated={("Dee", "Eve")},
                     dates={("Bob", "Ann"): "2020-05-01"})
    kg = KnowledgeGraph(root)
    net = kg.network
    for selection in (net.selection(), net.selection(relations=["met"]),
                      net.selection(relations=["endorsed"])):
        full = net.graph(selection)
        ties = network.tie_projection(net.engine, net.schema, selection)
        assert [(n, {k: d[k] for k in network.projection.TIE_NODE_KEYS})
                for n, d in full.nodes(data=True)] == list(ties.nodes(data=True))
        assert _ties_of(ties) == _ties_of(full)
    everything = network.tie_projection(net.engine, net.schema)
    assert everything.edges["kgr:ann", "kgr:bob", "met"]["weight"] == 2
    assert not everything.has_node("kgr:eve")
    with pytest.raises(InputError):
        network.tie_projection(net.engine, net.schema, net.selection(since="2020"))


@pytest.mark.parametrize("which", ["curated", "ties"])
def test_a_full_build_writes_the_ties_its_store_holds(which, editable_root, make_root):
    """A full build computes the ties from what it parsed, not from the store: the file is what
    reading the built store gives (denied, repeated and symmetric claims, nodes of several
    classes), and so is what an incremental build, which reads the store, writes."""
    if which == "curated":
        root = editable_root
    else:
        edges = [("Ann", "Bob"), ("Bob", "Ann"), ("Bob", "Cy"), ("Cy", "Dee"), ("Dee", "Eve")]
        root = ties_root(make_root, "full", edges, negated={("Dee", "Eve")},
                         dates={("Bob", "Ann"): "2020-05-01"}, events={"Summit": ["Ann", "Cy"]})
    kg = KnowledgeGraph(root)
    assert kg.build().incremental is False
    kept = json.loads((kg.local_engine.held.folder / network.projection.TIES_FILE).read_text())
    assert kept == network.projection._read_ties(kg.local_engine, kg.schema)
    assert len(kept["ties"]) >= 5 and all(t[4] >= 1 for t in kept["ties"])
    if which == "ties":
        assert len(kept["ties"]) == 5  # Ann-Bob twice, Bob-Cy, Cy-Dee; two at the summit
        assert kept["nodes"]["https://w3id.org/kgraph/id/summit"]["kind"] == "event"
        assert ["https://w3id.org/kgraph/id/ann", "https://w3id.org/kgraph/id/bob", "met",
                True, 2] in kept["ties"]
        assert "https://w3id.org/kgraph/id/eve" not in kept["nodes"]
    data = sorted((root / "seeds").rglob("*.ttl"))[-1]
    data.write_text(data.read_text(encoding="utf-8") + "\n# touched\n", encoding="utf-8")
    again = KnowledgeGraph(root)
    assert again.build().incremental is True
    assert json.loads((again.local_engine.held.folder / network.projection.TIES_FILE)
                      .read_text()) == kept


def test_the_build_keeps_the_ties_beside_the_store(make_root, monkeypatch):
    """A ranking reads the file the build wrote, not the store; a store without the file (one
    built before there was one) is read once and the file written for the next reader."""
    root = ties_root(make_root, "kept", BARBELL)
    kg = KnowledgeGraph(root)
    kg.build()
    kept = kg.local_engine.held.folder / network.projection.TIES_FILE
    assert kept.is_file()
    first = network.tie_projection(kg.local_engine, kg.schema)
    assert sorted(first.nodes) == sorted(ids("Ann", "Bob", "Cy", "Dee", "Eve", "Fay"))

    def no_queries(*args, **kwargs):
        raise AssertionError("the store was queried")

    kept.unlink()
    again = KnowledgeGraph(root)
    network.tie_projection(again.local_engine, again.schema)
    assert kept.is_file()
    third = KnowledgeGraph(root)
    schema = third.schema
    monkeypatch.setattr(third.local_engine, "select", no_queries)
    second = network.tie_projection(third.local_engine, schema)
    assert list(second.nodes(data=True)) == list(first.nodes(data=True))
    assert _ties_of(second) == _ties_of(first)


def test_co_participants_replace_events_with_ties(make_root):
    root = ties_root(make_root, "summit", [("Ann", "Eve")],
                     events={"Summit": ["Ann", "Bob", "Cy"]})
    kg = KnowledgeGraph(root)
    plain = kg.to_networkx()
    assert plain.has_node("kgr:summit") and plain.degree("kgr:summit") == 3
    linked = kg.to_networkx(co_participants=True)
    assert not linked.has_node("kgr:summit")
    pairs = sorted((u, v) for u, v, k in linked.edges(keys=True) if k == "coParticipant")
    assert pairs == [("kgr:ann", "kgr:bob"), ("kgr:ann", "kgr:cy"), ("kgr:bob", "kgr:cy")]
    tie = linked.edges["kgr:ann", "kgr:bob", "coParticipant"]
    assert tie["events"] == ["Summit"]
    assert tie["claims"] == ["kgc:ann-at-summit", "kgc:bob-at-summit"]
    path = kg.network.path("Bob", "Eve", co_participants=True).paths[0]
    assert [n.label for n in path.nodes] == ["Bob", "Ann", "Eve"]


def test_engines_agree_on_a_sampled_betweenness():
    """Both engines add up dependencies from the same sampled sources."""
    simple = nx.barabasi_albert_graph(400, 2, seed=5)
    graph = nx.MultiDiGraph()
    graph.add_edges_from((f"n{u}", f"n{v}", "met", {"symmetric": True})
                         for u, v in simple.edges())
    exact = centrality(graph, "betweenness", engine="igraph", samples=0)
    found = {e: centrality(graph, "betweenness", engine=e, samples=120, seed=3)
             for e in ENGINES}
    assert found["igraph"].approximate and found["igraph"].samples == 120
    assert not exact.approximate
    for node in graph:
        assert found["networkx"].scores[node] == pytest.approx(found["igraph"].scores[node])
    # The estimate finds the same top broker as the exact figure.
    top = max(exact.scores, key=exact.scores.get)
    assert max(found["igraph"].scores, key=found["igraph"].scores.get) == top


def test_auto_engine_switches_to_igraph_on_large_graphs(monkeypatch):
    graph = nx.MultiDiGraph()
    graph.add_edges_from([("a", "b", "met"), ("b", "c", "met"), ("c", "d", "met")])
    assert centrality(graph, "pagerank").engine == "networkx"
    monkeypatch.setattr(engines, "NETWORKX_LIMIT", 3)
    assert centrality(graph, "pagerank").engine == "igraph"
    assert find_communities(graph, method="louvain", min_size=1).engine == "igraph"


def test_large_graphs_get_sampled_betweenness(monkeypatch):
    graph = nx.MultiDiGraph()
    graph.add_edges_from((f"n{i}", f"n{i + 1}", "met") for i in range(30))
    monkeypatch.setattr(ranking, "EXACT_BETWEENNESS_LIMIT", 10)
    monkeypatch.setattr(ranking, "DEFAULT_SAMPLES", 8)
    assert centrality(graph, "betweenness").samples == 8
    assert centrality(graph, "betweenness", samples=0).samples is None


def test_bad_arguments_raise_input_errors(barbell):
    graph = barbell.to_networkx()
    with pytest.raises(InputError, match="measures: degree, betweenness"):
        rank_nodes(graph, "closeness")
    with pytest.raises(InputError, match="methods: leiden, louvain"):
        find_communities(graph, method="girvan")
    with pytest.raises(InputError, match="engines: auto, networkx, igraph"):
        centrality(graph, "pagerank", engine="graph-tool")
    with pytest.raises(InputError, match="same entity"):
        barbell.network.path("Ann", "ann")
    with pytest.raises(InputError, match="valid relations:"):
        barbell.to_networkx(relations=["friendOf"])
    with pytest.raises(InputError, match="valid classes:"):
        barbell.network.rank(cls="planet")


# ---------------------------------------------------------------- the seed graph


def test_bukele_reaches_vox_through_kast(kg):
    result = kg.network.path("Bukele", "Vox")
    assert result.paths, "Bukele and Vox are connected in the seed graph"
    for found in result.paths:
        assert [n.iri.rsplit("/", 1)[1] for n in found.nodes] == [
            "nayib-bukele", "jose-antonio-kast", "vox"]
    first, second = result.paths[0].hops
    assert [t.relation for t in first.ties] == ["contactWith"]
    assert [t.relation for t in second.ties] == ["allied"]
    assert "Bukele" in first.ties[0].claims[0].evidence[0].quote
    assert any("Vox" in e.quote for e in second.ties[0].claims[0].evidence)


def _seed_text(curated_root) -> str:
    text = " ".join(p.read_text(encoding="utf-8") for p in (curated_root / "seeds").glob("*.txt"))
    return re.sub(r"\s+", " ", text)


def test_path_on_the_command_line_quotes_the_sources(cli, curated_root):
    table = cli("path", "Bukele", "Vox").stdout
    assert "2 steps from Nayib Bukele to Vox" in table
    assert "José Antonio Kast" in table
    found = json.loads(cli("path", "bukele", "VOX", "--format", "json").stdout)
    assert [p["nodes"] for p in found] == [["Nayib Bukele", "José Antonio Kast", "Vox"]]
    text = _seed_text(curated_root)
    quotes = [s["quote"] for hop in found[0]["hops"] for tie in hop["ties"]
              for claim in tie["claims"] for s in claim["sources"]]
    assert quotes and all(re.sub(r"\s+", " ", q) in text for q in quotes)
    rows = list(csv.DictReader(io.StringIO(cli("path", "Bukele", "Vox", "--format",
                                               "csv").stdout)))
    assert {r["relation"] for r in rows} == {"contactWith", "allied"}
    assert {r["step"] for r in rows} == {"1", "2"}


def test_path_max_length_and_relation_filter(cli):
    assert "No path between Nayib Bukele and Vox within 1 steps." in cli(
        "path", "Bukele", "Vox", "--max-length", "1").stdout
    # Endorsements alone do not connect Kast with Vox.
    assert "No path" in cli("path", "Kast", "Vox", "--relation", "endorsed").stdout
    found = json.loads(cli("path", "Kaiser", "Kast", "-r", "endorsed", "--format",
                           "json").stdout)
    assert found[0]["length"] == 1
    assert found[0]["hops"][0]["ties"][0]["direction"] == "out"


def test_kast_and_abascal_share_vox_related_ties(kg, cli):
    result = kg.network.common("Kast", "Abascal")
    shared = {i.neighbor.label: i for i in result.interlocks}
    assert "Vox" in shared
    assert [t.relation for t in shared["Vox"].a_ties] == ["allied"]
    assert [(t.relation, t.direction) for t in shared["Vox"].b_ties] == [("memberOf", "out")]
    assert "Entramado global de derechas" in shared
    # The forums where both have been, the global network and Vox are each backed by one claim
    # a side; the forums, tied to no one else, say the most and come first, then Vox.
    assert [i.neighbor.label for i in result.interlocks[:2]] == [
        "Foros internacionales donde coincidieron Kast y Abascal", "Vox"]
    # They "have coincided in international forums": a shared forum, not a meeting.
    assert {t.relation for t in result.direct} == {"allied", "contactWith"}
    data = json.loads(cli("common", "Kast", "Abascal", "--format", "json").stdout)
    assert data["shared"][1]["neighbor_id"].endswith("/vox")
    assert "Vox" in cli("common", "Kast", "Abascal").stdout


def test_kast_ranks_first_by_every_measure(kg):
    for measure in network.MEASURES:
        top = kg.network.rank(measure, top=3).rows
        assert top[0].entity.label == "José Antonio Kast", measure


def test_degree_is_the_number_of_distinct_neighbors(kg):
    """Checked against a SPARQL count of Kast's distinct claim partners."""
    rows = kg.engine.select(
        """SELECT (COUNT(DISTINCT ?other) AS ?n) WHERE {
             { ?c kg:subject kgr:jose-antonio-kast ; kg:object ?other }
             UNION { ?c kg:object kgr:jose-antonio-kast ; kg:subject ?other } }"""
    )
    top = kg.network.rank("degree", top=1).rows[0]
    assert top.degree == rows[0]["n"] == top.score


def test_rank_on_the_command_line(cli):
    rows = json.loads(cli("rank", "--format", "json").stdout)
    assert rows[0]["label"] == "José Antonio Kast" and rows[0]["rank"] == 1
    assert len(rows) == 10
    people = json.loads(cli("rank", "--by", "betweenness", "--class", "person", "--top", "3",
                            "--format", "json").stdout)
    assert len(people) == 3 and {r["class"] for r in people} == {"person"}
    assert people[0]["label"] == "José Antonio Kast"
    assert all(0 <= r["score"] <= 1 for r in people)
    assert people[0]["score"] > people[1]["score"]
    csv_rows = list(csv.DictReader(io.StringIO(cli("rank", "--by", "pagerank", "--format",
                                                   "csv").stdout)))
    assert csv_rows[0]["label"] == "José Antonio Kast" and csv_rows[0]["measure"] == "pagerank"
    assert "unknown class 'planet'" in cli("rank", "--class", "planet", expect=1).stderr
    forced = json.loads(cli("rank", "--by", "eigenvector", "--engine", "igraph", "--format",
                            "json").stdout)
    assert forced[0]["engine"] == "igraph" and forced[0]["score"] == pytest.approx(1.0)
    sampled = cli("rank", "--by", "betweenness", "--samples", "5", "--top", "3")
    assert "estimated from 5 sampled sources" in sampled.stdout


@pytest.mark.parametrize("measure", network.MEASURES)
def test_engines_agree_on_the_seed_graph(kg, measure):
    graph = kg.to_networkx()
    found = {e: centrality(graph, measure, engine=e).scores for e in ENGINES}
    for node in graph:
        assert found["networkx"][node] == pytest.approx(found["igraph"][node], abs=1e-6)


def test_seed_communities(kg, cli):
    result = kg.network.communities(min_size=1)
    graph = kg.to_networkx()
    members = [{graph.nodes[n]["iri"] for n in graph}]
    found = [{m.iri for m in c.members} for c in result.communities]
    assert sorted(len(c) for c in found) == sorted(c.size for c in result.communities)
    assert set().union(*found) == members[0] and sum(map(len, found)) == len(members[0])
    assert result.modularity > 0.3
    # A modularity optimum keeps every entity that has a single neighbor with that neighbor.
    view = network.undirected_view(graph)
    where = {iri: i for i, c in enumerate(found) for iri in c}
    leaves = [n for n in view if view.degree(n) == 1]
    assert leaves
    for leaf in leaves:
        (only,) = view[leaf]
        assert where[graph.nodes[leaf]["iri"]] == where[graph.nodes[only]["iri"]]
    table = cli("communities").stdout
    assert "modularity" in table and "José Antonio Kast" in table
    data = json.loads(cli("communities", "--method", "louvain", "--format", "json").stdout)
    assert data[0]["method"] == "louvain" and data[0]["size"] == len(data[0]["members"])
    rows = list(csv.DictReader(io.StringIO(cli("communities", "--format", "csv").stdout)))
    assert {r["community"] for r in rows} == {str(c["community"]) for c in json.loads(
        cli("communities", "--format", "json").stdout)}


def test_seed_projection_carries_claims_dates_and_sources(kg):
    graph = kg.to_networkx()
    call = graph.get_edge_data("kgr:javier-milei", KAST, "contactWith") or graph.get_edge_data(
        KAST, "kgr:javier-milei", "contactWith")
    assert call["claims"] == ["kgc:kast-contact-milei-call"]
    assert call["dates"] == ["2025-11-18"] and call["precisions"] == ["day"]
    assert call["first_date"] == call["last_date"] == "2025-11-18"
    assert "mode=phone call" in call["qualifiers"]
    assert any("Javier Milei" in q for q in call["quotes"])
    # One edge per relation type between the pair.
    between = set(graph.get_edge_data(KAST, "kgr:javier-milei", default={})) | set(
        graph.get_edge_data("kgr:javier-milei", KAST, default={}))
    assert between == {"contactWith", "allied", "met"}
    # Directed relations keep their direction.
    assert graph.has_edge("kgr:johannes-kaiser", KAST, "endorsed")
    assert not graph.has_edge(KAST, "kgr:johannes-kaiser", "endorsed")
    assert graph.nodes[KAST]["country"] == "Chile" and "Kast" in graph.nodes[KAST]["aliases"]
    claims = kg.engine.select("SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Claim }")[0]["n"]
    assert sum(d["weight"] for _, _, d in graph.edges(data=True)) == claims


def test_seed_co_participation(kg):
    graph = kg.to_networkx(co_participants=True)
    rounds = graph.get_edge_data("kgr:jeannette-jara", KAST, "coParticipant")
    assert rounds["events"] == ["Primera vuelta presidencial de Chile de 2025",
                                "Segunda vuelta presidencial de Chile de 2025"]
    vox = graph.get_edge_data(KAST, VOX, "coParticipant")
    assert set(vox["events"]) == {"Cumbre de las nuevas derechas",
                                  "Encuentros internacionales de Vox"}
    assert not any(graph.nodes[n]["kind"] == "event" for n in graph)


def test_seed_timeline(kg, cli):
    claims = kg.network.timeline("Kast")
    dated = [c for c in claims if c.span]
    assert [c.span[0] for c in dated] == sorted(c.span[0] for c in dated)
    assert all(c.span is None for c in claims[len(dated):])
    assert all(KAST in (c.subject.id, c.object.id) for c in claims)
    rows = json.loads(cli("timeline", "Kast", "--format", "json").stdout)
    widths = {"day": 10, "month": 7, "year": 4}
    assert all(len(r["date"]) == widths[r["date_precision"]] for r in rows if r["date"])
    call = next(r for r in rows if r["claim"].endswith("kast-contact-milei-call"))
    assert (call["date"], call["date_precision"]) == ("2025-11-18", "day")
    after = json.loads(cli("timeline", "--since", "2025-11-17", "--format", "json").stdout)
    assert after and all(r["date"] for r in after)
    assert not any(r["date"] == "2025-11-16" for r in after)
    assert any(r["date"] == "2025-12-14" for r in after)
    csv_rows = list(csv.DictReader(io.StringIO(cli("timeline", "Milei", "--format",
                                                   "csv").stdout)))
    assert csv_rows[0]["date"] == "2025-11-18"
    assert "“Laborde señala" in cli("timeline", "Meloni").stdout


def test_seed_stats_match_independent_counts(kg, cli):
    found = kg.network.stats()
    count = kg.engine.select("SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:Claim }")[0]["n"]
    ends = kg.engine.select(
        """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
             ?c a kg:Claim . { ?c kg:subject ?e } UNION { ?c kg:object ?e } }""")[0]["n"]
    assert (found.claims, found.nodes) == (count, ends)
    assert sum(found.claims_by_relation.values()) == count
    assert sum(found.edges_by_relation.values()) == found.edges
    assert found.density == pytest.approx(
        2 * found.tied_pairs / (found.nodes * (found.nodes - 1)))
    assert found.components == 1 and found.largest_component == found.nodes
    by_source = {s.id: s.claims for s in kg.sources()}
    assert {s["source_id"].rsplit("/", 1)[1]: s["claims"] for s in found.claims_per_source} == {
        k.split(":")[1]: v for k, v in by_source.items()}
    assert found.nodes_by_class["person"] == 10
    # Laborde, La Tercera and Instagram only attribute or carry claims.
    assert found.untied_agents == 3
    data = json.loads(cli("stats", "--format", "json").stdout)
    assert data["claims"] == count
    endorsed = json.loads(cli("stats", "-r", "endorsed", "--format", "json").stdout)
    assert endorsed["claims_by_relation"] == {"endorsed": 3}
    rows = list(csv.DictReader(io.StringIO(cli("stats", "--format", "csv").stdout)))
    assert {"section": "network", "name": "claims", "value": str(count)} in rows
    assert "density" in cli("stats").stdout


def test_unknown_names_get_the_resolution_error(cli):
    result = cli("path", "Bukel", "Vox", expect=1)
    assert result.stderr.startswith("Error: no actor named 'Bukel'.")
    assert "Did you mean: Bukele" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Did you mean: Abascal" in cli("common", "Kast", "Abscal", expect=1).stderr
    assert "Error: no actor named" in cli("timeline", "Nobody Atall", expect=1).stderr
    assert "valid relations:" in cli("rank", "--relation", "likes", expect=1).stderr
    assert "--since expects" in cli("communities", "--since", "soon", expect=1).stderr


def test_unknown_name_from_the_api(kg):
    with pytest.raises(UnknownNameError) as caught:
        kg.network.common("Kastt", "Vox")
    assert "Kast" in caught.value.candidates
