"""A meeting set at an occasion the sentence says one of its parties attended: "Rocío de Meer,
que asistió al foro como observadora, se fotografió con ella al término del acto" is of the
forum's day, the date the attendance was given."""

from __future__ import annotations

from graph.ingest.model import Candidate
from graph.ingest.nlp.narrative import at_occasion

_MEETINGS = ("met", "contactWith")


def date_at_occasions(candidates: list[Candidate]) -> None:
    attended: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for candidate in candidates:
        if candidate.relation == "participatedIn" and candidate.date and \
                not candidate.negated and candidate.evidence:
            key = (candidate.evidence[0].quote, candidate.subject_key)
            attended.setdefault(key, set()).add((candidate.date, candidate.date_precision))
    for candidate in candidates:
        if candidate.relation not in _MEETINGS or candidate.date or candidate.negated or \
                not candidate.evidence or not at_occasion(candidate.evidence[0].quote):
            continue
        quote = candidate.evidence[0].quote
        dates = set().union(*(attended.get((quote, end), set())
                              for end in (candidate.subject_key, candidate.object_key)))
        if len(dates) == 1:  # one occasion, one day
            candidate.date, candidate.date_precision = next(iter(dates))
