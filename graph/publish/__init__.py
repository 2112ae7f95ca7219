"""The graph for other tools and readers: RDF with every claim and its provenance (rdf.py),
the network projection for Gephi, spreadsheets and Cytoscape (formats.py), interactive HTML
maps (map_labels.py, map_layout.py, map_page.py, maps.py) and their SVG/PNG export for print
(map_svg.py), all written through the one atomic writer
(files.py). `export` (exporter.py) picks the writer for a format.
"""

from __future__ import annotations

from importlib import import_module

# The public names and the module of each. They load on first use: the command line's printer
# imports publish.tabular without paying for networkx, which the exports and maps need.
_HOME = {
    "EXPORT_FORMATS": "exporter",
    "NETWORK_FORMATS": "exporter",
    "SUFFIXES": "exporter",
    "ExportReport": "exporter",
    "export": "exporter",
    "export_format": "exporter",
    "RDF_FORMATS": "rdf",
    "rdf_quads": "rdf",
    "SEVERAL_RELATIONS_COLOR": "map_layout",
    "MapGraph": "map_layout",
    "MapSource": "map_layout",
    "map_graph": "map_layout",
    "MAP_SUFFIXES": "maps",
    "MapReport": "maps",
    "write_map": "maps",
    "edge_style": "map_page",
    "render_html": "map_page",
    "render_svg": "map_svg",
    "atomic_file": "files",
    "atomic_files": "files",
    "write_bytes": "files",
    "write_text": "files",
    "cytoscape_json": "formats",
    "edge_id": "formats",
    "flat_graph": "formats",
}
__all__ = sorted(_HOME)


def __getattr__(name: str):
    if name not in _HOME:
        raise AttributeError(f"module 'graph.publish' has no attribute {name!r}")
    return getattr(import_module(f"graph.publish.{_HOME[name]}"), name)
