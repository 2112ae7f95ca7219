"""The dropped subject of a clause told to someone about themselves: "Rentería le recordó que
en junio se fotografió con Abascal", "le reprochó que no hubiera votado", "le preguntó si se
presentará". Reminding, reproaching and asking tell the one addressed what that one did or
will do, so the told clause's dropped subject is the addressee (the dative "le", or "a X"),
not the teller, who is its sentence's subject."""

from __future__ import annotations

from graph.ingest.nlp.words import verb_lemma

_TELLING_ABOUT = {"recordar", "reprochar", "preguntar", "afear", "echar", "agradecer",
                  "cuestionar", "increpar"}
_THIRD = {"le", "les"}


def told_one(parsed, verb) -> list | None:
    """The addressee who is the dropped subject of `verb`, a clause told to them; None when
    `verb` is no such clause or nobody is found for the addressee."""
    from graph.ingest.nlp.clause_objects import clitic_object  # both read clauses
    from graph.ingest.nlp.clauses import phrase_ends

    host = verb.head
    if verb.dep_ != "ccomp" or host == verb or verb_lemma(host) not in _TELLING_ABOUT or \
            not any(c.dep_ == "mark" and c.lower_ in ("que", "si") for c in verb.children) or \
            verb.morph.get("Person") not in (["3"], []):
        return None
    for child in host.children:
        if child.dep_ in ("iobj", "obj") and child.pos_ == "PROPN" and any(
                c.dep_ == "case" and c.lower_ == "a" for c in child.children):
            found = [e for e in phrase_ends(parsed, child) if parsed.is_person(e.key)]
            return found or None  # "recordó a X que ..."
    if not any(c.dep_ == "iobj" and c.lower_ in _THIRD and c.i < host.i
               for c in host.children):
        return None
    return [e for e in clitic_object(parsed, host, dative=True) if parsed.is_person(e.key)] \
        or None
