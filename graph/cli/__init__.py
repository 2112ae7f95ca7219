"""The `kgraph` command: parses arguments, calls the library, formats what comes back."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import click

from graph import __version__
from graph.cli.output import FORMATS, Column, cell_text, table, to_csv, to_json
from graph.errors import InputError, KGraphError, ValidationError
from graph.store.engine import Iri


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


class _EchoHandler(logging.Handler):
    """Log lines go to whatever stderr is now (click's runner swaps it between invocations)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"kgraph: {record.getMessage()}", err=True)


class Context:
    def __init__(self, root: str | None, remote: dict | None = None):
        self.root_option = root
        self.remote_options = remote
        self._graph = None

    @property
    def graph(self):
        if self._graph is None:
            from graph.api import KnowledgeGraph

            endpoint = None
            if self.remote_options:
                from graph.store.remote import RemoteEngine

                endpoint = RemoteEngine(**self.remote_options)
            self._graph = KnowledgeGraph(self.root_option, endpoint=endpoint)
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
@click.option(
    "--endpoint", envvar="KGRAPH_ENDPOINT", metavar="URL",
    help="Answer from this SPARQL 1.1 endpoint (filled by `kgraph push`) instead of the local "
    "store. Also $KGRAPH_ENDPOINT.",
)
@click.option("--user", envvar="KGRAPH_USER", help="User for --endpoint. Also $KGRAPH_USER.")
@click.option("--password", envvar="KGRAPH_PASSWORD",
              help="Password for --endpoint. Also $KGRAPH_PASSWORD.")
@click.option("--auth", type=click.Choice(["digest", "basic"]), default="digest",
              envvar="KGRAPH_AUTH", show_default=True, help="HTTP authentication for --endpoint.")
@click.option("-q", "--quiet", is_flag=True, help="Do not report automatic rebuilds.")
@click.version_option(__version__, "-V", "--version", prog_name="kgraph")
@click.pass_context
def main(ctx, root, endpoint, user, password, auth, quiet):
    """kgraph: the transnational right-wing network as a knowledge graph.

    Every tie is a claim backed by a source and a verbatim quote. Read commands use the
    persistent store under output/ and rebuild it first when an input file changed.

    \b
    Examples:
      kgraph neighbors Kast
      kgraph show Milei --format json
      kgraph query 'SELECT ?who WHERE { ?who kg:endorsed kgr:jose-antonio-kast }'
      kgraph --endpoint http://127.0.0.1:8890/sparql neighbors Kast
    """
    log = logging.getLogger("kgraph")
    if not any(isinstance(h, _EchoHandler) for h in log.handlers):
        log.addHandler(_EchoHandler())
    log.setLevel(logging.WARNING if quiet else logging.INFO)
    remote = None
    if endpoint:
        # Reading is usually anonymous: a password exported for `kgraph push` alone is no
        # reason to authenticate (a user given without a password still is an error).
        credentials = {"user": user, "password": password} if user else {}
        remote = {"endpoint": endpoint, "auth": auth, **credentials}
    ctx.obj = Context(root, remote)


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
    report = ctx.graph.build(progress=_progress_bar())
    click.echo(
        f"Built {report.store}: {report.claims} claims about {report.entities} entities "
        f"from {report.sources} sources ({report.triples} triples) in {report.seconds:.1f} s"
    )


def _progress_bar():
    """A one-line bar on an interactive stderr; nothing when output goes to a file or pipe."""
    if not sys.stderr.isatty():
        return None

    def show(phase: str, done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        end = "\n" if done >= total else ""
        click.echo(f"\rkgraph: {phase:<10} [{'#' * filled}{'.' * (width - filled)}] "
                   f"{done}/{total}", err=True, nl=False)
        if end:
            click.echo("", err=True)

    return show


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
@click.argument("sparql", metavar="QUERY", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Read the query from this file.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a parameter of a library query (repeatable), e.g. actor=Kast.")
@click.option("--timeout", type=click.FloatRange(min=0), default=30, show_default=True,
              metavar="SECONDS", help="Stop the query after this long (0: no limit).")
@format_option
@pass_context
def query(ctx, sparql, query_file, params, timeout, fmt):
    """Run a SPARQL query on the store: SPARQL text, or the name of a library query.

    SELECT and ASK print as a table, JSON or CSV; CONSTRUCT and DESCRIBE print as Turtle (or
    JSON-LD with --format json). The prefixes kg:, kgr:, kgc:, src:, rdf:, rdfs:, owl:, xsd:,
    skos:, prov:, dcterms:, schema:, foaf:, org: and sem: are predeclared; the default graph is
    the union of all graphs, so `?s kg:endorsed ?o` works as is. `kgraph queries` lists the
    library; names given to --param resolve like any other name. Queries may not use SERVICE,
    FROM or updates, and stop at the time limit.

    \b
    Examples:
      kgraph query 'SELECT ?who WHERE { ?who kg:endorsed kgr:jose-antonio-kast }'
      kgraph query endorsements --param endorsed=Kast
      kgraph query meetings -p since=2025-11 -p until=2025-11 --format csv
      kgraph query -f ontology/queries/endorsements.rq --format csv
    """
    from graph.errors import QueryTimeout
    from graph.sparql.library import parse_assignments, query_text, run_checked

    text = query_text(ctx.graph, sparql, query_file, parse_assignments(params))
    try:
        result = run_checked(ctx.graph, text, timeout)
    except QueryTimeout as error:
        raise InputError(f"{error} (--timeout)") from None
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
        shown = [{**r, "domain": Iri(r["domain"] or ""), "range": Iri(r["range"] or "")}
                 for r in rows]
        emit(table(shown, [Column(c, c) for c in columns]))


# ---------------------------------------------------------------- ingest and review

CANDIDATE_COLUMNS = [
    "number", "subject", "subject_id", "relation", "object", "object_id", "date",
    "date_precision", "date_expression", "confidence", "negated", "attributed_to", "qualifiers",
    "status", "evidence",
]


def _print_candidates(candidates, fmt: str) -> None:
    rows = [c.row() for c in candidates]
    if fmt == "json":
        emit(to_json(rows))
    elif fmt == "csv":
        emit(to_csv(rows, CANDIDATE_COLUMNS))
    elif rows:
        shown = []
        for row in rows:
            relation = ("NOT " if row["negated"] else "") + row["relation"]
            date = "\n".join(x for x in (row["date"], _quoted(row["date_expression"])) if x)
            evidence = _quoted(row["evidence"])
            if row["attributed_to"]:
                evidence += f" (per {row['attributed_to']})"
            subject = row["subject"] + ("" if row["subject_id"] else " (new)")
            obj = row["object"] + ("" if row["object_id"] else " (new)")
            shown.append({**row, "relation": relation, "date": date, "evidence": evidence,
                          "subject": subject, "object": obj,
                          "status": "" if row["status"] == "pending" else row["status"]})
        emit(table(shown, [
            Column("number", "#", 3), Column("subject", "subject", 22),
            Column("relation", "relation", 14), Column("object", "object", 24),
            Column("date", "date", 14), Column("confidence", "conf", 4),
            Column("status", "status", 8), Column("evidence", "evidence", None, flexible=True),
        ]))


@main.command()
@click.argument("article", type=click.Path())
@click.option("--date", metavar="YYYY-MM-DD", help="Publication date: relative dates in the "
              "text (\"este martes\", \"este año\") are resolved against it.")
@click.option("--title", help="Title (default: the article's first line).")
@click.option("--outlet", help="The outlet that published it.")
@click.option("--url", help="Where it was published.")
@click.option("--extractor", default="rules", show_default=True,
              help="Extractor: rules, or one registered under kgraph.extractors.")
@format_option
@pass_context
def ingest(ctx, article, date, title, outlet, url, extractor, fmt):
    """Register ARTICLE (Spanish plain text) as a source in seeds/ and propose claims.

    The candidates are written to output/review/<source>.json and printed; accept or reject
    them with `kgraph review`. Nothing is written when the file is empty, binary, not UTF-8
    or Latin-1 text, or already ingested.

    \b
    Example:
      kgraph ingest nota.txt --date 2025-11-20 --outlet "La Tercera"
    """
    from graph.ingest import get_extractor, ingest_article

    result = ingest_article(ctx.graph, article, date=date, title=title, outlet=outlet, url=url,
                            extractor=get_extractor(extractor))
    root = ctx.graph.root
    encoding = (
        "" if result.encoding == "UTF-8" else f"; decoded as {result.encoding}, saved as UTF-8"
    )
    click.echo(f"Registered src:{result.name} ({root.relative(result.text_file)}, "
               f"{root.relative(result.metadata_file)}{encoding})", err=True)
    new = ", ".join(f"{e.label} ({e.cls.rsplit('#', 1)[-1]})" for e in result.entities)
    click.echo(f"{len(result.candidates)} candidate claims in {root.relative(result.review_file)}"
               + (f"; candidate entities: {new}" if new else ""), err=True)
    _print_candidates(result.candidates, fmt)
    click.echo(f"Next: kgraph review {result.name} --accept 1,2 (or --all, --reject N)",
               err=True)


def _ask(candidate) -> str:
    _print_candidates([candidate], "table")
    answer = click.prompt("[a]ccept, [r]eject, [s]kip, [q]uit", default="s",
                          type=click.Choice(["a", "r", "s", "q"]), show_choices=False,
                          err=True)
    return {"a": "accept", "r": "reject", "s": "skip", "q": "quit"}[answer]


@main.command()
@click.argument("source")
@click.option("--accept", "accept", metavar="LIST", help="Candidates to accept: 1,3 or 2-5.")
@click.option("--reject", "reject", metavar="LIST", help="Candidates to reject.")
@click.option("--all", "accept_all", is_flag=True, help="Accept every pending candidate.")
@click.option("--interactive/--no-interactive", default=None,
              help="Ask about each pending candidate (default: when run in a terminal).")
@format_option
@pass_context
def review(ctx, source, accept, reject, accept_all, interactive, fmt):
    """Accept or reject the candidate claims of an ingested SOURCE.

    Accepted claims are appended to ontology/claims-ingested.ttl (new entities to
    ontology/entities-ingested.ttl) after the build's validation passed on them; a failed
    or rejected review leaves the curated files as they were. Without a decision, lists the
    candidates (or asks about each one in a terminal).

    \b
    Examples:
      kgraph review 004_3f2a9c0d1e2b4a5c --accept 1,3 --reject 2
      kgraph review src:004_3f2a9c0d1e2b4a5c --all
    """
    from graph.ingest import parse_numbers, review_source
    from graph.store.engine import Iri

    decided = bool(accept or reject or accept_all)
    if interactive is None:
        interactive = not decided and sys.stdin.isatty() and fmt == "table"
    result = review_source(
        ctx.graph, source, accept=parse_numbers(accept, "--accept"),
        reject=parse_numbers(reject, "--reject"), accept_all=accept_all,
        decide=_ask if interactive else None)
    if not (result.accepted or result.rejected):
        _print_candidates(result.candidates, fmt)
        if fmt == "table":
            click.echo("No decision taken: pass --accept, --reject or --all.", err=True)
        return
    if fmt != "table":
        _print_candidates(result.accepted + result.rejected, fmt)
    for candidate in result.accepted:
        click.echo(f"accepted {candidate.number}: {candidate.subject} {candidate.relation} "
                   f"{candidate.object} -> {cell_text(Iri(candidate.claim))}", err=True)
    for iri, label, cls in result.new_entities:
        click.echo(f"new entity {cell_text(Iri(iri))} ({label}, {cell_text(Iri(cls))})", err=True)
    if result.rejected:
        numbers = ", ".join(str(c.number) for c in result.rejected)
        click.echo(f"rejected {numbers}", err=True)
    if result.written:
        click.echo(f"Wrote {', '.join(result.written)}. Next: kgraph build", err=True)


@main.command()
@click.option("--source", "sources", multiple=True, metavar="SRC",
              help="Only this source (repeatable); default: every source with curated claims.")
@click.option("--extractor", default="rules", show_default=True)
@click.option("--misses/--no-misses", default=True, show_default=True,
              help="List the curated claims not found and the claims found in excess.")
@format_option
@pass_context
def evaluate(ctx, sources, extractor, misses, fmt):
    """Score extraction against the curated claims: precision, recall and F1 per relation on
    (subject, relation, object), symmetric relations unordered, and on the dates.

    \b
    Example:
      kgraph evaluate
    """
    from graph.ingest import evaluate as run_evaluation
    from graph.ingest import get_extractor

    report = run_evaluation(ctx.graph, get_extractor(extractor), list(sources) or None)
    if fmt == "json":
        emit(to_json(report.as_dict()))
        return
    columns = ["relation", "gold", "found", "tp", "fp", "fn", "precision", "recall", "f1"]
    if fmt == "csv":
        emit(to_csv(report.rows(), columns))
        return
    click.echo(f"Sources: {', '.join(report.sources)}")
    emit(table(report.rows(), [Column(c, c) for c in columns]))
    if misses:
        for title, items, keys in (
            ("Curated claims not found", report.misses, ("claim", "fact", "quote")),
            ("Found, not curated", report.false_positives, ("source", "fact", "evidence")),
            ("Dates that differ", report.date_errors, ("claim", "fact", "expected", "found")),
        ):
            click.echo(f"\n{title} ({len(items)}):")
            for item in items:
                click.echo("  " + " | ".join(str(item[k]) for k in keys))


# ---------------------------------------------------------------- SPARQL library and endpoint


@main.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="With NAME: bind a parameter (repeatable) in the text printed.")
@format_option
@pass_context
def queries(ctx, name, params, fmt):
    """The library of named SPARQL queries (ontology/queries/*.rq); with NAME, that query's
    text, parameters bound, ready for any SPARQL endpoint.

    \b
    Examples:
      kgraph queries
      kgraph queries actor-ties --param actor=Milei
      kgraph query actor-ties --param actor=Milei
    """
    from graph.sparql.library import load_library, named_query_text, parse_assignments

    if name is not None:
        text = named_query_text(ctx.graph, name, parse_assignments(params))
        emit(to_json({"name": name, "text": text}) if fmt == "json" else text)
        return
    if params:
        raise InputError("--param needs the name of a query")
    library = [q.as_dict() for q in load_library(ctx.graph.root).values()]
    for entry in library:
        entry["parameters"] = [
            p["name"] + (f"={p['default']}" if p["default"] else "") for p in entry["parameters"]
        ]
    if fmt == "json":
        emit(to_json(library))
    elif fmt == "csv":
        emit(to_csv(library, ["name", "title", "parameters", "description", "file"]))
    else:
        emit(table(library, [Column("name", "name"), Column("title", "title", 48),
                             Column("parameters", "parameters", None, flexible=True)]))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the endpoint.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port, printed at start).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10, show_default=True,
              metavar="SECONDS", help="Time limit of one query; past it the query is stopped.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Query worker processes: how many queries run at once.")
