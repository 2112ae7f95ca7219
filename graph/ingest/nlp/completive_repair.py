"""Completive clauses the small model hangs on the noun before them: in "X reveló ante los
asistentes que el jueves habló por teléfono con Y" it makes "que ... habló" a relative
clause of "asistentes", so the clause's dropped subject is looked for among the audience.
A clause opened by the conjunction "que" (the parser's `mark`, or a subject "que" whose verb
does not agree in number with the noun, as a relative's would) on a noun that is a complement
of a verb of saying is that verb's complement, whose dropped subject is the one who says; so
is a clause on the medium told ("aseguró a este diario que habló con Y")."""

from __future__ import annotations

from graph.ingest.nlp.triggers import SAYING
from graph.ingest.reading import fold

_COMPLEMENTS = {"obl", "obj", "iobj", "nmod"}


def completives_on_saying(doc):
    for clause in doc:
        if clause.dep_ not in ("acl", "acl:relcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        opener = next((c for c in clause.children if c.i < clause.i), None)
        if opener is None or opener.lower_ != "que" or opener.dep_ != "mark" and not (
                opener.dep_ == "nsubj" and (_disagree(clause.head, clause) or
                                            _told_medium(clause.head, opener))):
            continue
        noun = clause.head
        saying = noun.head
        if noun.dep_ not in _COMPLEMENTS or saying.pos_ != "VERB" or \
                fold(saying.lemma_.lower()) not in SAYING or not saying.i < noun.i < opener.i:
            continue
        if any(c.dep_ == "ccomp" for c in saying.children):
            continue  # the verb has its complement already
        clause.head, clause.dep_ = saying, "ccomp"
        opener.dep_ = "mark"
    return doc


# Whom a reporter's source speaks to: "aseguró a este diario que habló con X" tells the paper
# what the speaker did; the paper did not speak
_MEDIA = {"diario", "periodico", "medio", "redaccion", "agencia", "emisora", "cadena", "radio",
          "canal", "revista", "semanario", "portal", "prensa", "periodista", "reportero",
          "corresponsal", "enviado", "television", "informativo", "programa", "rotativo"}


def _told_medium(noun, opener) -> bool:
    """"a este diario que", "al periódico que", "a los periodistas que": the one told, with no
    comma before "que" (a relative on a medium is set off: "a El País, que publicó...")."""
    return fold(noun.lemma_.lower()) in _MEDIA and any(
        c.dep_ == "case" and fold(c.lower_) in ("a", "al", "ante") for c in noun.children) and \
        not any(t.is_punct for t in noun.doc[noun.i + 1:opener.i])


def _disagree(noun, verb) -> bool:
    """"los asistentes que el jueves habló": a relative "que" would be the plural noun's and
    take a plural verb; with a verb of the other number it is the conjunction."""
    number, verb_number = noun.morph.get("Number"), verb.morph.get("Number")
    if verb.pos_ == "AUX" or not verb_number:
        auxiliary = next((c for c in verb.children if c.dep_ == "aux" and c.i < verb.i), None)
        verb_number = auxiliary.morph.get("Number") if auxiliary is not None else verb_number
    return bool(number and verb_number) and number != verb_number
