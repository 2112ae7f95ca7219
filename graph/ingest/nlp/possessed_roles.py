"""A rival or an ally named as the subject's own: "Pollán atacó a su principal rival, X",
"Milei elogió a su aliado, Y". The possessive is the clause's subject; the name in apposition
to the role noun is the other end."""

from __future__ import annotations

from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import base_role, role_kind

_RELATIONS = {"rival": "opponentOf", "ally": "allied"}


def possessed_role_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or noun.dep_ in ("nsubj", "nsubj:pass") or noun.head == noun:
        return []
    relation = _RELATIONS.get(role_kind(base_role(noun)[0] or ""))
    if relation is None or not any(
            c.dep_ == "det" and "Yes" in c.morph.get("Poss") and c.morph.get("Person") == ["3"]
            for c in noun.children):
        return []
    # "su rival, el presidente de la Junta, X": through the title in apposition
    heads = [noun] + [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    named = [e for h in heads for e in parsed.ends(h, conj=False) if not e.reference and
             e.last > noun.i and parsed.is_agent(e.key)]
    owners = subject_ends(parsed, noun.head) if noun.head.pos_ in ("VERB", "AUX") else []
    return [Found(relation, s, o, 0.65, "apposition", noun.i) for s in owners for o in named
            if s.key != o.key and parsed.kb.fits(relation, s.key, o.key)]
