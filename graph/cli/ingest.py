"""Commands that turn articles into reviewed claims: ingest, review, evaluate."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph.cli import main, pass_context
from graph.cli.options import format_option
from graph.cli.output import Column, Printout, echo, for_people, joined, quoted, table
from graph.model.terms import compact

CANDIDATE_COLUMNS = [
    "number", "subject", "subject_id", "relation", "object", "object_id", "date",
    "date_precision", "date_expression", "confidence", "pattern", "negated", "attributed_to",
    "qualifiers", "status", "evidence",
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


SUMMARY_COLUMNS = ["file", "source", "candidates", "new_entities", "review_file", "error"]
_EXTRACTOR_HELP = ("Extractor: nlp (default; the parse-based one, which needs spaCy and its "
                   "Spanish model), learned (nlp with a relation classifier learned from the "
                   "evaluation sets), rules (no model), or one registered under "
                   "kgraph.extractors.")
# Reading is the slow part of both commands; it spreads over the processors (batch_extraction)
_jobs_option = click.option(
    "--jobs", type=click.IntRange(1, 64), default=None, metavar="N",
    help="Processes reading articles at once (default: one per processor; 1 reads them here, "
    "one after the other).")


def _summary_rows(batch, root) -> list[dict]:
    rows = []
    for outcome in batch.outcomes:
        result = outcome.result
        rows.append({
            "file": str(outcome.path),
            "source": f"src:{result.name}" if result else None,
            "candidates": len(result.candidates) if result else None,
            "new_entities": [f"{e.label} ({e.cls.rsplit('#', 1)[-1]})"
                             for e in result.entities] if result else [],
            "review_file": str(root.relative(result.review_file)) if result else None,
            "error": str(outcome.error) if outcome.error else None,
        })
    return rows


def _summary_table(rows) -> str:
    shown = [{**row, "source": row["source"] or "(not ingested)",
              "new_entities": ", ".join(row["new_entities"])} for row in rows]
    return table(shown, [
        Column("file", "file"), Column("source", "source", 24),
        Column("candidates", "candidates", 10),
        Column("new_entities", "new entities", None, flexible=True),
    ])


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(), metavar="ARTICLE...")
@click.option("--date", metavar="YYYY-MM-DD", help="Publication date of every article given: "
              "relative dates in the text (\"este martes\", \"este año\") are resolved "
              "against it.")
@click.option("--title", help="Title (default: the article's first line); one article only.")
@click.option("--outlet", help="The outlet that published them.")
@click.option("--url", help="Where it was published; one article only.")
@click.option("--extractor", default=None, help=_EXTRACTOR_HELP)
@_jobs_option
@format_option
@pass_context
def ingest(ctx, articles, date, title, outlet, url, extractor, jobs, fmt):
    """Register each ARTICLE (Spanish plain text; a folder: its *.txt in name order) as a
    source in seeds/ and propose claims.

    The extractor and its model are loaded once for all of them. The candidates of each are
    written to output/review/<source>.json; accept or reject them with `kgraph review`. Prints
    one row per article (its source, candidates and new entities), then, for a single article,
    its candidates (--format json or csv: the candidates of a single article, the rows of
    several). An article that is empty, binary, not UTF-8 or Latin-1 text, or already
    ingested is reported in one line and nothing of it is written; the others still go in,
    and the command exits 1.

    \b
    Metadata per article: NAME.json beside NAME.txt, e.g.
      {"date": "2025-11-20", "title": "…", "outlet": "La Tercera", "url": "https://…"}
    every key optional; --date and --outlet given here override it for every article.

    \b
    Examples:
      kgraph ingest nota.txt --date 2025-11-20 --outlet "La Tercera"
      kgraph ingest articulos/ --extractor rules
    """
    root = ctx.graph.root
    single = len(articles) == 1 and not Path(articles[0]).is_dir()

    def report(outcome) -> None:
        result = outcome.result
        if result is None:
            if not single:  # a single article's error is the command's
                click.echo(f"Error: {outcome.error}", err=True)
            return
        encoding = ("" if result.encoding == "UTF-8"
                    else f"; decoded as {result.encoding}, saved as UTF-8")
        click.echo(f"Registered src:{result.name} ({root.relative(result.text_file)}, "
                   f"{root.relative(result.metadata_file)}{encoding})", err=True)

    batch = ctx.graph.ingest_batch(articles, date=date, title=title, outlet=outlet, url=url,
                                   extractor=extractor, progress=report, jobs=jobs)
    if single and batch.failures:
        raise batch.failures[0].error
    rows = _summary_rows(batch, root)
    if single:
        [result] = batch.results
        candidates = [c.row() for c in result.candidates]
        echo(fmt, Printout(json=candidates, rows=candidates, columns=CANDIDATE_COLUMNS,
                           table=lambda: joined(_summary_table(rows),
                                                "\n" + (_candidate_table(candidates) or
                                                        "No candidate claims."))))
        click.echo(f"Next: kgraph review {result.name} --accept 1,2 (or --all, --reject N)",
                   err=True)
        return
    echo(fmt, Printout(json=rows, rows=rows, columns=SUMMARY_COLUMNS,
                       table=lambda: _summary_table(rows)))
    if batch.results:
        click.echo("Next: kgraph review SOURCE --accept 1,2 (or --all, --reject N) for each "
                   "source above", err=True)
    if batch.failures:
        done = len(batch.outcomes) - len(batch.failures)
        click.echo(f"{len(batch.failures)} of {len(batch.outcomes)} articles not ingested "
                   f"(see above); the other {done} were.", err=True)
        click.get_current_context().exit(1)


def _ask(candidate) -> str:
    echo("table", _candidates([candidate]))
    answer = click.prompt("[a]ccept, [r]eject, [s]kip, [q]uit", default="s",
                          type=click.Choice(["a", "r", "s", "q"]), show_choices=False,
                          err=True)
    return {"a": "accept", "r": "reject", "s": "skip", "q": "quit"}[answer]


@main.command()
@click.argument("source", required=False)
@click.option("--accept", "accept", metavar="LIST", help="Candidates to accept: 1,3 or 2-5.")
@click.option("--reject", "reject", metavar="LIST", help="Candidates to reject.")
@click.option("--all", "accept_all", is_flag=True, help="Accept every pending candidate.")
@click.option("--interactive/--no-interactive", default=None,
              help="Ask about each pending candidate (default: when run in a terminal).")
@click.option("--web", is_flag=True, help="Serve the curation workbench to a browser on this "
              "machine instead: SOURCE beside its candidates (without SOURCE, every review "
              "file).")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="With --web: the port on 127.0.0.1 (0: a free one).")
@format_option
@pass_context
def review(ctx, source, accept, reject, accept_all, interactive, web, port, fmt):
    """Accept or reject the candidate claims of an ingested SOURCE.

    Accepted claims are appended to ontology/claims-ingested.ttl (new entities to
    ontology/entities-ingested.ttl) after the build's validation passed on them; a failed
    or rejected review leaves the curated files as they were. Without a decision, lists the
    candidates (or asks about each one in a terminal).

    With --web, a page on 127.0.0.1 shows the article beside its candidates: accept, reject
    or edit them, add claims by selecting text, merge duplicate entities. Its address (with
    a secret token for this run) is printed; Ctrl-C stops it.

    \b
    Examples:
      kgraph review 004_3f2a9c0d1e2b4a5c --accept 1,3 --reject 2
      kgraph review src:004_3f2a9c0d1e2b4a5c --all
      kgraph review --web 004_3f2a9c0d1e2b4a5c
    """
    decided = bool(accept or reject or accept_all)
    if web:
        if decided or interactive:
            raise click.UsageError("--web decides in the browser: leave out --accept, "
                                   "--reject, --all and --interactive")
        ctx.graph.workbench(source, port=port, announce=lambda url: click.echo(
            f"Workbench: {url}\nOpen it in a browser on this machine; Ctrl-C stops it."))
        return
    if source is None:
        raise click.UsageError("give the SOURCE to review (or --web to choose in the browser)")
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
@click.option("--set", "gold_set", type=click.Path(), metavar="DIR",
              help="Score on an evaluation set instead: a folder of NAME.txt with "
              "NAME.gold.json (see tests/data/ingest/eval/README.md).")
@click.option("--extractor", default=None, help=_EXTRACTOR_HELP)
@click.option("--misses/--no-misses", default=None,
              help="List what was missed and what was found in excess, with text and quote "
              "(default: on for the seed articles, off for --set).")
@_jobs_option
@format_option
@pass_context
def evaluate(ctx, sources, gold_set, extractor, misses, jobs, fmt):
    """Score extraction: precision, recall and F1 per relation on (subject, relation,
    object), symmetric relations unordered, and on the dates.

    Without --set, against the curated claims of the seed articles. With --set DIR, against
    the gold claims of each text of DIR (anchored at its gold date, the root's entities
    known), adding recall by the gold claim's pattern, precision by the candidate's pattern,
    the class of proposed new entities, unacceptable aliases, and quotes that are not
    verbatim or name neither end of their claim.

    \b
    Examples:
      kgraph evaluate --extractor rules
      kgraph evaluate --set tests/data/ingest/eval/dev --misses
    """
    if gold_set and sources:
        raise click.UsageError("--source and --set do not go together")
    report = ctx.graph.evaluate(extractor, sources, gold_set=gold_set, jobs=jobs)
    if gold_set:
        echo(fmt, Printout(json=report.as_dict, rows=report.rows(), columns=EVALUATION_COLUMNS,
                           table=lambda: _set_text(report, bool(misses))))
        return
    misses = True if misses is None else misses

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


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "-"


def _set_text(report, misses: bool) -> str:
    entities, aliases, quotes = report.entities, report.aliases, report.quotes
    lines = [
        f"Set: {report.folder} ({len(report.texts)} texts), extractor {report.extractor}",
        table(report.rows(), [Column(c, c) for c in EVALUATION_COLUMNS]),
        "\nRecall by the gold claim's pattern:",
        table(report.gold_pattern_rows(), [Column(c, c) for c in
                                           ("pattern", "gold", "tp", "fn", "recall")]),
        "\nPrecision by the candidate's pattern (its cue up to ':'):",
        table(report.found_pattern_rows(), [Column(c, c) for c in
                                            ("pattern", "found", "tp", "fp", "precision")])
        or "  (no candidates)",
        f"\nNew entities: {entities['proposed']} proposed, {entities['matched']} of them among "
        f"the {entities['gold']} gold entities, {entities['wrong_class']} of those with the "
        f"wrong class ({_share(entities['wrong_class'], entities['matched'])})" + (
            f": {entities['broader']} broader than the gold's, {entities['narrower']} "
            f"narrower, {entities['sibling']} another kind of the same family, "
            f"{entities['unrelated']} of another family" if entities['wrong_class'] else ""),
        f"Aliases: {aliases['checked']} proposed, {aliases['bad']} unacceptable "
        f"({_share(aliases['bad'], aliases['checked'])}): a particle, a country or demonym, "
        "a lone given name",
        f"Quotes: {quotes['checked']} checked, {quotes['not_verbatim']} not verbatim in their "
        f"text, {quotes['name_neither_end']} candidates whose quote names neither end",
        f"Duplicates: {report.duplicates} candidates repeat a fact already matched",
        f"Near misses: {len(report.near_misses)} of the {report.total.false_negatives} gold "
        "claims not found have a wrong candidate with their relation and one of their ends",
    ]
    if misses:
        for title, items, keys in (
            ("Gold claims not found", report.misses, ("text", "fact", "pattern", "quote")),
            ("Found, not in the gold", report.false_positives,
             ("text", "fact", "pattern", "quote")),
            ("Near misses", report.near_misses, ("text", "fact", "found")),
            ("Dates that differ", report.date_errors, ("text", "fact", "expected", "found")),
            ("New entities of the wrong class", report.wrong_classes,
             ("text", "entity", "class", "expected", "kinship")),
            ("Unacceptable aliases", report.bad_aliases, ("text", "entity", "alias", "problem")),
            ("Quotes", report.bad_quotes, ("text", "fact", "problem", "quote")),
        ):
            lines.append(f"\n{title} ({len(items)}):")
            lines += ["  " + " | ".join(str(item[k]) for k in keys) for item in items]
    return joined(*lines)
