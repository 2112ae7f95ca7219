"""What extraction knows of the graph: entities with their names, classes, countries and dates,
and the relations with their domains and ranges."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.reading import fold
from graph.model.dates import FuzzyDate, parse_iso
from graph.model.names import name_key
from graph.model.terms import KG

PERSON, AGENT, ORGANIZATION = KG + "Person", KG + "Agent", KG + "Organization"
PARTY, COALITION, NETWORK = KG + "PoliticalParty", KG + "Coalition", KG + "Network"
MEDIA, EVENT, ELECTION = KG + "MediaOutlet", KG + "Event", KG + "Election"
ROUND, SUMMIT, SERIES = KG + "ElectionRound", KG + "Summit", KG + "EventSeries"
PLACE, COUNTRY, OFFICE = KG + "Place", KG + "Country", KG + "Office"


@dataclass
class EntityInfo:
    iri: str
    label: str
    classes: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    country: str | None = None
    date: FuzzyDate | None = None
    offices: list[str] = field(default_factory=list)  # the curated graph's holdsOffice objects


@dataclass(frozen=True)
class RelationSpec:
    name: str
    iri: str
    domain: str | None
    range: str | None
    symmetric: bool


@dataclass
class Knowledge:
    entities: dict[str, EntityInfo] = field(default_factory=dict)
    relations: dict[str, RelationSpec] = field(default_factory=dict)
    ancestors: dict[str, set[str]] = field(default_factory=dict)  # class -> superclasses
    # folded name tokens -> entities; `proper` marks names written with a capital
    index: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    proper: set[tuple[tuple[str, ...], str]] = field(default_factory=set)
    candidates: dict[str, CandidateEntity] = field(default_factory=dict)

    @classmethod
    def from_graph(cls, kg) -> Knowledge:
        """From a KnowledgeGraph (its store is built first if needed)."""
        engine, schema = kg.engine, kg.schema
        knowledge = cls()
        for name, info in schema.relations.items():
            knowledge.relations[name] = RelationSpec(
                name, info.iri, info.domain, info.range, info.symmetric)
        knowledge.ancestors = {c: set(a) for c, a in schema.ancestors.items()}
        rows = engine.select(
            """SELECT ?e ?label WHERE { ?e a kg:Entity ; rdfs:label ?label }""")
        for row in rows:
            knowledge.entities.setdefault(row["e"], EntityInfo(row["e"], row["label"]))
        for row in engine.select(
            """SELECT ?e ?c WHERE { ?e a kg:Entity ; a ?c }"""
        ):
            if row["e"] in knowledge.entities and str(row["c"]).startswith(KG):
                knowledge.entities[row["e"]].classes.add(row["c"])
        for row in engine.select(
            """SELECT ?e ?n WHERE { ?e a kg:Entity . { ?e rdfs:label ?n } UNION
                 { ?e skos:altLabel ?n } } ORDER BY ?e ?n"""
        ):
            if row["e"] in knowledge.entities:
                knowledge.add_name(row["e"], row["n"])
        for row in engine.select("SELECT ?e ?c WHERE { ?e a kg:Entity ; kg:country ?c }"):
            if row["e"] in knowledge.entities:
                knowledge.entities[row["e"]].country = row["c"]
        for row in engine.select("SELECT ?e ?d WHERE { ?e a kg:Entity ; kg:date ?d }"):
            if row["e"] in knowledge.entities:
                knowledge.entities[row["e"]].date = parse_iso(str(row["d"]))
        for row in engine.select(
            """SELECT ?p ?o WHERE { ?c a kg:Claim ; kg:subject ?p ; kg:relation kg:holdsOffice ;
                 kg:object ?o } ORDER BY ?p ?o"""
        ):
            if row["p"] in knowledge.entities:
                knowledge.entities[row["p"]].offices.append(row["o"])
        return knowledge

    def for_document(self) -> Knowledge:
        """A copy for reading one document: the document's own names (candidate entities, their
        surnames) must not leak into the next document's reading, so the index and candidates
        are its own; the rest is shared and read-only."""
        return Knowledge(entities=self.entities, relations=self.relations,
                         ancestors=self.ancestors,
                         index={k: set(v) for k, v in self.index.items()},
                         proper=set(self.proper), candidates={})

    def add_name(self, iri: str, name: str) -> None:
        tokens = name_tokens(name)
        if not tokens:
            return
        self.entities[iri].names.append(name)
        self.index.setdefault(tokens, set()).add(iri)
        if name[:1].isupper():
            self.proper.add((tokens, iri))

    @property
    def longest_name(self) -> int:
        return max((len(k) for k in self.index), default=1)

    # ------------------------------------------------------------ classes

    def classes(self, key: str) -> set[str]:
        if key.startswith(NEW):
            candidate = self.candidates.get(key)
            if candidate is None:
                return set()
            return {candidate.cls, *self.ancestors.get(candidate.cls, set())}
        info = self.entities.get(key)
        return info.classes if info else set()

    def is_a(self, key: str, cls: str | None) -> bool:
        return cls is None or cls in self.classes(key)

    def label(self, key: str) -> str:
        if key.startswith(NEW):
            return self.candidates[key].label
        return self.entities[key].label

    def country(self, key: str) -> str | None:
        info = self.entities.get(key)
        return info.country if info else None

    def offices(self, key: str) -> list[str]:
        info = self.entities.get(key)
        return info.offices if info else []

    def date(self, key: str) -> FuzzyDate | None:
        info = self.entities.get(key)
        return info.date if info else None

    def of_class(self, cls: str) -> list[EntityInfo]:
        return [e for e in self.entities.values() if cls in e.classes]

    def fits(self, relation: str, subject: str | None, obj: str | None) -> bool:
        spec = self.relations.get(relation)
        if spec is None:
            return False
        if subject is not None and not self.is_a(subject, spec.domain):
            return False
        return obj is None or self.is_a(obj, spec.range)


def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(name_key(fold(name)).split())
