"""Observers of an election: "X, invitada por el Partido Nacional como observadora de la
jornada", "invitó a X como observador de los comicios". The one invited or accredited as an
observer of an election, or of its day, is the election's guest."""

from __future__ import annotations

from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_OBSERVERS = {"observador", "observadora", "observadores", "observadoras", "veedor", "veedora",
              "veedores", "veedoras"}
_INVITING = {"invitar", "acreditar"}
_PARTICIPLES = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_DAYS = {"jornada"}  # "la jornada": the election's day, in a text on that election


def observer_claims(parsed: Parsed, token) -> list[Found]:
    if fold(token.lower_) not in _OBSERVERS or not any(
            c.lower_ == "como" and c.dep_ in ("mark", "case") for c in token.children):
        return []
    verb = token.head
    if verb_lemma(verb) not in _INVITING:
        return []
    race = next(filter(None, (_race(parsed, c) for c in token.children if c.dep_ == "nmod" and
                              any(k.lower_ in ("de", "del", "en") for k in c.children))), None)
    if race is None:
        return []
    if verb.pos_ in ("ADJ", "NOUN") or verb.dep_ in ("amod", "acl"):
        guests, cue = parsed.ends(verb.head), "passive:" + verb_lemma(verb)
    else:
        guests = [e for c in verb.children if c.dep_ == "obj" and c.i != token.i
                  for e in parsed.ends(c)]
        cue = "verb:" + verb_lemma(verb)
        if not guests and fold(verb.lower_).endswith(_PARTICIPLES):  # "fue invitada como"
            guests, cue = subject_ends(parsed, verb), "passive:" + verb_lemma(verb)
    return [Found("invitedTo", guest, race, 0.6, cue, verb.i, {"role": "guest"})
            for guest in guests if parsed.is_person(guest.key) and
            parsed.kb.fits("invitedTo", guest.key, race.key)]


def _race(parsed: Parsed, noun) -> End | None:
    if is_election_noun(noun):
        key = parsed.elections.named(noun) or parsed.elections.context(noun)
    elif folded_lemma(noun) in _DAYS:
        key = parsed.elections.context(noun)
    else:
        return None
    return End(key, noun.i, noun.i) if key else None