@click.option("--max-body", type=click.IntRange(1), default=1_000_000, show_default=True,
              metavar="BYTES", help="Largest request body accepted.")
@click.option("--max-result", type=click.IntRange(1), default=20_000_000, show_default=True,
              metavar="BYTES", help="Largest result sent; a larger one is refused.")
@click.option("--max-memory", type=click.IntRange(1024), default=2048, show_default=True,
              metavar="MB", help="Address space of one query worker; a query that needs more "
              "is refused (503) and its worker replaced.")
@click.option("--update-token", envvar="KGRAPH_UPDATE_TOKEN", metavar="TOKEN",
              help="Accept SPARQL updates that carry 'Authorization: Bearer TOKEN' (one "
              "worker then writes to the store, until the next rebuild). Also "
              "$KGRAPH_UPDATE_TOKEN.")
@click.option("--max-connections", type=click.IntRange(1, 10_000), default=64,
              show_default=True, help="Connections served at once; more get a quick 503.")
@click.option("--idle-timeout", type=click.FloatRange(min=0.1), default=5, show_default=True,
              metavar="SECONDS", help="How long a client may stall, sending its request (a "
              "body shorter than its Content-Length is a 400 after it) or reading the answer.")
@click.option("--client-timeout", type=click.FloatRange(min=0.1), default=30,
              show_default=True, metavar="SECONDS",
              help="Time a client has to send its whole request, and again to read the whole "
              "response; a slower one is dropped.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let web pages of this origin (https://host[:port]) query the endpoint; "
              "repeatable. Pages of other sites are refused.")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME[:PORT]",
              help="Another name the server answers for (besides localhost, IP addresses and "
              "--host), e.g. behind a proxy; repeatable.")
