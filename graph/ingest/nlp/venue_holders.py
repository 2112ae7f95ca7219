"""Who fills the venue of the rally a chronicle's lead tells with no noun for it
(venue_gatherings): "Abascal llena el Palacio de Ferias" puts Abascal at that rally; "el
movimiento X reunió a cuatro mil personas para escuchar a su fundador, Y": X, the body that
drew the crowd, organized it, and Y, whom the crowd came to hear, was at it."""

from __future__ import annotations

from graph.ingest.knowledge import AGENT, PERSON
from graph.ingest.nlp.appositions import named_in_apposition
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.venue_gatherings import heard, holder
from graph.ingest.nlp.words import verb_lemma


def venue_holder_claims(parsed, token) -> list[Found]:
    """"Abascal llena el Palacio de Ferias": the person who fills the venue is at the rally."""
    key = getattr(parsed, "venue_verbs", {}).get(token.i)
    if key is None:
        return []
    found = []
    subject = holder(token)
    cue = "verb:" + verb_lemma(token)
    if subject is not None:
        for end in parsed.ends(subject):
            if parsed.kb.is_a(end.key, PERSON):
                found.append(Found("participatedIn", end, End(key, token.i, token.i), 0.65,
                                   cue, token.i))
            elif parsed.kb.is_a(end.key, AGENT):  # the party or the body itself
                found.append(Found("organizedBy", End(key, token.i, token.i), end, 0.65, cue,
                                   token.i))
        people = [person for listener in heard(token) if listener != subject
                  for person in _named(parsed, listener)]
        found += [Found("participatedIn", person, End(key, token.i, token.i), 0.6, cue, token.i)
                  for person in people]
    return found


def _named(parsed, listener) -> list[End]:
    """The person a listened-to noun names: "a Abascal", "a su fundador, el asambleísta X"
    (the name in apposition, which the small model may hang elsewhere); a role alone, which
    only the discourse resolves, is too loose."""
    start = named_in_apposition(parsed, listener.i)
    mention = parsed.mention(parsed.doc[start]) if start is not None else None
    if mention is not None and parsed.is_person(mention.key):
        return [End.of(mention)]
    return [e for e in parsed.ends(listener) if not e.reference and parsed.is_person(e.key)]
