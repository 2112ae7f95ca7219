"""Rivals in a race: "Asfura se enfrenta a la oficialista Rixi Moncada", "Ruz se medirá con
Vial" in a story on an election say that both run in it. The race is the one the text already
gave either of them, else the one it spoke of in the sentence or the few before."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY
from graph.ingest.nlp.contest_scope import race_in_scope
from graph.ingest.nlp.election_nouns import heads_election
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.faced_candidacies import faced_candidacy_claims
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.office_objects import office_object
from graph.ingest.nlp.office_races import office_races
from graph.ingest.nlp.runoffs import runoff_after
from graph.ingest.reading import fold

# Verbs of an electoral contest between two people; "criticar" or "acusar" make rivals too,
# but not in a race.
CONTEST = {"enfrentar", "medir", "disputar", "competir", "rivalizar"}
# and of its outcome: "derrotó a X en el balotaje", "perdió frente a Y", "se impuso a Z"
_OUTCOME = {"derrotar", "vencer", "batir", "imponer", "perder", "ganar"}
# contests that are no election the graph names: a party's own primary, a vote in a chamber
_OTHER_CONTESTS = {"consulta", "interna", "votacion", "pulso", "duelo", "batalla", "pugna"}
_SENTENCES = 3  # how far back a candidacy or a race still frames the contest


def running_before(parsed, verb) -> str | None:
    """The dropped subject of a contest verb ("Se medirá con Jara en la segunda vuelta"): the
    last person named in it or the two sentences before whom the text already made a candidate,
    rather than whoever acted last (the one who endorsed them, who congratulated them)."""
    if verb.lemma_.lower() not in CONTEST:
        return None
    here = parsed.sentence_of(verb)
    named = [m for m in parsed.linked.mentions if m.start < verb.i and
             0 <= here - parsed.sentence_of(parsed.doc[m.start]) <= 2 and
             m.key in parsed.candidates_named and
             all(c.i not in range(m.start, m.end) for c in verb.subtree)]
    return named[-1].key if named else None


def running_in_race(parsed, verb) -> list[End]:
    """The dropped subject of a contest in a relative clause on a race ("la candidatura de X
    para las elecciones de junio, en las que se enfrentará a Y"): the candidate its sentence
    named before it, not the party that announced them."""
    # the small model may hang the relative on the candidacy or on the main verb
    if verb.lemma_.lower() not in CONTEST or verb.dep_ not in ("acl", "acl:relcl", "advcl") or \
            not any(c.dep_ == "obl" and fold(c.lower_) in ("que", "cuales", "donde") and (
                c.lower_ == "donde" or any(p.lower_ == "en" for p in c.children))
                    for c in verb.children):
        return []
    races = [t for t in verb.sent if t.i < verb.i and heads_election(t)]
    if not races or verb.doc[races[-1].i + 1:verb.i].text.count(",") != 1:
        return []  # the relative must follow the race: "las elecciones de junio, en las que"
    sentence = verb.sent
    named = [m for m in parsed.linked.mentions if sentence.start <= m.start < races[-1].i and
             parsed.is_person(m.key) and m.key in parsed.candidates_named]
    return [End(named[-1].key, named[-1].start, named[-1].end - 1)] if named else []


def race_rival_claims(parsed, found: list[Found]) -> list[Found]:
    running = {}  # person -> [(trigger, race End)] of the candidacies found
    for claim in found:
        if claim.relation == "candidateIn" and not claim.negated:
            running.setdefault(claim.subject.key, []).append((claim.trigger, claim.object))
    out: list[Found] = []
    for claim in found:
        if claim.relation != "opponentOf" or claim.negated or \
                claim.cue.split(":", 1)[-1] not in CONTEST | _OUTCOME or not (
                parsed.is_person(claim.subject.key) and parsed.is_person(claim.object.key)):
            continue
        race = _race(parsed, running, claim)
        if race is None:
            out += _office_candidacies(parsed, found, running, claim)
            continue
        if not _outcome_of(parsed, claim, race) or not race_in_scope(
                parsed, parsed.doc[claim.trigger], parsed.kb.label(race)):
            continue
        runoff = runoff_after(parsed, race, parsed.doc[claim.trigger])
        for end in (claim.subject, claim.object):
            for key in dict.fromkeys((race, runoff)):
                if all(r.key != key for _, r in running.get(end.key, ())):
                    # a finalist ran in the round before, on a day the clause does not give
                    out.append(Found("candidateIn", end, End(key, claim.trigger, claim.trigger),
                                     min(claim.confidence, 0.6), claim.cue, claim.trigger,
                                     dict(claim.qualifiers), dated=key == runoff))
    return out + faced_candidacy_claims(parsed, found)


def _office_candidacies(parsed, found: list[Found], running: dict, claim: Found) -> list[Found]:
    """"compitió contra ella en 2021 y 2023" with no race told: the races of those years for
    the office one of them holds, when neither was made a candidate already."""
    if claim.cue.split(":", 1)[-1] not in CONTEST or any(
            running.get(end.key) for end in (claim.subject, claim.object)):
        return []
    out = []
    for race in office_races(parsed, found, claim):
        if race_in_scope(parsed, parsed.doc[claim.trigger], parsed.kb.label(race.key)):
            out += [Found("candidateIn", end, race, min(claim.confidence, 0.6), claim.cue,
                          claim.trigger, dict(claim.qualifiers)) for end in
                    (claim.subject, claim.object)]
    return out


def _outcome_of(parsed, claim: Found, race: str) -> bool:
    """Whether the race a win or a defeat is read in is the one its clause names, if it names
    one: "le ganó la consulta interna" is not won in the presidential race the text is on."""
    verb = parsed.doc[claim.trigger]
    if claim.cue.split(":", 1)[-1] not in _OUTCOME:
        return True
    contests = [t for t in verb.subtree if heads_election(t) or (
        t.pos_ == "NOUN" and fold(t.lower_) in _OTHER_CONTESTS)]
    return not contests or any(parsed.elections.named(t) == race for t in contests)


def _race(parsed, running: dict, claim: Found) -> str | None:
    office = office_object(parsed.doc[claim.trigger])
    key = parsed.elections.for_office(office) if office is not None else None
    if key:
        return key  # "le disputa la alcaldía de Lyon": the race of the office at stake
    here = parsed.sentence_of(parsed.doc[claim.trigger])
    races = {race.key for person in (claim.subject.key, claim.object.key)
             for trigger, race in running.get(person, ())
             if 0 <= here - parsed.sentence_of(parsed.doc[trigger]) <= _SENTENCES}
    if len(races) == 1:
        return races.pop()
    if races:
        return None  # two races for the pair: which one this contest is in is not said
    race = parsed.elections.before(claim.trigger)
    if race is None:
        return None
    # "En Francia, X compite con Y" after a paragraph on Italy's election: another country
    label = parsed.kb.label(race)
    sentence = parsed.doc[claim.trigger].sent
    elsewhere = any(m.start >= sentence.start and m.end <= sentence.end and
                    parsed.kb.is_a(m.key, COUNTRY) and parsed.kb.label(m.key) not in label
                    for m in parsed.linked.mentions)
    return None if elsewhere else race
