"""A gathering still to come that a relative clause hangs on: "Pollán tiene previsto un acto
en Ponferrada el próximo sábado, al que el partido ha invitado también a A y B". The clause
speaks of that act, not of the event the text reports; the small model may hang the relative
on the date ("sábado") rather than on the act."""

from __future__ import annotations

from graph.ingest.nlp.described_events import announced
from graph.ingest.nlp.events import EVENT_NOUNS, is_event_noun
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_INDEFINITE = {"un", "una", "otro", "otra"}
# Words that tell a gathering as planned: "el próximo sábado", "tiene previsto un acto"
_AHEAD = {"proximo", "proxima", "previsto", "prevista", "programado", "programada",
          "convocado", "convocada"}


def another_occasion(verb) -> bool:
    """Whether `verb` heads a relative opened by a preposition ("al que", "en la que")
    whose antecedent is an indefinite gathering the sentence tells as still to come."""
    if verb.dep_ not in ("acl", "acl:relcl"):
        return False
    pronoun = next((c for c in verb.children if fold(c.lower_) in ("que", "cual") and
                    c.i < verb.i and any(k.dep_ == "case" for k in c.children)), None)
    if pronoun is None:
        return False
    doc, start = verb.doc, verb.sent.start
    # (the kind itself: "el próximo mes" is no "mesa")
    noun = next((doc[i] for i in range(pronoun.i - 1, start - 1, -1)
                 if is_event_noun(doc[i]) and folded_lemma(doc[i]) in EVENT_NOUNS), None)
    if noun is None or not any(c.dep_ == "det" and fold(c.lower_) in _INDEFINITE
                               for c in noun.children):
        return False
    return announced(noun) or any(fold(t.lower_) in _AHEAD for t in doc[start:pronoun.i])
