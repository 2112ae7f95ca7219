"""Writing the graph for people and other tools: network maps and exports."""

from graph.publish.maps import write_map

__all__ = ["write_map"]
