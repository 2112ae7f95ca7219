"""An ally a speaker calls "ours" is their party's: "«Vox es nuestro aliado más fiel», dijo X",
"«el PP será nuestro socio»", "AfD no es nuestra aliada" in an interview's answer. The first
person plural speaks for the party the speaker leads or belongs to, when the text gives one;
"mi aliado" stays the speaker's own."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.clauses import first_person_speaker
from graph.ingest.nlp.copula_titles import party_of
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.reading import fold

_OURS = {"nuestro", "nuestra", "nuestros", "nuestras"}
_TIES = ("leaderOf", "memberOf", "represents")


def ours_as_party(parsed: Parsed, found: list[Found]) -> list[Found]:
    out = []
    for claim in found:
        if claim.relation == "allied" and _said_ours(parsed, claim):
            for side in _speaker_sides(parsed, claim):
                end = getattr(claim, side)
                party = party_of_person(parsed, found, end.key)
                other = claim.object if side == "subject" else claim.subject
                if party is not None and party != other.key:
                    claim = replace(claim, **{side: End(party, end.first, end.last,
                                                        reference=True, distance=end.distance)})
                    break
        out.append(claim)
    return out


def _speaker_sides(parsed: Parsed, claim: Found) -> tuple[str, ...]:
    """The end that speaks, when the sentence says who does: "«Frigerio es nuestro socio»,
    dijo Zoff" is Zoff's party's ally, not Frigerio's ally Zoff's; else either end."""
    noun = parsed.doc[claim.trigger]
    speakers = {e.key for e in first_person_speaker(parsed, noun)}
    sides = tuple(side for side in ("subject", "object") if getattr(claim, side).key in speakers)
    return sides or ("subject", "object")


def _said_ours(parsed: Parsed, claim: Found) -> bool:
    """Whether the claim's title of alliance is "ours" ("nuestro aliado", "nuestros socios")."""
    noun = parsed.doc[claim.trigger]
    return any(c.dep_ == "det" and fold(c.lower_) in _OURS for c in noun.children)


def party_of_person(parsed: Parsed, found: list[Found], person: str) -> str | None:
    """The one party the text ties `person` to, leading it first."""
    if not parsed.is_person(person):
        return None
    for relation in _TIES:
        parties = {c.object.key for c in found if c.relation == relation and not c.negated
                   and c.subject.key == person and parsed.kb.is_a(c.object.key, PARTY)}
        if len(parties) == 1:
            return parties.pop()
        if parties:
            return None
    return party_of(parsed, person)  # one the text tied them to otherwise
