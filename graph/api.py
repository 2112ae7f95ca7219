"""The Python API: everything the command line does, for notebooks and scripts."""

from __future__ import annotations

import os
import weakref

from graph.build import freshness
from graph.errors import InputError, StoreError, UnknownNameError
from graph.root import Root, find_root, init_root
from graph.store.opening import Opening

# The model is imported where it is used, so that a cold read imports it while the store opens
# (`warm`).
# typing.TYPE_CHECKING, without importing typing (a cold read's few milliseconds count)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from graph.build.pipeline import BuildReport
    from graph.errors import Problem
    from graph.model.cards import EntityCard
    from graph.model.claims import NeighborRow
    from graph.model.entities import EntityRef
    from graph.model.resolve import Resolver, SearchHit
    from graph.model.schema import RelationInfo, Schema
    from graph.model.sources import SourceRow
    from graph.sparql.library import NamedQuery
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

    `rebuild=False` never builds: reading a store older than its inputs raises StoreError.
    """

    def __init__(
        self, root: str | os.PathLike | Root | None = None, *, endpoint: Engine | None = None,
        rebuild: bool = True,
    ):
        self.root = root if isinstance(root, Root) else find_root(root)
        self.remote = endpoint
        self.rebuild = rebuild
        self._local: LocalEngine | None = None
        self._opening: Opening | None = None
        self._schema: Schema | None = None
        self._resolver: Resolver | None = None
        self._pools: dict = {}  # time limit -> the confined worker that runs query()
        # Workers stop with this object, or at exit: never a worker starting as Python ends.
        weakref.finalize(self, _close_all, self._pools)

    @classmethod
    def init(cls, directory: str | os.PathLike) -> KnowledgeGraph:
        """Start a new root in `directory` (new or empty) from the curated graph shipped with
        kgraph, and open it."""
        return cls(init_root(directory))

    @staticmethod
    def synthesize(directory: str | os.PathLike, actors: int, claims: int | None = None,
                   seed: int = 0):
        """Write a synthetic root shaped like the curated graph into `directory` (new or
        empty), for scale tests: the same seed and sizes give the same files."""
        from graph.build.synthetic import generate

        return generate(directory, actors, claims, seed)

    # ------------------------------------------------------------ store

    def build(self, progress=None) -> BuildReport:
        """Validate and build the store now; raises ValidationError listing every problem.
        `progress(phase, done, total)` is called as files are parsed and derived."""
        from graph.build.pipeline import build

        self.close()
        return build(self.root, **({"progress": progress} if progress else {}))

    def validate(self) -> list[Problem]:
        """Every problem of the inputs (empty when the graph is valid); builds nothing."""
        from graph.build.pipeline import check

        return check(self.root)

    @property
    def engine(self) -> Engine:
        """What the read commands query: the remote endpoint if any, else the local store."""
        return self.remote if self.remote is not None else self.local_engine

    @property
    def local_engine(self) -> LocalEngine:
        """The root's own store, built or rebuilt first when its inputs changed."""
        if self._local is None:
            from graph.store.local import LocalEngine

            opening, self._opening = self._opening or Opening.start(self.root.store), None
            self._local = ((opening and opening.finish(self._is_fresh))
                           or LocalEngine.open(self._store_link()))
        return self._local

    def warm(self) -> None:
        """Start opening the local store in the background, so that what runs before the first
        read (imports, parsing) overlaps the open; reading then waits for it as usual."""
        if self.remote is None and self._local is None and self._opening is None:
            self._opening = Opening.start(self.root.store)

    def _is_fresh(self, store) -> bool:
        return freshness.is_fresh(self.root, store)

    def _store_link(self):
        """The store link, the store rebuilt first if stale: the build is imported only then."""
        if freshness.is_fresh(self.root):
            return self.root.store
        if not self.rebuild:
            raise StoreError(f"the store of {self.root.path} is older than its inputs; "
                             "run `kgraph build`")
        from graph.build.pipeline import ensure_store

        return ensure_store(self.root)

    @property
    def schema(self) -> Schema:
        if self._schema is None:
            from graph.model.schema import Schema

            self._schema = Schema.kept_or_load(self.engine)
        return self._schema

    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:
            from graph.model.resolve import Resolver

            self._resolver = Resolver(self.engine, self.schema)
        return self._resolver

    def push(self, target, batch_size: int | None = None):
        """Upload the local store to the SPARQL 1.1 server `target` (a RemoteEngine with an
        update endpoint), graph by graph; graphs already there unchanged are skipped."""
        from graph.store.push import DEFAULT_BATCH_SIZE, push

        return push(self.local_engine.store, target, batch_size=batch_size or DEFAULT_BATCH_SIZE)

    def serve(self, settings, announce=print) -> None:
        """Serve the local store as a SPARQL 1.1 endpoint with `settings` (a ServerSettings)
        until interrupted; `announce(url)` is called once it listens."""
        if self.remote is not None:
            raise InputError("kgraph serve publishes the local store; run it without "
                             "`endpoint`", parameter="endpoint")
        from graph.serve.app import serve

        serve(self.root, settings, announce)

    def close(self) -> None:
        _close_all(self._pools)
        if self._opening is not None:
            self._opening.finish(lambda _: False)  # let it go
            self._opening = None
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
        attributed_to: str | None = None,
    ) -> list[NeighborRow]:
        """Claims around `name`; `attributed_to` (a name) keeps those that a quote attributed
        to that outlet or speaker supports."""
        from graph.model.claims import neighbors
        from graph.model.dates import Window

        window = Window.parse(since, until)
        relations = self.schema.relation_names(relations)
        center = self.resolve(name)
        speaker = self.resolve(attributed_to) if attributed_to else None
        return neighbors(self.engine, self.schema, center, relations, direction, window, depth,
                         speaker)

    def show(self, name: str) -> EntityCard:
        """The card of an entity, or of a source document named by its id or label."""
        from graph.model.cards import entity_card, source_card
        from graph.model.entities import EntityRef
        from graph.model.sources import find_source
        from graph.model.terms import SOURCE

        try:
            entity = self.resolve(name)
        except UnknownNameError:
            source = find_source(self.engine, name)
            if source is None:
                raise
            ref = EntityRef(SOURCE + source.id.removeprefix("src:"), source.label, "source")
            return source_card(self.engine, self.schema, ref)
        return entity_card(self.engine, self.schema, entity)

    def query(self, sparql: str, *, timeout: float | None = None,
              trusted: bool = False) -> QueryResult:
        """Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) on the graph.

        On the local store the query runs in a worker process that the kernel keeps off the
        network and out of every file but the store, under a memory ceiling and `timeout`
        seconds: a query from anywhere (a web form, a shared notebook) can neither fetch
        (`SERVICE`, `LOAD`) nor crash or exhaust this process. The worker starts on the first
        query (about a second) and is kept until `close()`. `trusted=True` runs the query in
        this process instead, with no limits: only for text you wrote yourself.
        """
        if self.remote is not None:
            return self.remote.run(sparql)
        if trusted:
            return self.local_engine.run(sparql)
        from graph.serve.workers import CALLER_LIMITS, caller_pool, confined_result

        pool = self._pools.get(timeout)
        if pool is None:
            import dataclasses

            limits = dataclasses.replace(CALLER_LIMITS, timeout=timeout)
            pool = self._pools[timeout] = caller_pool(self._store_link(), self.root.path, limits)
        return confined_result(pool, sparql)

    def run_query(self, query: str | None = None, *, file: str | os.PathLike | None = None,
                  params=(), timeout: float | None = 30) -> QueryResult:
        """What `kgraph query` runs: SPARQL text, the name of a library query (with `params`
        bound: a mapping, or NAME=VALUE strings) or the text of `file`, checked as the endpoint
        checks queries and stopped after `timeout` seconds (0 or None: no limit)."""
        from graph.sparql.library import parse_assignments, query_text, run_checked

        text = query_text(self, query, file, parse_assignments(params))
        return run_checked(self, text, timeout)

    def library(self) -> list[NamedQuery]:
        """The named queries: those shipped with kgraph and those of the root."""
        from graph.sparql.library import load_library

        return list(load_library(self.root).values())

    def library_query(self, name: str, params=()) -> str:
        """The text of the library query `name`, `params` bound, ready for any endpoint."""
        from graph.sparql.library import named_query_text, parse_assignments

        return named_query_text(self, name, parse_assignments(params))

    def sources(self) -> list[SourceRow]:
        from graph.model.sources import list_sources

        return list_sources(self.engine)

    # ------------------------------------------------------------ ingest and review

    def ingest(self, article: str | os.PathLike, *, date: str | None = None,
               title: str | None = None, outlet: str | None = None, url: str | None = None,
               extractor: str | None = None):
        """Register `article` (Spanish plain text) as a source and propose candidate claims,
        written for review; `extractor` is `nlp` (the default, which needs spaCy and its
        Spanish model), `rules` or a name registered under kgraph.extractors."""
        from graph.ingest import get_extractor, ingest_article

        return ingest_article(self, article, date=date, title=title, outlet=outlet, url=url,
                              extractor=get_extractor(extractor))

    def ingest_batch(self, articles, *, date: str | None = None, title: str | None = None,
                     outlet: str | None = None, url: str | None = None,
                     extractor: str | None = None, progress=None, jobs: int | None = None):
        """What `kgraph ingest` runs: every article of `articles` (files, or folders whose
        *.txt are taken in name order) registered with one extractor, loaded once and read by
        `jobs` processes at once (default: one per processor); each article's metadata from a
        NAME.json beside it unless given here. Returns a BatchResult: an article that fails is
        in its `failures`, nothing of it written. `progress(outcome)` is called as each
        article is done."""
        from graph.ingest import get_extractor, ingest_articles
        from graph.ingest.register import check_options

        if isinstance(articles, (str, os.PathLike)):
            articles = [articles]
        check_options(date, url)  # before the model loads
        return ingest_articles(self, list(articles), date=date, title=title, outlet=outlet,
                               url=url, extractor=get_extractor(extractor), progress=progress,
                               jobs=jobs)

    def review(self, source: str, *, accept=(), reject=(), accept_all: bool = False,
               decide=None):
        """Accept or reject the candidates of an ingested `source` by number (or text such as
        "1,3" or "2-5"); accepted claims become curated Turtle after validation."""
        from graph.ingest import review_source

        return review_source(self, source, accept=accept, reject=reject,
                             accept_all=accept_all, decide=decide)

    def workbench(self, source: str | None = None, *, port: int = 0, announce=print) -> None:
        """Serve the curation workbench on 127.0.0.1 (`port` 0: a free one) until interrupted:
        the review files, or `source`'s article beside its candidates. `announce(url)` gets
        its address, which carries a token made for this run."""
        from graph.serve.workbench import run

        run(self, source, port, announce)

    def evaluate(self, extractor: str | None = None, sources=None, gold_set=None,
                 jobs: int | None = None):
        """Score `extractor` (default: nlp) against the curated claims of `sources` (default:
        every source with curated claims), or, with `gold_set`, against the hand-written gold
        claims of an evaluation set (a folder of NAME.txt and NAME.gold.json). The texts are
        read by `jobs` processes at once (default: one per processor)."""
        from graph.ingest import evaluate, evaluate_set, get_extractor, read_set

        if gold_set is not None:
            texts = read_set(gold_set)  # a bad gold file is reported before the model loads
            return evaluate_set(self, texts, get_extractor(extractor), jobs)
        return evaluate(self, get_extractor(extractor), list(sources or ()) or None, jobs)

    # ------------------------------------------------------------ curation

    def import_claims(self, path: str | os.PathLike, *, dry_run: bool = False):
        """Add the claims of the CSV file `path` (columns subject, relation, object, date,
        source, quote, and optionally attributed_to and negated), each row checked like a
        curated claim; returns an ImportResult listing accepted and refused rows by line. The
        good rows are written through the same validated, atomic write as `review`; with
        `dry_run` nothing is written."""
        from graph.ingest.importing import import_claims

        return import_claims(self, path, dry_run=dry_run)

    def duplicates(self, limit: int = 20, min_score: float | None = None):
        """Pairs of entities that are likely one (graph/ingest/duplicates.py), best first,
        each with its score and reasons and the suggested survivor first."""
        from graph.ingest.duplicates import MIN_SCORE, likely_duplicates

        return likely_duplicates(self, limit, MIN_SCORE if min_score is None else min_score)

    def merge(self, keep: str, drop: str, *, dry_run: bool = False):
        """Merge the entity `drop` into `keep` (names resolve as elsewhere): its claims and
        attributions move to `keep`, its names become aliases of `keep`, claims that become
        identical become one; validated, then written all at once (not with `dry_run`)."""
        from graph.ingest.duplicates import merge_entities

        return merge_entities(self, keep, drop, dry_run=dry_run)

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

    def map(self, output: str | os.PathLike | None = None, center: str | None = None,
            depth: int | None = None, relations=(), since: str | None = None,
            until: str | None = None):
        """Write a network map (default: map.html in the root's output folder): all claims,
        or those within `depth` steps of `center`, filtered by relation and date. The suffix
        of `output` picks a self-contained interactive page (.html) or a drawing for print
        (.svg, .png)."""
        from graph.publish import write_map

        return write_map(self, output, center, depth, relations, since, until)


def _close_all(pools: dict) -> None:
    while pools:
        pools.popitem()[1].close()
