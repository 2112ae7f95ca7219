"""Whose re-election a "reelección" is: "Jaldo, que buscará su reelección", told of one the text
titles governor ("El gobernador Osvaldo Jaldo"), mayor or senator, or told of the title itself
("la intendenta, que buscará la reelección"), is not the country's presidential race; with no
race named for it, the race is left unsaid."""

from __future__ import annotations

from graph.ingest.nlp.election_kinds import OFFICE_KINDS, PRESIDENTIAL
from graph.ingest.reading import fold

# Titles of offices other than the presidency, as they stand before a name
_OTHER_TITLES = {word for word, kind in OFFICE_KINDS.items() if kind != PRESIDENTIAL} | {
    "intendenta", "legislador", "legisladora"}
_RELATIVES = {"que", "quien", "quienes", "cual"}


def of_another_office(parsed, token) -> bool:
    """Whether the one whose re-election the noun `token` is sought holds, by the text's
    titles for them, an office other than the presidency."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if (subject is None or subject.lower_ in _RELATIVES) and verb.dep_ in ("acl", "acl:relcl"):
        subject = verb.head  # "Jaldo, que buscará su reelección"
    if subject is not None and subject.pos_ == "NOUN" and fold(subject.lower_) in _OTHER_TITLES:
        return True  # "El gobernador, que aspira a la reelección": the title stands for them
    mention = parsed.mention(subject) if subject is not None else None
    if mention is None or not parsed.is_person(mention.key):
        return False
    doc = parsed.doc
    for other in parsed.linked.mentions:
        if other.key != mention.key:
            continue
        before = [t for t in doc[max(other.start - 2, 0):other.start] if t.pos_ != "DET"]
        if before and fold(before[-1].lower_) in _OTHER_TITLES:
            return True
    return False
