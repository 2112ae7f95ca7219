"""A time put between the copula and its predicate: in "Coalición Canaria es desde 2019 el
socio parlamentario del PSOE" or "Vox es, desde 2020, la tercera fuerza" the small model makes
the year the predicate and hangs the real one on it as an apposition, so the title is never
read as said of the subject. The predicate is put back at the head; the time becomes its
adverbial. A bare title the model hangs on the time as its modifier ("Kast fue durante años
miembro de la red") is put back the same way: a title needs no article to be the predicate."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role

_TIME_CASES = {"desde", "hasta", "durante", "entre"}
_TIME_NOUNS = {"año", "años", "mes", "meses", "semana", "semanas", "década", "décadas",
               "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
               "septiembre", "octubre", "noviembre", "diciembre", "entonces", "siempre"}


def _time(token) -> bool:
    return (token.like_num or token.lower_ in _TIME_NOUNS) and any(
        c.dep_ == "case" and c.lower_ in _TIME_CASES and c.i < token.i for c in token.children)


def _bare_title(time):
    """The title right after the time, hung on it without a preposition: "durante años
    miembro", "durante dos años concejala"."""
    return next((c for c in time.children if c.dep_ in ("appos", "nmod", "amod") and
                 c.i == time.i + 1 and c.pos_ in ("NOUN", "ADJ", "VERB") and base_role(c)[0]
                 and not any(d.dep_ == "case" for d in c.children)), None)


def predicates_after_times(doc):
    for time in doc:
        if not _time(time) or not any(c.dep_ == "cop" for c in time.children):
            continue
        predicate = next((c for c in time.children if c.dep_ == "appos" and c.i > time.i and
                          c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children)), None) \
            or _bare_title(time)
        if predicate is None:
            continue
        root = time.head == time
        moved = [c for c in time.children if c.dep_ in ("cop", "nsubj", "punct", "advmod",
                                                        "obl", "mark", "cc", "conj")]
        # (what the model hung on the time past the title is the title's: "de Soria")
        moved += [c for c in time.children if c.i > predicate.i and c.dep_ == "nmod"]
        predicate.head = predicate if root else time.head
        predicate.pos_ = "NOUN"  # "concejala" is tagged an adjective or a verb as often
        predicate.dep_ = time.dep_
        time.head, time.dep_ = predicate, "obl"
        for child in moved:
            child.head = predicate
    return _copulas_left_as_verbs(doc)


def _copulas_left_as_verbs(doc):
    """"Kast fue durante años miembro de la red": "fue" is left the clause's head, the time
    its adverbial and the title the time's; the title is the predicate, "fue" its copula."""
    for verb in doc:
        if verb.lemma_ != "ser" or verb.pos_ != "AUX" or verb.dep_ == "cop":
            continue
        time = next((c for c in verb.children if c.i > verb.i and _time(c)), None)
        predicate = _bare_title(time) if time is not None else None
        if predicate is None:
            continue
        moved = list(verb.children) + \
            [c for c in time.children if c.i > predicate.i and c.dep_ == "nmod"]
        predicate.head = predicate if verb.head == verb else verb.head
        predicate.dep_, predicate.pos_ = verb.dep_, "NOUN"
        verb.head, verb.dep_ = predicate, "cop"
        for child in moved:
            child.head = predicate
    return doc
