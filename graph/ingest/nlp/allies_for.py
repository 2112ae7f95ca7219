"""Whose ally a copula says by a "para" phrase: "Para el PP, Vox es un socio fiable", "Chega
es para nosotros un aliado natural", "Para Lerma, el Partido Cívico no es un aliado". The one
the phrase names is the ally of the copula's subject; "para nosotros" in a quotation is the
speaker's party, else the speaker."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.clauses import first_person_speaker, phrase_ends, preposition
from graph.ingest.nlp.copula_titles import party_of
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.praise import ally_of
from graph.ingest.reading import fold

_ALLIES = {"aliado", "aliada", "aliados", "aliadas", "socio", "socia", "socios", "socias"}
_WE = {"nosotros", "nosotras"}


def ally_for_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or fold(noun.lower_) not in _ALLIES or not any(
            c.dep_ == "cop" for c in noun.children):
        return []
    if ally_of(noun):
        return []  # "aliado de X" says whose ally itself
    holders = [c for c in noun.children if c.dep_ == "obl" and preposition(c) == "para"]
    if len(holders) != 1:
        return []
    holder = holders[0]
    if fold(holder.lower_) in _WE:
        speakers = first_person_speaker(parsed, noun)
        owners = [End(party_of(parsed, e.key) or e.key, holder.i, holder.i, reference=True)
                  for e in speakers if parsed.is_person(e.key)]
    else:
        owners = [e for e in phrase_ends(parsed, holder)
                  if parsed.is_person(e.key) or parsed.kb.is_a(e.key, PARTY)]
    subjects = [e for c in noun.children if c.dep_ == "nsubj" for e in parsed.ends(c)
                if parsed.is_agent(e.key)]
    return [Found("allied", s, o, 0.65, "copula", noun.i) for s in subjects for o in owners
            if s.key != o.key and parsed.kb.fits("allied", s.key, o.key)]
