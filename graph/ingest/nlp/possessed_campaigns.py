"""Whose campaign "su candidatura" is when the clause before named them: "felicitó a X y
respaldó su candidatura", "recibió a X y apoyó su campaña" support X."""

from __future__ import annotations

from graph.ingest.nlp.ends import End


def campaign_owner(parsed, noun) -> list[End]:
    """The person the verb coordinated before `noun`'s verb acted on, when `noun` is owned by
    "su"; none when that verb acted on no one person."""
    if not any(c.dep_ == "det" and c.lower_ in ("su", "sus") for c in noun.children):
        return []
    verb = noun.head
    if verb.dep_ != "conj" or verb.head == verb or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    owners = {e.key: e for c in verb.head.children if c.dep_ in ("obj", "iobj") and
              c.pos_ != "PRON" for e in parsed.ends(c, conj=False) if parsed.is_person(e.key)}
    if len(owners) != 1:
        return []
    owner = next(iter(owners.values()))
    return [End(owner.key, noun.i, noun.i, reference=True, distance=0)]
