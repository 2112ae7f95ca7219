"""A possessed title of rivalry or alliance set beside the name of whoever holds it, wherever
the pair stands in the clause: "Lindtman, su principal adversario, la acusó" (the title in
apposition to the name), "dedicó su discurso a su principal rival, el alcalde X" (the name in
apposition to the title). The owner of "su" is read as for any such title (owned_partners)."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.reading import fold

_OWNERS = {"su", "sus"}


def possessed(noun) -> bool:
    """Whether the title has a third person possessive and no "de" phrase of its own."""
    return any(c.dep_ == "det" and fold(c.lower_) in _OWNERS for c in noun.children) and not \
        any(c.dep_ == "nmod" and c.i > noun.i and any(
            g.dep_ == "case" and fold(g.lower_) in ("de", "del") for g in c.children)
            for c in noun.children)


def apposed_holders(parsed, noun) -> list:
    """The named ends the title is set beside: the name it is in apposition to, or a name in
    apposition to it."""
    if noun.dep_ == "appos" and noun.head.i < noun.i:
        found = [e for e in parsed.ends(noun.head, conj=False) if not e.reference and
                 parsed.is_agent(e.key)]
        return found or _name_before_comma(parsed, noun)
    found = [e for c in noun.children if c.dep_ == "appos" and c.i > noun.i
             for e in parsed.ends(c, conj=False) if not e.reference and parsed.is_agent(e.key)]
    if found or noun.dep_ not in ("obj", "obl", "nmod") or noun.head.i > noun.i:
        return found
    return _name_before_comma(parsed, noun)


def _name_before_comma(parsed, noun) -> list:
    """"frente a AfD, su principal rival": the name the comma closes, when the small model
    hangs the title on the verb or on another noun of the clause instead of on the name."""
    first = min(t.i for t in noun.subtree)
    if first < 2 or noun.doc[first - 1].text != ",":
        return []
    mention = parsed.mention(noun.doc[first - 2])
    if mention is None or mention.end != first - 1 or not parsed.is_agent(mention.key):
        return []
    return [End.of(mention)]
