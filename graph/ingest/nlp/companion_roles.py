"""A role given to the persons of a "con" or personal "a" phrase by a "como" phrase after
them: "fue reelegido en el congreso con A y B como invitados", "el acto contó con A como
orador principal", "la cumbre tuvo a A y a B como ponentes". The role is theirs, not the
clause's subject's."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_items import listed
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import NEGATORS, list_role
from graph.ingest.reading import fold

# Words a list of names is made of, besides the names: titles, articles, joints.
_JOINTS = {",", "y", "e", "a", "al", "el", "la", "los", "las"}
_OPENERS = {"con", "a"}


def companion_start(parsed: Parsed, noun) -> int | None:
    """Where the "con"/"a" phrase the role noun's "como" follows opens, when the words
    between are names and what joins them."""
    como = noun.i - 1
    doc = parsed.doc
    while como > noun.sent.start and doc[como].pos_ in ("ADJ", "DET") and \
            fold(doc[como].lower_) != "como":
        como -= 1  # "como principales oradores"
    if fold(doc[como].lower_) != "como":
        return None
    named = False
    i = como - 1
    while i >= noun.sent.start:
        word = fold(doc[i].lower_)
        if word in _OPENERS and named:
            return i
        mention = parsed.mention(doc[i])
        if mention is not None and parsed.is_person(mention.key):
            named = True
            i = mention.start - 1
            continue
        if word not in _JOINTS and not (doc[i].pos_ in ("NOUN", "ADJ") and doc[i].is_lower):
            return None
        i -= 1
    return None


def companion_role_claims(parsed: Parsed, token) -> list[Found]:
    if token.pos_ not in ("NOUN", "ADJ", "PROPN") or not token.is_lower:
        return []
    role = list_role(fold(token.lower_), feminine=True)
    if role is None:
        return []
    start = companion_start(parsed, token)
    if start is None:
        return []
    clause = parsed.doc[token.sent.start:start]
    if any(fold(t.lower_) in NEGATORS and t.dep_ == "advmod" for t in clause):
        return []  # "no contó con A como orador": left to the verb's own reading
    people = [e for e in listed(parsed, start + 1, fold(parsed.doc[start].lower_))
              if parsed.is_person(e.key) and e.first < token.i]
    relation, kind = role
    events = _event_of(parsed, token)
    if not events:
        topic = parsed.topic_end(token.i)
        events = [] if topic is None else [topic]
    qualifiers = {"role": kind} if kind else {}
    return [Found(relation, p, e, 0.6, "list", token.i, dict(qualifiers))
            for p in people for e in events
            if p.key != e.key and parsed.kb.fits(relation, p.key, e.key)]


def _event_of(parsed: Parsed, noun) -> list[End]:
    """"como invitados de la CPAC": the gathering the role is of."""
    return [e for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and any(
        k.dep_ == "case" and fold(k.lower_) in ("de", "del") for k in c.children)
        for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
