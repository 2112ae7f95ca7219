"""The `kgraph` command: parses arguments, calls the library, formats what comes back."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import click

from graph import __version__
from graph.errors import InputError, KGraphError, ValidationError
from graph.render import FORMATS, Column, cell_text, table, to_csv, to_json


class KGraphGroup(click.Group):
    """Turns library errors into one `Error: ...` line and the documented exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ValidationError as error:
            for problem in error.problems:
                click.echo(f"  {problem}", err=True)
            click.echo(f"Error: {error}", err=True)
            ctx.exit(error.exit_code)
        except KGraphError as error:
            click.echo(f"Error: {error}", err=True)
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


class Context:
    def __init__(self, root: str | None):
        self.root_option = root
        self._graph = None

    @property
    def graph(self):
        if self._graph is None:
            from graph.api import KnowledgeGraph

            self._graph = KnowledgeGraph(self.root_option)
        return self._graph


pass_context = click.make_pass_decorator(Context)

format_option = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
    help="table for people, json or csv for programs.",
)


def emit(text: str) -> None:
    if text:
        click.echo(text)


@click.group(cls=KGraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--root", type=click.Path(file_okay=False), envvar="KGRAPH_ROOT",
    help="Folder holding ontology/ and seeds/ (default: nearest upwards, else the curated "
    "graph shipped with kgraph). Also $KGRAPH_ROOT.",
)
@click.option("-q", "--quiet", is_flag=True, help="Do not report automatic rebuilds.")
@click.version_option(__version__, "-V", "--version", prog_name="kgraph")
@click.pass_context
def main(ctx, root, quiet):
    """kgraph: the transnational right-wing network as a knowledge graph.

    Every tie is a claim backed by a source and a verbatim quote. Read commands use the
    persistent store under output/ and rebuild it first when an input file changed.

    \b
    Examples:
      kgraph neighbors Kast
      kgraph show Milei --format json
      kgraph query 'SELECT ?who WHERE { ?who kg:endorsed kgr:jose-antonio-kast }'
    """
    log = logging.getLogger("kgraph")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("kgraph: %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.WARNING if quiet else logging.INFO)
    ctx.obj = Context(root)


# ---------------------------------------------------------------- build and validate


@main.command()
@pass_context
def build(ctx):
    """Validate ontology/ and seeds/ and write the store to output/store.

    The previous store stays untouched when anything fails.

    \b
    Example:
      kgraph build
    """
    report = ctx.graph.build()
    click.echo(
        f"Built {report.store}: {report.claims} claims about {report.entities} entities "
        f"from {report.sources} sources ({report.triples} triples) in {report.seconds:.1f} s"
    )


PROBLEM_COLUMNS = ["file", "line", "entity", "claim", "message"]


@main.command()
@format_option
@pass_context
def validate(ctx, fmt):
    """Check every invariant and report every problem; exit 3 if there is any.

    Checks SHACL shapes, undeclared entities, relation domains and ranges, dates, quotes
    found verbatim in their sources, and duplicate claims.

    \b
    Example:
      kgraph validate --format csv > problems.csv
    """
    problems = ctx.graph.validate()
    rows = [{k: getattr(p, k) for k in PROBLEM_COLUMNS} for p in problems]
    if fmt == "json":
        emit(to_json(rows))
    elif fmt == "csv":
        emit(to_csv(rows, PROBLEM_COLUMNS))
    else:
        for problem in problems:
            click.echo(str(problem))
        files = len(ctx.graph.root.input_files())
        if not problems:
            click.echo(f"OK: {files} input files, no problems.")
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        click.echo(f"Error: {len(problems)} {noun} found.", err=True)
        sys.exit(ValidationError.exit_code)


# ---------------------------------------------------------------- neighbors


def _claim_rows(rows, with_from: bool) -> list[dict]:
    """One table line per piece of evidence, the claim's fields on its first line only.
    Qualifiers go under the neighbor and the date as written under the date."""
    lines = []
    for row in rows:
        claim = row.claim
        details = [f"{k}: {cell_text(v)}" for k, v in claim.qualifiers.items()]
        neighbor = "\n".join([row.neighbor.label, *(f"  {d}" for d in details)])
        date = "\n".join(x for x in (claim.when, _quoted(claim.date_expression)) if x)
        for index, evidence in enumerate(claim.evidence):
            quote = _quoted(evidence.quote)
            if evidence.attributed_to:
                quote += f" (per {evidence.attributed_to.label})"
            line = {"source": evidence.source.label, "quote": quote}
            if index == 0:
                line.update(relation=claim.relation, direction=row.direction,
                            neighbor=neighbor, date=date,
                            via=row.center.label if with_from else None)
            lines.append(line)
    return lines


def _quoted(text: str | None) -> str | None:
    return f"“{text}”" if text else None


def _claim_columns(with_relation: bool = True, with_from: bool = False) -> list[Column]:
    columns = [
        Column("relation", "relation", 14),
        Column("direction", "dir", 4),
        Column("neighbor", "neighbor", 24),
        Column("date", "date", 12),
        Column("source", "source", 18),
        Column("quote", "quote", None, flexible=True),
    ]
    if not with_relation:
        columns = columns[1:]
    if with_from:
        columns.insert(0, Column("via", "from", 20))
    return columns


NEIGHBOR_CSV = [
    "relation", "direction", "neighbor", "neighbor_id", "neighbor_class", "date",
    "date_precision", "date_expression", "qualifiers", "sources", "source_ids", "quotes",
    "claim", "depth", "from",
]


def _flat(rows) -> list[dict]:
    flat = []
    for row in rows:
        data = row.as_dict()
        data["source_ids"] = [s["source_id"] for s in data["sources"]]
        data["quotes"] = [s["quote"] for s in data["sources"]]
        data["sources"] = [s["source"] for s in data["sources"]]
        flat.append(data)
    return flat


def _print_claims(rows, fmt: str, *, with_relation=True, with_from=False, empty="") -> None:
    if fmt == "json":
        emit(to_json([row.as_dict() for row in rows]))
    elif fmt == "csv":
        emit(to_csv(_flat(rows), NEIGHBOR_CSV))
    elif rows:
        emit(table(_claim_rows(rows, with_from), _claim_columns(with_relation, with_from)))
    elif empty:
        click.echo(empty)


@main.command()
@click.argument("name")
@click.option("--relation", "-r", "relations", multiple=True, metavar="R",
              help="Only this relation (repeatable), e.g. met, allied, endorsed.")
@click.option("--direction", type=click.Choice(["in", "out", "both"]), default="both",
              show_default=True, help="out: NAME is the subject; in: the object.")
@click.option("--since", metavar="DATE", help="Only claims dated on or after DATE "
              "(YYYY, YYYY-MM or YYYY-MM-DD); undated claims are left out.")
@click.option("--until", metavar="DATE", help="Only claims dated on or before DATE.")
@click.option("--depth", type=click.IntRange(1, 6), default=1, show_default=True,
              help="Walk this many steps out from NAME.")
@format_option
@pass_context
def neighbors(ctx, name, relations, direction, since, until, depth, fmt):
    """Everyone and everything NAME is tied to: one row per claim, with its sources and quotes.

    NAME is a label or alias in any case and with or without accents ("Kast", "jose antonio
    kast", "JAK") or an id such as kgr:jose-antonio-kast.

    \b
    Examples:
      kgraph neighbors Kast
      kgraph neighbors Kast --relation endorsed --direction in
      kgraph neighbors Milei --since 2025-11 --format json
      kgraph neighbors Abascal --depth 2 --format csv
    """
    rows = ctx.graph.neighbors(name, relations, direction, since, until, depth)
    _print_claims(rows, fmt, with_from=depth > 1, empty=f"No claims about {name} match.")


# ---------------------------------------------------------------- show


@main.command()
@click.argument("name")
@format_option
@pass_context
def show(ctx, name, fmt):
    """The card of an entity: class, labels, aliases, country, party, offices, and its claims
    grouped by relation.

    \b
    Examples:
      kgraph show Kast
      kgraph show "Partido Nacional Libertario" --format json
    """
    card = ctx.graph.show(name)
    if fmt == "json":
        emit(to_json(card.as_dict()))
        return
    rows = [row for group in card.claims.values() for row in group]
    if fmt == "csv":
        emit(to_csv(_flat(rows), NEIGHBOR_CSV))
        return
    entity = card.entity
    click.echo(f"{entity.label}  ({entity.cls or 'entity'}, {entity.id})")
    facts = [("aliases", ", ".join(card.aliases))]
    facts += [(k, ", ".join(v)) for k, v in card.attributes.items()]
    facts += [("party", ", ".join(card.parties)), ("offices", "; ".join(card.offices))]
    facts += [(f"description ({lang})", text) for lang, text in sorted(card.descriptions.items())]
    facts += [("sources", "; ".join(s.label for s in card.sources))]
    width = max(len(k) for k, _ in facts)
    for key, value in facts:
        if value:
            wrapped = table([{"v": value}], [Column("v", "", None, flexible=True)])
            lines = wrapped.split("\n")[2:]
            click.echo(f"{key.ljust(width)}  {lines[0]}")
            for more in lines[1:]:
                click.echo(f"{' ' * width}  {more}")
    for relation, group in card.claims.items():
        click.echo(f"\n{relation} ({len(group)})")
        emit(table(_claim_rows(group, False), _claim_columns(with_relation=False)))


# ---------------------------------------------------------------- query


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Read the query from this file.")
@format_option
@pass_context
def query(ctx, sparql, query_file, fmt):
    """Run a SPARQL query on the store.

    SELECT and ASK print as a table, JSON or CSV; CONSTRUCT and DESCRIBE print as Turtle (or
    JSON-LD with --format json). The prefixes kg:, kgr:, kgc:, src:, rdf:, rdfs:, owl:, xsd:,
    skos:, prov:, dcterms:, schema:, foaf:, org: and sem: are predeclared; the default graph is
    the union of all graphs, so `?s kg:endorsed ?o` works as is.

    \b
    Examples:
      kgraph query 'SELECT ?who WHERE { ?who kg:endorsed kgr:jose-antonio-kast }'
      kgraph query -f ontology/queries/endorsements.rq --format csv
    """
    if (sparql is None) == (query_file is None):
        raise InputError("give a query as an argument or with -f FILE, not both or neither")
    text = Path(query_file).read_text(encoding="utf-8") if query_file else sparql
    result = ctx.graph.query(text)
    if result.kind == "ask":
        emit(to_json({"boolean": result.boolean}) if fmt == "json" else str(result.boolean).lower())
    elif result.kind == "graph":
        if fmt == "csv":
            raise InputError("CONSTRUCT and DESCRIBE results print as Turtle or JSON-LD, not CSV")
        if fmt == "json":
            import pyoxigraph as ox

            emit(ox.serialize(result.triples, format=ox.RdfFormat.JSON_LD).decode("utf-8"))
        else:
            emit(result.turtle())
    elif fmt == "json":
        emit(to_json(result.rows))
    elif fmt == "csv":
        emit(to_csv(result.rows, result.variables))
    elif result.rows:
        columns = [Column(v, v, 60) for v in result.variables]
        emit(table(result.rows, columns))
        click.echo(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    else:
        click.echo("(no rows)")


# ---------------------------------------------------------------- search, sources, relations


@main.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@format_option
@pass_context
def search(ctx, text, limit, fmt):
    """Find entities whose label or alias matches TEXT (accents and case ignored, typos
    tolerated).

    \b
    Example:
      kgraph search partido
    """
    hits = [hit.as_dict() for hit in ctx.graph.search(text, limit)]
    columns = ["label", "class", "id", "matched", "score"]
    if fmt == "json":
        emit(to_json(hits))
    elif fmt == "csv":
        emit(to_csv(hits, columns))
    elif hits:
        for hit in hits:
            hit["short_id"] = hit["id"]
        from graph.store import Iri

        shown = [{**h, "id": Iri(h["id"])} for h in hits]
        emit(table(shown, [Column(c, c) for c in columns]))
    else:
        click.echo(f"No entity matches {text!r}.")


@main.command()
@format_option
@pass_context
def sources(ctx, fmt):
    """The source documents, with how many claims and quotes each supports.

    \b
    Example:
      kgraph sources --format json
    """
    rows = [s.as_dict() for s in ctx.graph.sources()]
    columns = ["id", "label", "issued", "language", "claims", "quotes", "text_file", "title"]
    if fmt == "json":
        emit(to_json(rows))
    elif fmt == "csv":
        emit(to_csv(rows, columns))
    else:
        emit(table(rows, [Column(c, c, 48 if c in ("title", "label") else None) for c in
                          columns[:-1]]))


@main.command()
@format_option
@pass_context
def relations(ctx, fmt):
    """The relation types a claim can use, for --relation.

    \b
    Example:
      kgraph relations
    """
    rows = [
        {"relation": r.name, "symmetric": r.symmetric, "label_en": r.label_en,
         "label_es": r.label_es, "domain": r.domain, "range": r.range}
        for r in ctx.graph.relations()
    ]
    columns = ["relation", "symmetric", "label_en", "label_es", "domain", "range"]
    if fmt == "json":
        emit(to_json(rows))
    elif fmt == "csv":
        emit(to_csv(rows, columns))
    else:
        from graph.store import Iri

        shown = [{**r, "domain": Iri(r["domain"] or ""), "range": Iri(r["range"] or "")}
                 for r in rows]
        emit(table(shown, [Column(c, c) for c in columns]))


# ---------------------------------------------------------------- synthetic data


@main.command()
@click.option("--actors", type=click.IntRange(20), required=True,
              help="Number of entities: people, parties, outlets, events, places, offices.")
@click.option("--claims", type=click.IntRange(1), help="Number of claims [default: 3 × actors].")
@click.option("--seed", type=int, default=0, show_default=True,
              help="The same seed and sizes give the same files, byte for byte.")
@click.option("--root", "target", type=click.Path(file_okay=False),
              help="New or empty folder to write the root into (or kgraph's own --root).")
@pass_context
def synth(ctx, actors, claims, seed, target):
    """Write a synthetic root shaped like the curated graph, of any size, for scale tests.

    Entities with unique labels, claims over every relation within its domain and range,
    power-law degrees, dates of mixed precision, qualifiers, and source texts that contain
    every quote. `kgraph --root DIR build` builds it.

    \b
    Example:
      kgraph synth --actors 10000 --claims 30000 --seed 1 --root synth-30k
    """
    from graph.synth import generate

    target = target or ctx.root_option
    if not target:
        raise InputError("give --root DIR, the new or empty folder to write the root into")
    report = generate(target, actors, claims, seed)
    classes = ", ".join(f"{n} {cls}" for cls, n in sorted(report.classes.items(),
                                                          key=lambda kv: -kv[1]))
    click.echo(
        f"Wrote {report.root}: {report.entities} entities ({classes}), {report.claims} claims, "
        f"{report.sources} sources in {report.seconds:.1f} s. "
        f"Next: kgraph --root {report.root} build"
    )


# ---------------------------------------------------------------- remote stores


@main.command()
@click.option("--endpoint", required=True, envvar="KGRAPH_ENDPOINT", metavar="URL",
              help="SPARQL query endpoint of the server. Also $KGRAPH_ENDPOINT.")
@click.option("--update-endpoint", envvar="KGRAPH_UPDATE_ENDPOINT", metavar="URL",
              help="SPARQL update endpoint, if not the query endpoint "
              "(Virtuoso: .../sparql-auth). Also $KGRAPH_UPDATE_ENDPOINT.")
@click.option("--user", envvar="KGRAPH_USER", help="Also $KGRAPH_USER.")
@click.option("--password", envvar="KGRAPH_PASSWORD", help="Also $KGRAPH_PASSWORD.")
@click.option("--auth", type=click.Choice(["digest", "basic"]), default="digest",
              show_default=True, help="HTTP authentication scheme of the update endpoint.")
@click.option("--batch-size", type=click.IntRange(1), default=None,
              help="Triples per request [default: 4000, which Virtuoso accepts].")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds to wait for each answer.")
@pass_context
def push(ctx, endpoint, update_endpoint, user, password, auth, batch_size, timeout):
    """Upload the local store to a SPARQL 1.1 server, graph by graph.

    Each graph replaces the graph of the same name on the server. A push that stops midway
    can simply be run again: graphs already complete are skipped, the others reloaded, and
    nothing is duplicated; after a rebuild only the changed graphs are sent.

    \b
    Example:
      kgraph push --endpoint http://localhost:8890/sparql \\
          --update-endpoint http://localhost:8890/sparql-auth --user dba --password ...
    """
    from graph.remote import DEFAULT_BATCH_SIZE, RemoteEngine
    from graph.remote import push as push_store

    target = RemoteEngine(endpoint, update_endpoint, user, password, auth, timeout)
    report = push_store(ctx.graph.engine.store, target,
                        batch_size=batch_size or DEFAULT_BATCH_SIZE)
    click.echo(
        f"Pushed {report.graphs} graphs ({report.triples} triples) to "
        f"{target.update_endpoint} in {report.requests} "
        f"request{'s' if report.requests != 1 else ''}, {report.seconds:.1f} s; "
        f"{report.unchanged} unchanged, {report.removed} removed."
    )


@main.command()
@click.argument("directory", type=click.Path(file_okay=False))
def init(directory):
    """Start a new root in DIRECTORY from the curated graph shipped with kgraph.

    \b
    Example:
      kgraph init my-research && cd my-research && kgraph build
    """
    from graph.root import packaged_root

    target = Path(directory)
    if target.exists() and any(target.iterdir()):
        raise InputError(f"{directory} exists and is not empty")
    source = packaged_root().path
    staging = target.parent / f".{target.name}.init"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for folder in ("ontology", "seeds"):
            shutil.copytree(source / folder, staging / folder)
        (staging / "output").mkdir()
        if target.exists():
            target.rmdir()
        staging.rename(target)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise InputError(f"cannot create {directory}: {error}") from error
    click.echo(f"Created {target}/ with ontology/ and seeds/. Next: cd {target} && kgraph build")


if __name__ == "__main__":
    main()
