"""Commands that make roots and stores: build, validate, init, synth."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph.cli import main, pass_context
from graph.cli.options import format_option
from graph.cli.output import Printout, echo
from graph.errors import InputError, ValidationError

PROBLEM_COLUMNS = ["file", "line", "entity", "claim", "message"]


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

    def lines() -> str:
        if problems:
            return "\n".join(str(problem) for problem in problems)
        return f"OK: {len(ctx.graph.root.input_files())} input files, no problems."

    echo(fmt, Printout(rows, rows, PROBLEM_COLUMNS, lines))
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        click.echo(f"Error: {len(problems)} {noun} found.", err=True)
        sys.exit(ValidationError.exit_code)


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
    from graph.api import KnowledgeGraph

    target = target or ctx.root_option
    if not target:
        raise InputError("give --root DIR, the new or empty folder to write the root into")
    report = KnowledgeGraph.synthesize(target, actors, claims, seed)
    classes = ", ".join(f"{n} {cls}" for cls, n in sorted(report.classes.items(),
                                                          key=lambda kv: -kv[1]))
    click.echo(
        f"Wrote {report.root}: {report.entities} entities ({classes}), {report.claims} claims, "
        f"{report.sources} sources in {report.seconds:.1f} s. "
        f"Next: kgraph --root {report.root} build"
    )


@main.command()
@click.argument("directory", type=click.Path(file_okay=False))
def init(directory):
    """Start a new root in DIRECTORY from the curated graph shipped with kgraph.

    \b
    Example:
      kgraph init my-research && cd my-research && kgraph build
    """
    from graph.api import KnowledgeGraph

    KnowledgeGraph.init(directory)
    target = Path(directory)
    click.echo(f"Created {target}/ with ontology/ and seeds/. Next: cd {target} && kgraph build")
