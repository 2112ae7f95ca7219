"""Relative clauses whose pronoun is the object and whose subject follows the verb: "la
formación que lidera desde 2014 X", "el partido que fundó y preside X", "la cumbre que
organizó ayer Vox". The small model makes the name after the verb a second object (or the
subject of the last of two coordinated verbs only), so the antecedent is the object and that
name the subject of every verb of the clause.

The model also calls "que" an object in "Abascal, que preside Vox desde 2014", where it is the
subject: a person's relative clause keeps its pronoun for subject, and so does a clause with
a subject before its verb or with no person nor organization after it."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.relatives import RELATIVES
from graph.ingest.nlp.words import folded_lemma

_CLAUSES = ("acl", "acl:relcl")


def object_pronoun_of(verb):
    """The relative pronoun "que" that is the object of the verb's clause, or None."""
    if verb.dep_ == "conj" and _own_relative(verb):
        return None  # "que organizó Vox y al que acudieron dos mil": a relative of its own
    clause = _clause(verb)
    if clause.dep_ not in _CLAUSES:
        return None
    return next((c for c in clause.children if c.dep_ == "obj" and c.pos_ == "PRON" and
                 folded_lemma(c) == "que" and c.i < clause.i and
                 not any(g.dep_ == "case" for g in c.children)), None)


def postposed_subject(parsed: Parsed, verb) -> list[End]:
    """The entities the subject after the verb names, in a clause whose object is its
    relative pronoun; none when the clause is not one."""
    pronoun = object_pronoun_of(verb)
    if pronoun is None:
        return []
    clause = _clause(verb)
    verbs = [clause] + [c for c in clause.children if c.dep_ == "conj" and
                        c.pos_ in ("VERB", "AUX") and not _own_relative(c)]
    if any(c.dep_.startswith("nsubj") and c.i < v.i for v in verbs for c in v.children):
        return []
    phrases = sorted((c for v in verbs for c in v.children if c.i > v.i and
                      c.dep_ in ("obj", "nsubj") and c.pos_ in ("PROPN", "NOUN") and
                      not preposition(c)), key=lambda c: c.i)
    if any(parsed.is_person(e.key) for e in phrase_ends(parsed, pronoun)):
        return []
    if not phrases:
        return _glued(parsed, clause)
    late = parsed.ends(phrases[0])
    return late if late and all(parsed.is_agent(e.key) for e in late) else []


def _glued(parsed: Parsed, clause) -> list[End]:
    """"la familia que preside en el Parlamento Europeo Jordan Bardella": the model glues the
    name onto the place before it; a person named there is the subject."""
    for token in clause.subtree:
        mention = parsed.mention(token)
        if token.i > clause.i and mention is not None and mention.start == token.i and \
                token.dep_ == "flat" and not mention.start <= token.head.i < mention.end and \
                parsed.is_person(mention.key):
            return [End.of(mention)]
    return []


def _clause(verb):
    return verb.head if verb.dep_ == "conj" and verb.head.dep_ in _CLAUSES else verb


def _own_relative(verb) -> bool:
    return any(c.pos_ == "PRON" and folded_lemma(c) in RELATIVES for c in verb.children)
