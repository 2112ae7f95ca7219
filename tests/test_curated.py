"""The curated graph states what the seeds state: real answers, and every quote in its source."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
import rdflib
from helpers import PROJECT
from rdflib.namespace import RDF

KG = rdflib.Namespace("https://w3id.org/kgraph/ontology#")
KGR = rdflib.Namespace("https://w3id.org/kgraph/id/")


def curated_graph() -> rdflib.Graph:
    """The curated files read by rdflib alone, independently of kgraph's own parser."""
    graph = rdflib.Graph()
    for path in sorted((PROJECT / "ontology").glob("*.ttl")) + sorted(
        (PROJECT / "seeds").glob("*.ttl")
    ):
        graph.parse(path, format="turtle")
    return graph


def test_every_quote_is_verbatim_in_its_seed_text():
    graph = curated_graph()
    texts = {
        source: " ".join((PROJECT / "seeds" / str(name)).read_text(encoding="utf-8").split())
        for source, name in graph.subject_objects(KG.textFile)
    }
    quotes = list(graph.subject_objects(KG.quote))
    assert len(quotes) > 60
    for evidence, quote in quotes:
        source = graph.value(evidence, KG.source)
        assert " ".join(str(quote).split()) in texts[source], (evidence, quote)


def test_every_claim_has_source_and_quote():
    graph = curated_graph()
    claims = list(graph.subjects(RDF.type, KG.Claim))
    assert len(claims) >= 40
    for claim in claims:
        evidence = list(graph.objects(claim, KG.evidence))
        assert evidence, claim
        for item in evidence:
            assert graph.value(item, KG.source) is not None, claim
            assert str(graph.value(item, KG.quote)).strip(), claim


def test_seed_articles_are_copied_with_metadata():
    texts = sorted(p.name for p in (PROJECT / "seeds").glob("*.txt"))
    assert texts == ["000_634ebe68f598c1d0.txt", "003_0e4d2d94ee50f0fa.txt"]
    graph = curated_graph()
    sources = set(graph.subjects(RDF.type, KG.Source))
    assert len(sources) == 2
    dcterms = rdflib.Namespace("http://purl.org/dc/terms/")
    for source in sources:
        assert str(graph.value(source, dcterms.language)) == "es"
        assert graph.value(source, dcterms.issued) is not None


def _by_relation(rows, relation):
    return [r for r in rows if r["relation"] == relation]


def test_who_endorsed_kast(cli):
    rows = json.loads(cli("neighbors", "Kast", "--relation", "endorsed", "--format", "json").stdout)
    assert {r["neighbor"] for r in rows} == {
        "Johannes Kaiser", "Evelyn Matthei", "Partido Nacional Libertario",
    }
    assert all(r["direction"] == "in" for r in rows)
    matthei = next(r for r in rows if r["neighbor"] == "Evelyn Matthei")
    assert matthei["sources"][0]["quote"].startswith("Por favor, apoyen en segunda vuelta")
    assert matthei["sources"][0]["attributed_to"] == "Evelyn Matthei"


def test_the_milei_call(cli):
    rows = json.loads(cli("neighbors", "Kast", "--format", "json").stdout)
    call = [r for r in _by_relation(rows, "contactWith") if r["neighbor"] == "Javier Milei"]
    assert len(call) == 1
    call = call[0]
    assert call["date"] == "2025-11-18"
    assert call["date_precision"] == "day"
    assert call["date_expression"] == "este martes"
    assert call["direction"] == "both"
    assert call["qualifiers"]["mode"] == "phone call"
    assert call["qualifiers"]["via"] == "Instagram"
    assert any("comunicación telefónica" in s["quote"] for s in call["sources"])


def test_kast_ties_cover_the_headline_and_the_election(cli):
    rows = json.loads(cli("neighbors", "Kast", "--format", "json").stdout)
    pairs = {(r["relation"], r["neighbor"]) for r in rows}
    expected = {
        ("allied", "Javier Milei"),
        ("met", "Javier Milei"),
        ("allied", "Santiago Abascal"),
        ("allied", "Vox"),
        ("met", "Giorgia Meloni"),
        ("contactWith", "Donald Trump"),
        ("contactWith", "Nayib Bukele"),
        ("contactWith", "Giorgia Meloni"),
        ("participatedIn", "CPAC"),
        ("participatedIn", "Encuentros internacionales de Vox"),
        ("invitedTo", "Cumbre de las nuevas derechas"),
        ("memberOf", "Political Network for Values"),
        ("memberOf", "Partido Republicano"),
        ("opponentOf", "Jeannette Jara"),
        ("candidateIn", "Segunda vuelta presidencial de Chile de 2025"),
        ("endorsed", "Johannes Kaiser"),
    }
    assert expected <= pairs
    for row in rows:
        assert row["sources"], row
        assert all(s["quote"] and s["source_id"] for s in row["sources"])


