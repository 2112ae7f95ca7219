"""Who a party governs with. "El PRD, que gobernó hasta 2024 con Laurentino Cortizo": a
party governs with the president it put in office, its own, not an ally; with another party
("el PP gobierna con Vox"), or a person with a party ("Clavijo gobierna con el PP"), it is an
alliance. A chamber or any other body one governs with ("ha gobernado con un Senado cómodo")
is the setting of one's government, not a partner in it."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, PARTY
from graph.ingest.nlp.found import Found

_GOVERNING = {"verb:gobernar"}


def without_own_governments(parsed, found: list[Found]) -> list[Found]:
    return [c for c in found if not (
        c.relation == "allied" and c.cue in _GOVERNING and (
            any(parsed.kb.is_a(c.subject.key, cls) for cls in (PARTY, COALITION)) and
            parsed.is_person(c.object.key) or not _partner(parsed, c.object.key)))]


def _partner(parsed, key: str) -> bool:
    """Whether one governed with can be a partner in government: a person, a party or a
    coalition."""
    return parsed.is_person(key) or any(parsed.kb.is_a(key, cls) for cls in (PARTY, COALITION))
