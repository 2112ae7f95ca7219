"""Extraction on a Spanish parse: spaCy's tokens, lemmas, morphology, dependencies and entities,
with relation patterns on the parse and entity typing and linking against what the graph knows."""

from graph.ingest.nlp.extractor import NlpExtractor

__all__ = ["NlpExtractor"]
