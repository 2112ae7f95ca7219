"""Belonging to a movement named by its "-ismo" noun: "Romero pertenece al peronismo", "X milita
en el kirchnerismo", "Y forma parte del uribismo". The movement is the party its adjective
stands for in the text ("peronista": the Partido Justicialista the text names), read as
a party's adjective is (named_party_adjectives); with no such party, an idea, no claim."""

from __future__ import annotations

from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma

# The verbs of belonging and the preposition of what one belongs to
_BELONGING = {"pertenecer": ("a", "al"), "militar": ("en",), "formar": ("de", "del")}


def movement_membership_claims(parsed: Parsed, token, party_adjectives: dict[str, str]
                               ) -> list[Found]:
    if token.pos_ not in ("VERB", "AUX"):
        return []
    lemma = verb_lemma(token)
    if lemma not in _BELONGING:
        return []
    if lemma == "formar" and not any(folded_lemma(c) == "parte" for c in token.children):
        return []
    parties = []
    for noun in _complements(token, lemma):
        word = folded_lemma(noun)
        if noun.pos_ != "NOUN" or not word.endswith("ismo") or parsed.mention(noun):
            continue
        party = party_adjectives.get(word[:-4] + "ista")
        if party is not None:
            parties.append(End(party, noun.i, noun.i))
    if not parties:
        return []
    return [Found("memberOf", person, party, 0.6, f"verb:{lemma}", token.i, dated=False)
            for person in subject_ends(parsed, token) if parsed.is_person(person.key)
            for party in parties if parsed.kb.fits("memberOf", person.key, party.key)]


def _complements(verb, lemma: str):
    """The verb's complements by its preposition ("formar parte del X": on "parte")."""
    heads = [verb] + [c for c in verb.children if folded_lemma(c) == "parte"]
    for head in heads:
        for child in head.children:
            if child.dep_ in ("obl", "obj", "nmod") and child.i > verb.i and any(
                    c.dep_ == "case" and c.lower_ in _BELONGING[lemma] for c in child.children):
                yield child
