"""Having no rival names nobody: "No tuvo rival: el único aspirante, X, se retiró", "no
tendrá contrincantes en la interna", "sin rival a la vista". A bare role noun under a negated
verb says there was none, so whoever the sentence goes on to name (one who withdrew, the one
whose government the winner sits in) is no rival of the subject, nor a denied one."""

from __future__ import annotations

from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.reading import fold


def none_had(verb, role) -> bool:
    """Whether `role`, a rival's title under `verb`, is one the clause says there was none
    of: no article or determiner of its own, and the verb negated or the role under
    "sin"."""
    if any(c.dep_ in ("det", "nummod") or fold(c.lower_) == "como" for c in role.children):
        # "no tuvo a su principal rival en el debate", "no tendrá como rival a X": someone
        # in particular
        return False
    if any(c.dep_ == "case" and fold(c.lower_) == "sin" for c in role.children):
        return True
    return any(fold(c.lower_) in NEGATORS for c in verb.children if c.dep_ == "advmod")
