"""Candidates that say the same thing (same ends, relation and polarity, no conflicting date)
become one candidate with several evidence rows."""

from __future__ import annotations

from graph.ingest.knowledge import Knowledge
from graph.ingest.model import Candidate


def same_claim(old: Candidate, new: Candidate, kb: Knowledge) -> bool:
    spec = kb.relations.get(new.relation)
    symmetric = bool(spec and spec.symmetric)
    ends = (old.subject_key, old.object_key)
    same_ends = ends == (new.subject_key, new.object_key) or (
        symmetric and ends == (new.object_key, new.subject_key))
    if not (same_ends and old.relation == new.relation and old.negated == new.negated):
        return False
    return not (old.date and new.date and old.date != new.date)


def merge(candidates: list[Candidate], new: Candidate, kb: Knowledge) -> None:
    for old in candidates:
        if not same_claim(old, new, kb):
            continue
        quotes = [e.quote for e in old.evidence]
        for row in new.evidence:
            if row.quote not in quotes:
                old.evidence.append(row)
            else:
                kept = old.evidence[quotes.index(row.quote)]
                if kept.attributed_to is None and row.attributed_to:
                    kept.attributed_to, kept.attributed_to_key = (row.attributed_to,
                                                                  row.attributed_to_key)
        # Two sources of evidence for one claim make it likelier, never certain.
        old.confidence = round(min(max(old.confidence, new.confidence) + 0.03, 0.99), 2)
        old.take_missing(new)
        return
    candidates.append(new)
