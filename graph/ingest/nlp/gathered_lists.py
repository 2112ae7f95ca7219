"""The gathering whose list a colon opens: "La cumbre reunió a varios invitados extranjeros: A;
B y C", "La velada congregó a buena parte de la cúpula: el vicelíder, A; el presidente, B, y
C". A verb of gathering with an event for subject says that those listed after its object
took part in that event, whatever the list's noun (guests, leaders, the party's top); it names
the event itself, so the list need not fall back on the one the text is about."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.described_events import kind_of
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# Verbs whose event subject brings its object together ("se reunió con" is a meeting)
_GATHERING = {"reunir", "congregar", "juntar", "aglutinar"}
_DEFINITE = {"el", "la", "este", "esta", "ese", "esa"}


def gathered_event(parsed: Parsed, head_span) -> End | None:
    """The event a gathering verb before the colon has for subject, or None."""
    for verb in head_span:
        if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in _GATHERING or \
                any(fold(c.lower_) in ("se", "no") for c in verb.children):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            events = [e for e in parsed.ends(subject) if parsed.kb.is_a(e.key, EVENT)]
            if events:
                return _told_before(parsed, subject, events[0])
            if kind_of(subject) is not None and _definite(subject):
                # "La velada reúne a": no event of its own, so the gathering just told
                return _told_before(parsed, subject, None)
    return None


def _definite(noun) -> bool:
    return any(c.dep_ == "det" and fold(c.lower_) in _DEFINITE for c in noun.children)


def _told_before(parsed: Parsed, subject, event: End | None) -> End | None:
    """"Åkesson llega a la fiesta electoral de su partido. La velada, organizada por ...,
    reúne a": a definite noun of a gathering that first describes its event opening the
    sentence after the one that told of another unnamed gathering is that gathering, told
    again by another word."""
    described = getattr(parsed, "described", {})
    if event is not None and (not _definite(subject) or min(
            (i for i, key in described.items() if key == event.key), default=None) != subject.i):
        return event
    here = parsed.sentence_of(subject)
    before = {key for i, key in described.items()
              if parsed.sentence_of(parsed.doc[i]) == here - 1 and
              (event is None or key != event.key)}
    if len(before) != 1:
        return event or parsed.topic_end(subject.i)
    return End(before.pop(), subject.i, subject.i, reference=True, distance=1)
