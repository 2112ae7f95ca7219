"""The click group that every command is registered on; its options and how library errors
reach the user (graph/cli/__init__.py says how the commands are laid out)."""

from __future__ import annotations

import importlib
import logging
import re

import click

from graph import __version__
from graph.cli import COMMANDS
from graph.cli.flags import QUIET, ROOT, ROOT_ENVVAR
from graph.cli.options import remote_options
from graph.errors import KGraphError, ValidationError

# An argument named in a library message, `max_length`, shown as its flag, --max-length.
_ARGUMENT = re.compile(r"`([a-z_]+)`")


class KGraphGroup(click.Group):
    """Turns library errors into one `Error: ...` line and the documented exit code, and
    imports a command's module on first use."""

    def get_command(self, ctx, cmd_name):
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(f"graph.cli.{COMMANDS[cmd_name]}")
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx):
        for module in sorted(set(COMMANDS.values())):
            importlib.import_module(f"graph.cli.{module}")
        return super().list_commands(ctx)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ValidationError as error:
            for problem in error.problems:
                click.echo(f"  {problem}", err=True)
            click.echo(f"Error: {self.message(ctx, error)}", err=True)
            ctx.exit(error.exit_code)
        except KGraphError as error:
            click.echo(f"Error: {self.message(ctx, error)}", err=True)
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)

    def message(self, ctx, error: KGraphError) -> str:
        """The error's text, the arguments it names written as the flags that set them."""
        text = str(error)
        if error.parameter is None:
            return text
        command = self.commands.get(ctx.invoked_subcommand or "")
        options = [*(command.params if command else ()), *self.params]
        flags = {option.name: max(option.opts, key=len) for option in options
                 if isinstance(option, click.Option)}
        return _ARGUMENT.sub(lambda match: flags.get(match[1], match[0]), text)


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


@click.group(cls=KGraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    ROOT, type=click.Path(file_okay=False), envvar=ROOT_ENVVAR,
    help="Folder holding ontology/ and seeds/ (default: nearest upwards, else the curated "
    "graph shipped with kgraph). Also $KGRAPH_ROOT.",
)
@remote_options("Answer from this SPARQL 1.1 endpoint (filled by `kgraph push`) instead of the "
                "local store.")
@click.option(*QUIET, is_flag=True, help="Do not report automatic rebuilds.")
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
