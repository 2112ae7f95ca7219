"""A party one ran for, dated by the run when the title's own words date a race already held:
"Xóchitl Gálvez, candidata del PAN en 2024", "que fue candidato de LLA en las legislativas de
octubre de 2025" say whom the person stood for then, not now. A candidacy still ahead, or one
dated only by the sentence around the title ("En 2023, X fue el candidato de Vox"), leaves the
party undated, as any title does: it holds beyond the race."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.ingest.nlp.election_nouns import is_election_noun

_TITLES = ("copula", "apposition")


def ran_for_datings(parsed, found: list, datings: list) -> list:
    """The datings of `found` (one per claim), a party one stood for given the date of the
    candidacy the same title states, when the title's words date a race held before the
    article's year."""
    year = parsed.document.anchor.year
    if not year:
        return datings
    datings = [_in_race_year(parsed, c, d) for c, d in zip(found, datings, strict=True)]
    runs = {(c.subject.key, c.trigger): d for c, d in zip(found, datings, strict=True)
            if c.relation == "candidateIn" and not c.negated and d.date and
            int(d.date[:4]) < year and _race_year(parsed, c.object.key) == d.date[:4] and
            _in_title(parsed, c.trigger, d.expression)}
    return [runs.get((c.subject.key, c.trigger), d) if c.relation == "represents" and
            c.cue in _TITLES and not d.date else d for c, d in zip(found, datings, strict=True)]


def _race_year(parsed, key: str) -> str:
    return parsed.kb.label(key)[-4:]


def _in_title(parsed, trigger: int, expression: str | None) -> bool:
    """Whether the time `expression` is written in the title's phrase after its noun (up to
    the next verb): "candidata del PAN en 2024", not "En 2023, ... como candidato"."""
    doc = parsed.doc
    stop = next((t.i for t in doc[trigger + 1:doc[trigger].sent.end] if t.pos_ == "VERB"),
                doc[trigger].sent.end)
    return bool(expression) and expression in doc[trigger + 1:stop].text


def _in_race_year(parsed, claim, dating):
    """A run dated by a day or a month its text gives no year ("en las legislativas del 8 de
    marzo") is dated in the year of the race it names: the race's year was read with the
    tense and the calendar, the bare day only by its distance to the article's."""
    if claim.relation != "candidateIn" or not dating.date or not dating.expression or \
            re.search(r"\b(19|20)\d\d\b", dating.expression):
        return dating
    race = _race_year(parsed, claim.object.key)
    if not race.isdigit() or race == dating.date[:4] or dating.date[4:10] == "-02-29" or \
            not _of_the_vote(parsed, claim.trigger, dating.expression):
        return dating
    return replace(dating, date=race + dating.date[4:])


def _of_the_vote(parsed, trigger: int, expression: str) -> bool:
    """Whether the time `expression` of the trigger's sentence is the vote's own day or month,
    written after an election's noun ("las legislativas del 8 de marzo"), not an act's ("se
    inscribió el 23 de diciembre")."""
    sentence = parsed.doc[trigger].sent
    at = sentence.text.find(expression)
    if at < 0:
        return False
    start = sentence.start_char + at
    before = [t for t in sentence if t.idx < start][-4:]
    return any(is_election_noun(t) for t in before) and bool(before) and \
        before[-1].lower_ in ("de", "del", "el")