@pass_context
def serve(ctx, host, port, timeout, workers, max_body, max_result, max_memory, update_token,
          max_connections, idle_timeout, client_timeout, cors_origins, allowed_hosts):
    """Serve the store as a SPARQL 1.1 Protocol endpoint at /sparql, with a query page at /.

    Read-only and on loopback by default. Queries may not use SERVICE, FROM, FROM NAMED or
    LOAD; each stops at the time limit; results and request bodies have size limits.
    Connections are capped and slow clients dropped. Web pages of other sites are refused
    unless allowed with --cors-origin, and the Host header must name this server. Stop it
    with Ctrl-C.

    \b
    Examples:
      kgraph serve
      kgraph serve --port 8890 --timeout 30
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s kg:endorsed ?o }' \\
           http://127.0.0.1:7878/sparql
    """
    from graph.serve.app import serve as serve_endpoint
    from graph.serve.http import ServerSettings, is_loopback

    settings = ServerSettings(
        host, port, timeout, workers, max_body, max_result, update_token,
        max_connections=max_connections, idle_timeout=idle_timeout,
        client_timeout=client_timeout, max_memory_bytes=max_memory * 2**20,
        cors_origins=cors_origins, allowed_hosts=allowed_hosts)
    if not is_loopback(host):
        click.echo(f"Warning: listening on {host}, reachable from other machines.", err=True)

    def announce(url):
        click.echo(f"kgraph SPARQL endpoint: {url}sparql  (query page: {url})", color=False)
        sys.stdout.flush()

    if ctx.graph.remote is not None:
        raise InputError("kgraph serve publishes the local store; run it without --endpoint")
    serve_endpoint(ctx.graph.root, settings, announce)


