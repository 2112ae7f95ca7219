"""Who sat beside someone seated at the event: "Abascal, sentado en la primera fila junto al
eurodiputado X", "la ministra, ubicada en el palco junto a Y". The participle places its
subject at the gathering (the seated readers do that); the one beside them in that seat was
there as well."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_SEATED = ("sentad", "ubicad", "situad", "acomodad", "instalad")
_SEATS = {"fila", "palco", "grada", "platea", "butaca", "escenario", "tribuna", "estrado",
          "tarima", "presidencia", "mesa", "podio"}


def seated_companion_claims(parsed, participle) -> list[Found]:
    if participle.pos_ not in ("ADJ", "VERB") or not fold(participle.lower_).startswith(_SEATED):
        return []
    children = list(participle.children)
    seats = [c for c in children if folded_lemma(c) in _SEATS and _case(c) == "en"]
    if not seats:
        return []  # "sentado a la mesa de negociación" is not a seat at a gathering
    children += list(seats[0].children)  # the small model may hang "junto a" on the seat
    event = parsed.topic_end(participle.i)
    if event is None:
        return []
    beside = [c for c in children if c.dep_ in ("obl", "nmod") and _case(c) == "junto"]
    return [Found("participatedIn", e, event, 0.55, "list", participle.i)
            for c in beside for e in phrase_ends(parsed, c)
            if parsed.is_person(e.key) and parsed.kb.fits("participatedIn", e.key, event.key)]


def _case(noun) -> str:
    cases = [k for k in noun.children if k.dep_ == "case"]
    return fold(cases[0].lower_) if cases else ""
