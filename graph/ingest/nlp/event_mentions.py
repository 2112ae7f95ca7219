"""Where a text names the event it reports, for the date it gives it. Another edition named
by the event's own name ("la próxima cumbre del Foro Madrid se celebrará en 2027 en
Asunción") is not the summit the text reports (other_editions). Nor does a relative clause
of another noun in the sentence date it ("el partido que hoy lidera su hijo")."""

from __future__ import annotations

from graph.ingest.nlp.other_editions import of_other_edition
from graph.ingest.reading import fold


def event_starts(parsed, event: str) -> list[int]:
    """Where the text names `event`: by its name, as the event it reports, or by a noun that
    describes it ("un acto multitudinario en el Hipódromo"); not as another edition."""
    doc = parsed.doc
    starts = {m.start for m in parsed.linked.mentions if m.key == event}
    if event in parsed.named_events:
        starts.add(parsed.named_events[event])
    starts |= {i for i, key in (getattr(parsed, "described", None) or {}).items()
               if key == event}
    return sorted(start for start in starts if not of_other_edition(doc, start))


_RELATIVES = {"que", "quien", "quienes", "donde", "cuyo", "cuya", "cuyos", "cuyas"}


def in_a_relative(time, start) -> bool:
    """Whether the time's word `time` is in a relative clause ("que hoy lidera") of a noun
    other than the event's word `start` ("el acto, que LLA montó ayer" is the event's own)."""
    verb = next((t for t in [time, *time.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not any(fold(c.lower_) in _RELATIVES and c.i < verb.i
                               for c in verb.children):
        return False
    antecedent = verb
    while antecedent.pos_ in ("VERB", "AUX") and antecedent.dep_ in ("conj", "acl", "acl:relcl"):
        antecedent = antecedent.head
    return antecedent.pos_ not in ("VERB", "AUX") and antecedent not in start.subtree and \
        start not in antecedent.subtree


def in_que_clause(time) -> bool:
    """Whether the verb of the time's word `time` opens with a relative or "que"."""
    verb = next((t for t in [time, *time.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(fold(c.lower_) in _RELATIVES and c.i < verb.i
                                    for c in verb.children)
