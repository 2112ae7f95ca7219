""""Los tres", "las cuatro" standing alone for the persons just named: "A llegó con B y con C.
Los tres fueron recibidos por D". The count must match the persons the text named or had
acting in that sentence and in the count's own before it: a count below them says some among
them, and stands for nobody sure. ("Los dos" is a pair: pair_words.py.)"""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.pair_words import an_hour
from graph.ingest.reading import fold

_COUNTS = {"tres": 3, "cuatro": 4, "cinco": 5}
_THE = {"los", "las"}
# Phrases a standalone count heads: "Los tres llegaron", "recibió a los tres"
_STANDING = {"nsubj", "nsubj:pass", "obj", "obl"}


def standalone_count(token) -> int | None:
    """How many persons "los tres" stands for, when the count has no noun of its own ("los
    tres diputados", "los tres de la lista", "a las tres de la tarde" are not)."""
    count = _COUNTS.get(fold(token.lower_))
    if count is None or token.dep_ not in _STANDING or token.i == 0 or \
            token.doc[token.i - 1].lower_ not in _THE or an_hour(token):
        return None
    if any(t.dep_ not in ("det", "case", "punct") for t in token.subtree if t.i != token.i):
        return None  # "los tres primeros", "los otros tres": some among more
    return count


def counted_group(parsed, token, count: int) -> list[End]:
    """The persons named or acting in the sentence before the count and in its own before it,
    when they are as many as it says, or one fewer: one told by a description the extractor
    did not resolve ("la hermana del presidente") is one of them, and the rest still are."""
    here = parsed.sentence_of(token.idx)
    acting = [(i, k) for sentence in (here - 1, here) for i, k in parsed.subjects.get(
        sentence, []) if i < token.i]
    named = sorted(acting + parsed.persons_before(token.i, back=1))
    keys = list(dict.fromkeys(k for _, k in named))
    if not count - 1 <= len(keys) <= count:
        return []
    return [End(k, token.i, token.i, reference=True, distance=1) for k in keys]