# ---------------------------------------------------------------- network analysis and export


def network_options(command):
    """--relation/--since/--until/--co-participants: which claims the network is made of."""
    options = [
        click.option("--relation", "-r", "relations", multiple=True, metavar="R",
                     help="Only ties of this relation (repeatable), e.g. met, allied."),
        click.option("--since", metavar="DATE", help="Only claims dated on or after DATE "
                     "(YYYY, YYYY-MM or YYYY-MM-DD); undated claims are left out."),
        click.option("--until", metavar="DATE", help="Only claims dated on or before DATE."),
        click.option("--co-participants", is_flag=True,
                     help="Tie agents of the same event (participated in, candidate in, "
                     "invited to, organized) to each other instead of to the event."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _selection(relations, since, until, co_participants) -> dict:
    return {"relations": relations, "since": since, "until": until,
            "co_participants": co_participants}


engine_option = click.option(
    "--engine", type=click.Choice(["auto", "networkx", "igraph"]), default="auto",
    show_default=True, help="auto: networkx on small graphs, igraph on large ones.",
)


def _tie_text(tie) -> str:
    arrow = {"out": "->", "in": "<-", "both": "<->"}[tie.direction]
    return f"{tie.relation} {arrow}"


def _evidence_cells(claim) -> dict:
    first = claim.evidence[0] if claim.evidence else None
    quote = _quoted(first.quote) if first else None
    if first and first.attributed_to:
        quote += f" (per {first.attributed_to.label})"
    if len(claim.evidence) > 1:
        quote += f" (+{len(claim.evidence) - 1} more)"
    return {"date": claim.when, "source": first.source.label if first else None, "quote": quote}


PATH_CSV = ["path", "step", "from", "from_id", "relation", "direction", "to", "to_id",
            "claim", "date", "date_precision", "sources", "quotes"]


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--max-length", type=click.IntRange(1), metavar="N",
              help="Give up on paths longer than N steps.")
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True,
              help="At most this many shortest paths.")
