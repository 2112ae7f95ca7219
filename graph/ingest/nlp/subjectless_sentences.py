"""Sentences that go on about what an earlier one named without naming anything: "El Partido
Popular Danés era la segunda fuerza. Hoy lucha por no caer. Para remontar, su presidente, X":
the possessive reaches past the sentence with a dropped subject to the party named before."""

from __future__ import annotations

# At most this many sentences with a dropped subject are passed over
_MOST = 2


def first_sentence_reached(parsed, sentence: int) -> int:
    """The earliest sentence a possessive in `sentence` may reach back to: the one before, and
    one more for each sentence right before that names nothing and has no subject of its own."""
    back = 1
    while back <= _MOST and sentence - back > 0 and _subjectless(parsed, sentence - back):
        back += 1
    return max(sentence - back, 0)


def _subjectless(parsed, sentence: int) -> bool:
    start = parsed.starts[sentence]
    end = parsed.starts[sentence + 1] if sentence + 1 < len(parsed.starts) else None
    tokens = [t for t in parsed.doc if t.idx >= start and (end is None or t.idx < end)]
    verbs = [t for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and not any(
        t.dep_.startswith("nsubj") or parsed.mention(t) is not None for t in tokens)
