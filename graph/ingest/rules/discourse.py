"""Discourse context: what the text has said so far, and how names, pronouns, roles and pairs
resolve against it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graph.ingest.knowledge import PARTY, PERSON, Knowledge
from graph.ingest.mentions import Mention, MentionFinder
from graph.ingest.model import Document
from graph.ingest.reading import Sentence
from graph.ingest.rules.cues import LEADING_CLAUSE

if TYPE_CHECKING:
    from graph.ingest.rules.claims import Raw


@dataclass
class Discourse:
    """What the text has said so far: who it is about, who was named, the last pair."""

    focus: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)
    pair: tuple[str, str] | None = None
    gender: dict[str, str] = field(default_factory=dict)
    affiliation: dict[str, str] = field(default_factory=dict)  # party -> person
    parties: list[str] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)  # persons last claimed about

    def mention(self, key: str) -> None:
        if key in self.recent:
            self.recent.remove(key)
        self.recent.append(key)


class DiscourseReader:
    """One document read sentence by sentence: the knowledge, the mention finder and the
    discourse state that later sentences resolve against."""

    def __init__(self, kb: Knowledge, document: Document):
        self.kb = kb
        self.document = document
        self.finder = MentionFinder(kb, document.anchor)
        self.state = Discourse()
        self.sentences = document.sentences

    def _resolve(self, mentions: list[Mention], sentence: Sentence) -> None:
        subject_here: str | None = None
        for mention in mentions:
            if mention.kind == "name" and len(mention.keys) > 1:
                # "Ferrer" when two Ferrers are known: the one the text named last.
                recent = [k for k in reversed(self.state.recent) if k in mention.keys]
                mention.keys = (recent[0],) if recent else ()
            if mention.kind == "pair":
                if self.state.pair:
                    mention.keys = self.state.pair
            elif mention.kind == "possessive":
                if self.state.focus:
                    mention.keys = (self.state.focus[0],)
                # "su candidatura" as an object: whoever was last the object of a claim
                mention.context = list(self.state.recent) + self.state.objects[-1:]
            elif mention.kind == "role":
                exclude = {subject_here} if mention.prep and subject_here else set()
                key = self._antecedent(mention, exclude, sentence)
                if key:
                    mention.keys = (key,)
            if mention.key and mention.gender and self.kb.is_a(mention.key, PERSON):
                self.state.gender.setdefault(mention.key, mention.gender)
            if mention.key and not mention.prep and subject_here is None and \
                    self.finder.is_agent(mention.key):
                subject_here = mention.key
            if mention.key and self.finder.is_agent(mention.key):
                self.state.mention(mention.key)
            elif mention.kind == "pair":
                for key in mention.keys:
                    self.state.mention(key)

    def _antecedent(self, mention: Mention, exclude: set[str], sentence: Sentence) -> str | None:
        role = mention.role
        wanted_party = self._role_party(role)
        demonym = next((c for c in map(self.finder.demonym_country, role.adjectives) if c), None)
        pool = [k for k in reversed(self.state.recent) if self.kb.is_a(k, PERSON)]
        if not pool:
            pool = self._later_persons(sentence)  # "Así lo comunicó el candidato ..." opens
        best, best_score = None, None
        for rank, key in enumerate(pool):
            if key in exclude:
                continue
            gender = self.state.gender.get(key)
            if mention.gender and gender and gender != mention.gender:
                continue
            score = -rank * 0.5
            if self.state.focus and key == self.state.focus[0]:
                score += 2
            if wanted_party:
                known = [p for p, person in self.state.affiliation.items() if person == key]
                if wanted_party in known:
                    score += 4
                elif known:
                    score -= 4
            if demonym:
                country = self.kb.country(key)
                score += 2 if country == demonym else (-5 if country else 0)
            if best_score is None or score > best_score:
                best, best_score = key, score
        return best

    def _later_persons(self, sentence: Sentence) -> list[str]:
        found: list[str] = []
        for later in self.sentences[sentence.index + 1: sentence.index + 4]:
            for mention in self.finder.find(later):
                if mention.kind == "name" and mention.key and self.kb.is_a(mention.key, PERSON):
                    if mention.key not in found:
                        found.append(mention.key)
        return found

    def _role_party(self, role) -> str | None:
        if role is None:
            return None
        if role.of and self.kb.is_a(role.of, PARTY):
            return role.of
        for adjective in role.adjectives:
            if adjective in self.finder.party_adjectives:
                return self.finder.party_adjectives[adjective]
        return None

    def _speaker(self, mentions: list[Mention], quotes) -> str | None:
        if not quotes:
            return None
        for mention in mentions:
            if not mention.in_quote and not mention.prep and mention.key and \
                    self.kb.is_a(mention.key, PERSON):
                return mention.key
        return self.state.focus[0] if self.state.focus else None

    def _update(self, mentions: list[Mention], kept: list[Raw], folded: str) -> None:
        lead = LEADING_CLAUSE.match(folded)
        skip_to = lead.end() if lead else 0
        subject = next((m for m in mentions if m.start >= skip_to and not m.prep and
                        not m.in_quote and m.keys and all(self.finder.is_agent(k) for k in m.keys)
                        and m.kind != "possessive"), None)
        if subject is not None and all(self.kb.is_a(k, PERSON) for k in subject.keys):
            self.state.focus = list(subject.keys)
        persons = [r for r in kept if self.kb.is_a(r.subject, PERSON) and
                   self.kb.is_a(r.object, PERSON)]
        if persons:
            self.state.pair = (persons[-1].subject, persons[-1].object)
        else:
            named = []
            for mention in mentions:
                for key in mention.keys:
                    if self.kb.is_a(key, PERSON) and key not in named:
                        named.append(key)
            if len(named) >= 2:
                self.state.pair = (named[0], named[1])
        for raw in kept:
            if self.kb.is_a(raw.object, PERSON):
                self.state.objects.append(raw.object)
            if raw.relation in ("memberOf", "leaderOf") and self.kb.is_a(raw.object, PARTY):
                self.state.affiliation.setdefault(raw.object, raw.subject)
        for mention in mentions:
            if mention.key and self.kb.is_a(mention.key, PARTY):
                self.state.parties.append(mention.key)

