"""A well-known politician called by the surname alone, the text never giving the full name
("Dentro del partido, Barroso es un hombre de Buxadé"): the press assumes the reader knows
who "Buxadé", "Ayuso" or "Orsi" is. Such a surname, listed in public_figures, proposes the
person under the full name, unless the document names someone else with that surname ("el
concejal Alberto Garriga"), whose surname it then is."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.public_figures import figure_by_surname


def figure_named(reader, start: int, end: int) -> str | None:
    """The full name of the politician the lone surname at [start, end) names, or None."""
    text = reader.text(start, end)
    if text.isupper() or not reader.caps[start]:
        return None
    full = figure_by_surname(text)
    if full is None:
        return None
    key, own = reader.key(start, end), set(gz.fold_key(full))
    for i in range(1, len(reader.keys) - len(key) + 1):
        if reader.key(i, i + len(key)) != key or not reader.caps[i - 1]:
            continue
        before = reader.keys[i - 1]
        if before and before[0] not in own and gz.is_given_name(before[0]):
            return None  # another person of the same surname
    return full
