"""A head of state the text named only by a description: "el jefe del Estado polaco" said of
the person named before makes them the text's president, so a later bare "el presidente"
stands for them too, as it would after "el presidente Karol Nawrocki"."""

from __future__ import annotations

from graph.ingest.knowledge import PLACE
from graph.ingest.nlp.words import demonym_label
from graph.ingest.reading import fold

_HEADS = {"presidente", "presidenta", "mandatario", "mandataria"}
# the key of `titled` for them: a head of state described, of no title word of its own
_DESCRIBED = "jefe de estado descrito"


def _head_word(token) -> bool:
    word = fold(token.lower_)
    if word in _HEADS:
        return True
    doc = token.doc
    # "el jefe del Estado", "la jefa de Estado"
    return word in ("jefe", "jefa") and token.i + 2 < len(doc) and \
        fold(doc[token.i + 1].lower_) in ("de", "del") and fold(doc[token.i + 2].lower_) == "estado"


def record_described_head(parsed, token) -> None:
    """Record the person a head of state described by their country stands for ("el
    mandatario argentino", "el jefe del Estado polaco") as one the text titled president,
    from that title on (read in the text's order, with what was read before it)."""
    if not _head_word(token) or parsed.mention(token) is not None or \
            token.morph.get("Number") == ["Plur"]:
        return
    # the demonym may hang from "Estado" ("el jefe del Estado polaco")
    near = [t for t in token.subtree if token.i < t.i <= token.i + 4]
    if any(t.dep_ in ("appos", "flat") and parsed.mention(t) and
           parsed.is_person(parsed.mention(t).key) for t in token.subtree):
        return  # "el presidente polaco, X": read with the name
    placed = any(t.dep_ in ("amod", "flat") and demonym_label(t) for t in near) or any(
        t.dep_ == "nmod" and parsed.mention(t) and
        parsed.kb.is_a(parsed.mention(t).key, PLACE) and
        any(fold(c.lower_) in ("de", "del") for c in t.children) for t in near)
    if placed:
        _record(parsed, token)


def _record(parsed, token) -> None:
    found = parsed.refer(token)
    if len(found) == 1:
        key = found[0].key
        parsed.titled.setdefault(_DESCRIBED, set()).add(key)
        parsed.titled_at.setdefault((_DESCRIBED, key), token.i)


def holders_of(parsed, word: str | None) -> dict[str, int]:
    """The persons the text titled `word`, each with where it first did; for a head of
    state's title, those it described as one too (not an organization's president)."""
    out: dict[str, int] = {}
    for form in (word, _DESCRIBED if word in _HEADS else None) if word else ():
        for key in parsed.titled.get(form, ()) if form else ():
            at = parsed.titled_at[form, key]
            out[key] = min(at, out.get(key, at))
    return out
