"""A shared leadership names the other leader beside the title: "Alice Weidel, copresidenta de
AfD junto a Tino Chrupalla", "colíder del partido con X". The small model hangs the partner on
whatever verb is near, so the words right after the organization are read."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.reading import fold

_CO_ROLES = {"copresidente", "copresidenta", "colider", "colideresa"}
_ALONGSIDE = (("junto", "a"), ("junto", "con"), ("con",))


def co_leader_claims(parsed: Parsed, found: list[Found]) -> list[Found]:
    extra = []
    for claim in found:
        title = fold(parsed.doc[claim.trigger].lower_).rstrip("s")
        if claim.relation != "leaderOf" or claim.negated or title not in _CO_ROLES:
            continue
        partner = _partner(parsed, claim.object.last + 1)
        if partner is not None and partner.key != claim.subject.key and \
                parsed.is_person(partner.key):
            extra.append(replace(claim, subject=partner))
    return extra


def _partner(parsed: Parsed, start: int):
    doc = parsed.doc
    i = start
    if i < len(doc) and doc[i].text == "(":  # the organization's acronym
        i = next((j + 1 for j in range(i, min(i + 5, len(doc))) if doc[j].text == ")"), i)
    for words in _ALONGSIDE:
        if tuple(fold(t.lower_) for t in doc[i:i + len(words)]) == words:
            name = i + len(words)
            ends = parsed.ends(doc[name], conj=False) if name < len(doc) else []
            return next((e for e in ends if e.first == name), None)
    return None
