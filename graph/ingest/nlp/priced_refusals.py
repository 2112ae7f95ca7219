"""A refusal on a price: "no apoyará a X a cambio de nada", "no respaldaremos a Y a cambio de
unas consejerías" deny the act only without what is asked for it, so they state neither that
it happens nor that it does not (a condition, as "si no entra en el Gobierno" is)."""

from __future__ import annotations

from graph.ingest.reading import fold


def at_a_price(verb) -> bool:
    """Whether a complement of `verb` opens with "a cambio de" (a fixed phrase the model
    hangs on its "a")."""
    return any(m.dep_ in ("case", "mark") and m.lower_ == "a" and any(
        f.dep_ == "fixed" and fold(f.lower_) == "cambio" for f in m.children)
        for c in verb.children if c.dep_ in ("obl", "advcl", "obj", "nmod")
        for m in c.children)
