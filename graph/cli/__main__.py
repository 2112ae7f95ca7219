"""`python -m graph.cli`: the kgraph command."""

from graph.cli import run

run()
