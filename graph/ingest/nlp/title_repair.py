"""Phrases the small model hangs under the demonym that ends them: in "el exalcalde limeño se
reunió con X" it makes "limeño" the subject and "exalcalde" its modifier, in "compite en las
presidenciales chilenas" "chilenas" the adverb and "presidenciales" its modifier, so the title
without a name or the race is never read. The phrase is turned back: the title or the race
heads it, the demonym modifies it."""

from __future__ import annotations

from graph.ingest.nlp.election_nouns import ELECTION_NOUNS
from graph.ingest.nlp.words import base_role, demonym_label
from graph.ingest.reading import fold


def titles_over_demonyms(doc):
    for adjective in doc:
        if adjective.pos_ != "ADJ" or not adjective.is_lower or not demonym_label(adjective):
            continue
        head = next((c for c in adjective.children if c.i == adjective.i - 1 and
                     c.dep_ == "amod" and _heads(c)), None)
        if head is None or not any(c.dep_ == "det" and c.i < head.i
                                   for c in adjective.children):
            continue
        moved = [c for c in adjective.children if c.i != head.i]
        head.head = head if adjective.head == adjective else adjective.head
        head.dep_ = adjective.dep_
        if adjective.dep_ == "advmod":
            # "en las presidenciales chilenas" is the verb's oblique, not an adverb
            head.dep_ = "obl" if any(c.dep_ == "case" for c in moved) else "obj"
        adjective.head, adjective.dep_ = head, "amod"
        for child in moved:
            child.head = head
    return doc


def _heads(word) -> bool:
    """A title or a race that a demonym after it qualifies."""
    if word.pos_ == "NOUN" and base_role(word)[0]:
        return True
    return word.pos_ in ("ADJ", "NOUN") and fold(word.lower_) in ELECTION_NOUNS
