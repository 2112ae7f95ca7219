"""Taking part in a meeting with someone is meeting them: "En el encuentro con Bukele
participaron también Rubio y Bondi", "se reunió con X, con quien mantuvo un encuentro en el
que también estuvo presente Y". Such a meeting is not the event the text is about."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.relatives import held_meeting
from graph.ingest.nlp.triggers import AGENT
from graph.ingest.nlp.words import verb_lemma


def joined_meeting(parsed: Parsed, verb, frames, slots) -> list[Found]:
    if not any(f.relation == "participatedIn" for f in frames):
        return []
    meeting = held_meeting(verb)
    if meeting is None:
        return []
    return [Found("met", person, partner, 0.65, "verb:" + verb_lemma(verb), verb.i)
            for person in slots.fill(AGENT) for partner in _parties(parsed, meeting)
            if person.key != partner.key and parsed.kb.fits("met", person.key, partner.key)]


def _parties(parsed: Parsed, meeting) -> list:
    """Who holds the meeting: its "con" partners, and the subject and partner of the verb
    that holds it ("con quien mantuvo un encuentro")."""
    found = [e for c in meeting.children if preposition(c) == "con" for e in parsed.ends(c)]
    if meeting.dep_ == "obj":
        found += subject_ends(parsed, meeting.head)
        found += [e for c in meeting.head.children if preposition(c) == "con"
                  for e in phrase_ends(parsed, c)]
    return list({e.key: e for e in found}.values())
