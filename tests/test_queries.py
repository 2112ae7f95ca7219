"""The query library: every named query returns what the seed files imply (read independently
with rdflib in claimfacts.py), parameters resolve names like every command, binding is sound."""

from __future__ import annotations

import json
from datetime import date

import pyoxigraph as ox
import pytest
from claimfacts import KG, KGR, Facts
from helpers import TINY_CLAIMS, TINY_ENTITIES, TINY_SOURCES, TINY_TEXT, Cli

from graph.errors import InputError
from graph.root import find_root
from graph.sparql.bindings import where_brace, with_values
from graph.sparql.library import load_library
from graph.sparql.safety import check_request

KAST = str(KGR["jose-antonio-kast"])


@pytest.fixture(scope="module")
def facts(curated_root) -> Facts:
    return Facts(curated_root)


def rows(cli, name: str, **params) -> list[dict]:
    args = ["query", name, "--format", "json"]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    return json.loads(cli(*args).stdout)


def quotes_of(claims) -> set[tuple[str, str]]:
    return {(c.iri, q.quote) for c in claims for q in c.quotes}


# ---------------------------------------------------------------- the library itself


def test_every_library_query_has_a_title_a_description_and_passes_the_rules(curated_root):
    library = load_library(find_root(curated_root))
    assert len(library) >= 9
    for query in library.values():
        assert query.title and query.description, query.name
        assert check_request(query.text).form == "select", query.name
        for parameter in query.parameters:
            assert f"?{parameter.name}" in query.text, (query.name, parameter.name)


def test_queries_lists_the_library_with_parameters(cli, curated_root):
    listed = json.loads(cli("queries", "--format", "json").stdout)
    files = sorted(p.stem for p in (curated_root / "ontology" / "queries").glob("*.rq"))
    assert [entry["name"] for entry in listed] == files
    ties = next(e for e in listed if e["name"] == "actor-ties")
    assert ties["parameters"] == ["actor=Kast"]
    table = cli("queries").stdout
    assert "Who endorsed whom" in table and "forums-in-two-regions" in table


@pytest.mark.parametrize("name", [
    "actor-ties", "endorsements", "meetings", "organization-members", "event-participants",
    "forums-in-two-regions", "claims-by-source", "single-source-claims", "election-results",
    "most-connected",
])
def test_each_named_query_runs_and_returns_rows(cli, name):
    assert rows(cli, name), f"{name} returned no rows on the seed graph"


# ---------------------------------------------------------------- the rows the seeds imply


def test_actor_ties_are_every_quote_of_every_claim_about_the_actor(cli, facts):
    found = rows(cli, "actor-ties", actor="Kast")
    about = [c for c in facts.claims.values() if KAST in (c.subject, c.object)]
    assert {(r["claim"], r["quote"]) for r in found} == quotes_of(about)
    assert len(found) == sum(len(c.quotes) for c in about)
    for row in found:
        claim = facts.claims[row["claim"]]
        expected = ("both" if claim.relation in facts.symmetric
                    else "out" if claim.subject == KAST else "in")
        assert (row["relation"], row["direction"]) == (claim.relation, expected)
        assert row["sourceLabel"] == facts.label(next(
            q.source for q in claim.quotes if q.quote == row["quote"]))


def test_actor_ties_of_an_object_only_actor_point_inwards(cli, facts):
    found = rows(cli, "actor-ties", actor="Vox")
    vox = str(KGR.vox)
    about = [c for c in facts.claims.values() if vox in (c.subject, c.object)]
    assert {(r["claim"], r["quote"]) for r in found} == quotes_of(about)
    assert {r["otherLabel"] for r in found} >= {"Santiago Abascal", "José Antonio Kast"}


