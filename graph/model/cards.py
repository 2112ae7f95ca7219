"""The entity card behind `kgraph show`: who or what an entity is, and its claims by relation."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model.claims import Claim, NeighborRow, claims_about, claims_attributed_to
from graph.model.entities import EntityRef, describe
from graph.model.schema import Schema
from graph.model.terms import KG, RDFS_LABEL, SKOS_ALT
from graph.sparql.bindings import iri
from graph.store.engine import Engine, Iri

_DESCRIPTION = "https://schema.org/description"
_PARTY = KG + "PoliticalParty"


@dataclass
class EntityCard:
    entity: EntityRef
    aliases: list[str] = field(default_factory=list)
    descriptions: dict[str, str] = field(default_factory=dict)
    attributes: dict[str, list[str]] = field(default_factory=dict)
    parties: list[str] = field(default_factory=list)
    offices: list[str] = field(default_factory=list)
    claims: dict[str, list[NeighborRow]] = field(default_factory=dict)
    # What the entity asserts: claims that quotes attributed to it support (an outlet, a
    # speaker), with those quotes only.
    asserts: list[Claim] = field(default_factory=list)

    @property
    def sources(self) -> list[EntityRef]:
        claims = [r.claim for rows in self.claims.values() for r in rows] + self.asserts
        found = {e.source.iri: e.source for claim in claims for e in claim.evidence}
        return sorted(found.values(), key=lambda s: s.label)

    def as_dict(self) -> dict:
        return {
            **self.entity.as_dict(),
            "aliases": self.aliases,
            "description": self.descriptions,
            "attributes": self.attributes,
            "parties": self.parties,
            "offices": self.offices,
            "claims": {
                relation: [row.as_dict() for row in rows] for relation, rows in self.claims.items()
            },
            "sources": [s.as_dict() for s in self.sources],
            "asserts": [claim.as_dict() for claim in self.asserts],
        }


# Attributes shown on the card, by property, with the name they carry there.
_ATTRIBUTES = {
    KG + "country": "country",
    KG + "date": "date",
    KG + "dateExpression": "date as written",
    KG + "partOf": "part of",
    KG + "location": "location",
}


def entity_card(engine: Engine, schema: Schema, entity: EntityRef) -> EntityCard:
    card = EntityCard(entity)
    values: dict[str, list] = {}
    node = {"x": iri(entity.iri)}
    for row in engine.select("SELECT ?p ?v (LANG(?v) AS ?lang) WHERE { ?x ?p ?v }", node):
        values.setdefault(row["p"], []).append((row["v"], row["lang"]))
    card.aliases = sorted({v for v, _ in values.get(SKOS_ALT, [])})
    card.descriptions = {lang or "und": v for v, lang in values.get(_DESCRIPTION, [])}
    linked = [v for p in _ATTRIBUTES for v, _ in values.get(p, []) if isinstance(v, Iri)]
    refs = describe(engine, schema, linked)
    for prop, name in _ATTRIBUTES.items():
        shown = [refs[v].label if isinstance(v, Iri) else str(v) for v, _ in values.get(prop, [])]
        if shown:
            card.attributes[name] = shown
    labels = {v for v, _ in values.get(RDFS_LABEL, [])} - {entity.label}
    if labels:
        card.attributes["other labels"] = sorted(labels)

    claims: list[Claim] = claims_about(engine, schema, [entity.iri])
    party_members = {
        r["o"] for r in engine.select(
            f"""SELECT ?o WHERE {{ ?c kg:subject ?x ; kg:relation ?r ; kg:object ?o .
                  VALUES ?r {{ kg:memberOf kg:leaderOf }} ?o a <{_PARTY}> }}""", node
        )
    }
    for claim in sorted(claims, key=Claim.sort_key):
        outgoing = claim.subject.iri == entity.iri
        other = claim.object if outgoing else claim.subject
        way = "both" if claim.symmetric else ("out" if outgoing else "in")
        card.claims.setdefault(claim.relation, []).append(NeighborRow(claim, entity, other, way))
        if outgoing and other.iri in party_members and other.label not in card.parties:
            card.parties.append(other.label)
        if outgoing and claim.relation == "holdsOffice":
            former = " (former)" if claim.qualifiers.get("former") is True else ""
            term = claim.qualifiers.get("termNumber")
            term_note = f" (term {term})" if term else ""
            card.offices.append(f"{other.label}{former}{term_note}")
    for claim in claims_attributed_to(engine, schema, entity.iri):
        claim.evidence = [e for e in claim.evidence
                          if e.attributed_to is not None and e.attributed_to.iri == entity.iri]
        card.asserts.append(claim)
    return card


def source_card(engine: Engine, schema: Schema, source: EntityRef) -> EntityCard:
    """The card of a source document: its metadata and what it asserts, the claims its quotes
    support (with those quotes only)."""
    card = EntityCard(source)
    for row in engine.select("SELECT ?p ?v (LANG(?v) AS ?lang) WHERE { ?x ?p ?v }",
                             {"x": iri(source.iri)}):
        name = _SOURCE_ATTRIBUTES.get(row["p"])
        if name == "description":
            card.descriptions[row["lang"] or "und"] = row["v"]
        elif name:
            card.attributes.setdefault(name, []).append(str(row["v"]))
    order = list(_SOURCE_ATTRIBUTES.values())
    card.attributes = dict(sorted(card.attributes.items(), key=lambda kv: order.index(kv[0])))
    for claim in claims_attributed_to(engine, schema, source.iri, "kg:source"):
        claim.evidence = [e for e in claim.evidence if e.source.iri == source.iri]
        card.asserts.append(claim)
    return card


_DCTERMS = "http://purl.org/dc/terms/"
_SOURCE_ATTRIBUTES = {
    _DCTERMS + "title": "title", _DCTERMS + "issued": "issued",
    _DCTERMS + "language": "language", KG + "textFile": "text file",
    _DCTERMS + "description": "description",
}
