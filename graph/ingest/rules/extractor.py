"""The extractor: every sentence of a document through the rules, each claim dated by the time
expression nearest its cue, and claims that say the same merged into one candidate."""

from __future__ import annotations

from graph.ingest.knowledge import PERSON, Knowledge
from graph.ingest.mentions import quote_spans
from graph.ingest.model import NEW, Candidate, Document, EvidenceRow, Extraction
from graph.ingest.reading import Sentence, fold
from graph.ingest.rules.claims import Raw, SentenceRules, nearest, span_distance
from graph.ingest.rules.cues import CUES
from graph.ingest.temporal import TimeExpression, find_times


class RuleExtractor:
    """Spanish cues and context rules; `extract` meets the Extractor protocol."""

    name = "rules"

    def extract(self, document: Document, knowledge: Knowledge) -> Extraction:
        kb = knowledge.for_document()
        run = _Run(kb, document)
        for sentence in document.sentences:
            run.sentence(sentence)
        return run.result()


class _Run(SentenceRules):
    def __init__(self, kb: Knowledge, document: Document):
        super().__init__(kb, document)
        self.candidates: list[Candidate] = []

    # ------------------------------------------------------------ per sentence

    def sentence(self, sentence: Sentence) -> None:
        text = sentence.text
        folded = fold(text)
        mentions = self.finder.find(sentence)
        self._resolve(mentions, sentence)
        quotes = quote_spans(text)
        speaker = self._speaker(mentions, quotes)
        times = find_times(text, self.document.anchor)
        raws: list[Raw] = []
        for cue in CUES:
            for match in cue.pattern.finditer(folded):
                raws += self._apply(cue, match, folded, mentions, quotes, speaker)
        raws += self._roles(mentions)
        raws += self._party_adjective_names(folded, mentions)
        raws += self._vote_shares(folded, mentions, times)
        raws += self._where_lists(folded, mentions)
        raws += self._party_of(folded, mentions)
        raws += self._we_the_party(folded, mentions, quotes, speaker)
        self._attribute(raws, folded, mentions, quotes, speaker)
        kept = self._check(raws)
        dated = [r.position for r in kept if r.dated]
        owned = {}
        for time in times:
            # A time expression dates the cue nearest to it, not every claim of the sentence.
            owner = min(dated, key=lambda p: span_distance(time, p), default=None)
            owned.setdefault(owner, []).append(time)
        for raw in kept:
            self._add(raw, sentence, owned.get(raw.position, []))
        self._update(mentions, kept, folded)

    # ------------------------------------------------------------ candidates

    def _add(self, raw: Raw, sentence: Sentence, times: list[TimeExpression]) -> None:
        near = nearest(times, raw.position) if raw.dated else None
        date = precision = expression = None
        since = False
        if near is not None:
            expression = near.text
            if near.date:
                date, precision, since = near.date.iso, near.date.precision, near.since
        elif raw.event_date is not None:
            date, precision = raw.event_date.iso, raw.event_date.precision
        context = raw.qualifiers.get("context")
        if date is None and near is None and context and self.kb.date(context):
            event_date = self.kb.date(context)
            date, precision = event_date.iso, event_date.precision
        evidence = EvidenceRow(
            sentence.text, self.kb.label(raw.attributed) if raw.attributed else None,
            raw.attributed)
        penalty = 0.85 if NEW in raw.subject[:4] or NEW in raw.object[:4] else 1
        candidate = Candidate(
            subject=self.kb.label(raw.subject), subject_key=raw.subject,
            relation=raw.relation, object=self.kb.label(raw.object), object_key=raw.object,
            confidence=round(min(raw.confidence * penalty, 0.99), 2), evidence=[evidence],
            date=date, date_precision=precision, date_expression=expression, since=since,
            negated=raw.negated, qualifiers=dict(raw.qualifiers), cue=raw.cue,
        )
        self._merge(candidate)

    def _merge(self, new: Candidate) -> None:
        symmetric = self.kb.relations[new.relation].symmetric
        for old in self.candidates:
            ends = (old.subject_key, old.object_key)
            same_ends = ends == (new.subject_key, new.object_key) or (
                symmetric and ends == (new.object_key, new.subject_key))
            if not (same_ends and old.relation == new.relation and old.negated == new.negated):
                continue
            if old.date and new.date and old.date != new.date:
                continue
            if new.evidence[0].quote not in [e.quote for e in old.evidence]:
                old.evidence.append(new.evidence[0])
            old.confidence = max(old.confidence, new.confidence)
            old.take_missing(new)
            return
        self.candidates.append(new)

    def result(self) -> Extraction:
        used = {k for c in self.candidates for k in (c.subject_key, c.object_key)}
        used |= {e.attributed_to_key for c in self.candidates for e in c.evidence
                 if e.attributed_to_key}
        entities = [e for e in self.kb.candidates.values() if e.key in used or e.mentions > 1
                    or e.cls != PERSON or len(e.label.split()) >= 2]
        for number, candidate in enumerate(self.candidates, start=1):
            candidate.number = number
        return Extraction(self.candidates, sorted(entities, key=lambda e: e.label))


