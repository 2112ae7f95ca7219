"""A pact with a party is made by a party: "Karina Milei selló la alianza con Fuerza
Republicana", "«Con Renovación Popular tenemos una alianza»", "gobierna en coalición con el
PP". When an alliance named by an agreement noun has a person on one side and a party on the
other, the person acts for the one party the text ties them to (leading it first), and that
party is the ally; a person the text ties to no party, or to several, stays, and so does one
reported to deny an alliance. A denial in the speaker's own quoted words ("«Con el PAN no hay
alianza»", "«no habrá ningún pacto con Vox»") is their party's, as an alliance they affirm is."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.our_allies import party_of_person
from graph.ingest.nlp.parsed import Parsed

# Agreements that bind organizations ("relación", "amistad", "sintonía" bind persons too).
_PACTS = {"nominal:alianza", "nominal:acuerdo", "nominal:pacto", "nominal:coalicion"}
_OPENING = {"«", "“"}
_CLOSING = {"»", "”"}


def parties_in_pacts(parsed: Parsed, found: list[Found]) -> list[Found]:
    out = []
    for claim in found:
        if claim.relation == "allied" and claim.cue in _PACTS and (
                not claim.negated or _quoted(parsed.doc, claim.trigger)):
            # a denial reported by a verb ("negó que supusiera una alianza con Vox") is the
            # denier's word on their own stance
            claim = _party_side(parsed, found, claim)
        out.append(claim)
    return out


def _quoted(doc, i: int) -> bool:
    """Whether token `i` stands inside a quotation its sentence opens before it."""
    before = [t.text for t in doc[doc[i].sent.start:i]]
    opened = sum(text in _OPENING for text in before)
    closed = sum(text in _CLOSING for text in before)
    return opened > closed or before.count('"') % 2 == 1


def _party_side(parsed: Parsed, found: list[Found], claim: Found) -> Found:
    for side, other in (("subject", claim.object), ("object", claim.subject)):
        end = getattr(claim, side)
        if not parsed.is_person(end.key) or not parsed.kb.is_a(other.key, PARTY):
            continue
        party = party_of_person(parsed, found, end.key)
        if party is not None and party != other.key:
            return replace(claim, **{side: End(party, end.first, end.last, reference=True,
                                               distance=end.distance)})
    return claim