def test_endorsements(cli, facts):
    endorsements = facts.with_relation("endorsed")
    found = rows(cli, "endorsements")
    assert {(r["claim"], r["quote"]) for r in found} == quotes_of(endorsements)
    assert {(r["endorserLabel"], r["endorsedLabel"]) for r in found} == {
        ("Johannes Kaiser", "José Antonio Kast"), ("Partido Nacional Libertario",
                                                    "José Antonio Kast"),
        ("Evelyn Matthei", "José Antonio Kast")}
    by_kaiser = rows(cli, "endorsements", endorser="Kaiser")
    assert {r["claim"] for r in by_kaiser} == {c.iri for c in endorsements
                                             if c.subject == str(KGR["johannes-kaiser"])}
    assert rows(cli, "endorsements", endorsed="Matthei") == []


def _in_range(claim, since: date | None, until: date | None) -> bool:
    period = claim.period()
    if since is None and until is None:
        return True
    if period is None:
        return False
    return (since is None or period[1] >= since) and (until is None or period[0] <= until)


@pytest.mark.parametrize("since,until,window", [
    ("2025-11", "2025-11", (date(2025, 11, 1), date(2025, 11, 30))),
    ("2025-11-19", None, (date(2025, 11, 19), None)),
    (None, "2024", (None, date(2024, 12, 31))),
    ("2025-11-18", "2025-11-18", (date(2025, 11, 18), date(2025, 11, 18))),
    (None, None, (None, None)),
])
def test_meetings_in_a_date_range(cli, facts, since, until, window):
    params = {k: v for k, v in (("since", since), ("until", until)) if v}
    found = rows(cli, "meetings", **params)
    expected = [c for c in facts.with_relation("met", "contactWith") if _in_range(c, *window)]
    assert {(r["claim"], r["quote"]) for r in found} == quotes_of(expected)


def test_meetings_in_november_2025_are_the_call_and_the_meeting_dated_2025(cli):
    found = rows(cli, "meetings", since="2025-11", until="2025-11")
    assert {(r["secondLabel"], r["date"], r["precision"]) for r in found} == {
        ("Javier Milei", "2025-11-18", "day"), ("Giorgia Meloni", "2025", "year")}
    assert {r["mode"] for r in found if r["secondLabel"] == "Javier Milei"} == {"phone call"}
    assert rows(cli, "meetings", since="2025-11", actor="Meloni") == [
        r for r in found if r["secondLabel"] == "Giorgia Meloni"]


def test_members_and_leaders_of_an_organization(cli, facts):
    ties = facts.with_relation("memberOf", "leaderOf")
    found = rows(cli, "organization-members")
    assert {(r["claim"], r["quote"]) for r in found} == quotes_of(ties)
    vox = rows(cli, "organization-members", organization="Vox")
    assert {(r["role"], r["memberLabel"]) for r in vox} == {("member", "Santiago Abascal")}
    republicans = rows(cli, "organization-members", organization="Partido Republicano")
    assert {(r["role"], r["memberLabel"]) for r in republicans} == {
        ("member", "José Antonio Kast")}
    values = rows(cli, "organization-members", organization="PNfV")
    assert {(r["memberLabel"], r["former"]) for r in values} == {("José Antonio Kast", True)}
    network = rows(cli, "organization-members", organization="entramado global")
    expected = {facts.label(c.subject) for c in ties
                if c.object == str(KGR["entramado-global-de-derechas"])}
    assert {r["memberLabel"] for r in network} == expected and len(expected) == 6


def test_participants_of_an_event_or_series(cli, facts):
    relations = ("participatedIn", "invitedTo", "candidateIn")
    for name, event in (("CPAC", "cpac"), ("cumbre de las nuevas derechas",
                                           "cumbre-nuevas-derechas"),
                        ("elección presidencial chilena 2025", "eleccion-presidencial-chile-2025")):
        parts = facts.parts_of(str(KGR[event]))
        expected = [c for c in facts.with_relation(*relations) if c.object in parts]
        found = rows(cli, "event-participants", event=name)
        assert {(r["claim"], r["quote"]) for r in found} == quotes_of(expected), name
    cpac = rows(cli, "event-participants", event="CPAC")
    assert {(r["relation"], r["participantLabel"]) for r in cpac} == {
        ("participatedIn", "José Antonio Kast")}
    summit = rows(cli, "event-participants", event="cumbre de las nuevas derechas")
    assert {(r["relation"], r["organizers"]) for r in summit} == {("invitedTo", "Vox")}


