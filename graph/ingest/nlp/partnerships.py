"""Standing or running in partnership: "competirá en alianza con La Libertad Avanza", "irán en
coalición con el PP", "se presenta en una lista conjunta con Vox". The "con" phrase names the
partner, an ally, not a rival nor the party one stands for."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_PARTNERSHIPS = {"alianza", "coalicion", "pacto", "tandem", "candidatura conjunta",
                 "lista conjunta", "lista unitaria", "frente comun"}


def partners(verb) -> list:
    """The "con" phrases of the verb's partnership, hung on its noun or on the verb after it;
    none when the verb does not say it acts in partnership."""
    bonds = [c for c in verb.children if c.dep_ in ("obl", "obj", "nmod") and
             preposition(c) == "en" and is_partnership(c)]
    if not bonds:
        return []
    first = min(b.i for b in bonds)
    return [t for b in bonds for t in b.subtree if t.dep_ in ("nmod", "obl") and
            preposition(t) == "con"] + [c for c in verb.children if c.i > first and
                                        c.dep_ in ("obl", "nmod") and preposition(c) == "con"]


def is_partnership(noun) -> bool:
    """"alianza", "coalición", "lista conjunta": a noun that says one acts with partners."""
    words = folded_lemma(noun)
    following = [fold(c.lower_) for c in noun.children if c.dep_ == "amod" and c.i > noun.i]
    return words in _PARTNERSHIPS or any(f"{words} {w}" in _PARTNERSHIPS for w in following)
