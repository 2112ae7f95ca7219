"""A body of an organization said by its noun alone: "la dirección nacional del partido", "la
ejecutiva de la formación", "el grupo municipal del partido" stand for the party (or the
foundation, the network) the text named just before, the way "del partido" alone does; what
the body organizes, convenes or signs, the organization does. A party named only inside the
name of the gathering the body organizes is the one: "el VII Congreso Nacional de Chega,
organizado por la dirección del partido"."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, ORGANIZATION, PARTY, name_tokens
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
        key = parsed.organization_before(child.i, folded_lemma(child)) or \
            _party_in_gathering_name(parsed, organ, folded_lemma(child))
        if key is not None and parsed.kb.is_a(key, ORGANIZATION):
            return [End(key, child.i, child.i, reference=True, distance=1)]
    return []


def _party_in_gathering_name(parsed, organ, noun: str) -> str | None:
    """The party whose name closes the name of the gathering the organ's participle describes
    ("X de Chega, organizado por la dirección del partido")."""
    participle = organ.head
    if noun not in ("partido", "formacion") or participle.dep_ not in ("acl", "amod") or \
            participle.i < organ.head.head.i:
        return None
    gathering = parsed.mention(participle.head)
    if gathering is None or not parsed.kb.is_a(gathering.key, EVENT):
        return None
    doc = parsed.doc
    last_de = max((i for i in range(gathering.start + 1, gathering.end - 1)
                   if doc[i].lower_ in ("de", "del")), default=None)
    if last_de is None:
        return None
    tokens = name_tokens(doc[last_de + 1:gathering.end].text)
    parties = {iri for iri in parsed.kb.index.get(tokens, ()) if parsed.kb.is_a(iri, PARTY)}
    parties |= {m.key for m in parsed.linked.mentions
                if name_tokens(m.text) == tokens and parsed.kb.is_a(m.key, PARTY)}
    return parties.pop() if len(parties) == 1 else None
