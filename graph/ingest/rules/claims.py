"""What one sentence claims: the cues applied, the rules beyond cues (roles, vote shares, lists,
"nosotros"), attribution, negation, and the checks against domains and ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.ingest.knowledge import AGENT, COALITION, EVENT, OFFICE, ORGANIZATION, PARTY, PERSON
from graph.ingest.mentions import Mention
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.rules.cues import (
    ACCORDING,
    DENIAL,
    NEGATION,
    NOT_VOTES,
    PARTY_OF,
    PERCENT,
    PHONE,
    SAYS,
    WE,
    WHERE_LIST,
    Cue,
)
from graph.ingest.rules.slots import SlotFiller
from graph.ingest.temporal import TimeExpression, find_times


@dataclass
class Raw:
    """A claim found in one sentence, before merging."""

    relation: str
    subject: str
    object: str
    confidence: float
    position: tuple[int, int]  # the cue, in the sentence
    cue: str
    qualifiers: dict = field(default_factory=dict)
    attributed: str | None = None
    negated: bool = False
    event_date: object = None  # a dated event fixes the claim's date when the text does not
    dated: bool = True  # False: what a role says holds beyond the sentence's time words


class SentenceRules(SlotFiller):
    """The claims of one sentence, before they are dated and merged."""

    def _apply(self, cue: Cue, match, folded, mentions, quotes, speaker) -> list[Raw]:
        spec = self.kb.relations.get(cue.relation)
        if spec is None:
            return []
        start, end = match.span()
        span = (start, end)
        text = folded[start:end].strip()
        if cue.slots == "passive":
            event = next((m for m in reversed(mentions) if m.start < start and m.key and
                          self.kb.is_a(m.key, EVENT) and m.end >= start - 40), None)
            objects, _ = self._objects(end, folded, mentions, spec.range, set())
            if event is None or not objects:
                return []
            return [Raw(cue.relation, event.key, objects[0], cue.confidence, span, text)]
        if cue.slots == "active_organizer":
            agents, by_context = self._subjects(start, folded, mentions, quotes, speaker, AGENT)
            events, _ = self._objects(end, folded, mentions, EVENT, set())
            confidence = cue.confidence * (0.85 if by_context else 1)
            return [Raw(cue.relation, e, a, confidence, span, text)
                    for e in events[:1] for a in agents[:1]]
        if cue.slots == "invite":
            guests, _ = self._objects(end, folded, mentions, AGENT, set())
            if not guests:
                return []
            guest_end = max(m.end for m in mentions if guests[0] in m.keys and m.start >= end)
            events, _ = self._objects(guest_end, folded, mentions, EVENT, set())
            return [Raw(cue.relation, guests[0], e, cue.confidence, span, text) for e in events]
        if cue.slots == "contest":
            return self._contest(cue, match, folded, mentions, quotes, speaker)
        if cue.slots == "result":
            subjects, by_context = self._subjects(start, folded, mentions, quotes, speaker, PERSON)
            election = next((m.key for m in mentions if m.key and self._is_election(m.key)
                             and 0 <= m.start - end <= 12), None)
            if election is None:
                times = find_times(folded, self.document.anchor)
                near = nearest(times, span)
                day = near.date.start if near and near.date and near.date.precision == "day" \
                    else self.document.anchor.day
                election = self.finder.election_on(day)
            if election is None:
                return []
            return [Raw("candidateIn", s, election, cue.confidence * (0.85 if by_context else 1),
                        span, text, event_date=self.kb.date(election)) for s in subjects[:1]]
        if cue.slots == "reverse":
            objects, obj_ctx = self._subjects(start, folded, mentions, quotes, speaker, spec.range)
            subjects, _ = self._objects(end, folded, mentions, spec.domain, set(objects))
            return [Raw(cue.relation, s, o, cue.confidence * (0.85 if obj_ctx else 1), span, text)
                    for s in subjects[:1] for o in objects[:1]]
        subjects, subj_ctx = self._subjects(start, folded, mentions, quotes, speaker, spec.domain)
        if not subjects:
            return []
        objects, obj_ctx = self._objects(end, folded, mentions, spec.range, set(subjects))
        if not objects:
            objects = self._relative_objects(start, folded, mentions, spec.range, subjects)
        confidence = cue.confidence * (0.85 if subj_ctx else 1) * (0.85 if obj_ctx else 1)
        qualifiers = {}
        mode = cue.mode or ("PhoneCall" if cue.relation == "contactWith" and
                            PHONE.search(folded[start:min(len(folded), end + 30)]) else None)
        if mode:
            qualifiers["mode"] = mode
        raws = []
        if objects:
            for s in subjects:
                for o in objects:
                    raws.append(Raw(cue.relation, s, o, confidence, span, text, dict(qualifiers)))
        elif cue.pair_ok and len(subjects) >= 2 and spec.symmetric:
            raws.append(Raw(cue.relation, subjects[0], subjects[1], confidence, span, text,
                            dict(qualifiers)))
        return raws

    def _contest(self, cue, match, folded, mentions, quotes, speaker) -> list[Raw]:
        start, end = match.span()
        event = next((m for m in mentions if m.start == end and m.key and
                      self._is_election(m.key)), None)
        if event is None:
            return []
        subjects, by_context = self._subjects(start, folded, mentions, quotes, speaker, PERSON)
        confidence = cue.confidence * (0.85 if by_context else 1)
        text = folded[start:end].strip()
        date = self.kb.date(event.key)
        raws = [Raw("candidateIn", s, event.key, confidence, (start, end), text, event_date=date)
                for s in subjects]
        if len(subjects) == 2:
            raws.append(Raw("opponentOf", subjects[0], subjects[1], confidence * 0.9, (start, end),
                            text, {"context": event.key}, event_date=date))
        return raws

    # ------------------------------------------------------------ rules beyond cues

    def _roles(self, mentions: list[Mention]) -> list[Raw]:
        """What a role says of whoever holds it: "la candidata del Partido Comunista",
        "la exministra Evelyn Matthei", "el líder republicano"."""
        raws = []
        for mention in mentions:
            role, person = mention.role, mention.key
            if role is None or person is None or not self.kb.is_a(person, PERSON):
                continue
            span = (mention.start, mention.end)
            confidence = 0.7 if mention.anaphoric else 0.8
            party = self._role_party(role)
            target = role.of if role.of and self.kb.is_a(role.of, ORGANIZATION) else party
            if role.kind == "office":
                office, new_label = self.finder.office(role, person)
                if office is None and new_label:
                    office = self._new_entity(new_label, OFFICE, mention.text)
                if office:
                    qualifiers = {"former": True} if role.former else {}
                    raws.append(Raw("holdsOffice", person, office, confidence, span, role.word,
                                    qualifiers))
                if target and self.kb.is_a(target, ORGANIZATION) and role.of is not None:
                    raws.append(Raw("leaderOf", person, target, confidence * 0.9, span, role.word))
                continue
            if target is None:
                continue
            relation = {
                "candidate": "represents" if self.kb.is_a(target, COALITION) else "memberOf",
                "representative": "represents",
                "leader": "leaderOf",
                "member": "memberOf",
                "ally": "allied",
                "rival": "opponentOf",
            }.get(role.kind)
            if relation is None:
                continue
            qualifiers = {"former": True} if role.former else {}
            raws.append(Raw(relation, person, target, confidence, span, role.word, qualifiers))
        for raw in raws:
            raw.dated = False
        return raws

    def _party_adjective_names(self, folded, mentions) -> list[Raw]:
        """"la solidaria Inés Ferrer": a party's adjective before a name."""
        raws = []
        for mention in mentions:
            if mention.role or not (mention.key and self.kb.is_a(mention.key, PERSON)):
                continue
            match = re.search(r"\b(?:el|la|los|las|al|del)\s+(\w+)\s+$", folded[:mention.start])
            party = self.finder.party_adjectives.get(match.group(1)) if match else None
            if party:
                raws.append(Raw("memberOf", mention.key, party, 0.65,
                                (match.start(), mention.end), match.group(1), dated=False))
        return raws

    def _vote_shares(self, folded, mentions, times) -> list[Raw]:
        raws = []
        percents = list(PERCENT.finditer(folded))
        for index, match in enumerate(percents):
            if NOT_VOTES.match(folded, match.end()):
                continue
            floor = percents[index - 1].end() if index else 0
            person = next((m for m in reversed(mentions)
                           if floor <= m.start and m.end <= match.start() and m.key and
                           self.kb.is_a(m.key, PERSON) and match.start() - m.end <= 100), None)
            if person is None:
                continue
            near = nearest(times, match.span())
            day = near.date.start if near and near.date and near.date.precision == "day" else \
                self.document.anchor.day
            election = self.finder.election_on(day)
            if election is None:
                continue
            share = float(match.group(1).replace(",", "."))
            raws.append(Raw("candidateIn", person.key, election, 0.75, match.span(),
                            match.group(), {"voteShare": share},
                            event_date=self.kb.date(election)))
        return raws

    def _where_lists(self, folded, mentions) -> list[Raw]:
        """"el entramado global de derechas, donde destacan Trump, Meloni y Bukele"."""
        raws = []
        for match in WHERE_LIST.finditer(folded):
            place = next((m for m in reversed(mentions) if m.end <= match.start() and m.key and
                          self.kb.is_a(m.key, ORGANIZATION)), None)
            if place is None or not re.fullmatch(r"\s*", folded[place.end:match.start()]):
                continue
            members, _ = self._objects(match.end(), folded, mentions, AGENT, {place.key})
            raws += [Raw("memberOf", k, place.key, 0.7, match.span(), "donde destacan")
                     for k in members]
        return raws

    def _party_of(self, folded, mentions) -> list[Raw]:
        """"el partido de Abascal": one of its members (it says whose party, not who leads
        it), for the party the text is about."""
        raws = []
        for mention in mentions:
            if not (mention.key and self.kb.is_a(mention.key, PERSON)):
                continue
            if not PARTY_OF.search(folded[:mention.start]):
                continue
            party = next((p for p in reversed(self.state.parties)), None)
            here = [m.key for m in mentions if m.key and self.kb.is_a(m.key, PARTY)]
            party = here[-1] if here else party
            if party:
                raws.append(Raw("memberOf", mention.key, party, 0.55,
                                (mention.start - 11, mention.end), "partido de"))
        return raws

    def _we_the_party(self, folded, mentions, quotes, speaker) -> list[Raw]:
        """A speaker who says "nosotros" and names a party speaks as one of its members."""
        if not speaker or not self.kb.is_a(speaker, PERSON):
            return []
        raws = []
        for a, b in quotes:
            if not WE.search(folded[a:b]):
                continue
            for mention in mentions:
                if a < mention.start < b and mention.key and self.kb.is_a(mention.key, PARTY) \
                        and not mention.prep:
                    raws.append(Raw("memberOf", speaker, mention.key, 0.6,
                                    (mention.start, mention.end), "nosotros"))
        return raws

    # ------------------------------------------------------------ attribution and checks

    def _attribute(self, raws, folded, mentions, quotes, speaker) -> None:
        according = None
        for match in ACCORDING.finditer(folded):
            target = next((m for m in mentions if match.start() < m.start <= match.end() and
                           m.key and self.finder.is_agent(m.key)), None)
            if target:
                according = target.key
        sayers = []
        for match in SAYS.finditer(folded):
            sayer = next((m for m in reversed(mentions) if m.end <= match.start() and m.key
                          and re.fullmatch(r"\s*", folded[m.end:match.start()]) and
                          self.finder.is_agent(m.key)), None)
            if sayer:
                sayers.append((match.end(), sayer.key))
        for raw in raws:
            in_quote = any(a < raw.position[0] < b for a, b in quotes)
            if in_quote and speaker:
                raw.attributed = speaker
            for position, who in sayers:
                if raw.position[0] >= position and who not in (raw.subject, raw.object):
                    raw.attributed = who
            if raw.attributed is None and according:
                raw.attributed = according
            head = folded[:raw.position[0]]
            clause = re.split(r"[,;:.“”]", head)[-1]
            raw.negated = bool(NEGATION.search(clause) or DENIAL.search(clause))

    def _check(self, raws: list[Raw]) -> list[Raw]:
        kept, seen = [], set()
        for raw in raws:
            if raw.subject == raw.object or not self.kb.fits(raw.relation, raw.subject, raw.object):
                continue
            spec = self.kb.relations[raw.relation]
            ends = (raw.subject, raw.object)
            if spec.symmetric:
                ends = tuple(sorted(ends))
            key = (raw.relation, ends, raw.negated)
            if key in seen:
                continue
            seen.add(key)
            kept.append(raw)
        return kept

    def _new_entity(self, label: str, cls: str, example: str) -> str:
        from graph.ingest.mentions import slug

        key = NEW + slug(label)
        if key not in self.kb.candidates:
            self.kb.candidates[key] = CandidateEntity(key, label, cls, [], 1, example)
        return key


def span_distance(time: TimeExpression, span: tuple[int, int]) -> int:
    return max(time.start - span[1], span[0] - time.end, 0)


def nearest(times: list[TimeExpression], span: tuple[int, int]) -> TimeExpression | None:
    best = None
    for time in times:
        distance = span_distance(time, span)
        if distance <= 80 and (best is None or distance < best[0]):
            best = (distance, time)
    return best[1] if best else None
