"""The gender a title shows of the person it is read with, unless the name's own article says
the other: a loose parse may hang a title on a name it does not describe ("ven en la Liga al
socio natural frente a una Giorgia Meloni": the partner is the party), and "una" right before
the name is hers. Taking the title's gender would make her a man, and every feminine title
later ("la primera ministra") would pass her by. So does a title after the name that its
given name contradicts: "al núcleo duro de André Ventura, la dirigente de Faro encarna ..."
hangs on his name the subject of the next clause, who is someone else."""

from __future__ import annotations

from graph.ingest.nlp.ends import gender_of
from graph.ingest.nlp.name_genders import name_gender


def title_gender(parsed, mention, title) -> str | None:
    """The gender the title token `title` shows of the person of `mention`, or None when an
    article right before the name ("una Meloni", "la Le Pen", "el Salvini") is of the other
    gender, or when a feminine title follows a man's given name."""
    gender = gender_of(title)
    # (only a feminine title after a man's name: the masculine also serves as the generic,
    # and a given name in -a is a weaker sign than one in -o)
    if gender == "Fem" and title.i > mention.start and name_gender(
            parsed.kb.label(mention.key) or mention.text) == "Masc":
        return None
    if not gender or not mention.start:
        return gender
    before = parsed.doc[mention.start - 1]
    own = before.morph.get("Gender") if before.pos_ == "DET" else []
    return None if own and own[0] != gender else gender
