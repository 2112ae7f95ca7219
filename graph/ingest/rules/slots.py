"""Slot filling: the subjects before a cue and the objects after it, in the clause or, failing
that, from the discourse context."""

from __future__ import annotations

import re

from graph.ingest import lexicon as lx
from graph.ingest.knowledge import AGENT, ELECTION, EVENT, PERSON, ROUND
from graph.ingest.mentions import Mention, quote_spans
from graph.ingest.rules.cues import RELATIVE_WITH
from graph.ingest.rules.discourse import DiscourseReader


class SlotFiller(DiscourseReader):
    """Who a cue is about, found in the sentence around it."""


    def _subjects(self, cue_start: int, folded: str, mentions: list[Mention], quotes,
                  speaker: str | None, domain: str | None) -> tuple[list[str], bool]:
        """(subjects, whether found by context rather than in the clause)."""
        quote = next(((a, b) for a, b in quotes if a < cue_start < b), None)
        floor = quote[0] if quote else 0
        before = folded[floor:cue_start]
        cut = max(before.rfind(";"), before.rfind(":"))
        if cut >= 0:
            floor += cut + 1
        head = folded[:cue_start]
        relative = re.search(r"(?:,\s*)?\b(?:que|quien|quienes)\s+(?:(?:se|lo|la|le|ya|no|"
                             r"tambien|ha|han)\s+)*$", head)
        candidates = [m for m in mentions if m.end <= cue_start and m.start >= floor and m.keys
                      and (quote is not None or not m.in_quote)]
        if relative:
            antecedent = next((m for m in reversed(candidates)
                               if re.fullmatch(r"\s*", folded[m.end:relative.start()])), None)
            if antecedent is not None and self._fit_all(antecedent.keys, domain):
                return list(antecedent.keys), antecedent.anaphoric
        first_word = folded[cue_start:].split()[:1]
        if candidates and first_word and lx.ROLE_PATTERN.fullmatch("el " + first_word[0]):
            # Apposition: "Marta Quiroga, líder del Foro Ibérico".
            last = candidates[-1]
            if re.fullmatch(r"\s*,\s*", folded[last.end:cue_start]) and \
                    self._fit_all(last.keys, domain):
                return list(last.keys), last.anaphoric
        for mention in reversed(candidates):
            if mention.prep or mention.kind == "event" and domain != EVENT:
                continue
            if any(other is not mention and other.start <= mention.start and
                   mention.end <= other.end and other.kind == "event" for other in mentions):
                continue
            if not self._fit_all(mention.keys, domain):
                continue
            subjects = list(mention.keys)
            # "Jara y Kast irán ...": a coordinated subject.
            index = candidates.index(mention)
            while index > 0:
                previous = candidates[index - 1]
                gap = folded[previous.end:candidates[index].start]
                listed = re.fullmatch(r"\s*(?:y|e)\s*", gap) or (
                    re.fullmatch(r"\s*,\s*", gap) and len(subjects) > 1)
                if listed and previous.keys and \
                        self._fit_all(previous.keys, domain) and not previous.prep:
                    subjects = list(previous.keys) + subjects
                    index -= 1
                else:
                    break
            return subjects, mention.anaphoric
        if quote is not None and speaker and self._fit_all((speaker,), domain):
            return [speaker], True
        if self.state.focus and self._fit_all(tuple(self.state.focus[:1]), domain) and \
                domain in (None, AGENT, PERSON):
            return self.state.focus[:1], True
        return [], False

    def _objects(self, cue_end: int, folded: str, mentions: list[Mention], range_: str | None,
                 exclude: set[str]) -> tuple[list[str], bool]:
        stop = lx.CLAUSE_END.search(folded, cue_end)
        limit = stop.start() if stop else len(folded)
        quote = next((b for a, b in quote_spans(folded) if a < cue_end < b), None)
        if quote is not None:
            limit = min(limit, quote)
        found: list[Mention] = []
        for mention in mentions:
            if mention.start < cue_end or mention.start >= limit or not mention.keys:
                continue
            if mention.kind == "possessive":
                key = next((k for k in reversed(mention.context)
                            if k not in exclude and self.kb.is_a(k, PERSON)), None)
                if key and not found:
                    return [key], True
                continue
            if not self._fit_all(mention.keys, range_) or set(mention.keys) & exclude:
                continue
            if found:
                gap = folded[found[-1].end:mention.start]
                if not lx.COORDINATION.match(gap):
                    break
            found.append(mention)
        keys = [k for m in found for k in m.keys]
        return keys, any(m.anaphoric for m in found)

    def _fit_all(self, keys, cls: str | None) -> bool:
        return bool(keys) and all(self.kb.is_a(k, cls) for k in keys)

    def _relative_objects(self, cue_start, folded, mentions, range_, subjects) -> list[str]:
        """"Trump, Meloni y Bukele, figuras con las que Kast mantiene contacto"."""
        subject = next((m for m in reversed(mentions) if m.end <= cue_start and
                        set(m.keys) & set(subjects)), None)
        if subject is None:
            return []
        marker = RELATIVE_WITH.search(folded[:subject.start])
        if marker is None:
            return []
        before = [m for m in mentions if m.end <= marker.start() and m.keys]
        if not before:
            return []
        last = before[-1]
        if not re.fullmatch(r"\s*,?\s*(?:\w+\s*)?", folded[last.end:marker.start()]):
            return []
        found = [last]
        for previous in reversed(before[:-1]):
            if lx.COORDINATION.match(folded[previous.end:found[0].start]):
                found.insert(0, previous)
            else:
                break
        return [k for m in found for k in m.keys if self.kb.is_a(k, range_ or AGENT)]

    def _is_election(self, key: str) -> bool:
        return self.kb.is_a(key, ROUND) or self.kb.is_a(key, ELECTION)

