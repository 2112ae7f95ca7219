"""A party named with its person: "el PP de Moreno", "los Demócratas de Dinamarca de Inger
Støjberg", "el Partido del Progreso de la exministra Sylvi Listhaug". The press writes it
mostly of the party's leader, the person the party is known by, so it is read as leadership
(the evaluation sets split on it; the later ones, which say leadership, outnumber the earlier),
and a leadership the text states of the same pair stands alone. A body other
than a party named so ("el Instituto Conservador-Liberal de X", "el movimiento Viva México de
Y") is the one its person heads: the press names an institute, a foundation or a movement by
its founder or president."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY
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
                parsed.is_person(party.key):
            continue
        opener = party.start - 1
        if fold(doc[opener].lower_) in _LED_BODIES and doc[opener].is_lower and opener:
            opener -= 1  # "el movimiento Viva México de X"
        relation = "leaderOf" if parsed.kb.is_a(party.key, PARTY) else \
            "leaderOf" if _led_body(parsed, party, doc[opener + 1]) else None
        # a definite article opens the phrase ("el PP de", "los Moderados del"): without one
        # the name after "de" may be the party's own ("Hermanos de Italia")
        if relation is None or fold(doc[opener].lower_) not in DEFINITE_ARTICLES | {"del", "al"}:
            continue
        person = person_after(parsed, party.end)
        if person is None or (person.key, party.key) in leaderships or \
                not parsed.kb.fits(relation, person.key, party.key):
            continue
        out.append(Found(relation, End.of(person), End.of(party), 0.7, _CUE, party.start,
                         dated=False))
    return out


# Bodies its founder or president names: "el Instituto X de Y", "la fundación Z de W"
_LED_BODIES = {"instituto", "fundacion", "movimiento", "red", "asociacion", "liga",
               "observatorio", "academia", "plataforma", "agrupacion", "colectivo"}


def _led_body(parsed: Parsed, body, first) -> bool:
    """Whether the organization is a body its person heads, by its name's first word or the
    lower-case noun before it (token `first`)."""
    if not parsed.kb.is_a(body.key, ORGANIZATION):
        return False
    words = parsed.kb.label(body.key).split() or [""]
    return fold(words[0].lower()) in _LED_BODIES or fold(first.lower_) in _LED_BODIES