def test_readings_say_no_more_than_their_quotes(cli, kg):
    kast = json.loads(cli("neighbors", "Kast", "--format", "json").stdout)
    pairs = {(r["relation"], r["neighbor"]) for r in kast}
    # "el líder republicano" is an epithet: Kast is a Republican, not the party's leader.
    assert ("memberOf", "Partido Republicano") in pairs
    assert not {p for p in pairs if p[0] == "leaderOf"}
    # "han coincidido en foros internacionales": both were there, which is not a meeting.
    assert ("met", "Santiago Abascal") not in pairs
    forums = "Foros internacionales donde coincidieron Kast y Abascal"
    assert ("participatedIn", forums) in pairs
    abascal = json.loads(cli("neighbors", "Abascal", "--relation", "participatedIn",
                             "--format", "json").stdout)
    assert [r["neighbor"] for r in abascal] == [forums]
    # "integró durante años", in the past tense: a membership that had ended, for years.
    pnfv = next(r for r in kast if r["neighbor"] == "Political Network for Values")
    assert pnfv["qualifiers"]["former"] is True
    assert pnfv["date_expression"] == "durante años" and pnfv["date"] is None
    # Only Kast's first participation is placed in Madrid, not the Vox meetings.
    assert not kg.query("ASK { kgr:encuentros-internacionales-vox kg:location ?where }",
                        trusted=True).boolean
    meloni = json.loads(cli("show", "Meloni", "--format", "json").stdout)["description"]
    assert "según Laborde" in meloni["es"] and "according to Laborde" in meloni["en"]


def test_meloni_meeting_is_this_year_per_laborde(cli):
    rows = json.loads(cli("neighbors", "Meloni", "--relation", "met", "--format", "json").stdout)
    assert len(rows) == 1
    assert rows[0]["neighbor"] == "José Antonio Kast"
    assert (rows[0]["date"], rows[0]["date_precision"]) == ("2025", "year")
    assert rows[0]["sources"][0]["attributed_to"] == "Laborde"


def test_what_an_outlet_and_a_speaker_assert(cli):
    tercera = json.loads(cli("show", "La Tercera", "--format", "json").stdout)
    claims = "https://w3id.org/kgraph/claim/"
    assert {c["claim"].removeprefix(claims) for c in tercera["asserts"]} == {
        "kast-allied-milei", "kast-met-milei", "kast-participated-regional-right-meetings",
        "milei-participated-regional-right-meetings"}
    # Only the quotes La Tercera is cited for, not the other sources of the same claim.
    assert {s["attributed_to"] for c in tercera["asserts"] for s in c["sources"]} == {
        "La Tercera"}
    assert [s["label"] for s in tercera["sources"]] == ["Llamada Kast–Milei (18-11-2025)"]
    table = cli("show", "La Tercera").stdout
    assert "asserts (4): claims that quotes attributed to La Tercera support" in table
    laborde = json.loads(cli("show", "Laborde", "--format", "json").stdout)
    assert [(c["subject"], c["relation"], c["object"], c["date"]) for c in laborde["asserts"]] \
        == [("José Antonio Kast", "met", "Giorgia Meloni", "2025")]
    assert json.loads(cli("show", "Vox", "--format", "json").stdout)["asserts"] == []


def test_what_a_source_document_asserts(cli):
    card = json.loads(cli("show", "src:000_634ebe68f598c1d0", "--format", "json").stdout)
    assert card["class"] == "source" and card["label"] == "Llamada Kast–Milei (18-11-2025)"
    assert card["attributes"]["issued"] == ["2025-11-18"]
    assert len(card["asserts"]) == 23  # as `kgraph sources` counts its claims
    assert {s["source_id"] for c in card["asserts"] for s in c["sources"]} == {card["id"]}
    by_label = json.loads(cli("show", "Kast, aliado de Vox (11-2025)", "--format",
                              "json").stdout)
    assert len(by_label["asserts"]) == 28
    table = cli("show", "003_0e4d2d94ee50f0fa").stdout
    assert "asserts (28): claims that quotes from Kast, aliado de Vox (11-2025) support" in table
    assert "Did you mean" in cli("show", "Kats", expect=1).stderr


def test_neighbors_attributed_to_an_agent(cli):
    def ties(*args):
        rows = json.loads(cli("neighbors", *args, "--format", "json").stdout)
        return {(r["relation"], r["neighbor"]) for r in rows}

    assert ties("Kast", "--attributed-to", "La Tercera") == {
        ("allied", "Javier Milei"), ("met", "Javier Milei"),
        ("participatedIn", "Encuentros internacionales de la derecha dura regional")}
    assert ties("Kast", "--attributed-to", "Laborde") == {("met", "Giorgia Meloni")}
    assert ties("Kast", "--attributed-to", "Kaiser") == {
        ("endorsed", "Johannes Kaiser"), ("endorsed", "Partido Nacional Libertario")}
    assert ties("Kast", "--attributed-to", "Laborde", "--relation", "allied") == set()
    assert cli("neighbors", "Milei", "--attributed-to", "Laborde").stdout == (
        "No claims about Milei match.\n")
    wrong = cli("neighbors", "Kast", "--attributed-to", "Laborda", expect=1)
    assert "Did you mean: Laborde?" in wrong.stderr


