"""Rivals listed after a colon, of someone the text made a candidate: "Enfrente tendrá a dos
rivales de peso: el exalcalde X y la senadora Y", "Sus adversarios: A y B". Each rival runs in
the race of the candidate they are set against (the candidacy the text gave that candidate in
the sentence or the two before) and is their opponent. A rival noun with no candidate near, or
a denied one ("no tendrá rivales: ..."), says nothing. Rivals told without a colon ("se
presentó como su única adversaria") are left to the contest readers: many are no race's."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.reading import fold

_RIVAL_NOUNS = {"rival", "rivales", "adversario", "adversaria", "adversarios", "adversarias",
                "contrincante", "contrincantes", "oponente", "oponentes", "contendiente",
                "contendientes", "competidor", "competidora", "competidores", "competidoras"}
_DENIAL = {"no", "ningun", "ninguno", "ninguna", "sin", "nunca"}
_SENTENCES = 2  # how far back the candidate's candidacy still frames the rivals


def rival_list_claims(parsed, found: list[Found]) -> list[Found]:
    running: dict[str, list[tuple[int, End]]] = {}
    for claim in found:
        if claim.relation == "candidateIn" and not claim.negated and \
                parsed.is_person(claim.subject.key):
            running.setdefault(claim.subject.key, []).append((claim.trigger, claim.object))
    out: list[Found] = []
    for token in parsed.doc:
        if token.text == ":":
            out += _colon_rivals(parsed, running, token)
    return out


def _rival_noun(parsed, start: int, end: int):
    """The rival noun between tokens `start` and `end`, unless denied or another person is
    named after it (the colon then explains something else)."""
    doc = parsed.doc
    noun = None
    for t in doc[start:end]:
        if fold(t.lower_) in _DENIAL:
            return None
        if fold(t.lower_) in _RIVAL_NOUNS and t.pos_ in ("NOUN", "ADJ", "PROPN"):
            noun = t
        elif noun is not None and parsed.mention(t) is not None and \
                parsed.is_person(parsed.mention(t).key):
            return None
    return noun


def _candidate_before(parsed, running, index: int, exclude: set[str]):
    """The person the text made a candidate last before token `index`, in its sentence or the
    two before, with the race it gave them."""
    here = parsed.sentence_of(parsed.doc[index])
    best = None
    for person, candidacies in running.items():
        if person in exclude:
            continue
        for trigger, race in candidacies:
            if trigger < index and 0 <= here - parsed.sentence_of(parsed.doc[trigger]) <= \
                    _SENTENCES and (best is None or trigger > best[0]):
                best = (trigger, person, race)
    return best


def _colon_rivals(parsed, running, colon) -> list[Found]:
    sentence = colon.sent
    noun = _rival_noun(parsed, max(sentence.start, colon.i - 12), colon.i)
    if noun is None:
        return []
    listed = {}
    for m in parsed.linked.mentions:
        if colon.i < m.start < sentence.end and parsed.is_person(m.key):
            listed.setdefault(m.key, m)
    if not listed:
        return []
    best = _candidate_before(parsed, running, colon.i, set(listed))
    if best is None:
        return []
    trigger, person, race = best
    subject = End(person, trigger, trigger, reference=True)
    out = []
    for mention in listed.values():
        rival = End.of(mention)
        out += _pair(parsed, running, subject, rival, race, colon.i)
    return out


def _pair(parsed, running, candidate: End, rival: End, race: End, trigger: int) -> list[Found]:
    out = []
    if all(r.key != race.key for _, r in running.get(rival.key, ())) and \
            parsed.kb.fits("candidateIn", rival.key, race.key):
        out.append(Found("candidateIn", rival, End(race.key, trigger, trigger), 0.55, "list",
                         trigger))
    if rival.key != candidate.key and parsed.kb.fits("opponentOf", candidate.key, rival.key):
        out.append(Found("opponentOf", candidate, rival, 0.55, "list", trigger,
                         {"context": race.key}))
    return out
