"""The short name a text gives the organizer it introduces: "una protesta convocada por la
Unión de Agricultores del Valle (UAV)" then speaks of "la UAV", and the gathering is "Protesta
de la UAV", the way readers of the text call it; so is one the text introduced before and names
by its acronym where it organizes ("El acto, organizado por DF"). A body the graph knows keeps
its own label."""

from __future__ import annotations

from graph.ingest.model import NEW

# how far after the name the bracketed acronym may come ("la Unión X y La Mancha (UXM)": the
# small model may stop the name at "y")
_REACH = 6


def organizer_name(parsed, mention, label: str) -> str:
    """The acronym the text uses for a new organizer, else `label`."""
    if not mention.key.startswith(NEW):
        return label
    if _acronym(mention.text) and mention.text != label:
        return mention.text  # written by the acronym the text gave it
    doc = parsed.doc
    i, stop = mention.end, min(mention.end + _REACH, len(doc) - 2)
    while i <= stop and doc[i].text not in (",", ".", ";", ":") and not doc[i].pos_ == "VERB":
        if doc[i].text == "(":
            short = doc[i + 1]
            if doc[i + 2].text == ")" and _acronym(short.text) and sum(
                    t.text == short.text for t in doc) > 1:
                return short.text  # bracketed and used again: the text's name for it
            break
        i += 1
    return label


def _acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 7 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
