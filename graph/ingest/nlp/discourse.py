"""Claims whose ends only the discourse gives: a role standing for a person named sentences
before ("el candidato republicano", "la representante del oficialismo"), a pair ("ambos"), a
speaker's "nosotros", a vote count read against the election of the day, a list hanging on
"donde destacan". The rule extractor's discourse reader resolves these; its claims are kept
here only when they rest on such a resolution (or on a vote count), never for what the parse
reads on its own."""

from __future__ import annotations

from graph.ingest.knowledge import Knowledge
from graph.ingest.model import Candidate, Document
from graph.ingest.nlp.our_party import speaks_as_the_party
from graph.ingest.rules import extractor as rules

# Families of the rule extractor's claims, by the method that made them.
ROLE = "reference:role"
VOTES = "reference:votes"
LIST = "reference:list"
WE = "reference:we"
PARTY_OF = "reference:party-of"
CONTEXT = "reference:context"  # a cue whose subject or object came from the discourse
CONTEST = "reference:contest"


class _Tagged(rules._Run):
    """The rule extractor's run, each claim tagged with what found its ends."""

    def __init__(self, kb, document):
        super().__init__(kb, document)
        self._by_context = False

    def _subjects(self, *args, **kwargs):
        found, by_context = super()._subjects(*args, **kwargs)
        self._by_context = self._by_context or (by_context and bool(found))
        return found, by_context

    def _objects(self, *args, **kwargs):
        found, by_context = super()._objects(*args, **kwargs)
        self._by_context = self._by_context or (by_context and bool(found))
        return found, by_context

    def _apply(self, cue, match, folded, mentions, quotes, speaker):
        self._by_context = False
        raws = super()._apply(cue, match, folded, mentions, quotes, speaker)
        anaphoric = self._by_context or any(
            m.anaphoric and set(m.keys) & {r.subject, r.object}
            for r in raws for m in mentions if m.start < match.end() + 60)
        for raw in raws:
            if cue.slots in ("contest", "result"):
                raw.cue = CONTEST
            elif anaphoric:
                raw.cue = CONTEXT
        return raws

    def _roles(self, mentions):
        raws = super()._roles(mentions)
        anaphoric = {(m.start, m.end) for m in mentions if m.anaphoric}
        for raw in raws:
            raw.cue = ROLE if raw.position in anaphoric else "title"
        return raws

    def _vote_shares(self, folded, mentions, times):
        return _tag(super()._vote_shares(folded, mentions, times), VOTES)

    def _where_lists(self, folded, mentions):
        return _tag(super()._where_lists(folded, mentions), LIST)

    def _party_of(self, folded, mentions):
        return _tag(super()._party_of(folded, mentions), PARTY_OF)

    def _we_the_party(self, folded, mentions, quotes, speaker):
        raws = super()._we_the_party(folded, mentions, quotes, speaker)
        return _tag([r for r in raws if any(
            a < r.position[0] < b and speaks_as_the_party(folded, (a, b), r.position)
            for a, b in quotes)], WE)

    def _party_adjective_names(self, folded, mentions):
        return _tag(super()._party_adjective_names(folded, mentions), "title")


def _tag(raws, cue: str):
    for raw in raws:
        raw.cue = cue
    return raws


def discourse_claims(document: Document, knowledge: Knowledge,
                     families: frozenset[str]) -> list[Candidate]:
    """The rule extractor's claims of the given families on `document`."""
    kb = knowledge.for_document()
    run = _Tagged(kb, document)
    for sentence in document.sentences:
        run.sentence(sentence)
    kept = [c for c in run.result().candidates if c.cue in families]
    for candidate in kept:
        candidate.confidence = round(candidate.confidence * 0.9, 2)
    return kept, kb.candidates
