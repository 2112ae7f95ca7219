"""The parse-based extractor (work in progress: returns no candidates yet)."""

from __future__ import annotations

from graph.ingest.knowledge import Knowledge
from graph.ingest.model import Document, Extraction
from graph.ingest.nlp import pipeline


class NlpExtractor:
    name = "nlp"

    def __init__(self):
        self.nlp = pipeline.load()

    def extract(self, document: Document, knowledge: Knowledge) -> Extraction:
        return Extraction([], [])
