""""Es una de las pocas dirigentes que hablan con Abascal", "fue uno de los diputados que se
reunieron con Kast": a relative on the group the subject is said to be one of tells what the
subject did too; its "que" stands for the group, of which the subject is the one named."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma

_ONE = {"uno", "una"}


def one_of_those(verb):
    """The predicate "uno"/"una" of a copula whose group `verb` is a relative on, else None."""
    if verb.dep_ not in ("acl", "acl:relcl") or not any(
            c.dep_.startswith("nsubj") and c.lower_ == "que" for c in verb.children):
        return None
    group = verb.head
    one = group.head
    if group.dep_ != "nmod" or group.morph.get("Number") != ["Plur"] or \
            folded_lemma(one) not in _ONE or not any(
                c.dep_ == "case" and c.lower_ == "de" for c in group.children):
        return None
    return one if any(c.dep_ == "cop" for c in one.children) else None
