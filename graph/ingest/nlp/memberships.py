"""A membership read through a reference that the text's leadership of the same pair already
says: "el líder libertario" after "X, líder del PNL" is not a second claim that X belongs to
it. A membership the text states of the name itself ("la socialista X") stays."""

from __future__ import annotations

from graph.ingest.nlp.found import Found


def led(found: list[Found]) -> set[tuple[str, str]]:
    """The (person, organization) pairs the claims make a leadership."""
    return {(c.subject.key, c.object.key) for c in found
            if c.relation == "leaderOf" and not c.negated}


def without_led_memberships(found: list[Found]) -> list[Found]:
    leaderships = led(found)
    return [c for c in found if not redundant(c.relation, c.cue, c.subject.key, c.object.key,
                                              leaderships) or c.negated or
            c.qualifiers.get("former")]


def redundant(relation: str, cue: str, subject: str, obj: str,
              leaderships: set[tuple[str, str]]) -> bool:
    return relation == "memberOf" and cue.startswith("reference") and \
        (subject, obj) in leaderships
