"""kgraph: a provenance-first knowledge graph of the transnational right-wing political network.

    >>> from graph import KnowledgeGraph
    >>> kg = KnowledgeGraph()                 # the nearest root, or the curated graph
    >>> [row.neighbor for row in kg.neighbors("Kast", relations=["endorsed"])]
"""

__version__ = "0.1.0"

from graph.errors import KGraphError  # noqa: E402


def __getattr__(name):
    # The API pulls in the store; keep `import graph` itself cheap.
    if name == "KnowledgeGraph":
        from graph.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)


__all__ = ["KnowledgeGraph", "KGraphError", "__version__"]
