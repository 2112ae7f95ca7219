"""A member's word raised to the top of the whole organization names who leads it: "el
dirigente nacional del PAN", "la máxima dirigente de Morena", "el máximo responsable del
partido". A level below the whole ("la dirigente estatal", see branch_levels) or a place after
the organization ("máximo responsable de Vox en Murcia": a branch) keeps the holder a member."""

from __future__ import annotations

from graph.ingest.reading import fold

# Member words that such a qualifier raises to the head: a plain "dirigente de X" is one of
# its leading people, not its leader.
_RAISED = {"dirigente", "responsable"}
_TOP_BEFORE = {"maximo", "maxima"}  # "el máximo dirigente", "la máxima responsable"
_TOP_AFTER = {"nacional"}  # "el dirigente nacional", "la responsable nacional"


def leads_the_whole(doc, title) -> bool:
    """Whether the title at `title.token` is a raised member word of a whole organization."""
    word = doc[title.token]
    if fold(word.lower_) not in _RAISED or title.former:
        return False
    before = doc[title.token - 1] if title.token > 0 else None
    after = doc[title.token + 1] if title.token + 1 < len(doc) else None
    raised = (before is not None and fold(before.lower_) in _TOP_BEFORE) or (
        after is not None and fold(after.lower_) in _TOP_AFTER)
    if not raised or not title.targets:
        return False
    last = max(t.last for t in title.targets)
    return not (last + 1 < len(doc) and doc[last + 1].lower_ == "en")
