"""Network analysis commands: path, common, rank, communities, timeline, stats."""

from __future__ import annotations

import click

from graph.cli import main, pass_context
from graph.cli.options import claim_window, engine_option, format_option, network_options
from graph.cli.output import Column, Printout, echo, joined, quoted, table
from graph.model.terms import compact

PATH_CSV = ["path", "step", "from", "from_id", "relation", "direction", "to", "to_id",
            "claim", "date", "date_precision", "sources", "quotes"]
COMMON_CSV = ["neighbor", "neighbor_id", "neighbor_class", "score", "degree", "a_relations",
              "b_relations", "a_claims", "b_claims"]
RANK_CSV = ["rank", "label", "class", "score", "degree", "id", "measure", "engine", "samples"]
TIMELINE_CSV = ["date", "date_precision", "date_expression", "subject", "relation", "object",
                "sources", "quotes", "claim", "subject_id", "object_id"]


def _selection(relations, since, until, co_participants) -> dict:
    return {"relations": relations, "since": since, "until": until,
            "co_participants": co_participants}


def _tie_text(tie) -> str:
    arrow = {"out": "->", "in": "<-", "both": "<->"}[tie.direction]
    return f"{tie.relation} {arrow}"


def _evidence_cells(claim) -> dict:
    first = claim.evidence[0] if claim.evidence else None
    quote = quoted(first.quote) if first else None
    if first and first.attributed_to:
        quote += f" (per {first.attributed_to.label})"
    if len(claim.evidence) > 1:
        quote += f" (+{len(claim.evidence) - 1} more)"
    return {"date": claim.when, "source": first.source.label if first else None, "quote": quote}


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

    def text() -> str:
        if not result.paths:
            within = f" within {max_length} steps" if max_length else ""
            return f"No path between {result.source.label} and {result.target.label}{within}."
        count = len(result.paths)
        return "\n".join([
            f"{result.paths[0].length} steps from {result.source.label} to "
            f"{result.target.label} ({count} shortest path{'s' if count > 1 else ''}):",
            table(rows, [
                Column("path", "#", 3), Column("from", "from", 20),
                Column("tie", "relation", 18), Column("to", "to", 20),
                Column("date", "date", 10), Column("source", "source", 16),
                Column("quote", "quote", None, flexible=True),
            ]),
        ])

    echo(fmt, Printout(json=result.as_dict, rows=rows, columns=PATH_CSV, table=text))


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

    def text() -> str:
        lines = []
        if result.direct:
            ties = ", ".join(_tie_text(t) for t in result.direct)
            lines.append(f"{result.a.label} and {result.b.label} are tied directly: {ties}")
        if not rows:
            return "\n".join([*lines, f"{result.a.label} and {result.b.label} share no neighbor."])
        return "\n".join([*lines, f"Shared by {result.a.label} (A) and {result.b.label} (B):",
                          table(rows, [
                              Column("neighbor", "neighbor", 32),
                              Column("neighbor_class", "class", 16),
                              Column("a_relations", "A's ties", 20),
                              Column("b_relations", "B's ties", 20),
                              Column("score", "claims"), Column("degree", "degree"),
                          ])])

    echo(fmt, Printout(
        json=lambda: {
            "a": result.a.as_dict(), "b": result.b.as_dict(),
            "direct": [t.as_dict() for t in result.direct],
            "shared": [found.as_dict() for found in result.interlocks],
        },
        rows=rows, columns=COMMON_CSV, table=text,
    ))


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

    def text() -> str:
        if not rows:
            return "No entity matches."
        shown = [{**r, "id": compact(r["id"]), "score": round(r["score"], 4)} for r in rows]
        lines = [table(shown, [Column(c, c, 40) for c in
                               ("rank", "label", "class", "score", "degree", "id")])]
        if result.centrality.approximate:
            lines.append(f"(betweenness estimated from {result.centrality.samples} sampled "
                         "sources; --samples 0 for the exact figure)")
        return "\n".join(lines)

    echo(fmt, Printout(json=rows, rows=rows, columns=RANK_CSV, table=text))


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
    members = [{"community": c.index, "size": c.size, **m.as_dict(), "degree": d}
               for c in result.communities for m, d in zip(c.members, c.degrees, strict=True)]

    def text() -> str:
        rows = [{"community": c.index, "size": c.size,
                 "members": ", ".join(m.label for m in c.members)} for c in result.communities]
        hidden = f"; {result.hidden} smaller hidden (--min-size)" if result.hidden else ""
        return joined(
            table(rows, [Column("community", "#"), Column("size", "size"),
                         Column("members", "members", None, flexible=True)]),
            f"({len(rows)} communities, modularity {result.modularity:.3f}, "
            f"{result.method} in {result.engine}{hidden})",
        )

    echo(fmt, Printout(json=result.as_dict, rows=members,
                       columns=["community", "size", "label", "class", "degree", "id"],
                       table=text))


@main.command()
@click.argument("name", required=False)
@claim_window
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
    rows = []
    for claim in claims:
        data = claim.as_dict()
        data["sources"] = [e.source.label for e in claim.evidence]
        data["quotes"] = [e.quote for e in claim.evidence]
        rows.append({**data, **_evidence_cells(claim), "date": claim.when})

    def text() -> str:
        if not rows:
            return "No claims match."
        # The text's own words for the time, under the date (or instead of it).
        shown = [{**row, "when": "\n".join(x for x in (row["date"],
                                                        quoted(row["date_expression"])) if x)}
                 for row in rows]
        return table(shown, [
            Column("when", "date", 12), Column("date_precision", "prec", 5),
            Column("subject", "subject", 20), Column("relation", "relation", 14),
            Column("object", "object", 22), Column("quote", "quote", None, flexible=True),
        ])

    echo(fmt, Printout(json=lambda: [c.as_dict() for c in claims], rows=rows,
                       columns=TIMELINE_CSV, table=text))


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
    rows = [{"section": "network", "name": k, "value": data[k]} for k in (
        "nodes", "edges", "tied_pairs", "claims", "sources", "density", "components",
        "largest_component", "untied_agents")]
    for section in ("nodes_by_class", "entities_by_class", "edges_by_relation",
                    "claims_by_relation"):
        rows += [{"section": section, "name": k, "value": v} for k, v in data[section].items()]
    rows += [{"section": "claims_per_source", "name": s["source"], "value": s["claims"]}
             for s in data["claims_per_source"]]
    shown = [{**r, "value": round(r["value"], 4) if isinstance(r["value"], float) else r["value"]}
             for r in rows]
    echo(fmt, Printout(json=data, rows=rows, columns=["section", "name", "value"],
                       table=lambda: table(shown, [Column("section", "section"),
                                                   Column("name", "name", 48),
                                                   Column("value", "value")])))
