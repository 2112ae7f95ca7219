"""Support given to one against another: "respaldó a Fujimori frente a Castillo", "apoyó a Kast
contra Jara". The one supported and the one it is given against are rivals, and when the
sentence names the race they face each other in, both ran in it."""

from __future__ import annotations

from graph.ingest.nlp.clause_objects import arguments
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed

_AGAINST = frozenset({"frente a", "contra"})


def against_claims(parsed: Parsed, verb, found: list[Found]) -> list[Found]:
    supported = [f for f in found if f.relation == "endorsed" and not f.negated and
                 f.trigger == verb.i and parsed.is_person(f.object.key)]
    if not supported:
        return []
    rivals = [e for e in arguments(parsed, verb, _AGAINST) if parsed.is_person(e.key)]
    races = parsed.elections.in_sentence(verb.i)
    out: list[Found] = []
    for claim in supported:
        for rival in rivals:
            if rival.key == claim.object.key or rival.key == claim.subject.key or \
                    not parsed.kb.fits("opponentOf", claim.object.key, rival.key):
                continue
            out.append(Found("opponentOf", claim.object, rival, 0.6, claim.cue, verb.i))
            for end in (claim.object, rival):
                out += [Found("candidateIn", end, End(race.key, race.first, race.last), 0.55,
                              claim.cue, verb.i) for race in races
                        if parsed.kb.fits("candidateIn", end.key, race.key)]
    return out
