"""The Python API: everything the command line does, for notebooks and scripts."""

from __future__ import annotations

import dataclasses
import os
import weakref

from graph.build.pipeline import BuildReport, build, check, ensure_store
from graph.errors import Problem
from graph.model.cards import EntityCard, entity_card
from graph.model.claims import NeighborRow, neighbors
from graph.model.dates import Window
from graph.model.entities import EntityRef
from graph.model.resolve import Resolver, SearchHit
from graph.model.schema import RelationInfo, Schema
from graph.model.sources import SourceRow, list_sources
from graph.root import Root, find_root
from graph.store.engine import Engine, QueryResult
from graph.store.local import LocalEngine


class KnowledgeGraph:
    """A kgraph root and its store.

    `KnowledgeGraph()` uses the nearest root upwards from the current folder (or $KGRAPH_ROOT,
    or the curated graph shipped with the package); the store is built on first use and
    rebuilt whenever an input file changed.

    `KnowledgeGraph(endpoint=RemoteEngine("https://…/sparql", …))` reads from a SPARQL 1.1
    server instead (one that `kgraph push` filled); building, validating and pushing still
    work on the root's local store.
    """

    def __init__(
        self, root: str | os.PathLike | Root | None = None, *, endpoint: Engine | None = None
    ):
        self.root = root if isinstance(root, Root) else find_root(root)
        self.remote = endpoint
        self._local: LocalEngine | None = None
        self._schema: Schema | None = None
        self._resolver: Resolver | None = None
        self._pools: dict = {}  # time limit -> the confined worker that runs query()
        # Workers stop with this object, or at exit: never a worker starting as Python ends.
        weakref.finalize(self, _close_all, self._pools)

    # ------------------------------------------------------------ store

    def build(self, progress=None) -> BuildReport:
        """Validate and build the store now; raises ValidationError listing every problem.
        `progress(phase, done, total)` is called as files are parsed and derived."""
        self.close()
        return build(self.root, **({"progress": progress} if progress else {}))

    def validate(self) -> list[Problem]:
        """Every problem of the inputs (empty when the graph is valid); builds nothing."""
        return check(self.root)

    @property
    def engine(self) -> Engine:
        """What the read commands query: the remote endpoint if any, else the local store."""
        return self.remote if self.remote is not None else self.local_engine

    @property
    def local_engine(self) -> LocalEngine:
        """The root's own store, built or rebuilt first when its inputs changed."""
        if self._local is None:
            self._local = LocalEngine.open(ensure_store(self.root))
        return self._local

    @property
    def schema(self) -> Schema:
        if self._schema is None:
            self._schema = Schema.load(self.engine)
        return self._schema

    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:
            self._resolver = Resolver(self.engine, self.schema)
        return self._resolver

    def close(self) -> None:
        _close_all(self._pools)
        self._local = self._schema = self._resolver = None

    def rdflib_dataset(self):
        """The store as a read-only rdflib Dataset, for rdflib-based tools: the local Oxigraph
        store, or the remote endpoint through rdflib's SPARQL store."""
        from rdflib import Dataset

        if self.remote is not None:
            from rdflib.plugins.stores.sparqlstore import SPARQLStore

            return Dataset(store=SPARQLStore(self.remote.endpoint), default_union=True)
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self.local_engine.store), default_union=True)

    # ------------------------------------------------------------ reading

    def resolve(self, name: str) -> EntityRef:
        return self.resolver.resolve(name)

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        return self.resolver.search(text, limit)

    def relations(self) -> list[RelationInfo]:
        return sorted(self.schema.relations.values(), key=lambda r: r.name)

    def neighbors(
        self,
        name: str,
        relations=(),
        direction: str = "both",
        since: str | None = None,
        until: str | None = None,
        depth: int = 1,
    ) -> list[NeighborRow]:
        window = Window.parse(since, until)
        relations = self.schema.relation_names(relations)
        center = self.resolve(name)
        return neighbors(self.engine, self.schema, center, relations, direction, window, depth)

    def show(self, name: str) -> EntityCard:
        return entity_card(self.engine, self.schema, self.resolve(name))

    def query(self, sparql: str, *, timeout: float | None = None,
              trusted: bool = False) -> QueryResult:
        """Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) on the graph.

        On the local store the query runs in a worker process that the kernel keeps off the
        network and out of every file but the store, under a memory ceiling and `timeout`
        seconds: a query from anywhere (a web form, a shared notebook) can neither fetch
        (`SERVICE`, `LOAD`) nor crash or exhaust this process. The worker is started with
        multiprocessing's "spawn" on the first query and kept until `close()`, so a script
        calling this needs the usual `if __name__ == "__main__":` guard. `trusted=True` runs
        the query in this process instead, with no limits: only for text you wrote yourself.
        """
        if self.remote is not None:
            return self.remote.run(sparql)
        if trusted:
            return self.local_engine.run(sparql)
        from graph.serve.workers import CALLER_LIMITS, caller_pool, confined_result

        pool = self._pools.get(timeout)
        if pool is None:
            limits = dataclasses.replace(CALLER_LIMITS, timeout=timeout)
            pool = self._pools[timeout] = caller_pool(ensure_store(self.root), self.root.path,
                                                      limits)
        return confined_result(pool, sparql)

    def sources(self) -> list[SourceRow]:
        return list_sources(self.engine)

    # ------------------------------------------------------------ network analysis and export

    @property
    def network(self):
        """Paths, shared neighbors, rankings, communities, timelines and statistics
        (graph/analysis/), e.g. `kg.network.path("Bukele", "Vox")`."""
        from graph.analysis import Network

        return Network(self.engine, self.schema, self.resolver)

    def to_networkx(self, relations=(), since: str | None = None, until: str | None = None,
                    co_participants: bool = False):
        """The claims as a networkx MultiDiGraph: entities as nodes with their attributes, one
        edge per relation type between a pair carrying its claims, dates and sources.
        `co_participants=True` ties agents of the same event to each other instead."""
        from graph.analysis import project

        return project(self.engine, self.schema, relations, since, until, co_participants)

    def export(self, output, fmt: str | None = None, relations=(), since: str | None = None,
               until: str | None = None, co_participants: bool = False):
        """Write the graph as ttl, nt, trig, jsonld, graphml, gexf, csv or cytoscape JSON."""
        from graph.publish import export

        return export(self.engine, self.schema, output, fmt, relations, since, until,
                      co_participants)


def _close_all(pools: dict) -> None:
    while pools:
        pools.popitem()[1].close()
