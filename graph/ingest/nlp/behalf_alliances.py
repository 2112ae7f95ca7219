"""A bond signed on a body's behalf is the body's: "X firmó en nombre de su formación un
memorando de entendimiento con Y", "Por Valor, Z suscribió un pacto con Y" make the party X
or Z acts for the ally of Y, not the signer."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed

# The cues of acting for a body (see on_behalf)
_BEHALF_CUES = {"verb:nombre", "verb:representacion", "verb:parte", "verb:por"}


def bodies_as_allies(parsed: Parsed, found: list[Found]) -> list[Found]:
    doc = parsed.doc
    acting = {(c.subject.key, doc[c.trigger].sent.start): c.object for c in found
              if c.relation == "represents" and c.cue in _BEHALF_CUES and not c.negated}
    if not acting:
        return found
    out = []
    for claim in found:
        body = acting.get((claim.subject.key, doc[claim.trigger].sent.start)) \
            if claim.relation == "allied" else None
        if body is not None and body.key != claim.object.key and \
                parsed.kb.fits("allied", body.key, claim.object.key):
            claim = replace(claim, subject=body)
        out.append(claim)
    return out
