"""Names to entities: labels and aliases compared case- and accent-insensitively.

A name reaches the store only as a bound literal, and text that looks like an IRI (`http…`,
`kgr:…`) is validated as one before it is looked up: nothing a user types is pasted into a
query.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from graph.errors import AmbiguousNameError, UnknownNameError
from graph.model.entities import EntityRef, describe
from graph.model.names import name_key
from graph.model.schema import Schema
from graph.model.terms import CLASS_ENTITY, ENTITY, PREFIXES
from graph.records import Frozen
from graph.sparql.bindings import iri, literal
from graph.store.engine import Engine

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")


class SearchHit(Frozen):
    __slots__ = ("entity", "matched", "score")

    def __init__(self, entity: EntityRef, matched: str, score: float):
        self.set_fields(entity, matched, score)

    def as_dict(self) -> dict:
        return {**self.entity.as_dict(), "matched": self.matched, "score": round(self.score, 3)}


class Resolver:
    def __init__(self, engine: Engine, schema: Schema):
        self.engine = engine
        self.schema = schema
        self._names: list[tuple[str, str, str]] | None = None

    def _by_key(self, key: str) -> set[str]:
        rows = self.engine.select(
            f"SELECT DISTINCT ?e WHERE {{ ?e kg:searchKey ?key ; a <{CLASS_ENTITY}> }}",
            {"key": literal(key)},
        )
        return {r["e"] for r in rows}

    def _by_words(self, key: str) -> set[str]:
        """Entities one of whose names holds every word of `key` as a whole word."""
        words = key.split()
        bound = {f"w{number}": literal(word) for number, word in enumerate(words)}
        filters = " && ".join(f"CONTAINS(?k, ?{variable})" for variable in bound)
        rows = self.engine.select(
            f"SELECT DISTINCT ?e ?k WHERE {{ ?e kg:searchKey ?k FILTER({filters}) "
            f"?e a <{CLASS_ENTITY}> }}",
            bound,
        )
        return {r["e"] for r in rows if set(words) <= set(r["k"].split())}

    @staticmethod
    def _as_iri(name: str) -> ox.NamedNode | None:
        """The IRI that `name` spells out (in full, prefixed or as an entity slug), validated;
        None for a plain name."""
        text = name.strip()
        if text.startswith(("http://", "https://")):
            return iri(text)
        prefix, _, rest = text.partition(":")
        if rest and prefix in PREFIXES:
            return iri(PREFIXES[prefix] + rest)
        if _SLUG.match(text):
            return iri(ENTITY + text)
        return None

    def _exists(self, node: ox.NamedNode) -> bool:
        return self.engine.ask(f"ASK {{ ?x a <{CLASS_ENTITY}> }}", {"x": node})

    def names(self) -> list[tuple[str, str, str]]:
        """(entity IRI, name as written, key) for every label and alias."""
        if self._names is None:
            # Labels first, so that on equal scores a hit shows the label, not an alias.
            rows = self.engine.select(
                f"""SELECT ?e ?n WHERE {{ ?e a <{CLASS_ENTITY}> .
                      {{ ?e rdfs:label ?n BIND(0 AS ?order) }}
                      UNION {{ ?e skos:altLabel ?n BIND(1 AS ?order) }} }} ORDER BY ?order ?n"""
            )
            self._names = [(r["e"], r["n"], name_key(r["n"])) for r in rows]
        return self._names

    def resolve(self, name: str) -> EntityRef:
        node = self._as_iri(name)
        if node is not None and self._exists(node):
            return describe(self.engine, self.schema, [node.value])[node.value]
        key = name_key(name)
        if not key:
            raise UnknownNameError("an empty name matches nothing")
        found = self._by_key(key) or self._by_words(key)
        if len(found) == 1:
            only = found.pop()
            return describe(self.engine, self.schema, [only])[only]
        if found:
            refs = sorted(describe(self.engine, self.schema, found).values(), key=lambda r: r.label)
            listed = "; ".join(f"{r.label} ({r.cls}, {r.id})" for r in refs)
            raise AmbiguousNameError(
                f"{name!r} is ambiguous: {listed}. Use a fuller name or the id.",
                [r.id for r in refs],
            )
        suggestions = self.suggest(key)
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else (
            f" Try: kgraph search {name.split()[0]}"
        )
        raise UnknownNameError(f"no actor named {name!r}.{hint}", suggestions)

    def suggest(self, key: str, limit: int = 5) -> list[str]:
        """The closest names; only those nearly as close as the best, to keep the hint short."""
        import difflib  # only a miss or a search needs it, not the common exact hit

        scored: dict[str, float] = {}
        shown: dict[str, str] = {}
        for entity, written, name in self.names():
            ratio = difflib.SequenceMatcher(None, key, name).ratio()
            if ratio >= 0.6 and ratio > scored.get(entity, 0):
                scored[entity], shown[entity] = ratio, written
        if not scored:
            return []
        best = max(scored.values())
        ranked = sorted(scored, key=lambda e: (-scored[e], shown[e]))
        return [shown[e] for e in ranked if scored[e] >= best - 0.1][:limit]

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        import difflib

        key = name_key(text)
        if not key:
            return []
        best: dict[str, tuple[float, str]] = {}
        for entity, written, name in self.names():
            if name == key:
                score = 1.0
            elif any(word.startswith(key) for word in name.split()) or name.startswith(key):
                score = 0.9
            elif key in name:
                score = 0.8
            else:
                ratio = difflib.SequenceMatcher(None, key, name).ratio()
                if ratio < 0.75:  # below this, typo matches are mostly noise
                    continue
                score = round(0.75 * ratio, 3)
            if score > best.get(entity, (0.0, ""))[0]:
                best[entity] = (score, written)
        refs = describe(self.engine, self.schema, best)
        hits = [SearchHit(refs[e], best[e][1], best[e][0]) for e in best]
        hits.sort(key=lambda h: (-h.score, h.entity.label))
        return hits[:limit]
