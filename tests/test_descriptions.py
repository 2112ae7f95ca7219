"""Entity descriptions say no more than the claims behind them.

A description is free text, so the check works on its words: every word that names a relation
(met, leader, member, endorsed…) must be backed by a claim of that relation in which the
entity takes part (as subject, object, the one a quote is attributed to, or a qualifier such
as the platform a call was announced on); and when every such claim rests only on attributed
quotes ("según Laborde"), the description names who asserts it. Text between quotation marks
is the source's own words and is left out. The files are read with rdflib alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import rdflib
from helpers import PROJECT
from rdflib.namespace import RDF, RDFS, SKOS

KG = rdflib.Namespace("https://w3id.org/kgraph/ontology#")
DESCRIPTION = rdflib.URIRef("https://schema.org/description")

# Words (Spanish and English stems, matched from a word start) -> the relations that back them.
RELATION_WORDS: list[tuple[str, set[str]]] = [
    (r"reuni[oó]n?\b|reunieron|reunido|se vieron|met\b|meet\b|meeting\b", {"met"}),
    (r"contacto|contact|llamada|conversaci|phone call|call with", {"contactWith"}),
    (r"aliad|alianza|all(y|ied|ies|iance)\b", {"allied"}),
    (r"respald|apoy|endors|support", {"endorsed"}),
    (r"adversari|rival|oppon", {"opponentOf"}),
    (r"miembro|integr|forma parte|member|belong", {"memberOf"}),
    (r"l[ií]der|lidera|dirige\b|leader|leads\b|head of", {"leaderOf"}),
    (r"represent", {"represents"}),
    (r"particip|took part|take part|attend|asisti", {"participatedIn"}),
    (r"invitad|invited", {"invitedTo"}),
    (r"organiz|convoc|conven", {"organizedBy"}),
    (r"candidat|postulante", {"candidateIn", "represents"}),
    # An office the entity holds: "Presidente de Argentina", "Exministra", "second term"; not
    # "candidate for president", which is a candidacy.
    (r"(?<![\w ])(?:ex)?presidente?\b|former president|ministr|minister|mandato|term\b",
     {"holdsOffice"}),
]
QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')


@dataclass
class Backing:
    relation: str
    attributed_to: set[str]  # labels of who asserts it, when every quote is attributed


def _labels(graph: rdflib.Graph, node) -> set[str]:
    return {str(x) for p in (RDFS.label, SKOS.altLabel) for x in graph.objects(node, p)}


def backings(graph: rdflib.Graph) -> dict[rdflib.URIRef, list[Backing]]:
    """For each entity, the claims it takes part in, with who asserts them when every quote
    behind a claim is attributed."""
    found: dict[rdflib.URIRef, list[Backing]] = {}
    for claim in graph.subjects(RDF.type, KG.Claim):
        relation = str(graph.value(claim, KG.relation)).rsplit("#", 1)[1]
        evidence = list(graph.objects(claim, KG.evidence))
        speakers = [graph.value(e, KG.attributedTo) for e in evidence]
        attributed = (set().union(*(_labels(graph, s) for s in speakers))
                      if all(speakers) else set())
        parts = {graph.value(claim, KG.subject), graph.value(claim, KG.object), *speakers}
        parts |= {o for _, o in graph.predicate_objects(claim) if isinstance(o, rdflib.URIRef)}
        for part in parts - {None}:
            found.setdefault(part, []).append(Backing(relation, attributed))
    return found


def overreaching(graph: rdflib.Graph) -> list[str]:
    """One line per description word that no claim of its entity backs, or whose claims are
    all attributed to someone the description does not name."""
    claims = backings(graph)
    problems = []
    for entity, text in graph.subject_objects(DESCRIPTION):
        own = claims.get(entity, [])
        names = _labels(graph, entity)
        plain = QUOTED.sub(" ", str(text))
        for pattern, relations in RELATION_WORDS:
            match = re.search(r"\b(?:" + pattern + r")\w*", plain, re.IGNORECASE)
            if not match:
                continue
            behind = [b for b in own if b.relation in relations]
            where = f"{entity.rsplit('/', 1)[1]} ({text.language}): {match.group(0)!r}"
            if not behind:
                problems.append(f"{where} has no {'/'.join(sorted(relations))} claim")
            elif all(b.attributed_to for b in behind) and not any(
                speaker in plain or speaker in names for b in behind for speaker in b.attributed_to
            ):
                speakers = sorted(set().union(*(b.attributed_to for b in behind)))
                problems.append(f"{where} rests on quotes attributed to {', '.join(speakers)}, "
                                "which the description does not say")
    return sorted(problems)


def _curated() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in sorted((PROJECT / "ontology").glob("*.ttl")) + sorted(
        (PROJECT / "seeds").glob("*.ttl")
    ):
        graph.parse(path, format="turtle")
    return graph


def test_curated_descriptions_assert_no_more_than_their_claims():
    assert overreaching(_curated()) == []


PREFIXES = """@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix kgr: <https://w3id.org/kgraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix schema: <https://schema.org/> .
"""
CLAIM = """kgr:c a kg:Claim ; kg:subject kgr:kast ; kg:relation kg:met ; kg:object kgr:meloni ;
    kg:evidence [ kg:source kgr:s ; kg:attributedTo kgr:laborde ; kg:quote "se ha reunido" ] .
kgr:laborde rdfs:label "Laborde" . kgr:kast rdfs:label "Kast" .
"""


def _check(description: str) -> list[str]:
    graph = rdflib.Graph()
    graph.parse(data=PREFIXES + CLAIM + f"kgr:meloni rdfs:label \"Meloni\" ; schema:description "
                f"{description} .", format="turtle")
    return overreaching(graph)


def test_a_description_that_drops_the_attribution_is_flagged():
    assert _check('"Figura con la que Kast se reunió en 2025."@es') == [
        "meloni (es): 'reunió' rests on quotes attributed to Laborde, which the description "
        "does not say"]
    assert _check('"Figura con la que Kast se reunió en 2025, según Laborde."@es') == []


def test_a_description_naming_a_relation_without_a_claim_is_flagged():
    assert _check('"Leader of the party; met Kast, per Laborde."@en') == [
        "meloni (en): 'Leader' has no leaderOf claim"]
    # The source's own words, quoted, are not the description's assertion.
    assert _check('"Called \\"the leader\\" by the source; met Kast, per Laborde."@en') == []
