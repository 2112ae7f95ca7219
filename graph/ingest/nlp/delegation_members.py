"""The members of a body's delegation: "una delegación del Foro Madrid, integrada por el
eurodiputado X y el senador Y", "una delegación del Fidesz húngaro encabezada por Z". Those
who make up or head a body's delegation are its members (its head heads the delegation, not
the body: "encabezada por Z" leads no party)."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY, ORGANIZATION, PLACE
from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma

_DELEGATIONS = {"delegacion", "comitiva"}
# Participles of making up or heading the delegation
_MAKING_UP = {"integrar", "formar", "componer", "encabezar", "liderar", "presidir", "conformar"}


def is_delegation(token) -> bool:
    """Whether the token is a delegation's noun, or the body after it the small model hangs
    the delegation's participle on ("una comitiva de X encabezada por Y")."""
    if token.dep_ == "nmod" and preposition(token) in ("de", "del"):
        token = token.head
    return token.pos_ == "NOUN" and folded_lemma(token) in _DELEGATIONS


def delegation_member_claims(parsed: Parsed, token) -> list[Found]:
    if token.pos_ != "NOUN" or folded_lemma(token) not in _DELEGATIONS:
        return []
    bodies = [e for c in token.children if c.dep_ == "nmod" and preposition(c) in ("de", "del")
              for e in parsed.ends(c, conj=False) if _body(parsed, e.key)]
    if len(bodies) != 1:
        return []
    hosts = [token] + [c for c in token.children if c.dep_ == "nmod"]
    members = [e for h in hosts for p in h.children if p.dep_ in ("amod", "acl") and
               verb_lemma(p) in _MAKING_UP for c in p.children
               if c.dep_ in ("obj", "obl", "nmod") and preposition(c) == "por"
               for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    return [Found("memberOf", m, bodies[0], 0.6, "list", token.i, dated=False)
            for m in members if parsed.kb.fits("memberOf", m.key, bodies[0].key)]


def _body(parsed: Parsed, key: str) -> bool:
    return parsed.kb.is_a(key, ORGANIZATION) and not parsed.is_person(key) and \
        not parsed.kb.is_a(key, PLACE) and not parsed.kb.is_a(key, COUNTRY)
