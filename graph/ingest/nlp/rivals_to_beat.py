"""The rival a speaker sets out to beat: "«Moreno es el rival a batir, no Montero», proclamó
Gavira", "«Ella es la adversaria a vencer»" (a role of rivalry with "a" and a verb of beating
after it, in a quotation: the one who says it is the rival's rival)."""

from __future__ import annotations

from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.own_candidates import quoted_speaker
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import base_role, folded_lemma, role_kind

_BEATING = {"batir", "vencer", "derrotar", "ganar", "superar", "desbancar", "tumbar"}


def rival_to_beat_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or role_kind(base_role(noun)[0] or "") != "rival":
        return []
    if not any(c.dep_ in ("acl", "xcomp") and folded_lemma(c) in _BEATING and any(
            g.dep_ == "mark" and g.lower_ == "a" for g in c.children) for c in noun.children):
        return []
    copulas = [c for c in noun.children if c.dep_ == "cop" and folded_lemma(c) == "ser"]
    if not copulas:
        return []
    rivals = [e for e in subject_ends(parsed, noun) if parsed.is_agent(e.key)]
    speakers = quoted_speaker(parsed, noun, copulas[0])
    return [Found("opponentOf", s, r, 0.6, "copula", noun.i) for s in speakers for r in rivals
            if s.key != r.key and parsed.kb.fits("opponentOf", s.key, r.key)]
