"""An alliance or a rivalry "con A y con B" names only one side: the other is whoever has it
(its subject, its owner, the speaker). With that side left unread, A and B are not thereby
allied with each other or rivals ("su alianza con la Liga y con Forza Italia" is the owner's
with both; "Con Vox y con Santiago tenemos una alianza" is the speaker's); only "entre A y B"
names both sides."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition

# Relations whose "con" phrase is the other side of an unnamed first one.
_SIDED = {"allied", "opponentOf"}
_BOTH_SIDES = {"entre"}


def one_side_only(noun, relation: str) -> bool:
    """Whether the partners read for `noun` are all on one side: the relation is an alliance
    or a rivalry and neither the noun nor the verb that holds it says "entre"."""
    if relation not in _SIDED:
        return False
    phrases = list(noun.children)
    if noun.head != noun:
        phrases += [c for c in noun.head.children if c.i != noun.i]
    for phrase in phrases:
        if preposition(phrase) in _BOTH_SIDES:
            return False
        # "la alianza de Vox con el PP y con Chega": the small model may hang the partners
        # on the agent's name
        if any(preposition(g) in _BOTH_SIDES for g in phrase.children):
            return False
    return True
