"""A colon after a clause of attending that already names who attended opens no list of
attendees: "Meloni fue invitada, pero no acudió: envió a su ministro, X, que ..." goes on with
what she did; "Kast no asistió: estuvieron en su lugar A y B" tells another clause. What
follows such a colon is read by its own verbs, not as the items of the first clause's list
(which would carry the first clause's "no" to them)."""

from __future__ import annotations

from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import RELATIVES
from graph.ingest.reading import fold

_RELATIVES = RELATIVES | {"donde"}


def said_of_named(parsed: Parsed, word, colon) -> bool:
    """Whether the word of attending before the colon is a verb whose subject is named, or
    the words after the colon make a clause of their own before any list."""
    return _verb_with_named_subject(parsed, word) or _clause_follows(colon)


def _verb_with_named_subject(parsed: Parsed, word) -> bool:
    if word.pos_ not in ("VERB", "AUX") or word.morph.get("VerbForm") != ["Fin"]:
        return False
    verb = word
    # "X fue invitada, pero no acudió": the second verb shares the first one's subject
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subjects:
            return any(c.i < word.i and (c.pos_ == "PROPN" or parsed.mention(c) is not None)
                       for c in subjects)
        if verb.dep_ != "conj" or verb.head == verb:
            return False
        verb = verb.head


def _clause_follows(colon) -> bool:
    """"...: envió a X", "...: en su lugar viajó X": a finite verb after the colon, before any
    comma or item, that is not a relative's."""
    doc = colon.doc
    for t in doc[colon.i + 1:colon.sent.end]:
        if t.is_space:
            continue
        if t.text in (",", ";", "(") or t.pos_ == "PROPN":
            return False
        if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]:
            return not (t.i > colon.i + 1 and fold(doc[t.i - 1].lower_) in _RELATIVES)
    return False
