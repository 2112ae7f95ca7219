"""Choosing an extractor: the rule-based one, or one a package registers as a plug-in."""

from __future__ import annotations

from importlib.metadata import entry_points

from graph.errors import InputError
from graph.ingest.model import Extractor
from graph.ingest.rules import RuleExtractor

GROUP = "kgraph.extractors"


def default_extractor() -> Extractor:
    return RuleExtractor()


def available() -> list[str]:
    return sorted({"rules", "nlp", *(e.name for e in entry_points(group=GROUP))})


def get_extractor(name: str | None) -> Extractor:
    """`rules`, or the name of an entry point in the `kgraph.extractors` group whose object is
    an Extractor class (or factory) taking no arguments."""
    if name in (None, "rules"):
        return default_extractor()
    if name == "nlp":
        from graph.ingest.nlp import NlpExtractor

        return NlpExtractor()
    for entry in entry_points(group=GROUP):
        if entry.name == name:
            extractor = entry.load()()
            if not isinstance(extractor, Extractor):
                raise InputError(f"extractor {name!r} does not have an `extract` method")
            return extractor
    raise InputError(f"unknown extractor {name!r}; available: {', '.join(available())}")
