"""The gender a title shows of the person it is read with, unless the name's own article says
the other: a loose parse may hang a title on a name it does not describe ("ven en la Liga al
socio natural frente a una Giorgia Meloni": the partner is the party), and "una" right before
the name is hers. Taking the title's gender would make her a man, and every feminine title
later ("la primera ministra") would pass her by."""

from __future__ import annotations


def title_gender(parsed, mention, gender: str | None) -> str | None:
    """`gender` for the person of `mention`, or None when an article right before the name
    ("una Meloni", "la Le Pen", "el Salvini") is of the other gender."""
    if not gender or not mention.start:
        return gender
    before = parsed.doc[mention.start - 1]
    own = before.morph.get("Gender") if before.pos_ == "DET" else []
    return None if own and own[0] != gender else gender
