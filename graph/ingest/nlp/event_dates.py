"""One date per event in a document: the programme of a summit is often listed sentences
after the one that dates it ("La cumbre se celebró ayer en Toledo. ... Intervinieron X e
Y"), so a participation the text leaves undated takes the date its other participations in
the same event were given."""

from __future__ import annotations

from collections import Counter

from graph.ingest.model import Candidate


def share_event_dates(candidates: list[Candidate]) -> None:
    for candidate in candidates:
        if candidate.relation in ("participatedIn", "invitedTo") and candidate.since and \
                candidate.date_precision == "year":
            # "eurodiputado desde 2024", "organizada desde 1990": a state's start, not when one
            # took part in a gathering ("desde hoy" opens a forum of several days, though)
            candidate.date = candidate.date_precision = candidate.date_expression = None
            candidate.since = False
    dated: dict[str, Counter] = {}
    for candidate in candidates:
        if candidate.relation == "participatedIn" and candidate.date and not candidate.negated:
            dated.setdefault(candidate.object_key, Counter())[
                (candidate.date, candidate.date_precision)] += 1
    for candidate in candidates:
        if candidate.relation != "participatedIn" or candidate.date or \
                candidate.object_key not in dated:
            continue
        (date, precision), count = dated[candidate.object_key].most_common(1)[0]
        if count * 2 > sum(dated[candidate.object_key].values()):
            # the date most of its participations were given, when most agree
            candidate.date, candidate.date_precision = date, precision
    # "intervino en marzo en X, invitado por Y": the guest's invitation is told with the
    # participation it brought, and dated with it
    took_part = {(c.subject_key, c.object_key): (c.date, c.date_precision) for c in candidates
                 if c.relation == "participatedIn" and c.date and not c.negated}
    for candidate in candidates:
        if candidate.relation == "invitedTo" and not candidate.date and \
                candidate.cue == "passive:invitado" and \
                (candidate.subject_key, candidate.object_key) in took_part:
            candidate.date, candidate.date_precision = took_part[
                (candidate.subject_key, candidate.object_key)]
