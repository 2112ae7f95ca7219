"""A membership the text's leadership of the same pair already says: "el líder libertario"
after "X, líder del PNL", or "la socialista X" beside "X, secretaria general del Partido
Socialista", is not a second claim that X belongs to it; nor is a party's adjective before the
name of its candidate ("el liberal X, candidato del Partido Liberal") beside the candidacy."""

from __future__ import annotations

from graph.ingest.nlp.found import Found


def led(found: list[Found]) -> set[tuple[str, str]]:
    """The (person, organization) pairs the claims make a leadership."""
    return {(c.subject.key, c.object.key) for c in found
            if c.relation == "leaderOf" and not c.negated}


def without_led_memberships(found: list[Found]) -> list[Found]:
    leaderships = led(found)
    # a past membership beside a present leadership is a second fact; beside a past one
    # ("la antigua líder de Vox") it is the same
    ended = {(c.subject.key, c.object.key) for c in found if c.relation == "leaderOf" and
             not c.negated and c.qualifiers.get("former")}
    return [c for c in found if not redundant(c.relation, c.cue, c.subject.key, c.object.key,
                                              leaderships) or c.negated or
            c.qualifiers.get("former") and (c.subject.key, c.object.key) not in ended]


def redundant(relation: str, cue: str, subject: str, obj: str,
              leaderships: set[tuple[str, str]]) -> bool:
    return relation == "memberOf" and (subject, obj) in leaderships


def without_represented_memberships(parsed, found: list[Found]) -> list[Found]:
    """"el liberal X, candidato del Partido Liberal": a party's adjective before the name says
    what the candidacy of the same sentence does, and the text's claim is the candidacy (not
    one told elsewhere: "La portavoz socialista, X, ..." and later "X, que fue candidata del
    PSOE en 2023" are two facts)."""
    doc = parsed.doc
    represented = {(c.subject.key, c.object.key, doc[c.trigger].sent.start) for c in found
                   if c.relation == "represents" and not c.negated}
    return [c for c in found if c.relation != "memberOf" or c.negated or
            c.qualifiers.get("former") or (c.subject.key, c.object.key,
                                           doc[c.trigger].sent.start) not in represented or
            doc[c.object.first].pos_ != "ADJ"]
