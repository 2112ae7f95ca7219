"""Commands that write the graph for other tools and for people: export, map."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli import main, pass_context
from graph.cli.options import claim_window, network_options


@main.command("export")
@click.option("--format", "-f", "fmt", metavar="FORMAT",
              help="ttl, nt, trig, jsonld, graphml, gexf, csv or cytoscape (default: from the "
              "suffix of -o).")
@click.option("-o", "--output", required=True, type=click.Path(), metavar="PATH",
              help="The file to write (a folder for csv: nodes.csv and edges.csv).")
@network_options
@pass_context
def export_command(ctx, fmt, output, relations, since, until, co_participants):
    """Write the graph for other tools. RDF formats (ttl, nt, trig, jsonld) carry everything:
    ontology, entities, claims with their evidence, quotes and sources. graphml and gexf
    (Gephi), csv (nodes.csv + edges.csv) and cytoscape (Cytoscape.js JSON) carry the network,
    with labels, classes, relations, dates and sources as attributes. Files are replaced
    atomically.

    \b
    Examples:
      kgraph export --format ttl -o output/kgraph.ttl
      kgraph export -o output/kgraph.gexf --since 2025
      kgraph export --format csv -o output/csv --relation endorsed
    """
    report = ctx.graph.export(output, fmt, relations, since, until, co_participants)
    if report.triples is not None:
        size = f"{report.triples} triples"
    else:
        size = f"{report.nodes} nodes, {report.edges} edges"
    click.echo(f"Wrote {report.claims} claims as {report.format} ({size}): "
               f"{', '.join(report.files)}")


@main.command("map")
@click.option("-o", "--output", type=click.Path(dir_okay=False), metavar="FILE",
              help="Where to write the map (default: output/map.html in the root): .html for "
              "the interactive page, .svg or .png for print. Missing folders are created.")
@click.option("--center", metavar="NAME", help="Only the network around NAME.")
@click.option("--depth", type=click.IntRange(1, 6), default=None, metavar="N",
              help="With --center: walk this many steps out (default 1).")
@claim_window
@pass_context
def map_command(ctx, output, center, depth, relations, since, until):
    """Write an interactive network map: one HTML file that opens offline in any browser; or,
    for print, the same map as SVG or PNG with a caption citing its sources.

    Nodes are entities, colored and shaped by class and sized by their number of ties; one
    line joins two entities and lists every claim between them, with its quotes and sources.
    The page has a search box, a legend that filters relations, a time slider, neighborhood
    highlighting, and counts that follow the filters.

    \b
    Examples:
      kgraph map
      kgraph map --center Kast -o output/map-kast.html
      kgraph map --center Kast -o output/map-kast.svg
      kgraph map --center Milei --depth 2 --relation met --relation allied
      kgraph map --since 2025-11 --until 2025-12 -o nov-dec.png
    """
    report = ctx.graph.map(output, center, depth, relations, since, until)
    try:
        shown = report.path.relative_to(Path.cwd().resolve())
    except ValueError:
        shown = report.path
    click.echo(
        f"Wrote {shown}: {report.nodes} entities, {report.edges} ties, "
        f"{report.claims} claims ({report.bytes / 1024:.0f} KB) in {report.seconds:.1f} s"
    )
