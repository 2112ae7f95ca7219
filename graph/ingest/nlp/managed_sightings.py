"""Getting to see someone on a trip or at an event is meeting them: "viajó a Madrid, pero no
llegó a ver a X" (did not meet X), "no pudo ver a X", "consiguió ver a X antes de volver" ("pudo
ver a X" alone may be from the audience). The verb that carries "ver" says it came about (or,
negated, that it did not); seen on a screen or seen as something ("llegó a ver a X como un
rival") is no meeting."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# "llegar a ver", "lograr ver", "conseguir ver", "poder ver", "alcanzar a ver"
_MANAGING = {"llegar", "lograr", "conseguir", "poder", "alcanzar"}
_SCREENS = {"television", "tele", "pantalla", "video", "foto", "fotografia", "redes",
            "prensa", "periodico", "entrevista", "debate", "streaming", "transmision", "youtube"}
_REFLEXIVE = {"se", "nos", "me", "te", "os"}


def managed_to_see(verb) -> bool:
    if verb.morph.get("VerbForm") != ["Inf"]:
        return False
    carried = verb.dep_ == "xcomp" and folded_lemma(verb.head) in _MANAGING
    # "no pudo ver a X": the small model may make the modal an auxiliary of "ver"
    if not carried and not any(c.dep_ == "aux" and folded_lemma(c) in _MANAGING
                               for c in verb.children):
        return False
    modal = verb.head if carried else next(c for c in verb.children if c.dep_ == "aux" and
                                           folded_lemma(c) in _MANAGING)
    if folded_lemma(modal) == "poder" and not any(
            fold(c.lower_) in ("no", "nunca", "jamas") for c in [*verb.children,
                                                                  *modal.children]):
        return False  # "pudo ver a X en el escenario" may be from the audience
    if any(c.lower_ in _REFLEXIVE or c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False  # "llegó a verse con X" is read apart; "pudo ver que ..." sees a fact
    # (the small model may hang the one seen, and how, on "llegó")
    holders = [verb] + ([verb.head] if carried else [])
    after = [t for h in holders for c in h.children if c.i > verb.i for t in c.subtree]
    if any(t.lower_ == "como" or fold(t.lower_) in _SCREENS for t in after):
        return False
    return any(c.dep_ == "obj" and c.i > verb.i and any(
        g.dep_ == "case" and g.lower_ == "a" for g in c.children)
        for h in holders for c in h.children)


def seen_on_head(parsed, verb) -> list:
    """The one seen, when the small model hangs "a X" on "llegó" in "llegó a ver a X"."""
    if folded_lemma(verb) != "ver" or verb.dep_ != "xcomp" or \
            folded_lemma(verb.head) not in _MANAGING or not managed_to_see(verb):
        return []
    return [e for c in verb.head.children if c.dep_ == "obj" and c.i > verb.i and any(
        g.dep_ == "case" and g.lower_ == "a" for g in c.children) for e in parsed.ends(c)]
