"""A name inside a relative clause on an organizer is not one of the organizers: "organizado por
la Fundación Atlas, entidad de la que Marco Bassi es presidente" lists one organizer, the
foundation; Bassi is told of it, not listed beside it."""

from __future__ import annotations

from graph.ingest.nlp.words import RELATIVES
from graph.ingest.reading import fold

# besides the pronouns that stand for a noun, those of whose and where open a clause on it
_RELATIVES = RELATIVES | {"cuyo", "cuya", "cuyos", "cuyas", "donde"}


def _in_relative(doc, i: int, participle, after: int) -> bool:
    """Whether token i sits in a relative clause that opens after `after`, below the
    participle (the clause of organizing itself may be a relative: "que fue organizada por")."""
    token = doc[i]
    while token.head.i != token.i and token.i != participle.i:
        if token.dep_ in ("acl", "acl:relcl") and any(
                d.pos_ == "PRON" and fold(d.lower_) in _RELATIVES and after < d.i < i
                for d in token.subtree):
            return True
        token = token.head
    return False


def outside_relatives(parsed, participle, por: int, agents: list) -> list:
    """The agents after "por" less those named in a relative clause on another of them."""
    return [a for a in agents if a.reference or
            not _in_relative(parsed.doc, a.first, participle, por)]
