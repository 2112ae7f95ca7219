"""Rivals and allies said the other way round: "El principal rival de X es Y", "La rival de X
en la capital será la exdiputada Y" (the title is the subject and the name the predicate), and
facing someone: "X tiene enfrente a Y", "Enfrente tendrá a Y"."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import base_role, folded_lemma, role_kind
from graph.ingest.reading import fold

_RELATIONS = {"rival": "opponentOf", "ally": "allied"}
_FACING = {"enfrente", "delante"}


def inverted_partner_claims(parsed: Parsed, token) -> list[Found]:
    if token.pos_ in ("VERB", "AUX") and folded_lemma(token) == "tener":
        return _faced(parsed, token)
    relation = _RELATIONS.get(role_kind(base_role(token)[0] or "")) if token.pos_ == "NOUN" \
        else None
    if relation is None or token.dep_ != "nsubj" or token.morph.get("Number") == ["Plur"]:
        return []
    predicate = token.head
    if predicate == token or not any(c.dep_ == "cop" for c in predicate.children):
        return []
    owners = [e for c in token.children if c.dep_ == "nmod" and preposition(c) == "de" and
              c.i > token.i for e in phrase_ends(parsed, c) if parsed.is_agent(e.key)]
    named = [e for e in parsed.ends(predicate, conj=False) if not e.reference and
             parsed.is_agent(e.key)]
    cop = next(c for c in predicate.children if c.dep_ == "cop")
    return [Found(relation, n, o, 0.65, "copula", cop.i) for n in named for o in owners
            if n.key != o.key and parsed.kb.fits(relation, n.key, o.key)]


def _faced(parsed: Parsed, verb) -> list[Found]:
    """"tiene enfrente a X": the one faced is the subject's rival."""
    if not any(c.dep_ == "advmod" and fold(c.lower_) in _FACING for c in verb.children):
        return []
    faced = [e for c in verb.children if c.dep_ in ("obj", "obl") and preposition(c) == "a"
             for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    return [Found("opponentOf", s, o, 0.6, "verb:tener", verb.i)
            for s in subject_ends(parsed, verb) for o in faced
            if s.key != o.key and parsed.is_person(s.key)]
