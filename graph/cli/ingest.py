"""Commands that turn articles into reviewed claims: ingest, review, evaluate."""

from __future__ import annotations

import sys

import click

from graph.cli import main, pass_context
from graph.cli.options import format_option
from graph.cli.output import Column, Printout, echo, for_people, joined, quoted, table
from graph.model.terms import compact

CANDIDATE_COLUMNS = [
    "number", "subject", "subject_id", "relation", "object", "object_id", "date",
    "date_precision", "date_expression", "confidence", "negated", "attributed_to", "qualifiers",
    "status", "evidence",
]
EVALUATION_COLUMNS = ["relation", "gold", "found", "tp", "fp", "fn", "precision", "recall", "f1"]


def _reading(row, apart: str = " ") -> str:
    """The relation as the candidate reads it: denied (NOT met) or ended (former)."""
    former = f"{apart}(former)" if (row.get("qualifiers") or {}).get("former") else ""
    return ("NOT " if row["negated"] else "") + row["relation"] + former


def _candidate_table(rows) -> str:
    shown = []
    for row in rows:
        relation = _reading(row, "\n")
        date = "\n".join(x for x in (row["date"], quoted(row["date_expression"])) if x)
        evidence = quoted(row["evidence"])
        if row["attributed_to"]:
            evidence += f" (per {row['attributed_to']})"
        subject = row["subject"] + ("" if row["subject_id"] else " (new)")
        obj = row["object"] + ("" if row["object_id"] else " (new)")
        shown.append({**row, "relation": relation, "date": date, "evidence": evidence,
                      "subject": subject, "object": obj,
                      "status": "" if row["status"] == "pending" else row["status"]})
    return table(shown, [
        Column("number", "#", 3), Column("subject", "subject", 22),
        Column("relation", "relation", 14), Column("object", "object", 24),
        Column("date", "date", 14), Column("confidence", "conf", 4),
        Column("status", "status", 8), Column("evidence", "evidence", None, flexible=True),
    ])


def _candidates(candidates, layout=_candidate_table, note=None) -> Printout:
    """The candidates as rows; `layout` makes their text for people."""
    rows = [c.row() for c in candidates]
    return Printout(json=rows, rows=rows, columns=CANDIDATE_COLUMNS,
                    table=lambda: layout(rows), note=note)


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
    result = ctx.graph.ingest(article, date=date, title=title, outlet=outlet, url=url,
                              extractor=extractor)
    root = ctx.graph.root
    encoding = (
        "" if result.encoding == "UTF-8" else f"; decoded as {result.encoding}, saved as UTF-8"
    )
    click.echo(f"Registered src:{result.name} ({root.relative(result.text_file)}, "
               f"{root.relative(result.metadata_file)}{encoding})", err=True)
    new = ", ".join(f"{e.label} ({e.cls.rsplit('#', 1)[-1]})" for e in result.entities)
    click.echo(f"{len(result.candidates)} candidate claims in {root.relative(result.review_file)}"
               + (f"; candidate entities: {new}" if new else ""), err=True)
    echo(fmt, _candidates(result.candidates))
    click.echo(f"Next: kgraph review {result.name} --accept 1,2 (or --all, --reject N)",
               err=True)


def _ask(candidate) -> str:
    echo("table", _candidates([candidate]))
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
    decided = bool(accept or reject or accept_all)
    if interactive is None:
        interactive = not decided and sys.stdin.isatty() and for_people(fmt)
    result = ctx.graph.review(source, accept=accept, reject=reject, accept_all=accept_all,
                              decide=_ask if interactive else None)
    if not (result.accepted or result.rejected):
        echo(fmt, _candidates(result.candidates,
                              note="No decision taken: pass --accept, --reject or --all."))
        return
    # People read what was decided below; programs get the decided candidates.
    echo(fmt, _candidates(result.accepted + result.rejected, lambda rows: None))
    for candidate in result.accepted:
        click.echo(f"accepted {candidate.number}: {candidate.subject} "
                   f"{_reading(candidate.row())} {candidate.object} -> "
                   f"{compact(candidate.claim)}", err=True)
    for iri, label, cls in result.new_entities:
        click.echo(f"new entity {compact(iri)} ({label}, {compact(cls)})", err=True)
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
    report = ctx.graph.evaluate(extractor, sources)

    def text() -> str:
        lines = [f"Sources: {', '.join(report.sources)}",
                 table(report.rows(), [Column(c, c) for c in EVALUATION_COLUMNS])]
        if misses:
            for title, items, keys in (
                ("Curated claims not found", report.misses, ("claim", "fact", "quote")),
                ("Found, not curated", report.false_positives, ("source", "fact", "evidence")),
                ("Dates that differ", report.date_errors, ("claim", "fact", "expected", "found")),
            ):
                lines.append(f"\n{title} ({len(items)}):")
                lines += ["  " + " | ".join(str(item[k]) for k in keys) for item in items]
        return joined(*lines)

    echo(fmt, Printout(json=report.as_dict, rows=report.rows(), columns=EVALUATION_COLUMNS,
                       table=text))
