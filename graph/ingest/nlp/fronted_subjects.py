"""A title put before a clitic and its verb, with no preposition: "El expresidente lo dirige
desde Bélgica", "La senadora la felicitó". The small model may read the title as the verb's
indirect or direct object; but a person the verb acts on takes "a" in Spanish ("Al
expresidente lo recibió"), so a bare definite title there, with the verb agreeing with it
and no other subject, is the subject, and the clitic the object."""

from __future__ import annotations

from graph.ingest.nlp.words import is_role_noun

_CLITICS = {"lo", "la", "le", "los", "las", "les"}


def fronted_subjects(doc):
    for verb in doc:
        if verb.pos_ != "VERB" or verb.morph.get("VerbForm") != ["Fin"] or any(
                c.dep_.startswith("nsubj") for c in verb.children):
            continue
        clitic = next((c for c in verb.children if c.dep_ in ("obj", "iobj") and
                       c.pos_ == "PRON" and c.lower_ in _CLITICS and c.i == verb.i - 1), None)
        title = next((c for c in verb.children if c.dep_ in ("obj", "iobj") and
                      c.i < verb.i and c.pos_ == "NOUN" and is_role_noun(c)), None)
        if clitic is None or title is None or not _definite_bare(title) or \
                title.morph.get("Number") != verb.morph.get("Number"):
            continue
        title.dep_ = "nsubj"
    return doc


def _definite_bare(noun) -> bool:
    """"El expresidente", not "Al expresidente" nor "A la senadora"."""
    return any(c.dep_ == "det" and c.lower_ in ("el", "la", "los", "las") for c in noun.children) \
        and not any(c.dep_ == "case" for c in noun.children) and \
        not (noun.i and noun.doc[noun.i - 1].lower_ in ("al", "a"))
