"""The runoff a contest still ahead is in: after a first round, "X se medirá con Y el 21 de
junio" pits the two finalists in the second round of the same election, not in the round
already held."""

from __future__ import annotations

from graph.ingest.knowledge import name_tokens
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp.election_kinds import FIRST_ROUND, SECOND_ROUND
from graph.ingest.nlp.gazetteer import CLASSES
from graph.ingest.reading import fold

_RESULTS = {"%", "finalista", "finalistas", "escrutado", "escrutinio", "votos"}


def runoff_after(parsed, race: str, verb) -> str:
    """`race`, or the second round of its election when `race` is a first round and `verb`
    tells the contest as still to come."""
    label = parsed.kb.label(race)
    if not label.startswith(FIRST_ROUND) or not ahead(verb) or not _counted(verb):
        return race
    second = SECOND_ROUND + label[len(FIRST_ROUND):]
    rounds = CLASSES["ElectionRound"]
    hits = [i for i in parsed.kb.index.get(name_tokens(second), ()) if parsed.kb.is_a(i, rounds)]
    if hits:
        return hits[0]
    key = NEW + slug(second)
    if key not in parsed.proposals:
        entity = CandidateEntity(key, second, rounds, example=verb.sent.text)
        parsed.proposals[key] = entity
        parsed.kb.candidates[key] = entity
    return key


def _counted(verb) -> bool:
    """Whether the first round has been counted where the contest is told: its sentence gives
    a share of the vote or speaks of finalists ("obtiene el 38,2% y se medirá con Y"); "en
    octubre se enfrentará a Y" may be the first round itself."""
    doc = verb.doc
    start = max(verb.sent.start - 1, 0)
    start = doc[start].sent.start if start < verb.sent.start else start
    return any(t.text.endswith("%") or fold(t.lower_) in _RESULTS
               for t in doc[start:verb.sent.end])


def ahead(verb) -> bool:
    """"se medirá", "va a enfrentarse": a future tense or "ir a" with the infinitive."""
    if verb.morph.get("Tense") == ["Fut"]:
        return True
    return verb.morph.get("VerbForm") == ["Inf"] and verb.head != verb and \
        verb.head.lemma_ == "ir" and verb.head.morph.get("Tense") in (["Pres"], ["Fut"])
