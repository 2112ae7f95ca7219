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
_ONE_SIDE = "con"


def one_side_only(noun, relation: str) -> bool:
    """Whether the partners read for `noun` are all on one side: the relation is an alliance
    or a rivalry, and the noun or the verb that holds it says "con" but not "entre"."""
    if relation not in _SIDED:
        return False
    phrases = list(noun.children)
    if noun.head != noun:
        phrases += [c for c in noun.head.children if c.i != noun.i]
    preps = {preposition(p) for p in phrases}
    # "la alianza de Vox con el PP y con Chega": the small model may hang the partners on the
    # agent's name
    preps |= {preposition(g) for p in phrases for g in p.children}
    # "tras su derrota frente a X": other phrases name the sides otherwise
    return _ONE_SIDE in preps and not preps & _BOTH_SIDES
