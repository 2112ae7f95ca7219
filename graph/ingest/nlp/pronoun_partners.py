"""Whom "con él", "con ella" cannot stand for: the one acting in its clause (who would be
"consigo"). That is the clause's own subject, when it names or describes one ("El partido
pidió el voto para ella", "el alcalde no se ha reunido con él"), else the person the text was
following, unless the clause speaks in the first person ("Me he reunido con ella una vez",
"estuvimos con él en La Moneda"): then the speaker acts, and the person the text was
following is the likeliest partner."""

from __future__ import annotations

from graph.ingest.nlp.protagonists import protagonist_end
from graph.ingest.nlp.words import first_person
from graph.ingest.reading import fold

# Prepositions whose "él", "ella" is a person far more often than a thing ("en él" is most
# often a thing: "envió un mensaje. En él, X calificó ...")
_PERSONAL = {"para", "por", "con", "contra", "a"}


def acting_besides(parsed, pronoun, focus: str | None) -> set:
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    speaking = (first_person(verb) or any(
        c.dep_ in ("aux", "cop") and first_person(c) for c in verb.children)) and not any(
        c.dep_.startswith("nsubj") and c.pos_ in ("PROPN", "NOUN") for c in verb.children)
    if not speaking:
        # "El PP pidió el voto para ella": a named subject, not the person followed, acts;
        # "Gil recordó que el alcalde no se ha reunido con él": so does a described one, and
        # the one the text was following is the partner
        own = {e.key for c in verb.children if c.dep_.startswith("nsubj") and
               c.pos_ in ("PROPN", "NOUN") for e in parsed.ends(c)}
        return _named_subjects(parsed, verb) or own or {focus}
    from graph.ingest.nlp.clauses import first_person_speaker  # clauses reads the parse
    return {e.key for e in first_person_speaker(parsed, verb)}


def _named_subjects(parsed, verb) -> set:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if any(c.pos_ == "PRON" for c in subjects) and verb.dep_.startswith("acl"):
        subjects = [verb.head]  # "la plataforma X, que pidió el voto para ella"
    return {e.key for c in subjects if c.pos_ in ("PROPN", "NOUN")
            for e in parsed.ends(c) if not e.reference}


def protagonist_for(parsed, pronoun, gender: str, acting: set) -> list:
    """With none of its gender named near, the protagonist: "Según X, la candidatura cuenta con
    el apoyo de Y, que pidió el voto para ella"."""
    if not any(c.dep_ == "case" and fold(c.lower_) in _PERSONAL for c in pronoun.children):
        return []
    return protagonist_end(parsed, pronoun, gender, acting - {None})