@network_options
@format_option
@pass_context
def path(ctx, a, b, max_length, limit, relations, since, until, co_participants, fmt):
    """How A is connected to B: the shortest paths, each step with its relation, date, source
    and quote. "No path" is an answer (exit 0), not an error.

    \b
    Examples:
      kgraph path Bukele Vox
      kgraph path Jara Abascal --max-length 3 --format json
      kgraph path Kaiser Milei --relation endorsed --relation allied
    """
    result = ctx.graph.network.path(a, b, max_length, limit,
                                    **_selection(relations, since, until, co_participants))
    rows = []
    for number, found in enumerate(result.paths, 1):
        for step, hop in enumerate(found.hops, 1):
            for tie in hop.ties:
                for claim in tie.claims:
                    rows.append({
                        "path": number, "step": step, "from": hop.source.label,
                        "from_id": hop.source.iri, "relation": tie.relation,
                        "direction": tie.direction, "tie": _tie_text(tie),
                        "to": hop.target.label, "to_id": hop.target.iri, "claim": claim.iri,
                        "date_precision": claim.precision,
                        "sources": [e.source.label for e in claim.evidence],
                        "quotes": [e.quote for e in claim.evidence],
                        **_evidence_cells(claim),
                    })
    if fmt == "json":
        emit(to_json(result.as_dict()))
    elif fmt == "csv":
        emit(to_csv(rows, PATH_CSV))
    elif not result.paths:
        within = f" within {max_length} steps" if max_length else ""
        click.echo(f"No path between {result.source.label} and {result.target.label}{within}.")
    else:
        count = len(result.paths)
        click.echo(f"{result.paths[0].length} steps from {result.source.label} to "
                   f"{result.target.label} ({count} shortest path{'s' if count > 1 else ''}):")
        emit(table(rows, [
            Column("path", "#", 3), Column("from", "from", 20), Column("tie", "relation", 18),
            Column("to", "to", 20), Column("date", "date", 10), Column("source", "source", 16),
            Column("quote", "quote", None, flexible=True),
        ]))


