"""A party named by "cuyo": "el alcalde, el popular X, con cuyo partido Vox gobernó en
coalición" is X's party, the one the text tied X to, not X; the person the relative refers to
is the name right before its comma."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_PARTY_NOUNS = {"partido", "formacion"}
_WHOSE = {"cuyo", "cuya"}


def whose_party(parsed, token) -> list[End] | None:
    """The party "cuyo partido" at `token` stands for: [End] when the person before the comma
    is tied to one party, [] when to none or several; None when the noun is no such phrase."""
    if token.pos_ != "NOUN" or folded_lemma(token) not in _PARTY_NOUNS:
        return None
    whose = _whose(token)
    if whose is None:
        return None
    doc = token.doc
    i = whose.i - 1
    while i > 0 and doc[i].pos_ == "ADP":
        i -= 1  # "con cuyo partido", "en cuya formación"
    owner = parsed.mention(doc[i - 1]) if i >= 1 and doc[i].text == "," else None
    if owner is None or not parsed.is_person(owner.key):
        return []
    parties = parsed.tied_parties(owner.key)
    if len(parties) != 1:
        return []
    return [End(parties.pop(), token.i, token.i, reference=True, distance=1)]


def whose_subject(verb):
    """"con cuyo partido Vox gobernó": the small model hangs the relative's subject on the
    noun "cuyo" goes with, as its apposition, and leaves the verb with none; the name that
    runs up to the verb is its subject. None when the clause is no such one."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    for noun in (c for c in verb.children if c.i < verb.i and _whose(c) is not None):
        for name in noun.children:
            if name.dep_ == "appos" and name.pos_ == "PROPN" and name.right_edge.i == verb.i - 1:
                return name
    return None


def _whose(noun):
    # (the small model may take "cuyo" for a pronoun hung on the noun)
    return next((c for c in noun.children if c.dep_ in ("det", "nmod") and
                 fold(c.lower_) in _WHOSE and c.i < noun.i), None)
