"""Whom "con él", "con ella" cannot stand for: the one acting in its clause (who would be
"consigo"). That is the clause's own subject, when it names one, else the person the text
was following, unless the clause speaks in the first
person ("Me he reunido con ella una vez", "estuvimos con él en La Moneda"): then the speaker
acts, and the person the text was following is the likeliest partner."""

from __future__ import annotations

from graph.ingest.nlp.words import first_person


def acting_besides(parsed, pronoun, focus: str | None) -> set:
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    speaking = (first_person(verb) or any(
        c.dep_ in ("aux", "cop") and first_person(c) for c in verb.children)) and not any(
        c.dep_.startswith("nsubj") and c.pos_ in ("PROPN", "NOUN") for c in verb.children)
    if not speaking:
        # "Gil recordó que el alcalde no se ha reunido con él": the clause's own subject
        # acts, and the one the text was following is the partner
        own = {e.key for c in verb.children if c.dep_.startswith("nsubj") and
               c.pos_ in ("PROPN", "NOUN") for e in parsed.ends(c)}
        return own or {focus}
    from graph.ingest.nlp.clauses import first_person_speaker  # clauses reads the parse
    return {e.key for e in first_person_speaker(parsed, verb)}
