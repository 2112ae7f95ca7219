"""Options that several commands share, each declared once."""

from __future__ import annotations

import click

from graph.cli.flags import DEFAULT_FORMAT, ENDPOINT_ENVVAR, FORMAT, FORMATS


def _all(*options):
    """One decorator applying `options` in the order given (the order --help lists them)."""

    def apply(command):
        for option in reversed(options):
            command = option(command)
        return command

    return apply


format_option = click.option(
    FORMAT, "fmt", type=click.Choice(FORMATS), default=DEFAULT_FORMAT, show_default=True,
    help="table for people, json or csv for programs.",
)

# Which claims a command reads: by relation and by date.
claim_window = _all(
    click.option("--relation", "-r", "relations", multiple=True, metavar="R",
                 help="Only claims of this relation (repeatable), e.g. met, allied, endorsed."),
    click.option("--since", metavar="DATE", help="Only claims dated on or after DATE "
                 "(YYYY, YYYY-MM or YYYY-MM-DD); undated claims are left out."),
    click.option("--until", metavar="DATE", help="Only claims dated on or before DATE."),
)

# Which claims the network is made of, and whether events tie their participants.
network_options = _all(
    claim_window,
    click.option("--co-participants", is_flag=True,
                 help="Tie agents of the same event (participated in, candidate in, invited to, "
                 "organized) to each other instead of to the event."),
)

engine_option = click.option(
    "--engine", type=click.Choice(["auto", "networkx", "igraph"]), default="auto",
    show_default=True, help="auto: networkx on small graphs, igraph on large ones.",
)


def remote_options(endpoint_help: str, *, required: bool = False, between=()):
    """--endpoint (with its own help; `between` are options listed after it) and the
    credentials to reach it, --user, --password and --auth."""
    return _all(
        click.option("--endpoint", required=required, envvar=ENDPOINT_ENVVAR, metavar="URL",
                     help=f"{endpoint_help} Also $KGRAPH_ENDPOINT."),
        *between,
        click.option("--user", envvar="KGRAPH_USER", help="User for the endpoint. "
                     "Also $KGRAPH_USER."),
        click.option("--password", envvar="KGRAPH_PASSWORD", help="Password for the endpoint. "
                     "Also $KGRAPH_PASSWORD."),
        click.option("--auth", type=click.Choice(["digest", "basic"]), default="digest",
                     envvar="KGRAPH_AUTH", show_default=True,
                     help="HTTP authentication scheme of the endpoint. Also $KGRAPH_AUTH."),
    )
