"""A partner fronted before a talk with a dropped subject: "Con el congresista X, también de
su partido, habla casi a diario por teléfono". The small model hangs the opening "Con X" on
the sentence before, or takes X for the verb's subject; the one who talks is the person the
text is following, and X is whom they talk with."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_TALKING = {"hablar", "conversar", "dialogar", "charlar", "comunicar", "comunicarse"}


def fronted_partner_claims(parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _TALKING or \
            "3" not in verb.morph.get("Person") or "Sing" not in verb.morph.get("Number") or \
            any(fold(c.lower_) in NEGATORS for c in verb.children if c.dep_ == "advmod"):
        return []
    opening = _opening_con(verb)
    if opening is None or any((c.dep_.startswith("nsubj") or preposition(c) == "con") and
                              c != opening and not c.is_space for c in verb.children):
        return []
    partners = [e for e in parsed.ends(opening) if parsed.is_person(e.key)]
    here = parsed.sentence_of(opening.idx)
    talker = parsed.focus(here, before=opening.i)
    if talker is None or not parsed.is_person(talker):
        return []
    subject = End(talker, verb.i, verb.i, reference=True, distance=1)
    return [Found("contactWith", subject, p, 0.6, "verb:" + verb_lemma(verb), verb.i)
            for p in partners if p.key != talker and
            parsed.kb.fits("contactWith", talker, p.key)]


def _opening_con(verb):
    """The noun of "Con X," opening the text's sentence the verb is in, set off by a comma,
    with no other verb between it and the talk."""
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].text not in (".", "!", "?", ";", ":") and \
            not doc[start - 1].is_space:
        start -= 1
    if fold(doc[start].lower_) != "con" or start >= verb.i - 2 or \
            doc[verb.i - 1].text != "," or \
            any(t.pos_ in ("VERB", "AUX") for t in doc[start:verb.i]):
        return None
    return doc[start].head if doc[start].head.i < verb.i and doc[start].dep_ == "case" else None
