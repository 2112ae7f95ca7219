"""Mentions on the parse: the spans of a document that name an entity, each linked to an entity
of the graph or to a candidate entity proposed once per document.

First version: spaCy's entities and the graph's names (labels and aliases) looked up exactly;
typing from the entity label only."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.ingest.knowledge import EVENT, ORGANIZATION, PERSON, PLACE, Knowledge, name_tokens
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity

_BY_LABEL = {"PER": PERSON, "ORG": ORGANIZATION, "LOC": PLACE, "MISC": EVENT}


@dataclass
class Mention:
    start: int  # first token (index in the spaCy Doc)
    end: int  # one past the last token
    text: str  # as written
    key: str  # an entity IRI, or NEW + slug for a candidate entity
    cls: str  # class IRI
    kind: str = "name"  # how it names: name, surname, acronym, metonym...


@dataclass
class Linked:
    mentions: list[Mention] = field(default_factory=list)  # in text order, never overlapping
    entities: dict[str, CandidateEntity] = field(default_factory=dict)  # NEW keys -> proposal

    def at(self, token_index: int) -> Mention | None:
        for mention in self.mentions:
            if mention.start <= token_index < mention.end:
                return mention
        return None


def link_document(doc, knowledge: Knowledge) -> Linked:
    """Every mention of `doc` (a spaCy Doc) with its entity."""
    linked = Linked()
    taken: set[int] = set()
    longest = knowledge.longest_name
    # The graph's names first, longest first, on capitalized token runs.
    for size in range(longest, 0, -1):
        for start in range(len(doc) - size + 1):
            span = doc[start:start + size]
            if (any(i in taken for i in range(start, start + size)) or not span.text[:1].isupper()
                    or span[-1].is_punct):
                continue
            iris = knowledge.index.get(name_tokens(span.text))
            if not iris or len(iris) != 1:
                continue
            iri = next(iter(iris))
            cls = most_specific(knowledge, iri)
            linked.mentions.append(Mention(start, start + size, span.text, iri, cls))
            taken.update(range(start, start + size))
    for ent in doc.ents:
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        cls = _BY_LABEL.get(ent.label_, ORGANIZATION)
        key = NEW + slug(ent.text)
        entity = linked.entities.get(key)
        if entity is None:
            linked.entities[key] = CandidateEntity(key, ent.text, cls, example=ent.sent.text)
        else:
            entity.mentions += 1
        linked.mentions.append(Mention(ent.start, ent.end, ent.text, key, cls))
        taken.update(range(ent.start, ent.end))
    linked.mentions.sort(key=lambda m: m.start)
    return linked


def most_specific(knowledge: Knowledge, iri: str) -> str:
    """The entity's class with the most superclasses (Person rather than Agent)."""
    classes = knowledge.classes(iri) or {PERSON}
    return max(sorted(classes), key=lambda c: len(knowledge.ancestors.get(c, ())))
