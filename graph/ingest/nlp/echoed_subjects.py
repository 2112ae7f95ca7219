"""A second subject that echoes a clause without repeating it: "Milei lo llamó para
felicitarlo, y Bukele también", "Kast no acudió a la cumbre; Kaiser tampoco". The echoed name
does what the clause's subject does (or, with "tampoco", does not do it either); the small
model hangs it on the verb or on its object, and it is no object of the clause."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.reading import fold

_ECHOES = {"tambien", "tampoco"}


def echoed_subjects(parsed: Parsed, verb, found: list[Found]) -> list[Found]:
    echoes = _echoes(parsed, verb)
    if not echoes or not found:
        return found
    keys = {e.key for e in echoes}
    kept = [f for f in found if f.object.key not in keys and f.subject.key not in keys]
    said = [f for f in kept if f.subject.first < verb.i]
    return kept + [replace(f, subject=e, qualifiers=dict(f.qualifiers))
                   for f in said for e in echoes
                   if e.key != f.object.key and parsed.kb.fits(f.relation, e.key, f.object.key)]


def _echoes(parsed: Parsed, verb) -> list:
    out = []
    for token in verb.subtree:
        if token.i <= verb.i or not any(c.dep_ == "advmod" and fold(c.lower_) in _ECHOES and
                                        c.i > token.i for c in token.children):
            continue
        # the small model may hang the comma or semicolon before the name on it
        start = next(t for t in token.subtree if not t.is_punct).i
        before = token.doc[start - 1] if start > 0 else None
        joined = before is not None and (before.text in (",", ";") or before.lower_ == "y" and
                                         start > 1 and token.doc[start - 2].text == ",")
        if not joined and not any(c.dep_ == "cc" and c.lower_ == "y" for c in token.children):
            continue
        if any(c.dep_ == "case" for c in token.children) or token.pos_ != "PROPN":
            continue  # "y con Kast también": another object, not a subject
        out += parsed.ends(token, conj=False)
    return out
