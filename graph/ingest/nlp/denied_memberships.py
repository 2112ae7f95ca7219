"""A membership the copula denies in so many words: "X no es miembro de Y", "no es militante
del partido", "nunca fue afiliada a Vox", "no somos integrantes de esa red". Only the words
of belonging deny it: "no es portavoz de Y" or "no es dirigente de Y" says nothing of whether X
belongs. "Ya no es militante" says X was one, and is left to what reads a past."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.reading import fold

# The nouns that say only that one belongs (folded, both genders, both numbers).
_BELONGING = {stem + ending for stem in ("miembro", "militante", "integrante")
              for ending in ("", "s")} | \
             {"afiliado", "afiliada", "afiliados", "afiliadas"}
# Words that, beside "no", say the membership has ended rather than never was, or that the
# denial is of "only" a member ("no es solo miembro, sino su portavoz").
_NOT_DENIED = {"ya", "mas", "solo", "solamente", "unicamente", "simplemente", "mero", "mera",
               "meros", "meras", "sino"}


def belonging_word(word: str) -> bool:
    return fold(word.lower()) in _BELONGING


def denied_membership(roles, title, verb, mention) -> list[Found]:
    """The memberships the negated copula `verb` of `title` denies of the name, negated."""
    if not belonging_word(title.word):
        return []
    role = roles.doc[title.token]
    near = list(role.children) + list(verb.children) + list(verb.head.children) + \
        list(role.doc[role.i + 1:role.sent.end])
    if any(fold(t.lower_) in _NOT_DENIED for t in near if t.i < role.i or t.lower_ == "sino"):
        return []
    claims = [c for c in roles._claims(title, mention, "copula") if c.relation == "memberOf"]
    for claim in claims:
        claim.negated = True
    return claims
