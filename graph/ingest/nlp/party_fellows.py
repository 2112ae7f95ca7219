"""A fellow of someone's party named beside the title: "Su compañero de partido, el senador
X, pide el voto", "X, compañera de partido de Y": a member of the one party the text tied the
other to (the person "su" stands for, or the one its "de" names)."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.possessed_parties import possessive_person
from graph.ingest.reading import fold

_FELLOWS = {"companero", "companera", "correligionario", "correligionaria"}
_PARTY_WORDS = {"partido", "formacion", "filas", "militancia"}


def party_fellow_claims(parsed: Parsed, found: list[Found]) -> list[Found]:
    """After the other claims: the fellows of those the text made members of one party."""
    extra = []
    for token in parsed.doc:
        last = _fellow_title(token)
        other = _other(parsed, token, last) if last is not None else None
        if other is None:
            continue
        parties = {c.object.key for c in found if c.subject.key == other.key and
                   c.relation in ("memberOf", "leaderOf") and not c.negated and
                   parsed.kb.is_a(c.object.key, PARTY)}
        if len(parties) != 1:
            continue
        party = End(parties.pop(), token.i, last, reference=True, distance=1)
        extra += [Found("memberOf", fellow, party, 0.6, "reference", token.i, dated=False)
                  for fellow in _fellows(parsed, token) if fellow.key != other.key and
                  parsed.kb.fits("memberOf", fellow.key, party.key)]
    return extra


def _fellow_title(token) -> int | None:
    """Where "compañero de partido" ends, when `token` opens one."""
    doc = token.doc
    word = fold(token.lower_)
    if token.pos_ != "NOUN" or word not in _FELLOWS:
        return None
    if not word.startswith("compa"):
        return token.i
    # a fellow of the party, not of a trip or a bench
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "de" and \
            fold(doc[token.i + 2].lower_) in _PARTY_WORDS:
        return token.i + 2
    return None


def _fellows(parsed: Parsed, token) -> list[End]:
    """The person the title stands beside: "Su compañero de partido, el senador X", or "X,
    compañero de partido de Y"."""
    if token.dep_ == "appos" and token.head.i < token.i:
        heads = [token.head]
    else:
        heads = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
    return [e for h in heads for e in parsed.ends(h, conj=False)
            if not e.reference and parsed.is_person(e.key)]


def _other(parsed: Parsed, token, last: int) -> End | None:
    """Whose fellow: the person the "de" after the title names, else whose "su" it is."""
    doc = parsed.doc
    if last + 1 < len(doc) and doc[last + 1].lower_ in ("de", "del"):
        named = parsed.mention(doc[last + 2]) if last + 2 < len(doc) else None
        return End.of(named) if named is not None and parsed.is_person(named.key) else None
    if token.i == 0 or fold(doc[token.i - 1].lower_) not in ("su", "sus"):
        return None
    return possessive_person(parsed, doc[token.i - 1])
