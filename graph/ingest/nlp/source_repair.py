"""The people a sentence is about, taken for its source's companions: in "Según informó
Adorni, Kast y Milei hablaron por teléfono" and "Según Adorni, Kast y Milei hablaron" the
small model coordinates "Kast y Milei" with the source, and leaves the main verb without a
subject, so the source seems to speak with Milei. The names after the comma that closes the
"según" phrase are the main verb's subject when that verb has none, comes after them and
agrees with them in number."""

from __future__ import annotations

from graph.ingest.reading import fold


def sources_apart(doc):
    for word in doc:
        if fold(word.lower_) != "segun" or word.dep_ not in ("mark", "case"):
            continue
        # the source: the subject of "informó" (mark), or the noun "según" governs (case)
        phrase = word.head
        source = phrase if word.dep_ == "case" else next(
            (c for c in phrase.children if c.dep_ == "nsubj"), None)
        verb = phrase.head
        if source is None or phrase.dep_ not in ("advcl", "obl") or \
                verb.pos_ not in ("VERB", "AUX") or verb.i < source.i or \
                any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
            continue
        joined = _after_source(doc, source, verb)
        if not joined or not _agrees(verb, joined):
            continue
        first, rest = joined[0], joined[1:]
        first.head, first.dep_ = verb, "nsubj"
        for other in rest:
            other.head, other.dep_ = first, "conj"
    return doc


def _after_source(doc, source, verb) -> list:
    """The names hung on the source after the comma that closes its own words (its modifiers
    and a first apposition, "el jefe de Gabinete, Manuel Adorni,"): the first, then only the
    ones coordinated with it."""
    kids = sorted((c for c in source.children if c.dep_ in ("conj", "appos") and c.i < verb.i),
                  key=lambda c: c.i)
    own = [t.i for c in source.children if c.dep_ not in ("conj", "appos", "cc", "punct")
           for t in c.subtree]
    if kids and kids[0].dep_ == "appos":
        own += [t.i for t in kids[0].subtree]
        kids = kids[1:]
    own_end = max([source.i] + own)
    if not kids or any(k.dep_ != "conj" for k in kids[1:]):
        return []
    between = [t for t in doc[own_end + 1:kids[0].i]
               if t.text == "," or t.i < kids[0].left_edge.i]
    return kids if [t.text for t in between] == [","] else []


def _agrees(verb, names) -> bool:
    plural = len(names) > 1 or names[0].morph.get("Number") == ["Plur"]
    number = verb.morph.get("Number")
    if not number:
        auxiliary = next((c for c in verb.children if c.dep_ in ("aux", "cop")), None)
        number = auxiliary.morph.get("Number") if auxiliary is not None else []
    return number == (["Plur"] if plural else ["Sing"])
