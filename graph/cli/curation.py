"""Commands that curate what the graph holds: import claims from CSV, find likely duplicate
entities, merge two entities."""

from __future__ import annotations

import click

from graph.cli import main, pass_context
from graph.cli.options import format_option
from graph.cli.output import Column, Printout, echo, joined, quoted, table
from graph.model.terms import compact

IMPORT_COLUMNS = ["line", "status", "claim", "extended", "subject", "relation", "object", "date",
                  "source", "quote", "negated", "reason"]
DUPLICATE_COLUMNS = ["score", "keep", "keep_label", "drop", "drop_label", "class", "reasons"]
MERGE_COLUMNS = ["change", "item"]


def _import_table(rows: list[dict]) -> str:
    shown = []
    for row in rows:
        relation = ("NOT " if row["negated"] else "") + row["relation"]
        fact = f"{row['subject']} {relation} {row['object']}" + (
            f" ({row['date']})" if row["date"] else "")
        outcome = compact(row["claim"]) if row["status"] == "accepted" else row["reason"]
        if row["extended"]:
            outcome += " (evidence added)"
        shown.append({**row, "fact": fact, "outcome": outcome})
    return table(shown, [Column("line", "line", 5), Column("status", "status", 8),
                         Column("fact", "row", 40), Column("outcome", "claim or reason", None,
                                                            flexible=True)])


@main.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Check every row and the result; write nothing.")
@format_option
@pass_context
def import_(ctx, file, dry_run, fmt):
    """Add the claims of a CSV FILE to the curated claims, each row checked like one.

    The header names the columns subject, relation, object, date, source, quote and, if
    needed, attributed_to and negated (comma, semicolon or tab separated, UTF-8). Names resolve
    as everywhere; the date is YYYY, YYYY-MM or YYYY-MM-DD or empty; the source is a
    registered source (src:000_…, its name or label) whose text holds the quote verbatim.
    Accepted rows go to ontology/claims-ingested.ttl after the build's validation passed on
    them (a fact the graph already holds gets the row as a second source); refused rows are
    listed by line with the reasons. Exits 1 when a row was refused, 3 when the validation
    failed (nothing written).

    \b
    Example:
      kgraph import claims.csv --dry-run
    """
    result = ctx.graph.import_claims(file, dry_run=dry_run)
    rows = [row.as_dict() for row in result.rows]
    echo(fmt, Printout(json=result.as_dict(), rows=rows,
                       columns=IMPORT_COLUMNS, table=lambda: _import_table(rows)))
    joined_count = sum(1 for r in result.accepted if r.extended)
    extra = f" ({joined_count} as new evidence of a claim already there)" if joined_count else ""
    count = len(result.accepted)
    click.echo(f"{count} row{'' if count == 1 else 's'} accepted{extra}, "
               f"{len(result.refused)} refused.", err=True)
    if dry_run:
        click.echo("Dry run: nothing written.", err=True)
    elif result.written:
        click.echo(f"Wrote {', '.join(result.written)}. Next: kgraph build", err=True)
    if result.refused:
        click.get_current_context().exit(1)


def _reasons_table(rows: list[dict]) -> str:
    return table(rows, [Column("score", "score", 5), Column("keep_label", "keep", 28),
                        Column("drop_label", "drop", 28), Column("class", "class", 14),
                        Column("reasons", "reasons", None, flexible=True)])


@main.command()
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True,
              help="At most this many pairs (0: all).")
@click.option("--min-score", type=click.FloatRange(0, 1), default=None,
              help="Only pairs scoring at least this (default 0.6).")
@format_option
@pass_context
def duplicates(ctx, limit, min_score, fmt):
    """List pairs of entities that are likely one: names alike (a surname within a full name,
    initials, close spelling, one's name an alias of the other) among entities of compatible
    classes, strengthened by neighbours and sources in common. The first of each pair is the
    suggested one to keep.

    \b
    Example:
      kgraph duplicates --limit 10
      kgraph merge "Marine Le Pen" "Le Pen"
    """
    pairs = ctx.graph.duplicates(limit, min_score)
    rows = [pair.as_dict() for pair in pairs]
    note = "Merge with: kgraph merge KEEP DROP" if rows else "No likely duplicates."
    echo(fmt, Printout(json=rows, rows=[r | {"reasons": "; ".join(r["reasons"])} for r in rows],
                       columns=DUPLICATE_COLUMNS, table=lambda: _reasons_table(rows), note=note))


@main.command()
@click.argument("keep")
@click.argument("drop")
@click.option("--dry-run", is_flag=True, help="Check the merge and say what it would change; "
              "write nothing.")
@format_option
@pass_context
def merge(ctx, keep, drop, dry_run, fmt):
    """Merge the entity DROP into KEEP: every claim and attribution naming DROP names KEEP,
    DROP's label and aliases become aliases of KEEP, claims that become identical become one
    claim with all their sources, and DROP's own statements go. Hand-edited and ingested
    Turtle files are edited in place, comments kept; the result is validated by the build
    before anything is written, and written all at once.

    \b
    Example:
      kgraph merge "Marine Le Pen" "Le Pen" --dry-run
    """
    result = ctx.graph.merge(keep, drop, dry_run=dry_run)
    changes = (
        [{"change": "alias", "item": alias} for alias in result.aliases]
        + [{"change": "claim rewritten", "item": compact(c)} for c in result.rewritten]
        + [{"change": "claim merged", "item": f"{compact(a)} into {compact(b)}"}
           for a, b in result.merged]
        + [{"change": "left out", "item": f"{compact(subject)} {compact(prop)} (the kept one "
                                            "has its own)"} for subject, prop in result.left_out]
        + [{"change": "file", "item": f} for f in result.files])

    def text() -> str:
        verb = "Would merge" if dry_run else "Merged"
        lines = [f"{verb} {result.drop.label} ({result.drop.id}) into {result.keep.label} "
                 f"({result.keep.id})."]
        if result.aliases:
            lines.append("New aliases: " + ", ".join(quoted(a) for a in result.aliases))
        lines += [f"{c['change']}: {c['item']}" for c in changes if c["change"] != "alias"]
        return joined(*lines)

    echo(fmt, Printout(json=result.as_dict(), rows=changes, columns=MERGE_COLUMNS, table=text))
    if dry_run:
        click.echo("Dry run: nothing written.", err=True)
    else:
        click.echo("Next: kgraph build", err=True)
