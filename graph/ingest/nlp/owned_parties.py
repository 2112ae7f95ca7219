"""A party named as someone's in apposition: "Nuevas Ideas, el partido de Bukele", "el partido
de Bukele, Nuevas Ideas,": the person is of the party (its leader, often, but the phrase says
only that it is theirs). A party's name right before "de" and a person ("el SPD de Tomio
Okamura") is read by the linker as two names; the evaluation sets' readers disagree on whether
it states membership or leadership, so no claim is made of it here."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.nlp.words import folded_lemma

_PARTY_NOUNS = {"partido", "formacion", "movimiento"}
OWNED = "apposition:party-of"


def owned_party_claims(parsed: Parsed, token) -> list[Found]:
    if folded_lemma(token) not in _PARTY_NOUNS or token.pos_ != "NOUN":
        return []
    party = _apposed_party(parsed, token)
    return _claim(parsed, party, token.i + 1) if party is not None else []


def _claim(parsed: Parsed, party, after: int) -> list[Found]:
    """The person named right after "de" at token `after`, of the party."""
    doc = parsed.doc
    if after + 1 >= len(doc) or doc[after].lower_ != "de":
        return []
    owner = parsed.mention(doc[after + 1])
    if owner is None or owner.start != after + 1 or owner.kind == METONYM or \
            not parsed.is_person(owner.key) or \
            not parsed.kb.fits("memberOf", owner.key, party.key):
        return []
    return [Found("memberOf", End(owner.key, owner.start, owner.end - 1, mention=owner),
                  End(party.key, party.start, party.end - 1, mention=party), 0.65,
                  OWNED, after, dated=False)]


def other_party_named(found: list[Found], subject: str, party: str) -> bool:
    """Whether the parse read "el partido de X" in apposition to another party than `party`:
    a guess of whose party it is, by the party last named, then gives way."""
    return any(f.cue == OWNED and f.subject.key == subject and f.object.key != party
               for f in found)


def _apposed_party(parsed: Parsed, token):
    """The party a "el partido de X" phrase stands in apposition to: named just before it
    ("Nuevas Ideas, el partido de Bukele") or just after its complement ("el partido de
    Bukele, Nuevas Ideas,")."""
    doc = parsed.doc
    article = token.i - 1
    if article < 2 or doc[article].pos_ != "DET" or doc[article - 1].text != ",":
        before = None
    else:
        before = parsed.mention(doc[article - 2])
    if before is not None and parsed.kb.is_a(before.key, PARTY) and \
            before.end == article - 1:
        return before
    owner = parsed.mention(doc[token.i + 2]) if token.i + 2 < len(doc) else None
    if owner is None or owner.end + 1 >= len(doc) or doc[owner.end].text != ",":
        return None
    after = parsed.mention(doc[owner.end + 1])
    if after is not None and after.start == owner.end + 1 and \
            parsed.kb.is_a(after.key, PARTY):
        return after
    return None
