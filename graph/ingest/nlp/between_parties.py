"""A meeting, a contact or an alliance "entre A y B" names all its parties: "llegó la reunión
entre A y B", "la llamada entre A y B duró una hora", "anunciaron una alianza entre A y B".
Whoever the clause around it has for subject (the writer of a column, the one the text is
about, the leaders who announce their parties' pact, or a noun the small model took for one)
was not at it, unless the text says so otherwise ("A mantuvo con B una reunión")."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition

_CLOSED = {"met", "contactWith", "allied"}


def closed_between(parsed, noun, relation: str, partners) -> bool:
    if relation not in _CLOSED or len(partners) < 2:
        return False
    named = {e.key for c in noun.children if preposition(c) == "entre"
             for e in phrase_ends(parsed, c)}
    if relation == "allied" and not any(a != b and parsed.kb.fits(relation, a, b)
                                        for a in named for b in named):
        return False  # sides that cannot be allies named: the one who seals it stays a side
    return len(named) >= 2
