"""The races a candidate's or a rival's title places its holder in: "el candidato del Partido
Nacional" (the election its phrase, its office or its sentence names), "la excandidata
presidencial" (the last presidential race held), "fue rival de Kast en la primera vuelta"
(both ran in that round)."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, PARTY, ROUND, name_tokens
from graph.ingest.nlp.common_races import as_told
from graph.ingest.nlp.election_kinds import FIRST_ROUND, PRESIDENTIAL, SECOND_ROUND
from graph.ingest.nlp.election_nouns import year_of
from graph.ingest.nlp.elections import party_bearer
from graph.ingest.nlp.fellow_candidates import fellow_candidates_race
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.offices import Title
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import role_kind
from graph.ingest.reading import fold


def title_race_claims(reader, title: Title, person: End, organizations: list[End],
                      events: list[End], base: float, cue: str, qualifiers: dict) -> list[Found]:
    parsed, doc, kb = reader.parsed, reader.doc, reader.kb
    kind = role_kind(title.word)
    found: list[Found] = []
    events = as_told(parsed, events)  # "en la primera vuelta" of another country's graph race

    def add(relation, target: End, confidence):
        if target.key != person.key and kb.fits(relation, person.key, target.key):
            found.append(Found(relation, person, target, confidence, cue, title.token,
                               dict(qualifiers), dated=True))

    if kind == "rival":
        # "fue rival de Kast en la primera vuelta": both ran in the race of the phrase
        for race in parsed.elections.in_phrase(doc[title.token]):
            add("candidateIn", race, base - 0.1)
            found += [Found("candidateIn", rival, race, base - 0.1, cue, title.token,
                            dated=True) for rival in organizations
                      if parsed.is_person(rival.key) and rival.key != person.key and
                      kb.fits("candidateIn", rival.key, race.key)]
    # "X, abanderada del Centro Democrático": a party's standard-bearer is its candidate; of a
    # cause ("abanderado de la libertad") they are none
    bearer = party_bearer(doc[title.token]) and any(
        kb.is_a(o.key, PARTY) or kb.is_a(o.key, COALITION) for o in organizations)
    if kind == "candidate" or bearer:
        if not events:
            events = parsed.elections.in_phrase(doc[title.token])
            office = parsed.elections.office_race(doc[title.token])
            if not events or office and _presidential(kb, events) and \
                    not _presidential(kb, office):
                # "candidata a la gobernación de Santa Fe en las elecciones de 2027": the
                # office the title names is the race, not the presidency a general vote fills
                events = office
        for event in events:
            add("candidateIn", event, base)
        if not events:
            # "A tres días de las elecciones del domingo, el candidato del Partido Nacional,
            # X": the one election its sentence named before (else the text's, in a year)
            presidential = parsed.elections.presidency_named(title.token, title.last)
            for event in parsed.elections.in_sentence(title.first) or \
                    parsed.elections.of_year(doc[title.token]) or \
                    fellow_candidates_race(parsed, doc[title.token], title.former) or \
                    _office_run_before(parsed, title):
                # "cuyo candidato presidencial, el senador X": not the legislative race the
                # text is about, whatever it names most
                if not presidential or kb.label(event.key).startswith(
                        (PRESIDENTIAL, FIRST_ROUND, SECOND_ROUND)):
                    add("candidateIn", event, base - 0.1)
        if parsed.elections.presidency_named(title.token, title.last) and not (
                events and _presidential(kb, events)):
            # "la excandidata presidencial": the last race held, not one ahead (a phrase that
            # named the presidential race, "en aquellas elecciones", has said which one)
            # "excandidato presidencial en 2009": the race of the year the title gives
            # ("la última aspirante presidencial de la oposición": the one of the last race)
            held = title.former or any(fold(t.lower_) in ("ultimo", "ultima")
                                       for t in doc[title.first:title.token]) or \
                _preterite_copula(doc[title.token])
            key = (parsed.elections.last_presidential if held and not _dated(
                doc, title) else parsed.elections.presidential)(
                doc[title.token], title.countries[0] if title.countries else None)
            key = round_of_title(parsed, doc[title.token], key) if key else None
            if key:
                add("candidateIn", End(key, title.first, title.last), base - 0.1)
    return found


def _office_run_before(parsed, title: Title) -> list[End]:
    """"convertir una campaña a gobernador en una fiesta: llevar a X, el candidato
    republicano, hasta la mansión": the office its sentence, or the one before, runs for."""
    doc = parsed.doc
    start = doc[title.first].sent.start
    start = doc[start - 1].sent.start if start else start
    runs = [t for t in doc[start:title.first] if fold(t.lower_) in _CAMPAIGNS and
            t.i + 1 < title.first and doc[t.i + 1].lower_ in ("a", "al")]
    key = parsed.elections.for_office(runs[-1].nbor(1).head) if runs and \
        runs[-1].nbor(1).head.i > runs[-1].i else None
    return [End(key, title.first, title.last)] if key else []


_CAMPAIGNS = {"campana", "carrera"}


def _preterite_copula(token) -> bool:
    """"Fue candidata presidencial y perdió": a title told in the preterite is a run that is
    over (the imperfect, "era candidata", may tell one still under way)."""
    return any(c.dep_ == "cop" and c.morph.get("Tense") == ["Past"] for c in token.children)


def _dated(doc, title: Title) -> bool:
    """Whether the title's own words give a year ("excandidato presidencial en 2009")."""
    return any(year_of(t.text) and t.i > title.token and t.nbor(-1).lower_ in ("en", "de")
               for t in doc[title.first:title.last + 1])


def _presidential(kb, races: list[End]) -> bool:
    return all(kb.label(r.key).startswith(PRESIDENTIAL + " de ") for r in races)


_CLAUSES = {"acl:relcl", "conj", "parataxis", "advcl", "ccomp"}


def round_of_title(parsed, token, election: str) -> str:
    """"candidato presidencial derrotado por X en el balotaje de 2024": the round the title's
    own phrase names is the race, not the whole election (of the same country and year)."""
    label = parsed.kb.label(election)
    if not label.startswith(PRESIDENTIAL + " de "):
        return election
    # the title's own words and participles, not a relative clause on it ("el postulante
    # a la Presidencia, que lidera las encuestas para la primera vuelta")
    # nor a clause coordinated with the title's copula ("fue candidata presidencial y quedó
    # fuera de la segunda vuelta": the round she did not reach)
    own = [t for c in token.children if c.dep_ not in _CLAUSES and not any(
        g.dep_ == "nsubj" or g.lower_ == "que" for g in c.children) for t in c.subtree]
    for t in sorted(own, key=lambda t: t.i):
        word = fold(t.lower_)
        second = word in ("balotaje", "ballotage") or word == "vuelta" and t.i and \
            fold(t.doc[t.i - 1].lower_) == "segunda"
        first = word == "vuelta" and t.i and fold(t.doc[t.i - 1].lower_) == "primera"
        if t.i > token.i and (first or second):
            name = (SECOND_ROUND if second else FIRST_ROUND) + label[len(PRESIDENTIAL):]
            hits = [i for i in parsed.kb.index.get(name_tokens(name), ())
                    if parsed.kb.is_a(i, ROUND)]
            return hits[0] if hits else parsed.elections._propose(name, ROUND, t)
    return election
