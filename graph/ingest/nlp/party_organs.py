"""A body of an organization said by its noun alone: "la dirección nacional del partido", "la
ejecutiva de la formación", "el grupo municipal del partido" stand for the party (or the
foundation, the network) the text named just before, the way "del partido" alone does; what
the body organizes, convenes or signs, the organization does."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.ends import End, preposition_of
from graph.ingest.nlp.words import folded_lemma

_DEFINITE = {"el", "la"}


def organ_owner(parsed, organ) -> list[End]:
    """The organization the bare definite noun after the organ's "de" stands for."""
    for child in organ.children:
        if child.dep_ != "nmod" or child.pos_ != "NOUN" or preposition_of(child) != "de" or \
                parsed.mention(child) is not None or child.morph.get("Number") == ["Plur"]:
            continue
        words = [c for c in child.children if c.dep_ not in ("case", "punct")]
        definite = any(c.lower_ == "del" for c in child.children) or \
            [c.lower_ for c in words] in (["el"], ["la"])
        if not definite or any(c.lower_ not in _DEFINITE for c in words):
            continue  # "la dirección de un partido", "del partido socialista": another one
        key = parsed.organization_before(child.i, folded_lemma(child))
        if key is not None and parsed.kb.is_a(key, ORGANIZATION):
            return [End(key, child.i, child.i, reference=True, distance=1)]
    return []