COMMON_CSV = ["neighbor", "neighbor_id", "neighbor_class", "score", "degree", "a_relations",
              "b_relations", "a_claims", "b_claims"]


@main.command()
@click.argument("a")
@click.argument("b")
@network_options
@format_option
@pass_context
def common(ctx, a, b, relations, since, until, co_participants, fmt):
    """Whom A and B are both tied to (interlocks), with the relation on each side; the
    neighbors backed by most claims first.

    \b
    Examples:
      kgraph common Kast Abascal
      kgraph common Kast Milei --format csv
    """
    result = ctx.graph.network.common(a, b, **_selection(relations, since, until,
                                                          co_participants))
    rows = [{
        **found.as_dict(),
        "a_relations": [_tie_text(t) for t in found.a_ties],
        "b_relations": [_tie_text(t) for t in found.b_ties],
        "a_claims": [c.iri for t in found.a_ties for c in t.claims],
        "b_claims": [c.iri for t in found.b_ties for c in t.claims],
    } for found in result.interlocks]
    if fmt == "json":
        emit(to_json({
            "a": result.a.as_dict(), "b": result.b.as_dict(),
            "direct": [t.as_dict() for t in result.direct],
            "shared": [found.as_dict() for found in result.interlocks],
        }))
    elif fmt == "csv":
        emit(to_csv(rows, COMMON_CSV))
    else:
        if result.direct:
            ties = ", ".join(_tie_text(t) for t in result.direct)
            click.echo(f"{result.a.label} and {result.b.label} are tied directly: {ties}")
        if not rows:
            click.echo(f"{result.a.label} and {result.b.label} share no neighbor.")
            return
        click.echo(f"Shared by {result.a.label} (A) and {result.b.label} (B):")
        emit(table(rows, [
            Column("neighbor", "neighbor", 32), Column("neighbor_class", "class", 16),
            Column("a_relations", "A's ties", 20), Column("b_relations", "B's ties", 20),
            Column("score", "claims"), Column("degree", "degree"),
        ]))


@main.command()
@click.option("--by", "measure", type=click.Choice(["degree", "betweenness", "pagerank",
                                                    "eigenvector"]),
              default="degree", show_default=True, help="The centrality to rank by.")
@click.option("--top", type=click.IntRange(1), default=10, show_default=True)
@click.option("--class", "cls", metavar="CLASS",
              help="Only entities of this class (person, organization, political party...); "
              "scores are still computed on the whole network.")
@click.option("--samples", type=click.IntRange(0), metavar="K",
              help="Betweenness from K sampled sources (0: exact). Default: exact up to "
              "10,000 nodes, 500 samples above.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the sampling.")
@engine_option
@network_options
@format_option
@pass_context
def rank(ctx, measure, top, cls, samples, seed, engine, relations, since, until,
         co_participants, fmt):
    """The most central entities: degree (distinct neighbors), betweenness (brokers between
    parts of the network), pagerank (ties from well-tied entities, following directions) or
    eigenvector (on the largest connected component).

    \b
    Examples:
      kgraph rank
      kgraph rank --by betweenness --class person --top 5
      kgraph rank --by pagerank --format csv
    """
    result = ctx.graph.network.rank(measure, top, cls, engine, samples, seed,
                                    **_selection(relations, since, until, co_participants))
    rows = result.as_dict()
    if fmt == "json":
        emit(to_json(rows))
    elif fmt == "csv":
        emit(to_csv(rows, ["rank", "label", "class", "score", "degree", "id", "measure",
                           "engine", "samples"]))
    elif rows:
        from graph.store.engine import Iri

        shown = [{**r, "id": Iri(r["id"]), "score": round(r["score"], 4)} for r in rows]
        emit(table(shown, [Column(c, c, 40) for c in
                           ("rank", "label", "class", "score", "degree", "id")]))
        if result.centrality.approximate:
            click.echo(f"(betweenness estimated from {result.centrality.samples} sampled "
                       "sources; --samples 0 for the exact figure)")
    else:
        click.echo("No entity matches.")


