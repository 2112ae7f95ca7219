"""Where a sentence stands in a text's lead. A dateline set apart ("HELSINKI.") and a byline
("De nuestra corresponsal.—") are split off as sentences of their own, but they tell nothing:
counting them would push the lead's third sentence out of it."""

from __future__ import annotations

import bisect
import re

_WORD = re.compile(r"[^\W\d_]{2,}")
_TELLING = 4  # words a sentence needs to tell anything


def lead_position(parsed, token) -> int:
    """The position of `token`'s sentence among the text's telling sentences (0: the first)."""
    counts = getattr(parsed, "_telling_before", None)
    if counts is None:
        counts, seen = [], 0
        for sentence in parsed.document.sentences:
            counts.append(seen)
            seen += len(_WORD.findall(sentence.text)) >= _TELLING
        parsed._telling_before = counts
    index = token if isinstance(token, int) else token.idx
    where = max(bisect.bisect_right(parsed.starts, index) - 1, 0)
    return counts[where] if where < len(counts) else where
