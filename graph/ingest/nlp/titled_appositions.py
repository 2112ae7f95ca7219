"""A noun that names nobody by itself, with a titled name in apposition after it: "Su
compañero de partido, el senador X, pide el voto para Y", "Un viejo amigo, el diputado X,
...". The title and name set off by the comma say who the noun stands for; the small model
hangs the name on the title, not on the noun, so the noun's own appositions miss it."""

from __future__ import annotations

from graph.ingest.nlp.words import is_role_noun


def titled_holder(parsed, noun) -> list:
    """The person a title in apposition to `noun` names beside it, or none."""
    for child in noun.children:
        if child.dep_ != "appos" or child.i < noun.i or child.pos_ != "NOUN" or \
                not is_role_noun(child) or not _set_off(child):
            continue
        # (only a name written beside the title: a bare title would send the noun back to
        # whoever the title alone could stand for)
        named = [e for e in parsed.ends(child) if parsed.is_person(e.key) and not e.reference]
        if named:
            return named
    return []


def _set_off(title) -> bool:
    """A comma opens the title's phrase (the small model may hang it on the title)."""
    left = title.left_edge
    return left.text == "," or left.i > 0 and title.doc[left.i - 1].text == ","
