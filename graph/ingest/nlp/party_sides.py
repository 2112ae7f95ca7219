"""Fellow members of a party who meet someone together are one side of the meeting: "Abascal y
Garriga se reunieron en la sede con el presidente de la Cámara de Comercio" says that both Vox
leaders met him, not that they met each other (they came together, a delegation of their
party). Politicians of different parties meeting a third ("Buxadé y Frazão se reunieron con
X") are sides of their own that met too, and so are those sharing a meal ("almorzaron con"),
who sit at one table: only a meeting's verb or noun, with a "con" phrase naming the other
side, makes co-subjects of one party one side."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma

_TIES = ("leaderOf", "memberOf", "represents")
# what holding a meeting is called: a meal, a visit or a photograph is done with each other
_MEETING = {"reunir", "reunirse", "entrevistar", "entrevistarse", "reunion", "encuentro"}


def without_party_sides(parsed, found: list[Found]) -> list[Found]:
    parties: dict[str, set[str]] = {}
    for claim in found:
        if claim.relation in _TIES and not claim.negated and \
                not claim.qualifiers.get("former") and parsed.kb.is_a(claim.object.key, PARTY):
            parties.setdefault(claim.subject.key, set()).add(claim.object.key)
    return [c for c in found if not (
        c.relation == "met" and not c.negated and
        parties.get(c.subject.key, set()) & parties.get(c.object.key, set()) and
        _one_side(parsed, c))]


def _one_side(parsed, claim: Found) -> bool:
    """Whether both ends of the claim are subjects of a meeting's verb, or of the verb whose
    object is a meeting's noun, that names whom they met after "con"."""
    verb = parsed.doc[claim.trigger]
    if folded_lemma(verb) not in _MEETING:
        return False
    if verb.pos_ == "NOUN":  # "mantuvieron una reunión con X"
        others = [c for c in verb.children if preposition(c) == "con"]
        verb = verb.head
    else:
        others = []
    others += [c for c in verb.children if preposition(c) == "con"]
    if not others:
        return False
    subjects = {e.key for e in subject_ends(parsed, verb)}
    return {claim.subject.key, claim.object.key} <= subjects