def test_actors_in_latin_american_and_european_forums(cli, facts):
    latin_america, europe = str(KGR["america-latina"]), str(KGR.europa)
    presence = [c for c in facts.with_relation("participatedIn", "invitedTo", "memberOf")
                if facts.types(c.object) & {str(KG.Event), str(KG.Network)}]
    regions_of = {}
    for claim in presence:
        regions_of.setdefault(claim.subject, set()).update(facts.region(claim.object))
    both = {actor for actor, regions in regions_of.items() if {latin_america, europe} <= regions}
    assert both == {KAST}  # what the seeds say: only Kast is placed in forums of both
    found = rows(cli, "forums-in-two-regions")
    assert {r["actor"] for r in found} == both
    expected = {(facts.label(next(iter(facts.region(c.object) & {latin_america, europe}))),
                 c.object, c.iri) for c in presence if c.subject in both
                and facts.region(c.object) & {latin_america, europe}}
    assert {(r["regionLabel"], r["forum"], r["claim"]) for r in found} == expected
    assert {r["forumLabel"] for r in found} == {
        "Encuentros internacionales de la derecha dura regional",
        "Encuentros internacionales de Vox", "Cumbre de las nuevas derechas"}
    assert rows(cli, "forums-in-two-regions", first="Europa", second="Europe") == []


def test_claims_attributed_to_a_source_or_an_outlet(cli, facts):
    for name, iri in (("La Tercera", str(KGR["la-tercera"])), ("Laborde", str(KGR.laborde)),
                      ("Kaiser", str(KGR["johannes-kaiser"]))):
        expected = {(c.iri, q.quote) for c in facts.claims.values() for q in c.quotes
                    if q.attributed_to == iri}
        found = rows(cli, "claims-by-source", source=name)
        assert {(r["claim"], r["quote"]) for r in found} == expected and expected, name
    document = "https://w3id.org/kgraph/source/003_0e4d2d94ee50f0fa"
    expected = {(c.iri, q.quote) for c in facts.claims.values() for q in c.quotes
                if q.source == document}
    for spelling in ("src:003_0e4d2d94ee50f0fa", document, "Kast, aliado de Vox (11-2025)"):
        found = rows(cli, "claims-by-source", source=spelling)
        assert {(r["claim"], r["quote"]) for r in found} == expected, spelling


def test_claims_supported_by_only_one_source(cli, facts):
    expected = {c.iri: c for c in facts.claims.values()
                if len({q.source for q in c.quotes}) == 1}
    found = rows(cli, "single-source-claims")
    assert {r["claim"] for r in found} == set(expected)
    for row in found:
        claim = expected[row["claim"]]
        assert row["quotes"] == len(claim.quotes)
        assert row["source"] == claim.quotes[0].source
    several = set(facts.claims) - set(expected)
    assert "https://w3id.org/kgraph/claim/kast-allied-milei" in several


def test_election_candidates_and_results(cli, facts):
    found = rows(cli, "election-results")
    rounds = facts.parts_of(str(KGR["eleccion-presidencial-chile-2025"]))
    candidacies = [c for c in facts.with_relation("candidateIn") if c.object in rounds]
    assert {(r["round"], r["candidate"], r["rank"], r["voteShare"]) for r in found} == {
        (c.object, c.subject, c.qualifiers.get("rank"),
         float(c.qualifiers["voteShare"]) if "voteShare" in c.qualifiers else None)
        for c in candidacies}
    first_round = [(r["rank"], r["candidateLabel"], r["voteShare"], r["party"])
                   for r in found if r["roundLabel"].startswith("Primera")]
    assert first_round == [
        (1, "Jeannette Jara", 26.67, "Partido Comunista"),
        (2, "José Antonio Kast", 24.19, "Partido Republicano"),
        (3, "Franco Parisi", 18.6, None),
        (4, "Johannes Kaiser", 13.9, "Partido Nacional Libertario"),
        (5, "Evelyn Matthei", 13.5, None),
    ]
    runoff = {r["candidateLabel"]: r for r in found if r["roundLabel"].startswith("Segunda")}
    assert set(runoff) == {"Jeannette Jara", "José Antonio Kast"}
    assert runoff["José Antonio Kast"]["attempt"] == 3
    assert runoff["José Antonio Kast"]["sources"] == 2
    just_runoff = rows(cli, "election-results", election="segunda vuelta")
    assert [(r["candidateLabel"], r["sources"]) for r in just_runoff] == [
        (r["candidateLabel"], r["sources"]) for r in found if r["roundLabel"].startswith("Segunda")]


