"""Commands that read entities and their claims: neighbors, show, search, sources, relations."""

from __future__ import annotations

import click

from graph.cli import main, pass_context
from graph.cli.claim_views import (
    NEIGHBOR_CSV,
    claim_columns,
    claim_rows,
    flat_rows,
    print_neighbors,
)
from graph.cli.options import claim_window, format_option
from graph.cli.output import Column, Printout, echo, joined, quoted, table, terminal_width
from graph.model.terms import compact
from graph.store.engine import without_gc


@main.command()
@click.argument("name")
@click.option("--direction", type=click.Choice(["in", "out", "both"]), default="both",
              show_default=True, help="out: NAME is the subject; in: the object.")
@click.option("--depth", type=click.IntRange(1, 6), default=1, show_default=True,
              help="Walk this many steps out from NAME.")
@click.option("--attributed-to", "speaker", metavar="NAME",
              help="Only claims that a quote attributed to NAME (an outlet, a speaker) "
              "supports, e.g. \"La Tercera\".")
@claim_window
@format_option
@pass_context
def neighbors(ctx, name, relations, direction, since, until, depth, speaker, fmt):
    """Everyone and everything NAME is tied to: one row per claim, with its sources and quotes.

    NAME is a label or alias in any case and with or without accents ("Kast", "jose antonio
    kast", "JAK") or an id such as kgr:jose-antonio-kast.

    \b
    Examples:
      kgraph neighbors Kast
      kgraph neighbors Kast --relation endorsed --direction in
      kgraph neighbors Milei --since 2025-11 --format json
      kgraph neighbors Abascal --depth 2 --format csv
      kgraph neighbors Kast --attributed-to "La Tercera"
    """
    print_neighbors(ctx.graph, name, fmt, relations=relations, direction=direction, since=since,
                    until=until, depth=depth, speaker=speaker)


@main.command()
@click.argument("name")
@format_option
@pass_context
def show(ctx, name, fmt):
    """The card of an entity: class, labels, aliases, country, party, offices, its claims
    grouped by relation, and for an outlet or a speaker what it asserts (the claims that quotes
    attributed to it support). NAME may also be a source document (its id or label): its
    card lists the claims its quotes support.

    \b
    Examples:
      kgraph show Kast
      kgraph show "La Tercera"
      kgraph show src:000_634ebe68f598c1d0
      kgraph show "Partido Nacional Libertario" --format json
    """
    with without_gc():  # as for neighbors: a hub's card holds all its claims
        card = ctx.graph.show(name)
        rows = [row for group in card.claims.values() for row in group]
        echo(fmt, Printout(json=card.as_dict, rows=flat_rows(rows), columns=NEIGHBOR_CSV,
                           table=lambda: _card_text(card)))


def _card_text(card) -> str:
    entity = card.entity
    lines = [f"{entity.label}  ({entity.cls or 'entity'}, {entity.id})"]
    facts = [("aliases", ", ".join(card.aliases))]
    facts += [(k, ", ".join(v)) for k, v in card.attributes.items()]
    facts += [("party", ", ".join(card.parties)), ("offices", "; ".join(card.offices))]
    facts += [(f"description ({lang})", text) for lang, text in sorted(card.descriptions.items())]
    if entity.cls != "source":
        facts += [("sources", "; ".join(s.label for s in card.sources))]
    width = max(len(k) for k, _ in facts)
    for key, value in facts:
        if value:
            wrapped = table([{"v": value}], [Column("v", "", None, flexible=True)],
                            width=max(terminal_width() - width - 2, 20))
            values = wrapped.split("\n")[2:]
            lines.append(f"{key.ljust(width)}  {values[0]}")
            lines += [f"{' ' * width}  {more}" for more in values[1:]]
    for relation, group in card.claims.items():
        lines.append(f"\n{relation} ({len(group)})")
        lines.append(table(claim_rows(group, False), claim_columns(with_relation=False)))
    if card.asserts:
        said = "from" if entity.cls == "source" else "attributed to"
        lines.append(f"\nasserts ({len(card.asserts)}): claims that quotes {said} "
                     f"{entity.label} support")
        columns = [c for c in ASSERTION_COLUMNS if c.key != "source" or entity.cls != "source"]
        lines.append(table(_assertion_rows(card.asserts), columns))
    return joined(*lines)


ASSERTION_COLUMNS = [
    Column("subject", "subject", 18), Column("relation", "relation", 14),
    Column("object", "object", 18), Column("date", "date", 10), Column("source", "source", 18),
    Column("quote", "quote", None, flexible=True),
]


def _assertion_rows(claims) -> list[dict]:
    lines = []
    for claim in claims:
        for index, evidence in enumerate(claim.evidence):
            line = {"source": evidence.source.label, "quote": quoted(evidence.quote)}
            if index == 0:
                line.update(subject=claim.subject.label, relation=claim.relation,
                            object=claim.object.label, date=claim.when)
            lines.append(line)
    return lines


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
    echo(fmt, Printout(
        json=hits, rows=hits, columns=columns,
        table=lambda: (table([{**h, "id": compact(h["id"])} for h in hits],
                             [Column(c, c) for c in columns])
                       if hits else f"No entity matches {text!r}."),
    ))


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
    echo(fmt, Printout(
        json=rows, rows=rows, columns=columns,
        table=lambda: table(rows, [Column(c, c, 48 if c in ("title", "label") else None)
                                   for c in columns[:-1]]),
    ))


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
    echo(fmt, Printout(
        json=rows, rows=rows, columns=columns,
        table=lambda: table([{**r, "domain": compact(r["domain"] or ""),
                              "range": compact(r["range"] or "")} for r in rows],
                            [Column(c, c) for c in columns]),
    ))
