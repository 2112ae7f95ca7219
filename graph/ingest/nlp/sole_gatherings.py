"""The one gathering a text describes without naming it is the one it reports, wherever it
first comes, when the text first speaks of it as known: a chronicle may open on the scene
("Abascal apareció por la puerta de la plaza de toros") and call the gathering by its noun only
paragraphs later ("El mitin, organizado por la dirección provincial de Vox, reunió a 6.000
personas"; "celebraron el sábado su congreso extraordinario"). Guests, absences and turns told
after it then point to it, as they do to a gathering the lead names. "Una jornada sobre pesca"
met in passing, or a gathering still to come or only supposed ("si acude a la sesión"), is
not the one reported."""

from __future__ import annotations

from graph.ingest.nlp.described_events import announced
from graph.ingest.reading import fold

# "el mitin", "su congreso", "del acto": a gathering the reader is taken to know
_KNOWN = {"el", "la", "los", "las", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras"}
_CONTRACTED = {"del", "al"}


def sole_gathering(parsed, described: dict[int, str]) -> None:
    """Make the text's only described gathering the event it is about, when it names none
    and its lead has given none."""
    if not parsed.described_topic or parsed.named_events:
        return
    keys = set(described.values())
    if len(keys) != 1:
        return  # two gatherings told: which one the text reports is not settled here
    key = keys.pop()
    noun = parsed.doc[min(i for i, k in described.items() if k == key)]
    if _known(noun) and not announced(noun) and not _supposed(noun):
        parsed.named_events.setdefault(key, noun.i)
        parsed.sole_gatherings.add(key)  # dated by its lead (evidence)


def _known(noun) -> bool:
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return any(c.dep_ in ("det", "det:poss") and fold(c.lower_) in _KNOWN
               for c in noun.children) or before is not None and \
        fold(before.lower_) in _CONTRACTED


def _supposed(noun) -> bool:
    """"si acude a la sesión plenaria": a condition, not a report."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "mark" and fold(c.lower_) == "si" for c in verb.children)
