"""Where a title of partnership or rivalry reaches its other end: "el principal rival del
canciller X" names X after X's own title, and "El diputado X es el rival de Y" has X as the
copula's subject through the title X is in apposition to."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role, is_role_noun, role_kind
from graph.ingest.reading import fold

_TO_PARTNER = ("de", "del", "a", "al", "contra")


def partner_follows(doc, i: int) -> bool:
    """Whether the name at `i` is the partner a title before it names: right after its "de"
    ("el aliado de Trump") or after the partner's own title and epithets ("la rival de la
    alcaldesa socialista X")."""
    j = i - 1
    while j > 0 and (doc[j].pos_ in ("NOUN", "ADJ") and (is_role_noun(doc[j]) or
                                                          doc[j].pos_ == "ADJ") or
                     doc[j].pos_ == "DET" and doc[j - 1].lower_ in ("de", "a", "contra")):
        j -= 1
    return fold(doc[j].lower_) in _TO_PARTNER


def titled_subject(token):
    """"El diputado X es ...": the title X is in apposition to when that title is the
    subject, else `token`."""
    head = token.head
    if token.dep_ == "appos" and head != token and head.pos_ == "NOUN" and is_role_noun(head) \
            and head.dep_ in ("nsubj", "nsubj:pass") and head.i < token.i:
        return head
    return token


def partitive_partner(head):
    """"X es uno de los principales adversarios de Y", "una de las aliadas más fieles de Z":
    the partner title the copula's "uno de" picks X out of, else `head`."""
    if fold(head.lower_) not in ("uno", "una") or not any(c.dep_ == "cop" for c in head.children):
        return head
    return next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i and
                 partner_title(c) and any(g.dep_ == "case" and g.lower_ == "de"
                                          for g in c.children)), head)


def partner_title(token) -> bool:
    """Whether `token` is a title of partnership or rivalry ("aliado", "rival")."""
    return role_kind(base_role(token)[0] or "") in ("ally", "rival")


def heads_it(noun) -> bool:
    """"al frente de una coalición", "a la cabeza de la alianza": the clause's subject leads
    the body the noun names, and is a partner of those in it."""
    for case in (c for c in noun.children if c.dep_ == "case"):
        fixed = [fold(f.lower_) for f in case.children if f.dep_ == "fixed"]
        if fold(case.lower_) in ("al", "a") and fixed[:1] in (["frente"], ["cabeza"]):
            return True
    before = [fold(t.lower_) for t in noun.doc[max(noun.left_edge.i - 4, 0):noun.left_edge.i]]
    return before[-3:] in (["al", "frente", "de"], ["la", "cabeza", "de"])


def named_next(parsed, i: int) -> bool:
    """Whether a name follows the partner's title at `i`, bare or after a comma ("aliado del
    presidente Gustavo Petro", "rival del gobernador, X"): the name is the partner, not whoever
    else the title alone could stand for."""
    doc = parsed.doc
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].text == ",")
    return j < len(doc) and parsed.mention(doc[j]) is not None
