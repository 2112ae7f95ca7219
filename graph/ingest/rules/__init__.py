"""The rule-based Spanish extractor: relation cues, slot filling, context, negation,
attribution and dates, all without a statistical model."""

from graph.ingest.rules.extractor import RuleExtractor

__all__ = ["RuleExtractor"]