def test_most_connected_actors(cli, facts):
    neighbors: dict[str, set] = {}
    for claim in facts.claims.values():
        for actor, other in ((claim.subject, claim.object), (claim.object, claim.subject)):
            if str(KG.Agent) in facts.types(actor):
                neighbors.setdefault(actor, set()).add(other)
    found = rows(cli, "most-connected")
    assert {r["actor"]: r["neighbors"] for r in found} == {a: len(n) for a, n in neighbors.items()}
    assert found[0]["actorLabel"] == "José Antonio Kast"
    assert [r["neighbors"] for r in found] == sorted((r["neighbors"] for r in found),
                                                     reverse=True)


# ---------------------------------------------------------------- a hand-made graph


def test_named_queries_on_a_hand_made_graph(tiny_root):
    cli = Cli(tiny_root)
    assert [(r["firstLabel"], r["secondLabel"]) for r in rows(cli, "meetings", since="2024-03")] \
        == [("Ana Pérez", "Bruno Díaz")]
    assert rows(cli, "meetings", since="2024-04") == []
    assert rows(cli, "meetings", until="2024-03-02") == []
    assert [(r["endorserLabel"], r["endorsedLabel"], r["date"])
            for r in rows(cli, "endorsements")] == [("Carla Ruiz", "Ana Pérez", "2023")]
    assert len(rows(cli, "single-source-claims")) == 3
    assert [(r["role"], r["memberLabel"]) for r in rows(cli, "organization-members",
                                                         organization="Azul")] == [
        ("member", "Bruno Díaz")]
    ana = rows(cli, "actor-ties", actor="Ana")
    assert {(r["relation"], r["direction"], r["otherLabel"]) for r in ana} == {
        ("met", "both", "Bruno Díaz"), ("endorsed", "in", "Carla Ruiz")}


def test_a_root_can_add_its_own_queries(make_root):
    root = make_root("own", entities=TINY_ENTITIES, claims=TINY_CLAIMS, sources=TINY_SOURCES,
                     texts={"doc.txt": TINY_TEXT})
    (root / "ontology" / "queries").mkdir()
    (root / "ontology" / "queries" / "parties.rq").write_text(
        "# title: Parties\n# description: Every party.\n"
        "SELECT ?party WHERE { ?party a kg:PoliticalParty }\n", encoding="utf-8")
    (root / "ontology" / "queries" / "endorsements.rq").write_text(
        "# title: Endorsements here\n# description: Mine.\n"
        "SELECT ?who WHERE { ?who kg:endorsed ?whom }\n", encoding="utf-8")
    cli = Cli(root)
    listed = {e["name"]: e for e in json.loads(cli("queries", "--format", "json").stdout)}
    assert {"parties", "endorsements", "actor-ties"} <= set(listed)  # its own and the shipped
    assert listed["endorsements"]["title"] == "Endorsements here"
    assert rows(cli, "parties") == [{"party": "https://w3id.org/kgraph/id/azul"}]
    assert rows(cli, "endorsements") == [{"who": "https://w3id.org/kgraph/id/carla"}]
    (root / "ontology" / "queries" / "bad.rq").write_text(
        "# title: Bad\n# description: A bad parameter.\n# param: who person\n"
        "SELECT ?who WHERE { ?who a kg:Person }\n", encoding="utf-8")
    result = cli("queries", expect=1)
    assert "cannot read '# param: who person'" in result.stderr
    assert "entity, source, date, string" in result.stderr


# ---------------------------------------------------------------- parameters and names


