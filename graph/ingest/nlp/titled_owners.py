"""Whose "su" is when its clause's subject is a title without a name: "La exministra anunció
su apoyo a X" is the exministra's, whoever the title stands for, and nobody's when the title
fits no one for sure; it is not the person the text was about before the title came."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import is_role_noun


def titled_owner(parsed, noun) -> list[End] | None:
    """The persons a title subject of `noun`'s clause stands for (maybe none), or None when
    that subject is no title without a name."""
    verb = noun.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    for child in verb.children:
        if not child.dep_.startswith("nsubj") or noun in child.subtree:
            continue
        if child.pos_ != "NOUN" or parsed.mention(child) is not None or \
                not is_role_noun(child) or child.morph.get("Number") == ["Plur"]:
            return None
        return [End(e.key, noun.i, noun.i, reference=True, distance=e.distance)
                for e in parsed.refer(child) if parsed.is_person(e.key)]
    return None