@main.command()
@click.option("--method", type=click.Choice(["leiden", "louvain"]), default="leiden",
              show_default=True)
@click.option("--resolution", type=float, default=1.0, show_default=True,
              help="Above 1: more, smaller communities; below 1: fewer, larger ones.")
@click.option("--min-size", type=click.IntRange(1), default=2, show_default=True,
              help="Hide communities with fewer members.")
@click.option("--seed", type=int, default=0, show_default=True)
@engine_option
@network_options
@format_option
@pass_context
def communities(ctx, method, resolution, min_size, seed, engine, relations, since, until,
                co_participants, fmt):
    """Clusters of densely tied entities (modularity, Leiden or Louvain), largest first,
    members by degree.

    \b
    Examples:
      kgraph communities
      kgraph communities --co-participants --format json
    """
    result = ctx.graph.network.communities(
        method, resolution, seed, min_size, engine,
        **_selection(relations, since, until, co_participants),
    )
    if fmt == "json":
        emit(to_json(result.as_dict()))
        return
    if fmt == "csv":
        rows = [{"community": c.index, "size": c.size, **m.as_dict(), "degree": d}
                for c in result.communities for m, d in zip(c.members, c.degrees, strict=True)]
        emit(to_csv(rows, ["community", "size", "label", "class", "degree", "id"]))
        return
    rows = [{"community": c.index, "size": c.size,
             "members": ", ".join(m.label for m in c.members)} for c in result.communities]
    emit(table(rows, [Column("community", "#"), Column("size", "size"),
                      Column("members", "members", None, flexible=True)]))
    hidden = f"; {result.hidden} smaller hidden (--min-size)" if result.hidden else ""
    click.echo(f"({len(rows)} communities, modularity {result.modularity:.3f}, "
               f"{result.method} in {result.engine}{hidden})")


TIMELINE_CSV = ["date", "date_precision", "date_expression", "subject", "relation", "object",
                "sources", "quotes", "claim", "subject_id", "object_id"]


@main.command()
@click.argument("name", required=False)
@click.option("--relation", "-r", "relations", multiple=True, metavar="R",
              help="Only claims of this relation (repeatable).")
@click.option("--since", metavar="DATE", help="Only claims dated on or after DATE.")
@click.option("--until", metavar="DATE", help="Only claims dated on or before DATE.")
@format_option
@pass_context
def timeline(ctx, name, relations, since, until, fmt):
    """Claims in date order (about NAME, or all of them), each date with its precision (day,
    month, year); undated claims come last.

    \b
    Examples:
      kgraph timeline Kast
      kgraph timeline --since 2025-11 --format csv
    """
    claims = ctx.graph.network.timeline(name, relations, since, until)
    if fmt == "json":
        emit(to_json([c.as_dict() for c in claims]))
        return
    rows = []
    for claim in claims:
        data = claim.as_dict()
        data["sources"] = [e.source.label for e in claim.evidence]
        data["quotes"] = [e.quote for e in claim.evidence]
        rows.append({**data, **_evidence_cells(claim), "date": claim.when})
    if fmt == "csv":
        emit(to_csv(rows, TIMELINE_CSV))
    elif rows:
        for row in rows:
            # The text's own words for the time, under the date (or instead of it).
            row["when"] = "\n".join(x for x in (row["date"], _quoted(row["date_expression"]))
                                    if x)
        emit(table(rows, [
            Column("when", "date", 12), Column("date_precision", "prec", 5),
            Column("subject", "subject", 20), Column("relation", "relation", 14),
            Column("object", "object", 22), Column("quote", "quote", None, flexible=True),
        ]))
    else:
        click.echo("No claims match.")


