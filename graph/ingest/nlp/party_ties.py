"""Whose party "el partido de X" is, when the text has tied X to a party of its own: the
discourse reader's guess (the party the text is about) gives way to that tie. "Salvador
Nasralla, del Partido Liberal ... El partido de Nasralla ha pedido" is the Liberal Party, not
the National one the story follows."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.found import Found

_TIES = {"memberOf", "leaderOf", "represents"}


def tied_elsewhere(kb, found: list[Found], person: str, party: str) -> bool:
    """Whether the claims tie `person` to another party than `party`, and not to it."""
    parties = {c.object.key for c in found if c.subject.key == person and
               c.relation in _TIES and not c.negated and kb.is_a(c.object.key, PARTY)}
    return bool(parties) and party not in parties
