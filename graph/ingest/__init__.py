"""From Spanish news text to reviewed, sourced claims.

A package rather than one module because ingestion has several concerns that change for
different reasons: reading and splitting text (`reading`), time expressions (`temporal`), what
the graph already knows (`knowledge`), finding mentions (`mentions`), the Spanish relation cues
(`rules`, `lexicon`), registering a source (`register`), turning accepted candidates into
curated Turtle (`review`, `turtle`, `files`) and scoring (`evaluate`).

    >>> from graph import KnowledgeGraph
    >>> from graph.ingest import ingest_article, review_source
    >>> result = ingest_article(KnowledgeGraph(), "article.txt", date="2025-11-20")
    >>> review_source(KnowledgeGraph(), result.name, accept=[1, 2])

An extractor backed by a statistical model only has to meet `Extractor` (a `name` and an
`extract(document, knowledge)` method) and be registered under the `kgraph.extractors`
entry-point group; `kgraph ingest --extractor NAME` then uses it.
"""

from graph.ingest.evaluate import Report, evaluate
from graph.ingest.extractors import available, get_extractor
from graph.ingest.knowledge import Knowledge
from graph.ingest.model import Candidate, CandidateEntity, Document, Extraction, Extractor
from graph.ingest.register import IngestResult, ingest_article
from graph.ingest.review import ReviewResult, parse_numbers, review_source
from graph.ingest.rules import RuleExtractor

__all__ = [
    "Candidate", "CandidateEntity", "Document", "Extraction", "Extractor", "IngestResult",
    "Knowledge", "Report", "ReviewResult", "RuleExtractor", "available", "evaluate",
    "get_extractor", "ingest_article", "parse_numbers", "review_source",
]
