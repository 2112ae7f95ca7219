"""Who fills the venue of the rally a chronicle's lead tells with no noun for it
(venue_gatherings): "Abascal llena el Palacio de Ferias" puts Abascal at that rally."""

from __future__ import annotations

from graph.ingest.knowledge import PERSON
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.venue_gatherings import holder
from graph.ingest.nlp.words import verb_lemma


def venue_holder_claims(parsed, token) -> list[Found]:
    """"Abascal llena el Palacio de Ferias": the person who fills the venue is at the rally."""
    key = getattr(parsed, "venue_verbs", {}).get(token.i)
    if key is None:
        return []
    found = []
    subject = holder(token)
    if subject is not None:
        for person in parsed.ends(subject):
            if parsed.kb.is_a(person.key, PERSON):
                found.append(Found("participatedIn", person, End(key, token.i, token.i), 0.65,
                                   "verb:" + verb_lemma(token), token.i))
    return found
