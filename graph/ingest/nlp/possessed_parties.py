"""A party named in apposition to "su partido": "Meloni no asistió; su partido, Hermanos de
Italia, no mandó a nadie" makes the party the one of the person "su" stands for; "Fico, cuyo
partido, Smer, no pertenece al grupo" the one of the person "cuyo" refers to. The apposition
says the name is a party's, whatever else the graph knows of it. "Su propio partido, X" (or
formación, frente) is the one they lead."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY
from graph.ingest.model import NEW
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_PARTY_NOUNS = {"partido", "formacion", "frente"}
# "su propio partido, X": the party of their own, which they lead
_OWN = {"propio", "propia"}
# Prepositions that make a name a complement ("socia de Salvini"), not the one "su" is of.
_COMPLEMENTS = {"de", "del", "a", "al", "con", "por", "para", "contra", "sobre"}


def possessed_party_claims(parsed: Parsed, token) -> list[Found]:
    doc = parsed.doc
    if folded_lemma(token) not in _PARTY_NOUNS or token.i < 2 or token.i + 2 >= len(doc) or \
            doc[token.i + 1].text != ",":
        return []
    own = fold(doc[token.i - 1].lower_) in _OWN  # "su propio partido": the one they lead
    if doc[token.i - 1 - own].lower_ not in ("su", "cuyo", "cuya"):
        return []
    start = token.i + 2
    if doc[start].pos_ == "DET" and doc[start].lower_ in ("el", "la", "los", "las"):
        # "su formación, el Partido Democrático Esloveno": when the parse hangs the name on
        # the noun (not "el laboratorio de su partido, la Fundación X", the laboratory's)
        start += 1
        if start >= len(doc) or doc[start].dep_ != "appos" or doc[start].head != token:
            return []
    party = parsed.mention(doc[start])
    if party is None or party.start not in (token.i + 2, start) or party.kind == METONYM or not (
            parsed.kb.is_a(party.key, PARTY) or party.key.startswith(NEW) and
            parsed.kb.is_a(party.key, ORGANIZATION) and not parsed.is_person(party.key)):
        return []
    owner = possessive_person(parsed, token)
    if owner is None or parsed.leaders.get(party.key) == owner.key or \
            not parsed.kb.fits("memberOf", owner.key, party.key):
        return []  # its leader's party says no more than that they lead it
    end = End.of(party)
    return [Found("leaderOf" if own else "memberOf", owner, end, 0.65, "reference", token.i,
                  dated=False)]


def possessive_person(parsed: Parsed, token) -> End | None:
    """The person "su" stands for: the last one its sentence names before it, but for one
    named inside a complement; else the person the text is about."""
    doc = parsed.doc
    for mention in reversed(parsed.linked.mentions):
        if mention.start >= token.i or mention.kind == METONYM or \
                not parsed.is_person(mention.key):
            continue
        if mention.start < token.sent.start:
            break
        if mention.start == 0 or doc[mention.start - 1].lower_ not in _COMPLEMENTS:
            return End.of(mention)
    focus = parsed.focus(parsed.sentence_of(token.idx), before=token.i)
    if focus is None or not parsed.is_person(focus):
        return None
    return End(focus, token.i - 1, token.i - 1, reference=True, distance=1)
