"""A gathering the text calls its party's by the common noun ("La Libertad Avanza llenó el
estadio en el primer acto nacional del partido", "Chega cerró la campaña con un mitin de la
formación"): the party is the one that holds it, the subject of the clause, and the gathering
is named after it ("Acto nacional de La Libertad Avanza"), as unnamed events are named."""

from __future__ import annotations

from graph.ingest.nlp.unnamed_hosts import holder_party, party_of_body
from graph.ingest.nlp.words import folded_lemma, of_complements

# Common nouns that stand for a party already named
_PARTY_NOUNS = {"partido", "formacion", "colectividad"}


def party_noun_holder(parsed, noun):
    """The party whose gathering "del partido" makes the noun, when the clause's subject holds
    it; else None."""
    if not any(folded_lemma(c) in _PARTY_NOUNS and parsed.mention(c) is None and
               not any(k.dep_ == "amod" or k.dep_ == "nmod" for k in c.children)
               for c in of_complements(noun)):
        return None
    return holder_party(parsed, noun) or _holding_subject(parsed, noun)


def _holding_subject(parsed, noun):
    """"La mesa provincial de Vox organizó el mitin del partido": a body of the party."""
    verb = noun.head
    for subject in verb.children:
        if subject.dep_ == "nsubj":
            return party_of_body(parsed, subject)
    return None
