"""A title between two names is one person's: "el eurodiputado X, la vicepresidenta del RN,
Y, y ..." hangs "la vicepresidenta" on X and on Y, but the article and the noun say a woman
holds it. When the title's own gender fits one of the names it is read for and not another,
the other is not its holder."""

from __future__ import annotations

from graph.ingest.nlp.ends import gender_of
from graph.ingest.nlp.found import Found


def gendered_titles(parsed, found: list[Found]) -> list[Found]:
    """The claims, without those of an apposed title whose gender does not fit its subject
    while it fits another subject the same title is read for."""
    by_title: dict[int, set[str]] = {}
    for claim in found:
        if claim.cue == "apposition":
            by_title.setdefault(claim.trigger, set()).add(claim.subject.key)
    unfit: set[tuple[int, str]] = set()
    for trigger, subjects in by_title.items():
        if len(subjects) < 2:
            continue
        gender = gender_of(parsed.doc[trigger])
        if not gender:
            continue
        fitting = {s for s in subjects if parsed.is_person(s) and parsed.gender_fits(s, gender)
                   and (parsed.gender.get(s) or parsed.named_gender.get(s))}
        if fitting:
            unfit |= {(trigger, s) for s in subjects - fitting}
    return [c for c in found
            if c.cue != "apposition" or (c.trigger, c.subject.key) not in unfit]
