"""Candidacies in several years at once: "fue candidata a la presidencia en 2011, 2016 y
2021", "se presentó a las presidenciales de 2017 y 2021". The parse reads the race with its
first year; each year coordinated with it is the same race held then."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.election_nouns import year_of
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End


def coordinated_years(parsed, found: list[Found]) -> list[Found]:
    """The claims of the years coordinated with the year of each candidacy found; a title's
    own year first ("la candidata de Vox en 2022" in a story on the race of 2026 is the
    candidate of the race of 2022)."""
    more: list[Found] = []
    for claim in found:
        if claim.relation != "candidateIn" or claim.negated:
            continue
        own = [year_of(c.text) for c in parsed.doc[claim.trigger].children if c.dep_ == "obl" and
               year_of(c.text) and any(m.lower_ == "en" for m in c.children)]
        label = parsed.kb.label(claim.object.key)
        if own and year_of(label.rsplit(" ", 1)[-1]) not in (None, own[0]):
            claim.object = End(parsed.elections.in_year(claim.object.key, own[0],
                                                        parsed.doc[claim.trigger]),
                               claim.object.first, claim.object.last)
            label = parsed.kb.label(claim.object.key)
        year = year_of(label.rsplit(" ", 1)[-1])
        sentence = parsed.doc[claim.trigger].sent
        first = next((t for t in sentence if year_of(t.text) == year), None)
        if first is None:
            continue
        listed = [c for c in first.children if c.dep_ == "conj"] + _listed_after(first)
        for other in {t.i: t for t in listed}.values():
            when = year_of(other.text)
            if when is None or when == year:
                continue
            key = parsed.elections.in_year(claim.object.key, when, other)
            more.append(replace(claim, object=End(key, other.i, other.i),
                                qualifiers=dict(claim.qualifiers), dated=False))
    return more


def _listed_after(year):
    """"en las europeas de 2019 y de 2024", "de 2005 y 2014": the years listed right after
    one, read on the tokens (the small model may hang the second year anywhere), not one
    that opens a clause of its own."""
    doc, end = year.doc, year.sent.end
    found, i = [], year.i + 1
    while i + 1 < end and doc[i].lower_ in ("y", "e", ","):
        i += 1 + (doc[i + 1].lower_ in ("de", "en"))
        if i >= end or not year_of(doc[i].text) or doc[i].head.pos_ in ("VERB", "AUX") and \
                doc[i].head.i > i:
            break  # "en 2021 y en 2016 ocupó un escaño": the year of another clause
        found.append(doc[i])
        i += 1
    return found
