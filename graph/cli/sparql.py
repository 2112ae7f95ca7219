"""SPARQL commands: run queries, list the query library, serve the store as an endpoint, push it
to a server."""

from __future__ import annotations

import sys

import click

from graph.cli import main, pass_context
from graph.cli.options import format_option, remote_options
from graph.cli.output import Column, Printout, Text, echo, table
from graph.errors import InputError


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

    try:
        result = ctx.graph.run_query(sparql, file=query_file, params=params, timeout=timeout)
    except QueryTimeout as error:
        raise InputError(f"{error} (--timeout)") from None
    echo(fmt, _printout(result))
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)


def _printout(result) -> Printout:
    if result.kind == "ask":
        answer = str(result.boolean).lower()
        return Printout(json={"boolean": result.boolean}, csv=answer, table=answer)
    if result.kind == "graph":
        return Printout(json=lambda: Text(result.jsonld()), csv=_no_csv, table=result.turtle)

    def rows() -> str:
        if not result.rows:
            return "(no rows)"
        count = len(result.rows)
        return "\n".join([table(result.rows, [Column(v, v, 60) for v in result.variables]),
                          f"({count} row{'s' if count != 1 else ''})"])

    return Printout(json=result.rows, rows=result.rows, columns=result.variables, table=rows)


def _no_csv() -> str:
    raise InputError("CONSTRUCT and DESCRIBE results print as Turtle or JSON-LD, not CSV")


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
    if name is not None:
        text = Text(ctx.graph.library_query(name, params))
        echo(fmt, Printout(json={"name": name, "text": text}, csv=text, table=text))
        return
    if params:
        raise InputError("--param needs the name of a query")
    library = [q.as_dict() for q in ctx.graph.library()]
    for entry in library:
        entry["parameters"] = [
            p["name"] + (f"={p['default']}" if p["default"] else "") for p in entry["parameters"]
        ]
    echo(fmt, Printout(
        json=library, rows=library, columns=["name", "title", "parameters", "description", "file"],
        table=lambda: table(library, [Column("name", "name"), Column("title", "title", 48),
                                      Column("parameters", "parameters", None, flexible=True)]),
    ))


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

    ctx.graph.serve(settings, announce)


@main.command()
@remote_options(
    "SPARQL query endpoint of the server.", required=True, between=[
        click.option("--update-endpoint", envvar="KGRAPH_UPDATE_ENDPOINT", metavar="URL",
                     help="SPARQL update endpoint, if not the query endpoint "
                     "(Virtuoso: .../sparql-auth). Also $KGRAPH_UPDATE_ENDPOINT."),
    ])
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
    from graph.store.remote import RemoteEngine

    target = RemoteEngine(endpoint, update_endpoint, user, password, auth, timeout)
    report = ctx.graph.push(target, batch_size)
    click.echo(
        f"Pushed {report.graphs} graphs ({report.triples} triples) to "
        f"{target.update_endpoint} in {report.requests} "
        f"request{'s' if report.requests != 1 else ''}, {report.seconds:.1f} s; "
        f"{report.unchanged} unchanged, {report.removed} removed."
    )
