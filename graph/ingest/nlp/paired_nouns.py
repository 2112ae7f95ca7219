"""Names of two capitalized nouns joined by "y" that a noun of their kind introduces: "el foro
Soberanía y Paz en los Balcanes", "el partido Orden y Progreso", "la asociación Vida y
Esperanza", "la asociación de militares retirados Honor y Patria". Names of parties, forums and
groups pair two ideals this way; a list of two names ("el foro Madrid y Kast") has a place or a
known name on one side, or a person's two words on the right."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.entity_types import GOVERNORS
from graph.ingest.nlp.governing_nouns import group_noun


def paired_nouns(r, start: int, j: int, k: int) -> bool:
    """Whether the one word at `start`, "y" at `j` and the one word at `k` are one name."""
    if j - start != 1 or k - j != 1 or start < 1 or not r.keys[start] or not r.keys[k]:
        return False
    noun = start - 1
    if (r.caps[noun] or r.pos[noun] != "NOUN" or " ".join(r.keys[noun]) not in GOVERNORS) \
            and group_noun(r, start) is None:
        # (a group noun may stand past whom it gathers: "la asociación de militares retirados
        # Honor y Patria")
        return False
    if k + 1 < len(r.texts) and r.caps[k + 1] and r.keys[k + 1]:
        return False  # "el foro Atlántico y Santiago Abascal"
    for key in (r.keys[start], r.keys[k]):
        if key in r.t.names or gz.place(key) is not None or gz.title(key) is not None:
            return False
    return r.pos[start] in ("PROPN", "NOUN") and r.pos[k] in ("PROPN", "NOUN")
