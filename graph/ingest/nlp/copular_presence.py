"""Presence told by "estar" before its subject: "No estuvo, en cambio, el alcalde de la
capital, X", "Tampoco estuvo el presidente de la Diputación, el popular Y". After a paragraph
break the small model reads the verb as the copula of the title ("X was the mayor"), and the
title as the sentence's root; the words say otherwise: nothing but adverbs before "estar", a
definite title after it, and no subject of its own. The event is the one the text is about."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import is_role_noun, verb_lemma
from graph.ingest.reading import fold

_DENYING = {"no", "tampoco", "nunca", "jamas"}
# What may stand before the verb: an adverb of affirming, denying or adding, "en cambio"
_BEFORE = _DENYING | {"si", "tambien", "ademas", "y", "pero", "en", "cambio", "sin", "embargo",
                      "finalmente", "luego", "despues"}
_ARTICLES = {"el", "la"}


def copular_presence_claims(parsed: Parsed, verb) -> list[Found]:
    if verb_lemma(verb) != "estar" or verb.dep_ != "cop" or \
            {"Fut", "Imp"} & set(verb.morph.get("Tense")) or \
            {"Cnd", "Sub"} & set(verb.morph.get("Mood")):
        return []
    title = verb.head
    if title.i < verb.i or title.pos_ != "NOUN" or not is_role_noun(title) or \
            title.dep_ != "ROOT" or not any(c.dep_ == "det" and fold(c.lower_) in _ARTICLES
                                            for c in title.children) or \
            any(c.dep_.startswith("nsubj") and not c.is_space for c in title.children):
        # (the paragraph's break before the verb may be taken for the title's subject)
        return []
    before = [t for t in verb.sent if t.i < verb.i and not t.is_space and not t.is_punct]
    if any(fold(t.lower_) not in _BEFORE for t in before):
        return []
    between = [t for t in verb.doc[verb.i + 1:title.i] if not t.is_punct]
    if any(fold(t.lower_) not in _BEFORE | _ARTICLES for t in between):
        return []  # "estuvo muy atento el alcalde": a predicate of its own
    event = parsed.topic_end(verb.i)
    if event is None:
        return []
    negated = any(fold(t.lower_) in _DENYING for t in before)
    return [Found("participatedIn", p, event, 0.6, "verb:estar", verb.i, negated=negated)
            for p in parsed.ends(title, conj=False)
            if parsed.is_person(p.key) and parsed.kb.fits("participatedIn", p.key, event.key)]
