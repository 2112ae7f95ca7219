"""A name that goes on past "y" because the acronym in brackets after it spells the whole: "la
Unión de Agricultores de la Sagra y La Mancha (UASM)" is one union, not a union of La Sagra and
the region of La Mancha; "la Unión de Agricultores de la Sagra y Vox" stays two. The initials
settle what capitals and places cannot. A part of `spans.Reader`'s joins."""

from __future__ import annotations

from graph.ingest.nlp.acronyms import acronym_of

# How many words after "y" the rest of the name may take before the bracket
_REACH = 5
_PARTICLES = {"de", "del", "la", "las", "los", "el"}


def spelled_by_acronym(r, start: int, j: int, k: int) -> bool:
    """Whether the words from `start` through the run after "y" at `j` (resumed at `k`) end
    right before "(ACRONYM)" made of their initials."""
    if not {w for i in range(j, k) for w in r.keys[i]} <= {"y", "e"}:
        return False
    end = k
    while end < len(r.texts) and end - k <= _REACH and not r.cut(end - 1, end) and (
            r.caps[end] or r.texts[end].lower() in _PARTICLES) and r.texts[end] != "(":
        end += 1
    if end + 2 >= len(r.texts) or r.texts[end] != "(" or r.texts[end + 2] != ")" or \
            not r.caps[end - 1]:
        return False
    acronym = r.texts[end + 1]
    return len(acronym) >= 3 and acronym.isupper() and acronym_of(r.text(start, end)) == acronym
