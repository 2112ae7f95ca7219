"""Facts the build derives from each input file, kept in graphs of their own per file.

Per file, so that an incremental build recomputes only what a changed file implies:
- `graph/truthy/<file>`: `subject relation object` for the file's claims (both ways when the
  relation is symmetric; negated claims are left out);
- `graph/derived/<file>`: `claim prov:wasDerivedFrom source`, `kg:datePrecision`, superclass
  types (the aligned vocabularies' classes too), `skos:prefLabel`, normalized name keys and
  each source's full text.

What a file implies depends on the schema too; a change to the schema rebuilds everything.
The facts are gathered from the triples as the parser reads them, not queried back from the
store: a query per kind of fact over a large store cost more than parsing itself. What needs
the schema (which relations are symmetric, the superclasses of a class) waits until every file
has been read, since any file may declare schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from graph.build.statements import VALIDATED
from graph.model.dates import DATATYPE_PRECISION
from graph.model.names import name_key
from graph.model.terms import (
    CLASS_ENTITY,
    DERIVED_GRAPH,
    KG,
    P_DERIVED_FROM,
    P_ISSUED,
    P_PRECISION,
    P_SEARCH_KEY,
    P_TEXT,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT,
    SKOS_PREF,
    TRUTHY_GRAPH,
)
from graph.store.local import union_query

_CLAIM = ox.NamedNode(KG + "Claim")
_TRUE = ox.Literal(True)
_RDF_TYPE = ox.NamedNode(RDF_TYPE)
_DERIVED_FROM = ox.NamedNode(P_DERIVED_FROM)
_PRECISION = ox.NamedNode(P_PRECISION)
_PREF = ox.NamedNode(SKOS_PREF)
_SEARCH_KEY = ox.NamedNode(P_SEARCH_KEY)
_TEXT = ox.NamedNode(P_TEXT)
_LEVELS = {datatype: ox.NamedNode(KG + name.title())
           for datatype, name in DATATYPE_PRECISION.items()}
# Subjects and objects a quad may hold once blank nodes are named.
_RESOURCE = (ox.NamedNode, ox.Triple)


def truthy_graph(relative: str) -> ox.NamedNode:
    return ox.NamedNode(TRUTHY_GRAPH + relative)


def derived_graph(relative: str) -> ox.NamedNode:
    return ox.NamedNode(DERIVED_GRAPH + relative)


class FileFacts:
    """What one file states that the derivations read, gathered triple by triple."""

    def __init__(self, relative: str):
        self.relative = relative
        self.claims: set = set()
        self.negated: set = set()
        self.subjects: dict = {}
        self.relations: dict = {}
        self.objects: dict = {}
        self.evidence: dict = {}
        self.sources: dict = {}
        self.types: list[tuple] = []
        self.dates: list[tuple] = []
        self.names: list[tuple] = []
        self.text_files: list[tuple] = []
        # What validation reads (graph/build/statements.py), each statement once per file.
        self.stated: dict[str, set[tuple]] = {predicate: set() for predicate in VALIDATED}

    def reset(self) -> None:
        """Forget what was gathered: the file is read again."""
        self.__init__(self.relative)

    def add(self, subject, predicate: ox.NamedNode, obj) -> None:
        key = predicate.value
        gather = _GATHER.get(key)
        if gather is not None:
            gather(self, subject, obj)
        kept = self.stated.get(key)
        if kept is not None:
            kept.add((subject, obj))

    def _type(self, subject, obj) -> None:
        if obj == _CLAIM:
            self.claims.add(subject)
        self.types.append((subject, obj))

    def _subject(self, subject, obj) -> None:
        self.subjects.setdefault(subject, []).append(obj)

    def _relation(self, subject, obj) -> None:
        self.relations.setdefault(subject, []).append(obj)

    def _object(self, subject, obj) -> None:
        self.objects.setdefault(subject, []).append(obj)

    def _negated(self, subject, obj) -> None:
        if obj == _TRUE:
            self.negated.add(subject)

    def _evidence(self, subject, obj) -> None:
        self.evidence.setdefault(subject, []).append(obj)

    def _source(self, subject, obj) -> None:
        self.sources.setdefault(subject, []).append(obj)

    def _date(self, subject, obj) -> None:
        self.dates.append((subject, obj))

    def _label(self, subject, obj) -> None:
        self.names.append((subject, True, obj))

    def _alias(self, subject, obj) -> None:
        self.names.append((subject, False, obj))

    def _text_file(self, subject, obj) -> None:
        self.text_files.append((subject, obj))


_GATHER = {
    RDF_TYPE: FileFacts._type,
    KG + "subject": FileFacts._subject,
    KG + "relation": FileFacts._relation,
    KG + "object": FileFacts._object,
    KG + "negated": FileFacts._negated,
    KG + "evidence": FileFacts._evidence,
    KG + "source": FileFacts._source,
    KG + "date": FileFacts._date,
    P_ISSUED: FileFacts._date,
    RDFS_LABEL: FileFacts._label,
    SKOS_ALT: FileFacts._alias,
    KG + "textFile": FileFacts._text_file,
}


class Derivation:
    """What each parsed file implies: what the file alone decides as soon as it has been read
    (`file_read`), what needs the schema once all have (`finish`); the quads wait in `drain`
    for the store's bulk writer. Sets of facts, as the store keeps them: a triple stated twice
    implies nothing more."""

    def __init__(self, seeds: Path):
        self.seeds = seeds
        self.quads: list[ox.Quad] = []
        # Per file, waiting for the schema: its claims' truthy triples, its typed nodes.
        self.ties: list[tuple[ox.NamedNode, list[tuple]]] = []
        self.typed: list[tuple[ox.NamedNode, list[tuple]]] = []

    def _add(self, subject, predicate, obj, graph) -> None:
        self.quads.append(ox.Quad(subject, predicate, obj, graph))

    def drain(self) -> Iterator[ox.Quad]:
        """The quads derived so far, each handed over once."""
        quads, self.quads = self.quads, []
        return iter(quads)

    def file_read(self, facts: FileFacts) -> None:
        truthy, derived = truthy_graph(facts.relative), derived_graph(facts.relative)
        add = self._add
        subjects, relations, objects = facts.subjects, facts.relations, facts.objects
        ties = []
        for claim in facts.claims:
            for evidence in facts.evidence.get(claim, ()):
                for source in facts.sources.get(evidence, ()):
                    add(claim, _DERIVED_FROM, source, derived)
            if claim in facts.negated:
                continue
            for subject in subjects.get(claim, ()):
                for relation in relations.get(claim, ()):
                    for obj in objects.get(claim, ()):
                        # Anything else breaks the claim's shape, which validation reports.
                        if isinstance(relation, ox.NamedNode) and isinstance(subject, _RESOURCE):
                            add(subject, relation, obj, truthy)
                            ties.append((subject, relation, obj))
        self.ties.append((truthy, ties))
        for node, date in facts.dates:
            level = _LEVELS.get(date.datatype.value) if isinstance(date, ox.Literal) else None
            if level is not None:
                add(node, _PRECISION, level, derived)
        for node, is_label, name in facts.names:
            if is_label:
                add(node, _PREF, name, derived)
            add(node, _SEARCH_KEY, ox.Literal(name_key(name.value)), derived)
        for source, name in facts.text_files:
            try:
                content = (self.seeds / name.value).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue  # reported by validation
            add(source, _TEXT, ox.Literal(content), derived)
        self.typed.append((derived, facts.types))

    def finish(self, store: ox.Store) -> dict[ox.NamedNode, list[ox.NamedNode]]:
        """Derive what needs the schema, now in `store` with every file. Returns the classes
        with the superclasses their nodes were typed with."""
        symmetric = {
            row["r"] for row in union_query(
                store, "SELECT ?r WHERE { ?r a kg:Relation , owl:SymmetricProperty }"
            )
        }
        add = self._add
        for truthy, ties in self.ties:
            for subject, relation, obj in ties:
                if relation in symmetric and isinstance(obj, _RESOURCE):
                    add(obj, relation, subject, truthy)
        self.ties = []
        ancestors = _ancestors(store)
        for derived, types in self.typed:
            for node, cls in types:
                for ancestor in ancestors.get(cls, ()):
                    add(node, _RDF_TYPE, ancestor, derived)
        self.typed = []
        return ancestors


def _ancestors(store: ox.Store) -> dict[ox.NamedNode, list[ox.NamedNode]]:
    """Entities and sources are typed with every superclass and equivalent class, the aligned
    vocabularies' included, so that `?x a kg:Agent` and `?x a foaf:Person` just work. Claims
    and evidence are left out: they are most of the graph, and their alignments (rdf:Statement,
    prov:Entity) answer no question the kg: classes do not."""
    ancestors: dict[ox.NamedNode, list[ox.NamedNode]] = {}
    for row in union_query(
        store,
        f"""SELECT DISTINCT ?class ?super WHERE {{
              {{ ?class rdfs:subClassOf* <{CLASS_ENTITY}> }}
              UNION {{ VALUES ?class {{ kg:Source }} }}
              ?class (rdfs:subClassOf|owl:equivalentClass|^owl:equivalentClass)+ ?super .
              FILTER(STRSTARTS(STR(?class), "{KG}") && isIRI(?super) && ?super != ?class) }}""",
    ):
        ancestors.setdefault(row["class"], []).append(row["super"])
    return ancestors
