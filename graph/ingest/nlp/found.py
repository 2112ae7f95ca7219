"""A claim found on the parse, before it is dated, quoted and merged."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.ingest.nlp.parsed import End


@dataclass
class Found:
    relation: str
    subject: End
    object: End
    confidence: float
    cue: str  # the pattern: verb:<lemma>, nominal:<noun>, apposition, copula, title, passive...
    trigger: int  # the token that states it
    qualifiers: dict = field(default_factory=dict)
    negated: bool = False
    dated: bool = True  # roles and memberships hold beyond the sentence's time words
    attributed: str | None = None

    @property
    def tokens(self) -> tuple[int, int]:
        """The first and last token the claim rests on: its trigger and both ends."""
        points = [self.trigger, self.subject.first, self.subject.last, self.object.first,
                  self.object.last]
        return min(points), max(points)
