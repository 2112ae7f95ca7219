"""Who a title or a told clause stands for when the parse alone does not say: the one who was
acting just before, the teller of a reported clause, and the country of the place a title
names, when anything knows it.

A title opening a sentence as its subject, right after a sentence that named one person
("Tampoco estuvo el presidente del partido, Mateusz Morawiecki. El ex primer ministro de
Polonia conversó el jueves con Keup"), is an epithet: the press goes on about the one it has
just named by what it has not said of them yet (a former office, a country), so it is that
person's, not another person of that country named paragraphs before ("el eurodiputado polaco
Adam Bielan"); not when the text gave the one just named a country the epithet contradicts,
or a gender it does not fit."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz


def goes_on_acting(reading, token, key: str, fitting: set[str]) -> bool:
    """Whether a title that is its clause's subject goes on with the one person it fits who
    was the subject just before, in its sentence or the one before ("X se reunió con Kast
    [...]. «…», dijo la exalcaldesa": X, not another woman named in passing)."""
    if not token.dep_.startswith("nsubj"):
        return False
    here = reading.sentence_of(token.idx)
    acting = {k for start, k in reading.subjects.get(here - 1, [])} | {
        k for start, k in reading.subjects.get(here, []) if start < token.i}
    return acting & fitting == {key}


def place_country(reading, key: str) -> str | None:
    """The country of a place in a title; none when neither the gazetteer nor the graph knows
    where it is ("la exalcaldesa de Providencia" is not of a country "Providencia")."""
    label = reading.kb.label(key)
    if gz.place(label) is not None:
        return country_of(label)
    known = reading.kb.country(key)
    return reading.kb.label(known) if known else None


def country_of(label: str) -> str:
    """The country a town or province is in; a country's own name."""
    found = gz.place(label)
    return found.country if found is not None and found.kind != "country" and \
        found.country else label


def tellers(token, verb) -> list:
    """The subjects of the clause that tells the one `verb` heads, when the small model took
    its complementizer for that verb's subject ("Van Grieken contó a los periodistas que habla
    con el neerlandés": the one who tells it speaks)."""
    if verb.dep_ == "ccomp" and token.dep_ in ("obj", "obl", "iobj") and any(
            c.dep_.startswith("nsubj") and c.lower_ == "que" and c.i < verb.i
            for c in verb.children):
        return list(verb.head.children)
    if verb.dep_ in ("ccomp", "xcomp") and token.dep_ in ("obj", "obl", "iobj") and any(
            t.morph.get("VerbForm") == ["Inf"] for t in [verb, *verb.children]
            if t == verb or t.dep_ == "aux"):
        # "X dijo haber hablado con el presidente": the infinitive's subject is the teller's
        return list(verb.head.children)
    return []


def epithet_of(reading, token, labels: set[str], gender: str | None,
               nearest: list[tuple[int, str]], introduced: list[tuple[int, str]]):
    """The persons a description surely fits (`introduced`), or the one just named before it
    when it is such an epithet and the one person it fits was named farther back."""
    if len(introduced) != 1 or introduced[0][1] in {k for _, k in nearest}:
        return introduced
    key = _last_named(reading, token, labels, gender, nearest)
    return [(s, k) for s, k in nearest[:1] if k == key] or introduced


def _last_named(reading, token, labels: set[str], gender: str | None,
                nearest: list[tuple[int, str]]) -> str | None:
    if not token.dep_.startswith("nsubj") or not nearest or \
            min(t.i for t in token.subtree) != token.sent.start:
        return None
    here = reading.sentence_of(token.idx)
    start, key = nearest[0]
    before = {k for s, k in nearest if reading.sentence_of(reading.doc[s].idx) == here - 1}
    if before != {key}:
        return None  # of two persons there, the epithet says no more which one
    if gender and not reading.gender_fits(key, gender):
        return None
    country = reading._country(key, labels)
    return key if country is None or country in labels else None
