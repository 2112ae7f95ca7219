"""Rivals or allies named as a group someone has: "Sus adversarios, como X, lo critican",
"atacó a sus rivales, entre ellos X e Y". The owner of "sus" is the clause's subject when the
group is its object, else the person the text is speaking of; each one named in the group is
the owner's rival or ally."""

from __future__ import annotations

from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.partner_titles import partner_title
from graph.ingest.nlp.words import base_role, role_kind

_RELATIONS = {"rival": "opponentOf", "ally": "allied"}


def possessed_group_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or noun.morph.get("Number") != ["Plur"] or not partner_title(noun) \
            or not any(c.dep_ == "det" and c.lower_ == "sus" for c in noun.children):
        return []
    members = [e for e in parsed.ends(noun) if not e.reference and parsed.is_person(e.key)]
    if not members:
        return []
    verb = noun.head
    if noun.dep_ in ("obj", "obl") and verb.pos_ in ("VERB", "AUX"):
        owners = subject_ends(parsed, verb)
    else:
        focus = parsed.focus(parsed.sentence_of(noun.idx), before=noun.i)
        owners = [End(focus, noun.i, noun.i, reference=True, distance=1)] if focus else []
    relation = _RELATIONS[role_kind(base_role(noun)[0])]
    return [Found(relation, o, m, 0.6, "apposition", noun.i) for o in owners for m in members
            if o.key != m.key and parsed.is_person(o.key) and
            parsed.kb.fits(relation, o.key, m.key)]
