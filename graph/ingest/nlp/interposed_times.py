"""A time put between the copula and its predicate: in "Coalición Canaria es desde 2019 el
socio parlamentario del PSOE" or "Vox es, desde 2020, la tercera fuerza" the small model makes
the year the predicate and hangs the real one on it as an apposition, so the title is never
read as said of the subject. The predicate is put back at the head; the time becomes its
adverbial."""

from __future__ import annotations

_TIME_CASES = {"desde", "hasta", "durante", "entre"}
_TIME_NOUNS = {"año", "años", "mes", "meses", "semana", "semanas", "década", "décadas",
               "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
               "septiembre", "octubre", "noviembre", "diciembre", "entonces", "siempre"}


def _time(token) -> bool:
    return (token.like_num or token.lower_ in _TIME_NOUNS) and any(
        c.dep_ == "case" and c.lower_ in _TIME_CASES and c.i < token.i for c in token.children)


def predicates_after_times(doc):
    for time in doc:
        if not _time(time) or not any(c.dep_ == "cop" for c in time.children):
            continue
        predicate = next((c for c in time.children if c.dep_ == "appos" and c.i > time.i and
                          c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children)), None)
        if predicate is None:
            continue
        root = time.head == time
        moved = [c for c in time.children if c.dep_ in ("cop", "nsubj", "punct", "advmod",
                                                        "obl", "mark", "cc", "conj")]
        predicate.head = predicate if root else time.head
        predicate.dep_ = time.dep_
        time.head, time.dep_ = predicate, "obl"
        for child in moved:
            child.head = predicate
    return doc
