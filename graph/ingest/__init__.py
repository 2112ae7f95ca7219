"""From Spanish news text to reviewed, sourced claims.

A package rather than one module because ingestion has several concerns that change for
different reasons: reading and splitting text (`reading`), time expressions (`temporal`), what
the graph already knows (`knowledge`), the parse-based extractor with its linking and typing
(`nlp/`, the default), the older rule-based one (`rules`, `mentions`, `lexicon`), registering
sources (`register`), turning accepted candidates into curated Turtle (`review`, `curated`,
`turtle`, `files`), the workbench's edits (`curation`), CSV imports (`importing`), duplicate
entities (`duplicates`, `rewrite`) and scoring (`evaluate`, `goldsets`, `setscore`).

    >>> from graph import KnowledgeGraph
    >>> from graph.ingest import ingest_article, review_source
    >>> result = ingest_article(KnowledgeGraph(), "article.txt", date="2025-11-20")
    >>> review_source(KnowledgeGraph(), result.name, accept=[1, 2])

Another extractor only has to meet `Extractor` (a `name` and an `extract(document, knowledge)`
method) and be registered under the `kgraph.extractors` entry-point group; `kgraph ingest
--extractor NAME` then uses it.
"""

from graph.ingest.evaluate import Report, evaluate
from graph.ingest.extractors import available, get_extractor
from graph.ingest.goldsets import GoldSet, read_set
from graph.ingest.knowledge import Knowledge
from graph.ingest.model import Candidate, CandidateEntity, Document, Extraction, Extractor
from graph.ingest.register import BatchResult, IngestResult, ingest_article, ingest_articles
from graph.ingest.review import ReviewResult, parse_numbers, review_source
from graph.ingest.rules import RuleExtractor
from graph.ingest.setscore import SetReport, evaluate_set

__all__ = [
    "BatchResult", "Candidate", "CandidateEntity", "Document", "Extraction", "Extractor",
    "GoldSet", "IngestResult", "Knowledge", "Report", "ReviewResult", "RuleExtractor",
    "SetReport", "available", "evaluate", "evaluate_set", "get_extractor", "ingest_article",
    "ingest_articles", "parse_numbers", "read_set", "review_source",
]
