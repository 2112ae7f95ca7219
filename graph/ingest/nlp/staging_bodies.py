"""Who stages what a relative clause after a titled person says is staged: in "X, líder del
Movimiento Y, que organiza desde 2022 la cumbre" the relative follows the body, which is what
stages the gathering; the person heads the body. The small model hangs the clause on the
person (or the title), so the body named last before the comma is put in the person's place.
Other verbs keep the person ("X, presidente de Y, que asistió al foro")."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, ORGANIZATION, PLACE
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.reading import fold

# Verbs whose subject stages the gathering they take
_STAGING = {"organizar", "coorganizar", "convocar", "promover", "impulsar", "patrocinar",
            "auspiciar", "copatrocinar", "montar", "preparar"}
_OF = {"de", "del"}


def staging_body(parsed: Parsed, pronoun, clause, found: list[End]) -> list[End]:
    """The body named right before the relative, when the clause stages something and the
    antecedent read is a person; else the antecedent as read."""
    doc = pronoun.doc
    if fold(clause.lemma_) not in _STAGING or pronoun.i < 3 or \
            doc[pronoun.i - 1].text != "," or \
            not any(parsed.is_person(e.key) for e in found):
        return found
    mention = parsed.mention(doc[pronoun.i - 2])
    if mention is None or not parsed.kb.is_a(mention.key, ORGANIZATION) or \
            parsed.kb.is_a(mention.key, EVENT) or parsed.kb.is_a(mention.key, PLACE):
        return found
    i = mention.start - 1
    while i > 0 and doc[i].pos_ in ("DET", "NOUN", "ADJ") and doc[i].text != ",":
        i -= 1  # "del movimiento Y", "de la asociación civil Y"
    if fold(doc[i].lower_) not in _OF:
        return found
    return [End.of(mention, reference=True)]
