"""Those one came across at a gathering took part in it: "un acto de X, donde coincidió con A
y con B", "el mitin, en el que coincidió con A". The relative clause hangs on the gathering
(the small model may hang it on the last name of its complement)."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_COINCIDING = {"coincidir", "cruzar", "encontrar", "saludar", "conversar", "charlar"}
_WHERE = {"donde", "que", "cual"}


def met_at_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _COINCIDING or \
            verb.dep_ not in ("acl", "acl:relcl") or not any(
                c.dep_ in ("obl", "advmod") and fold(c.lower_) in _WHERE and c.i < verb.i
                for c in verb.children):
        return []
    if any(fold(c.lower_) in NEGATORS for c in verb.children):
        return []  # not meeting someone there says nothing of whether they came
    gatherings = _gathering_before(parsed, verb)
    if not gatherings:
        return []
    people: list[End] = []
    for child in verb.children:
        if child.dep_ == "obl" and preposition(child) == "con" and child.i > verb.i:
            people += [e for e in parsed.ends(child) if parsed.is_person(e.key)]
    return [Found("participatedIn", person, event, 0.6, f"verb:{verb_lemma(verb)}", verb.i)
            for person in people for event in gatherings]


def _gathering_before(parsed: Parsed, verb) -> list[End]:
    """The event the relative clause points back to: the noun it hangs on or one above it,
    within the phrase before the clause."""
    token = verb.head
    for _ in range(3):
        events = [e for e in parsed.ends(token) if parsed.kb.is_a(e.key, EVENT)]
        if events:
            return events
        if token.head.i == token.i or token.dep_ not in ("nmod", "appos", "flat"):
            return []
        token = token.head
    return []
