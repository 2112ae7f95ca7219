"""Persons acting on an organization's behalf: "Por parte de Vox viajó el eurodiputado X",
"En nombre del PP intervino Y", "en representación de la fundación, Z leyó un mensaje". They
represent it; and one named by a party title that names no organization of its own ("Por
parte de Vox se sentaron el secretario general, A; la portavoz en el Congreso, B") holds that
title in it, so is its member."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import METONYM, End
from graph.ingest.nlp.words import role_kind
from graph.ingest.reading import fold

# The noun of the phrase and the prepositions that may open it
_BEHALF = {"parte": ("por", "de"), "nombre": ("en",), "representacion": ("en",)}
# Titles held inside an organization, which the phrase completes ("el secretario general")
_INSIDE = {"leader", "head", "deputy", "member"}
# Clauses inside the verb's, whose names act in them
_CLAUSES = {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "xcomp"}
# Prepositions that make a name a complement, not one who acts
_COMPLEMENTS = {"de", "del", "a", "al", "con", "contra", "por", "para", "sobre", "ante", "entre"}


def on_behalf_claims(roles, token) -> list[Found]:
    parsed = roles.parsed
    doc = parsed.doc
    word = fold(token.lower_)
    if word not in _BEHALF or token.i < 1 or token.i + 2 >= len(doc) or \
            fold(doc[token.i - 1].lower_) not in _BEHALF[word] or \
            doc[token.i + 1].lower_ not in ("de", "del"):
        return []
    start = token.i + 2
    organization = parsed.party_named(start) if doc[token.i + 1].lower_ == "de" else \
        parsed.mention(doc[start])
    if organization is None or organization.kind == METONYM or \
            not parsed.kb.is_a(organization.key, ORGANIZATION) or \
            parsed.is_person(organization.key):
        return []
    verb = _verb(doc[organization.start])
    if verb is None:
        return []
    target = End(organization.key, token.i - 1, organization.end - 1, mention=organization)
    found = []
    for mention in _acting(parsed, verb, organization):
        title = roles.title_before(mention)
        person = End.of(mention)
        if title is not None and any(parsed.kb.is_a(t.key, ORGANIZATION) and
                                     not roles.seated_in(t) for t in title.targets):
            continue  # "el líder de Chega, X": an organization of the title's own
        inside = title is not None and role_kind(title.word) in _INSIDE
        relation = "memberOf" if inside else "represents"
        if parsed.kb.fits(relation, mention.key, organization.key):
            found.append(Found(relation, person, target, 0.65,
                               "apposition" if inside else "verb:" + word, verb.i,
                               dated=False))
    return found


def _verb(token):
    """The verb the phrase is an argument of."""
    head = token
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head == head:
            return None
        head = head.head
    return None


def _acting(parsed, verb, organization) -> list:
    """The persons the clause of `verb` names as its own, not those inside a complement or a
    relative clause."""
    doc = parsed.doc
    found = []
    for mention in parsed.linked.mentions:
        first = mention.start
        if first == organization.start or mention.kind == METONYM or \
                not parsed.is_person(mention.key) or doc[first].sent != verb.sent:
            continue
        token = doc[first]
        if not any(a == verb for a in token.ancestors):
            continue
        if _complement(token, verb):
            continue
        if any(m.key == mention.key for m in found):
            continue
        found.append(mention)
    return found


def _complement(token, verb) -> bool:
    """Whether a preposition governs the phrase between the name and the verb ("se reunió
    con X", "acompañó al diputado X"), or a clause of its own stands between them."""
    node = token
    while node != verb and node.head != node:
        if any(c.dep_ in ("case", "mark") and fold(c.lower_) in _COMPLEMENTS
               for c in node.children) or node.dep_ in _CLAUSES:
            return True  # (a postverbal subject the small model calls an object is kept)
        node = node.head
    return False
