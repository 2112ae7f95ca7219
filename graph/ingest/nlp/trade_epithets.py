"""A party's adjective on a trade rather than a title: "el armador libertario X", "la
ganadera socialista Y", "el empresario republicano Z". The trade says nothing of an office,
but the adjective beside it, when it names the one party of the text, says the person is of
that party, as it does beside a title ("el diputado libertario X"). The person must be named
right after the phrase ("el abogado radical, Pedro Soto," too); the trade alone ("el
empresario libertario" with no name) refers to nobody this reads."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.nlp.trades import TRADES
from graph.ingest.reading import fold


def trade_party_claims(parsed: Parsed, token, party_adjectives: dict[str, str]) -> list[Found]:
    if token.pos_ != "NOUN" or fold(token.lower_) not in TRADES:
        return []
    doc = parsed.doc
    i = token.i + 1
    if i >= len(doc) or doc[i].pos_ != "ADJ" or fold(doc[i].lower_) not in party_adjectives:
        return []
    party = party_adjectives[fold(doc[i].lower_)]
    start = i + 2 if i + 1 < len(doc) and doc[i + 1].text == "," else i + 1
    person = parsed.mention(doc[start]) if start < len(doc) else None
    if person is None or person.start != start or person.kind == METONYM or \
            not parsed.is_person(person.key) or person.key == party or \
            not parsed.kb.fits("memberOf", person.key, party):
        return []
    return [Found("memberOf", End.of(person), End(party, i, i), 0.7, "title", i, dated=False)]
