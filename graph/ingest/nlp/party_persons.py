"""A party named with its person: "el PP de Moreno", "los Demócratas de Dinamarca de Inger
Støjberg", "el Partido del Progreso de la exministra Sylvi Listhaug". The press writes it of a
party's leader and its members alike; what it states is that the person belongs to the party,
and a leadership the text states of the same pair says more and stands alone."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.memberships import led
from graph.ingest.nlp.owned_parties import person_after
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.nlp.words import DEFINITE_ARTICLES
from graph.ingest.reading import fold

_CUE = "nominal:party-of"


def party_person_claims(parsed: Parsed, found: list[Found]) -> list[Found]:
    leaderships = led(found)
    doc = parsed.doc
    out = []
    for party in parsed.linked.mentions:
        if party.kind == METONYM or party.start < 1 or party.end >= len(doc) or \
                not parsed.kb.is_a(party.key, PARTY) or parsed.is_person(party.key):
            continue
        # a definite article opens the phrase ("el PP de", "los Moderados del"): without one
        # the name after "de" may be the party's own ("Hermanos de Italia")
        if fold(doc[party.start - 1].lower_) not in DEFINITE_ARTICLES | {"del", "al"}:
            continue
        person = person_after(parsed, party.end)
        if person is None or (person.key, party.key) in leaderships or \
                not parsed.kb.fits("memberOf", person.key, party.key):
            continue
        out.append(Found("memberOf", End.of(person), End.of(party), 0.7, _CUE, party.start,
                         dated=False))
    return out
