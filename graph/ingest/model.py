"""What extraction produces (candidate claims and entities) and the protocol an extractor meets."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from graph.ingest.reading import Sentence, split_sentences
from graph.ingest.temporal import Anchor

if TYPE_CHECKING:
    from graph.ingest.knowledge import Knowledge

NEW = "new:"  # key prefix of a candidate entity, one the graph does not hold yet


@dataclass
class Document:
    """An article as extractors see it."""

    text: str
    anchor: Anchor
    source: str | None = None  # the source IRI once registered
    sentences: list[Sentence] = field(default_factory=list)

    def __post_init__(self):
        if not self.sentences:
            self.sentences = split_sentences(self.text)


@dataclass
class CandidateEntity:
    key: str  # "new:<slug>"
    label: str
    cls: str  # class IRI
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1
    example: str = ""  # a sentence naming it

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class EvidenceRow:
    quote: str
    attributed_to: str | None = None  # label
    attributed_to_key: str | None = None  # entity IRI or "new:..." key

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Candidate:
    """One proposed claim. Ends are keys: an entity IRI, or NEW + slug for a candidate entity."""

    subject: str
    subject_key: str
    relation: str
    object: str
    object_key: str
    confidence: float
    evidence: list[EvidenceRow]
    date: str | None = None  # ISO form whose length gives the precision
    date_precision: str | None = None
    date_expression: str | None = None
    since: bool = False  # the date starts a period (kg:startDate)
    negated: bool = False
    qualifiers: dict = field(default_factory=dict)
    cue: str = ""  # the pattern that produced it
    number: int = 0
    status: str = "pending"  # pending, accepted, rejected
    claim: str | None = None  # the claim IRI it became

    def take_missing(self, other: Candidate) -> None:
        """Fill what this candidate lacks (a date, the words that date it, qualifiers) from
        `other`, a candidate saying the same thing."""
        if self.date is None and other.date:
            self.date, self.date_precision = other.date, other.date_precision
            self.date_expression, self.since = other.date_expression, other.since
        elif self.date_expression is None and other.date_expression:
            self.date_expression = other.date_expression
        for name, value in other.qualifiers.items():
            self.qualifiers.setdefault(name, value)

    @property
    def subject_id(self) -> str | None:
        return None if self.subject_key.startswith(NEW) else self.subject_key

    @property
    def object_id(self) -> str | None:
        return None if self.object_key.startswith(NEW) else self.object_key

    def row(self) -> dict:
        """The printed form: the keys the command line promises, then the details."""
        first = self.evidence[0] if self.evidence else EvidenceRow("")
        return {
            "number": self.number,
            "subject": self.subject,
            "subject_id": self.subject_id,
            "relation": self.relation,
            "object": self.object,
            "object_id": self.object_id,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_expression": self.date_expression,
            "confidence": self.confidence,
            "pattern": self.cue,
            "evidence": first.quote,
            "attributed_to": first.attributed_to,
            "negated": self.negated,
            "qualifiers": self.qualifiers,
            "status": self.status,
        }

    def as_dict(self) -> dict:
        data = asdict(self)
        data["evidence"] = [e.as_dict() for e in self.evidence]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Candidate:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["evidence"] = [EvidenceRow(**e) for e in data.get("evidence", [])]
        return cls(**known)


@dataclass
class Extraction:
    candidates: list[Candidate]
    entities: list[CandidateEntity]


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns a document into candidate claims. The rule-based extractor is the
    default; a model-backed one only has to meet this protocol and be registered under the
    `kgraph.extractors` entry-point group (or passed to the library functions)."""

    name: str

    def extract(self, document: Document, knowledge: Knowledge) -> Extraction: ...