def test_milei_relation_is_attributed_to_la_tercera(cli):
    rows = json.loads(cli("neighbors", "Milei", "--relation", "met", "--format", "json").stdout)
    assert rows[0]["sources"][0]["attributed_to"] == "La Tercera"
    assert rows[0]["qualifiers"]["frequency"] == "reiteradas veces"


@pytest.mark.parametrize(
    "candidate, share, rank",
    [
        ("Jeannette Jara", Decimal("26.67"), 1),
        ("José Antonio Kast", Decimal("24.19"), 2),
        ("Franco Parisi", Decimal("18.6"), 3),
        ("Johannes Kaiser", Decimal("13.9"), 4),
        ("Evelyn Matthei", Decimal("13.5"), 5),
    ],
)
def test_first_round_results_with_tables_counted(kg, candidate, share, rank):
    result = kg.query(
        f"""SELECT ?share ?rank ?counted ?date WHERE {{
              ?c kg:relation kg:candidateIn ; kg:object kgr:primera-vuelta-chile-2025 ;
                 kg:subject ?who ; kg:voteShare ?share ; kg:rank ?rank ;
                 kg:countedShare ?counted ; kg:date ?date .
              ?who rdfs:label "{candidate}" }}"""
    )
    assert len(result.rows) == 1
    row = result.rows[0]
    assert Decimal(str(row["share"])) == share
    assert row["rank"] == rank
    assert Decimal(str(row["counted"])) == Decimal("71.16")
    assert row["date"] == "2025-11-16"


def test_runoff_is_on_the_14th_of_december(kg):
    result = kg.query(
        "SELECT ?d WHERE { kgr:segunda-vuelta-chile-2025 kg:date ?d }"
    )
    assert [r["d"] for r in result.rows] == ["2025-12-14"]


def test_truthy_layer_answers_simple_sparql(kg):
    result = kg.query("SELECT ?who WHERE { ?who kg:endorsed kgr:jose-antonio-kast }")
    assert {r["who"].rsplit("/", 1)[1] for r in result.rows} == {
        "johannes-kaiser", "evelyn-matthei", "partido-nacional-libertario",
    }
    # Symmetric relations are materialized both ways.
    assert kg.query("ASK { kgr:javier-milei kg:met kgr:jose-antonio-kast }").boolean
    assert kg.query("ASK { kgr:jose-antonio-kast kg:met kgr:javier-milei }").boolean
    # Directed ones are not.
    assert not kg.query("ASK { kgr:jose-antonio-kast kg:endorsed kgr:johannes-kaiser }").boolean


def test_every_entity_is_typed_and_labelled_in_spanish_and_english_where_described(kg):
    rows = kg.query(
        """SELECT ?e WHERE { ?e a kg:Entity . FILTER NOT EXISTS { ?e rdfs:label ?l } }"""
    ).rows
    assert rows == []
    relations = kg.query(
        """SELECT ?r ?es ?en WHERE { ?r a kg:Relation .
             ?r rdfs:label ?es FILTER(LANG(?es) = "es") ?r rdfs:label ?en FILTER(LANG(?en) = "en")
             ?r rdfs:comment ?ces FILTER(LANG(?ces) = "es")
             ?r rdfs:comment ?cen FILTER(LANG(?cen) = "en") }"""
    ).rows
    names = {r["r"].rsplit("#", 1)[1] for r in relations}
    assert {
        "met", "allied", "endorsed", "contactWith", "memberOf", "leaderOf", "participatedIn",
        "organizedBy", "candidateIn", "opponentOf", "holdsOffice",
    } <= names


def test_symmetric_relations_are_declared_symmetric(kg):
    rows = kg.query("SELECT ?r WHERE { ?r a kg:Relation , owl:SymmetricProperty }").rows
    assert {r["r"].rsplit("#", 1)[1] for r in rows} == {
        "met", "allied", "contactWith", "opponentOf",
    }


def test_classes_align_with_public_vocabularies(kg):
    for cls, aligned in [
        ("Person", "https://schema.org/Person"),
        ("Organization", "http://www.w3.org/ns/org#Organization"),
        ("Event", "http://semanticweb.cs.vu.nl/2009/11/sem/Event"),
        ("Person", "http://xmlns.com/foaf/0.1/Person"),
    ]:
        assert kg.query(f"ASK {{ kg:{cls} owl:equivalentClass <{aligned}> }}").boolean
    assert kg.query("ASK { kg:Agent rdfs:subClassOf prov:Agent }").boolean
