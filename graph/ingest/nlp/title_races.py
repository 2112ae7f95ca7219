"""The races a candidate's or a rival's title places its holder in: "el candidato del Partido
Nacional" (the election its phrase, its office or its sentence names), "la excandidata
presidencial" (the last presidential race held), "fue rival de Kast en la primera vuelta"
(both ran in that round)."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.offices import Title
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import role_kind


def title_race_claims(reader, title: Title, person: End, organizations: list[End],
                      events: list[End], base: float, cue: str, qualifiers: dict) -> list[Found]:
    parsed, doc, kb = reader.parsed, reader.doc, reader.kb
    kind = role_kind(title.word)
    found: list[Found] = []

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
    if kind == "candidate":
        if not events:
            events = parsed.elections.in_phrase(doc[title.token]) or \
                parsed.elections.office_race(doc[title.token])
        for event in events:
            add("candidateIn", event, base)
        if not events:
            # "A tres días de las elecciones del domingo, el candidato del Partido Nacional,
            # X": the one election its sentence named before (else the text's, in a year)
            for event in parsed.elections.in_sentence(title.first) or \
                    parsed.elections.of_year(doc[title.token]):
                add("candidateIn", event, base - 0.1)
        if parsed.elections.presidency_named(title.token, title.last):
            # "la excandidata presidencial": the last race held, not one ahead
            key = (parsed.elections.last_presidential if title.former else
                   parsed.elections.presidential)(
                doc[title.token], title.countries[0] if title.countries else None)
            if key:
                add("candidateIn", End(key, title.first, title.last), base - 0.1)
    return found
