"""Named documents ("la Carta de Madrid", "la Declaración de Santiago"): events their
signatories take part in. Signed at a gathering the text is about, the signing is a part of
that gathering, and the signatories take part in it; signed on its own (a manifesto that
circulates, a charter joined years later), the document is the occasion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.gazetteer import DOCUMENT_HEADS
from graph.ingest.nlp.other_years import dated_elsewhere
from graph.ingest.reading import fold

if TYPE_CHECKING:  # the event reader, which `Parsed` is made of, asks `is_document`
    from graph.ingest.nlp.found import Found
    from graph.ingest.nlp.parsed import Parsed


def is_document(kb, key: str) -> bool:
    if not kb.is_a(key, EVENT):
        return False
    words = [w for w in fold(kb.label(key)).split() if w not in ("la", "el", "los", "las")]
    return bool(words) and words[0] in DOCUMENT_HEADS


def signed_at_gatherings(parsed: Parsed, found: list[Found]) -> list[Found]:
    """Participation in a named document moved to the gathering the text is about at its
    trigger, when there is one. A signing its clause dates in another year ("el MPP firmó en
    2023 la Carta de Madrid") is an occasion of its own, not a gathering an earlier sentence
    told."""
    out = []
    for claim in found:
        if claim.relation == "participatedIn" and is_document(parsed.kb, claim.object.key):
            gathering = parsed.topic_end(claim.trigger)
            if gathering is not None and not (
                    gathering.distance > 0 and
                    dated_elsewhere(parsed, parsed.doc[claim.trigger])):
                claim.object = gathering
        out.append(claim)
    return out
