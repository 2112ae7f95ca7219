"""Backing an event is not backing a person: "la cumbre, convocada por la fundación X y
respaldada por el Partido Y" says who stands behind the summit, not whom Y supports."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.events import is_event_noun


def backs_an_event(parsed, participle) -> bool:
    """Whether a participle ("respaldada", "apoyado", "avalada"), or the one it is coordinated
    with, describes an event: an event noun or an event's name."""
    described = participle
    while described.dep_ == "conj" and described.head != described:
        described = described.head
    if described.dep_ not in ("amod", "acl", "acl:relcl", "appos") or described.head == described:
        return False
    head = described.head
    mention = parsed.mention(head)
    return is_event_noun(head) or parsed.event_at(head) or (
        mention is not None and parsed.kb.is_a(mention.key, EVENT))
