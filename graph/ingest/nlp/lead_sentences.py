"""Where a sentence stands in a text's lead. A dateline set apart ("HELSINKI.") and a byline
("De nuestra corresponsal.—", "Por Ana Gil") are split off as sentences of their own, but they
tell nothing: counting them would push the lead's third sentence out of it. A dateline of a
town of many words ("SAN SALVADOR DE JUJUY.") is one too, written in capitals."""

from __future__ import annotations

import bisect
import re

from graph.ingest.nlp.bylines import is_byline

_WORD = re.compile(r"[^\W\d_]{2,}")
_TELLING = 4  # words a sentence needs to tell anything
_LEAD_SENTENCES = 3


def lead_position(parsed, token) -> int:
    """The position of `token`'s sentence among the text's telling sentences (0: the first)."""
    counts = getattr(parsed, "_telling_before", None)
    if counts is None:
        counts, seen = [], 0
        for sentence in parsed.document.sentences:
            counts.append(seen)
            seen += len(_WORD.findall(sentence.text)) >= _TELLING and \
                not is_byline(sentence.text.strip()) and not _dateline(sentence.text)
        parsed._telling_before = counts
    index = token if isinstance(token, int) else token.idx
    where = max(bisect.bisect_right(parsed.starts, index) - 1, 0)
    return counts[where] if where < len(counts) else where


def retold_in_lead(parsed, token, kind: str, described: dict, kind_of) -> None:
    """"La secretaria encabezó un acto en el Hipódromo. [...] Con un acto multitudinario en el
    Hipódromo, X dejó ayer en claro": a gathering the lead tells twice, the second time with
    nothing to name it by, is the one it named first (the event the text reports), and the
    time of the second telling is its time."""
    if lead_position(parsed, token) > _LEAD_SENTENCES:
        return
    earlier = [key for i, key in described.items() if i < token.i and
               kind_of(parsed.doc[i]) == kind and key in parsed.named_events]
    if len(set(earlier)) == 1:
        described[token.i] = earlier[0]
        parsed._event_at.setdefault(token.i, (earlier[0], (token.i, token.i)))


def _dateline(text: str) -> bool:
    """A sentence of capitals only, ending in a stop: the town the story is filed from."""
    stripped = text.strip()
    return stripped.endswith(".") and any(c.isalpha() for c in stripped) and \
        stripped == stripped.upper()
