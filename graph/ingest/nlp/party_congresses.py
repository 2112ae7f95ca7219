"""A party's congress told by its owner: "el congreso del PP", "el congreso anual del Vlaams
Belang" is one of the party's gatherings, an event, as "su congreso" and "el congreso del
partido" are; "el Congreso", capitalized or owned by a country, is a parliament."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.ends import METONYM
from graph.ingest.nlp.events import PARTY_CONGRESSES
from graph.ingest.nlp.words import folded_lemma


def record_party_congresses(parsed) -> None:
    """Mark on the document the lower-case "congreso" nouns whose "de" complement the linker
    took for a party (events.is_event_noun reads the mark)."""
    found = set()
    for token in parsed.doc:
        if folded_lemma(token) != "congreso" or not token.is_lower or token.pos_ != "NOUN":
            continue
        for child in token.children:
            mention = parsed.mention(child)
            if child.dep_ == "nmod" and child.i > token.i and mention is not None and \
                    mention.kind != METONYM and parsed.kb.is_a(mention.key, PARTY) and any(
                        k.dep_ == "case" and k.lower_ in ("de", "del") for k in child.children):
                found.add(token.i)
    parsed.doc.user_data[PARTY_CONGRESSES] = found
