"""Times that stand beside a claim without dating it: the point a span is measured from
("el primero desde la campaña de las autonómicas de 2024"), what a relative clause tells of
someone ("la concejala X, a la que proclamó el mes pasado candidata"), and, against them, the
time a title carries with no verb between ("candidata del PAN en 2024")."""

from __future__ import annotations

from graph.ingest.reading import fold
from graph.ingest.temporal import TimeExpression


def token_of(doc, time: TimeExpression):
    """The word a time expression starts on (or the one before the space it starts on); a
    line break is no word, though the expression starts right after it."""
    return next((t for t in doc if not t.is_space and
                 t.idx <= time.start < t.idx + len(t.text) + 1), None)


def in_title(doc, trigger, time: TimeExpression) -> bool:
    """A time after a title with no verb between ("candidata del PAN, el PRI y el PRD en
    2024"): the title's own, however the parse hangs it."""
    token = token_of(doc, time)
    return token is not None and token.i > trigger.i and not any(
        t.pos_ in ("VERB", "AUX") for t in doc[trigger.i + 1:token.i])


def of_someone(token) -> bool:
    """A time in a relative clause on a name ("Rocío Vidal, a la que proclamó el mes pasado
    candidata"): what it tells describes the one named."""
    if token is None:
        return False
    clause = next((t for t in [token, *token.ancestors] if t.dep_ in ("acl", "acl:relcl")),
                  None)
    if clause is None:
        return False
    if clause.head.pos_ in ("PROPN", "PRON"):
        return True
    # "a la que", "al que", "a quien": a relative pronoun with the personal "a"
    return any(fold(c.lower_) in ("que", "quien", "quienes", "cual", "cuales") and c.i < clause.i
               and (fold(c.lower_).startswith("quien") or any(
                   fold(g.lower_) in ("a", "al") for g in c.children if g.dep_ == "case"))
               for c in clause.children)


def set_against(doc, time: TimeExpression) -> bool:
    """A time in a phrase that opens or closes a span ("desde la campaña de 2024", "hasta las
    elecciones de mayo"): the point something is measured from, not when it happens. A span
    the time itself opens is the gathering's ("acoge desde hoy el foro")."""
    if time.since:
        return False
    token = token_of(doc, time)
    for _ in range(4):
        if token is None or token.pos_ in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "case" and fold(c.lower_) in ("desde", "hasta") for c in token.children):
            return True
        if token.head == token:
            return False
        token = token.head
    return False
