"""Claims in the order of time."""

from __future__ import annotations

from collections.abc import Iterable

from graph.model.claims import Claim


def timeline_order(claims: Iterable[Claim]) -> list[Claim]:
    """Dated claims from the earliest, the undated last; equal periods by relation and names."""

    def key(claim: Claim):
        period = claim.span
        if period is None:
            return (1, "", "", claim.relation, claim.subject.label, claim.iri)
        return (0, period[0].isoformat(), period[1].isoformat(), claim.relation,
                claim.subject.label, claim.iri)

    return sorted(claims, key=key)

