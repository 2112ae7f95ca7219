"""Taking part in a meeting with someone is meeting them: "En el encuentro con Bukele
participaron también Rubio y Bondi", "se reunió con X, con quien mantuvo un encuentro en el
que también estuvo presente Y". Such a meeting is not the event the text is about."""

from __future__ import annotations

from graph.ingest.nlp.clause_objects import patient_ends
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.relatives import held_meeting
from graph.ingest.nlp.triggers import AGENT
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold


def joined_meeting(parsed: Parsed, verb, frames, slots) -> list[Found]:
    if not any(f.relation == "participatedIn" for f in frames):
        return []
    meeting = held_meeting(verb)
    parties = _parties(parsed, meeting) if meeting is not None else earlier_meeting(parsed, verb)
    return [Found("met", person, partner, 0.65, "verb:" + verb_lemma(verb), verb.i)
            for person in slots.fill(AGENT) for partner in parties
            if person.key != partner.key and parsed.kb.fits("met", person.key, partner.key)]


_MEETING_NOUNS = {"reunion", "encuentro", "cita", "almuerzo", "cena", "desayuno"}
_MEETING_VERBS = {"recibir", "reunir", "encontrar"}


def earlier_meeting(parsed: Parsed, verb) -> list[End]:
    """"Abascal recibió a López Aliaga ... En la reunión estuvieron también presentes X e Y":
    a meeting named with the definite article and no one it is held with is the one the
    sentence before tells of. Those present meet its guest, the one received or met (the
    host's own people are no news)."""
    doc = parsed.doc
    # the small model hangs the opening "En la reunión" anywhere: read the words before
    noun = next((t for t in doc[verb.sent.start:verb.i] if folded_lemma(t) in _MEETING_NOUNS
                 and t.i >= 2 and [fold(w.lower_) for w in doc[t.i - 2:t.i]] in (
                     ["en", "la"], ["en", "el"]) and
                 not any(preposition(d) in ("con", "entre", "de") for d in t.children)), None)
    if noun is None or verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return []
    sentences = [sent for sent in parsed.doc.sents if sent.text.strip()]
    here = next(n for n, sent in enumerate(sentences) if sent.start <= noun.i < sent.end)
    if here == 0:
        return []
    for told in reversed([t for t in sentences[here - 1] if t.pos_ == "VERB" and
                          verb_lemma(t) in _MEETING_VERBS]):
        hosts = [e for e in subject_ends(parsed, told) if parsed.is_person(e.key)]
        guests = [e for e in patient_ends(parsed, told) + [
            e for c in told.children if preposition(c) == "con" for e in phrase_ends(parsed, c)]
            if parsed.is_person(e.key) and e.key not in {h.key for h in hosts}]
        guests = list({e.key: e for e in guests}.values())
        if len(hosts) == 1 and len(guests) == 1:
            return guests
    return []


def _parties(parsed: Parsed, meeting) -> list:
    """Who holds the meeting: its "con" partners, and the subject and partner of the verb
    that holds it ("con quien mantuvo un encuentro")."""
    found = [e for c in meeting.children if preposition(c) == "con" for e in parsed.ends(c)]
    if meeting.dep_ == "obj":
        found += subject_ends(parsed, meeting.head)
        found += [e for c in meeting.head.children if preposition(c) == "con"
                  for e in phrase_ends(parsed, c)]
    return list({e.key: e for e in found}.values())