def test_entity_parameters_resolve_like_every_command(cli):
    by_alias = rows(cli, "actor-ties", actor="JAK")
    assert by_alias == rows(cli, "actor-ties", actor="kgr:jose-antonio-kast")
    assert by_alias == rows(cli, "actor-ties", actor="jose antonio kast")
    assert by_alias == rows(cli, "actor-ties")  # the default is Kast
    unknown = cli("query", "actor-ties", "--param", "actor=Kats", expect=1)
    assert unknown.stderr.startswith("Error: no actor named 'Kats'. Did you mean: Kast")
    ambiguous = cli("query", "organization-members", "-p", "organization=Partido", expect=1)
    assert "ambiguous" in ambiguous.stderr and "Partido Republicano" in ambiguous.stderr


@pytest.mark.parametrize("args,message", [
    (["query", "meetings", "-p", "since=2025-13"], "parameter since expects YYYY, YYYY-MM"),
    (["query", "meetings", "-p", "actor"], "--param expects NAME=VALUE"),
    (["query", "meetings", "-p", "who=Kast"], "has no parameter 'who'; its parameters: since"),
    (["query", "meeting"], "no query named 'meeting'. Did you mean: meetings?"),
    (["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "-p", "a=b"], "--param binds"),
    (["queries", "-p", "a=b"], "--param needs the name of a query"),
])
def test_parameter_mistakes_are_one_line_errors(cli, args, message):
    result = cli(*args, expect=1)
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_queries_name_prints_the_bound_text_that_query_runs(cli, kg):
    text = cli("queries", "endorsements", "-p", "endorser=Kaiser").stdout
    assert "VALUES (?endorser) { (<https://w3id.org/kgraph/id/johannes-kaiser>) }" in text
    assert rows(cli, "endorsements", endorser="Kaiser") == json.loads(
        cli("query", text, "--format", "json").stdout)


def test_query_text_and_file_still_work(cli, curated_root):
    text = "SELECT ?who WHERE { ?who kg:endorsed kgr:jose-antonio-kast } ORDER BY ?who"
    found = json.loads(cli("query", text, "--format", "json").stdout)
    assert len(found) == 3
    path = curated_root / "ontology" / "queries" / "endorsements.rq"
    from_file = json.loads(cli("query", "-f", str(path), "--format", "json").stdout)
    assert from_file == rows(cli, "endorsements")
    assert "true" in cli("query", "ASK { kgr:johannes-kaiser kg:endorsed ?x }").stdout


# ---------------------------------------------------------------- binding


@pytest.mark.parametrize("text,marker", [
    ("SELECT * WHERE { ?s ?p ?o }", "WHERE {"),
    ("select * where{ ?s ?p ?o }", "where{"),
    ("SELECT * { ?s ?p ?o }", "* {"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "WHERE {"),
    ('PREFIX x: <http://e/#a> # a { comment\nSELECT ?where WHERE { ?s x:p "{" }', "WHERE {"),
    ("SELECT * WHERE {\n  ?s ?p '''{ \\''' }''' }", "WHERE {"),
    ("ASK { FILTER(1 < 2 && 3 > 2) }", "ASK {"),
])
def test_values_go_into_the_where_group(text, marker):
    assert where_brace(text) == text.index(marker) + len(marker) - 1
    bound = with_values(text, {"s": ox.NamedNode("http://e/a")})
    assert check_request(bound).form in ("select", "construct", "ask")
    assert "VALUES (?s) { (<http://e/a>) }" in bound


def test_binding_needs_a_group():
    with pytest.raises(InputError):
        where_brace("DESCRIBE <http://e/a>")


def test_date_and_string_parameters_keep_their_type(kg, curated_root):
    from graph.sparql.library import Lookup, Parameter

    lookup = Lookup(kg.engine, kg.resolver)
    assert str(lookup.term(Parameter("d", "date", None, ""), "2025-11")) == (
        '"2025-11"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>')
    assert str(lookup.term(Parameter("t", "string", None, ""), 'a "b"\n')) == '"a \\"b\\"\\n"'
