"""An entity a rule names by a name of its own: the graph's one entity of that class and name,
else the one the document proposes under it, proposed once."""

from __future__ import annotations

from graph.ingest.knowledge import name_tokens
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity


def known_or_proposed(parsed, name: str, cls: str, example: str = "") -> str:
    """The key of the entity of class `cls` named `name` (`example`: the sentence naming it)."""
    kb = parsed.kb
    known = known_keys(kb, name, cls)
    if len(known) == 1:
        return known[0]
    key = NEW + slug(name)
    if key not in kb.candidates:
        entity = CandidateEntity(key, name, cls, example=example)
        parsed.proposals[key] = entity
        kb.candidates[key] = entity
    return key


def known_keys(kb, name: str, cls: str) -> list[str]:
    """The graph's entities of class `cls` that `name` names."""
    return [i for i in kb.index.get(name_tokens(name), ()) if kb.is_a(i, cls)]
