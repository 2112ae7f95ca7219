"""The claims of a root read straight from its Turtle files with rdflib and plain Python.

An independent reader for the query tests: no store, no SPARQL, none of kgraph's own readers,
so the library queries are checked against what the files say, not against themselves.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

KG = Namespace("https://w3id.org/kgraph/ontology#")
KGR = Namespace("https://w3id.org/kgraph/id/")
OWL_SYMMETRIC = URIRef("http://www.w3.org/2002/07/owl#SymmetricProperty")


@dataclass(frozen=True)
class Quote:
    source: str
    quote: str
    attributed_to: str | None


@dataclass
class Claim:
    iri: str
    subject: str
    relation: str  # local name: met, endorsed...
    object: str
    date: Literal | None
    qualifiers: dict = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)

    def period(self) -> tuple[date, date] | None:
        """The days the claim's date covers (a year, a month or a day)."""
        if self.date is None:
            return None
        parts = [int(p) for p in str(self.date).split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        day = date(*parts)
        return day, day


class Facts:
    def __init__(self, root: Path):
        self.graph = Graph()
        for folder in ("ontology", "seeds"):
            for path in sorted((root / folder).glob("*.ttl")):
                self.graph.parse(path, format="turtle")
        g = self.graph
        self.symmetric = {str(r).split("#")[1] for r in g.subjects(RDF.type, OWL_SYMMETRIC)}
        self.claims: dict[str, Claim] = {}
        for node in g.subjects(RDF.type, KG.Claim):
            relation = str(g.value(node, KG.relation)).split("#")[1]
            claim = Claim(str(node), str(g.value(node, KG.subject)), relation,
                          str(g.value(node, KG.object)), g.value(node, KG.date))
            for qualifier in ("voteShare", "rank", "countedShare", "attempt", "former", "mode"):
                value = g.value(node, KG[qualifier])
                if value is not None:
                    claim.qualifiers[qualifier] = value.toPython()
            for evidence in g.objects(node, KG.evidence):
                attributed = g.value(evidence, KG.attributedTo)
                claim.quotes.append(Quote(str(g.value(evidence, KG.source)),
                                          str(g.value(evidence, KG.quote)),
                                          str(attributed) if attributed else None))
            self.claims[claim.iri] = claim

    def label(self, iri: str) -> str:
        return str(self.graph.value(URIRef(iri), RDFS.label))

    def types(self, iri: str) -> set[str]:
        """The entity's classes and all their superclasses."""
        found, todo = set(), [o for o in self.graph.objects(URIRef(iri), RDF.type)]
        while todo:
            cls = todo.pop()
            if cls not in found:
                found.add(cls)
                todo.extend(self.graph.objects(cls, RDFS.subClassOf))
        return {str(c) for c in found}

    def value(self, iri: str, prop: str) -> str | None:
        found = self.graph.value(URIRef(iri), KG[prop])
        return str(found) if found is not None else None

    def with_relation(self, *relations: str) -> list[Claim]:
        return [c for c in self.claims.values() if c.relation in relations]

    def parts_of(self, event: str) -> set[str]:
        """The event and every event that is part of it, at any depth."""
        found, todo = {event}, [event]
        while todo:
            current = todo.pop()
            for part in self.graph.subjects(KG.partOf, URIRef(current)):
                if str(part) not in found:
                    found.add(str(part))
                    todo.append(str(part))
        return found

    def region(self, iri: str) -> set[str]:
        """A forum's regions: its own, its location's country's, its country's or its
        organizer's country's."""
        regions = set()
        own = self.value(iri, "region")
        if own:
            regions.add(own)
        countries = {self.value(iri, "country")}
        location = self.value(iri, "location")
        if location:
            countries.add(self.value(location, "country"))
        for claim in self.with_relation("organizedBy"):
            if claim.subject == iri:
                countries.add(self.value(claim.object, "country"))
        regions |= {self.value(c, "region") for c in countries if c}
        return {r for r in regions if r}
