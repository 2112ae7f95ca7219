"""An ally or a rival told through the one whose it is, in a relative clause: "Ciotti es el
único socio que Bardella ha querido conservar", "X, el rival que Kast derrotó en 2021", "el
aliado que Milei eligió". The relative's own subject is the other end; the role noun's is the
copula's subject or the name it stands beside."""

from __future__ import annotations

from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import base_role, role_kind

_RELATIONS = {"rival": "opponentOf", "ally": "allied"}


def relative_partner_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN":
        return []
    word = base_role(noun)[0] or ""
    relation = _RELATIONS.get(role_kind(word))
    if relation is None or word in ("amigo", "amiga"):
        return []
    clauses = [c for c in noun.children if c.dep_ in ("acl", "acl:relcl") and c.i > noun.i and
               any(g.dep_ == "obj" and g.lower_ == "que" for g in c.children)]
    others = [e for c in clauses for g in c.children if g.dep_.startswith("nsubj")
              for e in parsed.ends(g) if parsed.is_agent(e.key)]
    if not others:
        return []
    if any(c.dep_ == "cop" for c in noun.children):
        owners = subject_ends(parsed, noun)
    elif noun.dep_ == "appos":
        owners = parsed.ends(noun.head, conj=False)
    else:
        return []
    return [Found(relation, o, b, 0.6, "copula", noun.i) for o in owners for b in others
            if o.key != b.key and parsed.is_agent(o.key) and
            parsed.kb.fits(relation, o.key, b.key)]
