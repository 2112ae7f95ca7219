"""One edition, two names: a headline's "la CPAC México" and the body's "la CPAC México 2026"
are one event, proposed once with its fullest name. A new event whose name is another new
event's name less a closing year or number is that event."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.found import Found


def fullest_editions(parsed, found: list[Found]) -> list[Found]:
    events = {key: entity.label for key, entity in parsed.proposals.items()
              if parsed.kb.is_a(key, EVENT)}
    fuller: dict[str, set[str]] = {}
    for short, label in events.items():
        for key, other in events.items():
            rest = other[len(label):].strip()
            if other.startswith(label + " ") and rest.isdigit():
                fuller.setdefault(short, set()).add(key)
    same = {short: keys.pop() for short, keys in fuller.items() if len(keys) == 1}
    if not same:
        return found
    out = []
    for claim in found:
        subject, obj = claim.subject, claim.object
        if subject.key in same:
            subject = replace(subject, key=same[subject.key])
        if obj.key in same:
            obj = replace(obj, key=same[obj.key])
        out.append(replace(claim, subject=subject, object=obj))
    return out
