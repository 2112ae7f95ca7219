"""Missions an organization sends ("la misión de la OEA", "la misión de observación de la Unión
Europea"): a body of their own, which someone heads, not the organization itself."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import folded_lemma

_MISSIONS = {"mision"}
_STOPS = {",", ";", ":", "(", ".", "que"}


def mission_ends(parsed, token) -> list[End]:
    """The mission the noun names, proposed under the name the text gives it."""
    if folded_lemma(token) not in _MISSIONS or token.morph.get("Number") == ["Plur"]:
        return []
    doc = token.doc
    for i in range(token.i + 1, min(token.i + 10, token.sent.end)):
        if doc[i].text in _STOPS or doc[i].pos_ in ("VERB", "AUX"):
            return []
        mention = parsed.mention(doc[i])
        if mention is None:
            continue
        if mention.start != i or not parsed.kb.is_a(mention.key, ORGANIZATION) or \
                doc[i - 1].lower_ not in ("de", "del", "la", "el"):
            return []
        label = doc[token.i:mention.end].text
        label = label[:1].upper() + label[1:]
        key = NEW + slug(label)
        if key not in parsed.proposals:
            entity = CandidateEntity(key, label, ORGANIZATION, example=token.sent.text)
            parsed.proposals[key] = entity
            parsed.kb.candidates[key] = entity
        return [End(key, token.i, mention.end - 1)]
    return []
