"""What the ontology in a store says about classes and relations, loaded once per process:
from the file the build keeps beside a local store, else by querying the store."""

from __future__ import annotations

import json
from pathlib import Path

from graph.errors import InputError
from graph.model.terms import CLASS_ENTITY, KG, local_name
from graph.records import Frozen, Record
from graph.store.engine import Engine, Iri

# The schema of a store, kept beside its database by the build.
SCHEMA_FILE = "schema.json"


class RelationInfo(Frozen):
    __slots__ = ("iri", "name", "label_en", "label_es", "symmetric", "domain", "range")

    def __init__(self, iri: str, name: str, label_en: str, label_es: str, symmetric: bool,
                 domain: str | None, range: str | None):
        self.set_fields(iri, name, label_en, label_es, symmetric, domain, range)

    def as_dict(self) -> dict:
        return dict(zip(self.__slots__, self.fields(), strict=True))


class Schema(Record):
    __slots__ = ("relations", "qualifiers", "class_labels", "ancestors")

    def __init__(self, relations: dict[str, RelationInfo] | None = None,
                 qualifiers: dict[str, str] | None = None,
                 class_labels: dict[str, str] | None = None,
                 ancestors: dict[str, set[str]] | None = None):
        self.relations = {} if relations is None else relations
        self.qualifiers = {} if qualifiers is None else qualifiers  # IRI -> local name
        self.class_labels = {} if class_labels is None else class_labels  # IRI -> English label
        self.ancestors = {} if ancestors is None else ancestors

    @classmethod
    def kept_or_load(cls, engine: Engine) -> Schema:
        """The schema kept beside a local store (four queries fewer for a cold command),
        else the one the store holds."""
        held = getattr(engine, "held", None)
        if held is not None:
            try:
                data = json.loads((held.folder / SCHEMA_FILE).read_text(encoding="utf-8"))
                return cls.from_dict(data)
            except (OSError, ValueError, KeyError, TypeError):
                pass  # a store built before the file existed
        return cls.load(engine)

    def keep(self, folder: Path) -> None:
        from graph.publish.files import write_text

        data = {"relations": [r.as_dict() for r in self.relations.values()],
                "qualifiers": self.qualifiers, "class_labels": self.class_labels,
                "ancestors": {c: sorted(a) for c, a in self.ancestors.items()}}
        write_text(folder / SCHEMA_FILE, json.dumps(data, ensure_ascii=False))

    @classmethod
    def from_dict(cls, data: dict) -> Schema:
        """What `keep` wrote, with IRIs typed as `load` gives them."""
        def iri(text):
            return None if text is None else Iri(text)

        schema = cls()
        for r in data["relations"]:
            schema.relations[r["name"]] = RelationInfo(
                iri(r["iri"]), r["name"], r["label_en"], r["label_es"], r["symmetric"],
                iri(r["domain"]), iri(r["range"]))
        schema.qualifiers = {iri(q): name for q, name in data["qualifiers"].items()}
        schema.class_labels = {iri(c): label for c, label in data["class_labels"].items()}
        schema.ancestors = {iri(c): {iri(a) for a in ancestors}
                            for c, ancestors in data["ancestors"].items()}
        return schema

    @classmethod
    def load(cls, engine: Engine) -> Schema:
        schema = cls()
        for row in engine.select(
            """SELECT ?r ?en ?es ?domain ?range ?symmetric WHERE {
                 ?r a kg:Relation .
                 OPTIONAL { ?r rdfs:label ?en FILTER(LANGMATCHES(LANG(?en), "en")) }
                 OPTIONAL { ?r rdfs:label ?es FILTER(LANGMATCHES(LANG(?es), "es")) }
                 OPTIONAL { ?r rdfs:domain ?domain } OPTIONAL { ?r rdfs:range ?range }
                 BIND(EXISTS { ?r a owl:SymmetricProperty } AS ?symmetric) }"""
        ):
            name = local_name(row["r"])
            schema.relations[name] = RelationInfo(
                row["r"], name, row["en"] or name, row["es"] or name, bool(row["symmetric"]),
                row["domain"], row["range"],
            )
        for row in engine.select("SELECT ?q WHERE { ?q a kg:Qualifier }"):
            schema.qualifiers[row["q"]] = local_name(row["q"])
        # Plain queries and the closure computed here: some SPARQL servers (Virtuoso 7) answer a
        # path with two OPTIONALs with no rows, and refuse a path with both ends unbound.
        for row in engine.select(
            f"""SELECT ?c ?label WHERE {{ ?c rdfs:subClassOf* <{CLASS_ENTITY}> .
                  OPTIONAL {{ ?c rdfs:label ?label FILTER(LANGMATCHES(LANG(?label), "en")) }} }}"""
        ):
            schema.class_labels[row["c"]] = row["label"] or local_name(row["c"])
            schema.ancestors.setdefault(row["c"], set())
        parents: dict[str, set[str]] = {}
        for row in engine.select(
            f"""SELECT ?c ?super WHERE {{ ?c rdfs:subClassOf ?super .
                  FILTER(STRSTARTS(STR(?super), "{KG}")) }}"""
        ):
            parents.setdefault(row["c"], set()).add(row["super"])
        for cls, ancestors in schema.ancestors.items():
            pending = list(parents.get(cls, ()))
            while pending:
                parent = pending.pop()
                if parent not in ancestors:
                    ancestors.add(parent)
                    pending.extend(parents.get(parent, ()))
        return schema

    def relation(self, name: str) -> RelationInfo:
        wanted = name.removeprefix("kg:").strip()
        for relation in self.relations.values():
            if wanted.casefold() in (relation.name.casefold(), relation.label_en.casefold()):
                return relation
        raise InputError(
            f"unknown relation {name!r}; valid relations: {', '.join(sorted(self.relations))}"
        )

    def relation_names(self, names) -> list[str]:
        return [self.relation(n).name for n in names]

    def most_specific(self, classes) -> str | None:
        """The class among `classes` that none of the others specializes."""
        known = [c for c in classes if c in self.class_labels]
        for candidate in known:
            if not any(candidate in self.ancestors.get(other, ()) for other in known):
                return candidate
        return None

    def class_label(self, classes) -> str | None:
        chosen = self.most_specific(classes)
        return self.class_labels.get(chosen) if chosen else None

    def class_by_label(self, text: str) -> str:
        wanted = text.strip().casefold()
        for iri, label in self.class_labels.items():
            if wanted in (label.casefold(), local_name(iri).casefold()):
                return iri
        choices = ", ".join(sorted(self.class_labels.values()))
        raise InputError(f"unknown class {text!r}; valid classes: {choices}")
