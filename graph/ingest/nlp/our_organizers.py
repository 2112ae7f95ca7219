"""An event a speaker says "we" organize is organized by the speaker's party, not the speaker:
"con el que organizamos en junio el Foro X", "lo convocamos cada año" in an interview's answer
name the body the speaker speaks for, the one party the text ties them to. With none, the
claim stays as read."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.our_allies import party_of_person
from graph.ingest.nlp.parsed import Parsed


def ours_organized(parsed: Parsed, found: list[Found]) -> list[Found]:
    out = []
    for claim in found:
        organizer = claim.object
        if claim.relation == "organizedBy" and parsed.is_person(organizer.key) and \
                _we(parsed.doc[claim.trigger]):
            party = party_of_person(parsed, found, organizer.key)
            if party is not None:
                claim = replace(claim, object=End(party, organizer.first, organizer.last,
                                                  reference=True, distance=organizer.distance))
        out.append(claim)
    return out


def _we(verb) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.morph.get("Person") == ["1"] and \
        verb.morph.get("Number") == ["Plur"]
