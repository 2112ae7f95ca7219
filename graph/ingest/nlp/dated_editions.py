"""One year's edition of a series named by the noun "edición": "la edición 2026 de la CPAC",
"la edición de 2025 del Foro Madrid", "la CPAC de este año"... The series' name and the year
name that edition, a new event, as "CPAC Brasil 2025" does."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import SERIES
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp.ends import METONYM
from graph.ingest.reading import fold

_BETWEEN = {"de", "del", "la", "el", "los", "las"}


def dated_editions(parsed) -> None:
    """Record the editions a year and "edición" name before a series' mention: the mention
    then stands for that edition."""
    doc = parsed.doc
    for mention in parsed.linked.mentions:
        if mention.kind == METONYM or not parsed.kb.is_a(mention.key, SERIES) or \
                mention.start in parsed._event_at:
            continue
        year = _year_before(doc, mention.start)
        if year is None:
            continue
        label = f"{doc[mention.start:mention.end].text} {year.text}"
        key = NEW + slug(label)
        if key not in parsed.proposals:
            entity = CandidateEntity(key, label, parsed._edition_class(mention.key),
                                     example=doc[mention.start].sent.text)
            parsed.proposals[key] = entity
            parsed.kb.candidates[key] = entity
        parsed.named_events.setdefault(key, mention.start)
        # the series named bare elsewhere in the text is that year's edition it is about,
        # unless the text dates two of them
        dated = parsed.editions.setdefault(mention.key, key)
        if dated != key:
            parsed.editions[mention.key] = ""
        for index in range(mention.start, mention.end):
            parsed._event_at[index] = (key, (mention.start, mention.end - 1))


def _year_before(doc, start: int):
    """The year of "la edición 2026 de la X", "la edición de 2026 de la X"."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in _BETWEEN:
        i -= 1
    if i < 1 or not _is_year(doc[i]):
        return None
    year = doc[i]
    i -= 1
    if i >= 0 and doc[i].lower_ == "de":
        i -= 1
    return year if i >= 0 and fold(doc[i].lower_) in ("edicion", "version") else None


def _is_year(token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.startswith(("19", "20"))


# claims about one gathering, which a series' bare name in a report on one edition stands for
_AT_ONE = {"participatedIn", "invitedTo"}


def editions_for_series(parsed, found: list) -> list:
    """"También asistió a la CPAC X" in a report on "la edición 2026 de la CPAC": the series'
    bare name stands for the one edition of it the text dates."""
    out = []
    for claim in found:
        edition = parsed.editions.get(claim.object.key) if claim.relation in _AT_ONE else None
        out.append(replace(claim, object=replace(claim.object, key=edition)) if edition else
                   claim)
    return out
