"""A definite gathering's part with an owner of its own ("el debate de la Cámara de Comercio",
"la cena de la Fundación Faro", "el acto de Ana Ruiz") is that owner's gathering, not a part of
the event the text names: a part of the named forum goes with no owner or with the forum's
("la sesión inaugural", "el debate de clausura", "la cena del foro")."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, ORGANIZATION, PERSON


def owned_elsewhere(parsed, noun) -> bool:
    """Whether the part noun `noun` has a "de" complement naming a person or an organization
    (no event, no place) that holds it."""
    for child in noun.children:
        if child.dep_ != "nmod" or child.i < noun.i or not any(
                k.dep_ == "case" and k.lower_ in ("de", "del") for k in child.children):
            continue
        mention = parsed.mention(child)
        if mention is None or mention.key is None or parsed.kb.is_a(mention.key, EVENT):
            continue
        if parsed.kb.is_a(mention.key, ORGANIZATION) or parsed.kb.is_a(mention.key, PERSON):
            return True
    return False
