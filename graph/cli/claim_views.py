"""How claims around an entity are shown: one table line per piece of evidence, or one CSV row
per claim; and `neighbors` itself, which the quick reader (quick.py) runs as the click command
does (so this module needs no click)."""

from __future__ import annotations

from graph.cli.flags import DEFAULT_FORMAT
from graph.cli.output import Column, Printout, cell_text, echo, quoted, table
from graph.store.engine import without_gc

NEIGHBOR_CSV = [
    "relation", "direction", "neighbor", "neighbor_id", "neighbor_class", "date",
    "date_precision", "date_expression", "qualifiers", "sources", "source_ids", "quotes",
    "claim", "depth", "from",
]


def claim_rows(rows, with_from: bool) -> list[dict]:
    """One table line per piece of evidence, the claim's fields on its first line only.
    Qualifiers go under the neighbor and the date as written under the date."""
    lines = []
    for row in rows:
        claim = row.claim
        details = [f"{k}: {cell_text(v)}" for k, v in claim.qualifiers.items()]
        neighbor = "\n".join([row.neighbor.label, *(f"  {d}" for d in details)])
        date = "\n".join(x for x in (claim.when, quoted(claim.date_expression)) if x)
        for index, evidence in enumerate(claim.evidence):
            quote = quoted(evidence.quote)
            if evidence.attributed_to:
                quote += f" (per {evidence.attributed_to.label})"
            line = {"source": evidence.source.label, "quote": quote}
            if index == 0:
                line.update(relation=claim.relation, direction=row.direction,
                            neighbor=neighbor, date=date,
                            via=row.center.label if with_from else None)
            lines.append(line)
    return lines


def claim_columns(with_relation: bool = True, with_from: bool = False) -> list[Column]:
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


def _as_csv(rows) -> str:
    from graph.publish.tabular import to_csv  # only CSV needs it

    return to_csv(flat_rows(rows), NEIGHBOR_CSV)


def flat_rows(rows) -> list[dict]:
    flat = []
    for row in rows:
        data = row.as_dict()
        data["source_ids"] = [s["source_id"] for s in data["sources"]]
        data["quotes"] = [s["quote"] for s in data["sources"]]
        data["sources"] = [s["source"] for s in data["sources"]]
        flat.append(data)
    return flat


def print_neighbors(graph, name: str, fmt: str = DEFAULT_FORMAT, *, relations=(),
                    direction: str = "both", since: str | None = None,
                    until: str | None = None, depth: int = 1, speaker: str | None = None) -> None:
    """`kgraph neighbors`: the claims around `name` printed as --format chose. The defaults
    are the command's (a test holds them to its options')."""
    with without_gc():  # a hub's rows are a million small objects, none in a cycle
        rows = graph.neighbors(name, relations, direction, since, until, depth, speaker)
        with_from = depth > 1
        # Each view is computed only when chosen: a hub has thousands of rows.
        echo(fmt, Printout(
            json=lambda: [row.as_dict() for row in rows],
            csv=lambda: _as_csv(rows),
            table=lambda: (table(claim_rows(rows, with_from), claim_columns(True, with_from))
                           if rows else f"No claims about {name} match."),
        ))
