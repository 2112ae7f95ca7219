"""Names of two capitalized nouns joined by "y" that a noun of their kind introduces: "el foro
Soberanía y Paz en los Balcanes", "el partido Orden y Progreso", "la asociación Vida y
Esperanza", "la asociación de militares retirados Honor y Patria", "la plataforma Vida y
Familia Perú" (a country closing the name); or that a party's candidate, member or leader
belongs to: "candidato de Dignidad y Compromiso". Names of parties, forums and groups pair two
ideals this way; a list of two names ("el foro Madrid y Kast") has a place or a known name on
one side, or a person's two words on the right."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.common_words import common_word
from graph.ingest.nlp.entity_types import GOVERNORS
from graph.ingest.nlp.governing_nouns import group_noun


def paired_nouns(r, start: int, j: int, k: int) -> bool:
    """Whether the one word at `start`, "y" at `j` and the one word at `k` are one name."""
    if j - start != 1 or k - j != 1 or start < 1 or not r.keys[start] or not r.keys[k]:
        return False
    if not _governor(r, start - 1) and not _described_by(r, start) and \
            group_noun(r, start) is None and \
            not _of_a_member(r, start, k):  # "la asociación de policías jubilados X y Y"
        return False
    if k + 1 < len(r.texts) and r.caps[k + 1] and r.keys[k + 1] and not _closing_place(r, k + 1):
        return False  # "el foro Atlántico y Santiago Abascal"
    for key in (r.keys[start], r.keys[k]):
        if key in r.t.names or key in r.t.surnames or gz.place(key) is not None or \
                gz.title(key) is not None:
            return False
    return r.pos[start] in ("PROPN", "NOUN") and r.pos[k] in ("PROPN", "NOUN")


# The titles of those a party has, whose "de" names the party
_MEMBERS = {"candidate", "member", "leader"}


def _of_a_member(r, start: int, k: int) -> bool:
    """"candidato de Dignidad y Compromiso", "militante de Orden y Libertad": two words of the
    dictionary after a party's title and its "de" (two acronyms or names are two parties)."""
    if start < 2 or r.keys[start - 1] != ("de",) or r.caps[start - 2]:
        return False
    title = gz.title(r.keys[start - 2])
    return title is not None and title.kind in _MEMBERS and \
        common_word(r.texts[start]) and common_word(r.texts[k])


def _governor(r, noun: int) -> bool:
    return not r.caps[noun] and r.pos[noun] == "NOUN" and " ".join(r.keys[noun]) in GOVERNORS


def _described_by(r, start: int) -> bool:
    """"la asociación de militares retirados Honor y Patria", "la fundación conservadora Vida
    y Familia": the noun of its kind comes a few lower-case words before the name, which the
    parse hangs on it."""
    noun = r.heads[start]
    if r.deps[start] not in ("appos", "flat") or not start - 5 <= noun < start - 1 or \
            not _governor(r, noun):
        return False
    # the noun's complement ("de militares retirados") and adjectives, not "la alianza entre
    # Orbán y Dodik"
    return all(not r.caps[i] and not r.punct[i] and (
        r.pos[i] in ("DET", "NOUN", "ADJ") or r.keys[i] in (("de",), ("del",)))
        for i in range(noun + 1, start))


def _closing_place(r, i: int) -> bool:
    """A place's one word ending the name right after its second noun: "Vida y Familia Perú"."""
    return not r.cut(i - 1, i) and gz.place(r.texts[i]) is not None and \
        (i + 1 >= len(r.texts) or not r.caps[i + 1] or not r.keys[i + 1])
