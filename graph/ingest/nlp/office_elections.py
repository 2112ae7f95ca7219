"""An office run for in a race the text names after it: "candidata a la presidencia en las
autonómicas de 2023", "aspirante a la presidencia en las regionales de Arequipa", "candidato
a la Presidencia de la Junta en las andaluzas". The presidency of a region, an autonomous city
or a town is won in that place's race, which the election phrase names: never the country's
presidential race."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.election_kinds import (
    FIRST_ROUND,
    OFFICE_KINDS,
    PRESIDENTIAL,
    REGION_GOVERNMENTS,
    SECOND_ROUND,
    kind_of,
    national_house,
    region_of,
)
from graph.ingest.nlp.election_nouns import heads_election
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# Words that may stand between an office and the "en" of its race: the office's own
# complement ("de la Junta", "del Gobierno autonómico") and articles
_BETWEEN = {"de", "del", "la", "el", "los", "las", "junta", "generalitat", "xunta",
            "gobierno", "comunidad", "ciudad", "autonoma", "autonomo", "autonomico",
            "autonomica", "regional", "consell", "principado", "cabildo", "region",
            "diputacion", "provincia", "provincial"}
_BEFORE_RACE = {"en", "para"}
_ARTICLES = {"la", "las", "el", "los", "unas", "unos", "esas", "estas", "aquellas"}
# Adjectives of a race held in a province, a state or a district, not the country's
_SUBNATIONAL = ("provincial", "departamental", "estatal", "estaduales", "cantonal", "distrital",
                "comunal", "seccional", "insular", "cabildo")
# Kinds a presidency's own race may be without being the country's presidential one
_NOT_NATIONAL = {PRESIDENTIAL, FIRST_ROUND, SECOND_ROUND, None}


def race_after_office(office):
    """The election noun heading the "en las ..." phrase right after the office noun `office`
    ("a la presidencia en las autonómicas"), when that race is not a presidential one, else
    None. Only the office's own words may come between (no comma, no verb)."""
    doc, end = office.doc, office.sent.end
    i = office.i + 1
    while i < end and (fold(doc[i].lower_) in _BETWEEN or doc[i].text[:1].isupper() and
                       doc[i].pos_ == "PROPN"):
        i += 1
    if i >= end or fold(doc[i].lower_) not in _BEFORE_RACE:
        return None
    i += 1
    while i < end and fold(doc[i].lower_) in _ARTICLES:
        i += 1
    if i >= end or not heads_election(doc[i]):
        return None
    words = [t.text for t in doc[i:min(i + 4, end)]]
    regional = region_of(words, demonyms=True) or sub_national(words)
    return doc[i] if regional or kind_of(words) not in _NOT_NATIONAL else None


def sub_national(words: list[str]) -> bool:
    """Whether an election phrase's words hold a province's, a state's or a district's race:
    "las elecciones provinciales", "los comicios departamentales" are no country's."""
    return any(fold(w.lower()).startswith(_SUBNATIONAL) for w in words)


def region_government(token) -> bool:
    """"candidato a la Junta", "candidata a la Xunta": a Spanish region's government, won in
    the region's race (a provincial "Diputación" is chosen by the town councillors)."""
    return token.text[:1].isupper() and fold(token.lower_) in REGION_GOVERNMENTS - {
        "diputacion"}


def state_government(token) -> bool:
    """"candidato al gobierno de Goiás", "al gobierno de Jujuy": a federal state's or a
    province's government, won in its governor's race."""
    doc = token.doc
    if fold(token.lower_) != "gobierno" or token.i + 2 >= len(doc) or \
            doc[token.i + 1].lower_ not in ("de", "del"):
        return False
    for end in (token.i + 4, token.i + 3):
        found = gz.place(doc[token.i + 2:min(end, len(doc))].text)
        if found is not None:
            return found.kind == "state"
    return False


def office_after(title) -> object | None:
    """The office a title of running names after words of its own: "candidato oficial de LLA
    a la gobernación", "aspirante por firmas a la Presidencia", "candidato a primer ministro"
    (its party, its adjectives, how it runs, before the office)."""
    doc = title.doc
    for t in doc[title.i + 1:min(title.i + 9, title.sent.end - 1)]:
        if t.pos_ in ("VERB", "AUX", "PRON") or t.text in (",", ";", ":", ".") or \
                t.lower_ in ("y", "e", "que"):
            return None
        if fold(t.lower_) not in ("a", "al"):
            continue
        office = doc[t.i + 1]
        if office.pos_ == "DET" and t.lower_ == "a":
            office = doc[office.i + 1]
        if fold(office.lower_) in ("primer", "primera") and office.i + 1 < len(doc):
            office = doc[office.i + 1]
        known = fold(office.lower_) in OFFICE_KINDS or folded_lemma(office) in OFFICE_KINDS
        return office if known or prime_minister(office) or region_government(office) \
            or national_house(office) or state_government(office) else None
    return None


def prime_minister(token) -> bool:
    return fold(token.lower_) in ("ministro", "ministra") and token.i > 0 and \
        fold(token.nbor(-1).lower_) in ("primer", "primera")