@main.command()
@network_options
@format_option
@pass_context
def stats(ctx, relations, since, until, co_participants, fmt):
    """Size and shape of the network: counts by class and relation, density, connected
    components, sources and claims per source.

    \b
    Example:
      kgraph stats --format json
    """
    found = ctx.graph.network.stats(**_selection(relations, since, until, co_participants))
    data = found.as_dict()
    if fmt == "json":
        emit(to_json(data))
        return
    rows = [{"section": "network", "name": k, "value": data[k]} for k in (
        "nodes", "edges", "tied_pairs", "claims", "sources", "density", "components",
        "largest_component", "untied_agents")]
    for section in ("nodes_by_class", "entities_by_class", "edges_by_relation",
                    "claims_by_relation"):
        rows += [{"section": section, "name": k, "value": v} for k, v in data[section].items()]
    rows += [{"section": "claims_per_source", "name": s["source"], "value": s["claims"]}
             for s in data["claims_per_source"]]
    if fmt == "csv":
        emit(to_csv(rows, ["section", "name", "value"]))
        return
    shown = [{**r, "value": round(r["value"], 4) if isinstance(r["value"], float) else r["value"]}
             for r in rows]
    emit(table(shown, [Column("section", "section"), Column("name", "name", 48),
                       Column("value", "value")]))


@main.command("export")
@click.option("--format", "-f", "fmt", metavar="FORMAT",
              help="ttl, nt, trig, jsonld, graphml, gexf, csv or cytoscape (default: from the "
              "suffix of -o).")
@click.option("-o", "--output", required=True, type=click.Path(), metavar="PATH",
              help="The file to write (a folder for csv: nodes.csv and edges.csv).")
@network_options
@pass_context
def export_command(ctx, fmt, output, relations, since, until, co_participants):
    """Write the graph for other tools. RDF formats (ttl, nt, trig, jsonld) carry everything:
    ontology, entities, claims with their evidence, quotes and sources. graphml and gexf
    (Gephi), csv (nodes.csv + edges.csv) and cytoscape (Cytoscape.js JSON) carry the network,
    with labels, classes, relations, dates and sources as attributes. Files are replaced
    atomically.

    \b
    Examples:
      kgraph export --format ttl -o output/kgraph.ttl
      kgraph export -o output/kgraph.gexf --since 2025
      kgraph export --format csv -o output/csv --relation endorsed
    """
    report = ctx.graph.export(output, fmt, relations, since, until, co_participants)
    if report.triples is not None:
        size = f"{report.triples} triples"
    else:
        size = f"{report.nodes} nodes, {report.edges} edges"
    click.echo(f"Wrote {report.claims} claims as {report.format} ({size}): "
               f"{', '.join(report.files)}")


# ---------------------------------------------------------------- maps


@main.command("map")
@click.option("-o", "--output", type=click.Path(dir_okay=False), metavar="FILE",
              help="Where to write the page (default: output/map.html in the root). Missing "
              "folders are created.")
@click.option("--center", metavar="NAME", help="Only the network around NAME.")
@click.option("--depth", type=click.IntRange(1, 6), default=None, metavar="N",
              help="With --center: walk this many steps out (default 1).")
@click.option("--relation", "-r", "relations", multiple=True, metavar="R",
              help="Only this relation (repeatable), e.g. met, allied, endorsed.")
@click.option("--since", metavar="DATE", help="Only claims dated on or after DATE "
              "(YYYY, YYYY-MM or YYYY-MM-DD); undated claims are left out.")
@click.option("--until", metavar="DATE", help="Only claims dated on or before DATE.")
@pass_context
def map_command(ctx, output, center, depth, relations, since, until):
    """Write an interactive network map: one HTML file that opens offline in any browser.

    Nodes are entities, colored and shaped by class and sized by their number of ties; one
    line joins two entities and lists every claim between them, with its quotes and sources.
    The page has a search box, relation and date filters, neighborhood highlighting and a
    legend.

    \b
    Examples:
      kgraph map
      kgraph map --center Kast -o output/map-kast.html
      kgraph map --center Milei --depth 2 --relation met --relation allied
      kgraph map --since 2025-11 --until 2025-12 -o nov-dec.html
    """
    from graph.publish import write_map

    report = write_map(ctx.graph, output, center, depth, relations, since, until)
    try:
        shown = report.path.relative_to(Path.cwd().resolve())
    except ValueError:
        shown = report.path
    click.echo(
        f"Wrote {shown}: {report.nodes} entities, {report.edges} ties, "
        f"{report.claims} claims ({report.bytes / 1024:.0f} KB) in {report.seconds:.1f} s"
    )


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
    from graph.build.synthetic import generate

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
    from graph.store.push import DEFAULT_BATCH_SIZE
    from graph.store.push import push as push_store
    from graph.store.remote import RemoteEngine

    target = RemoteEngine(endpoint, update_endpoint, user, password, auth, timeout)
    report = push_store(ctx.graph.local_engine.store, target,
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
