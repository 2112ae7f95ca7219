"""What a clause only reports as talk, with no one vouching for it: "se habla de una relación
privilegiada con X", "se especula con una reunión entre A y B", "se rumorea que se reunieron".
An impersonal "se" on a verb of talk or rumour leaves its complement unasserted; a named
speaker ("Abascal habló de su relación con X") is attribution, read elsewhere."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma, verb_above, verb_lemma
from graph.ingest.reading import fold

_TALK = {"hablar", "especular", "rumorear", "comentar", "murmurar", "decir", "barajar",
         "contar", "mencionar", "sugerir", "insinuar", "runrunear", "chismorrear"}
_LINKS = ("obl", "obj", "ccomp", "csubj", "nsubj", "nsubj:pass")
_ABOUT = {"de", "con", "sobre", "acerca"}


def hearsay(trigger) -> bool:
    """Whether `trigger` (a verb or an event noun) is what an impersonal verb of talk says,
    or is that verb itself with what is talked of ("se habla de su relación con X")."""
    if trigger.pos_ == "VERB" and verb_lemma(trigger) in _TALK and _impersonal(trigger) and \
            "Sing" in trigger.morph.get("Number") and any(
                c.dep_ in ("obl", "obj") and _of_something(c) for c in trigger.children):
        return True
    above = verb_above(trigger, _LINKS, 3)
    if above is None:
        return False
    head, token = above
    # what is talked of ("se habla de", "se especula con", "se dice que"), not where ("en la
    # cita que mantuvieron A y B se habló de comercio")
    about = token.dep_ != "obl" or _of_something(token)
    return about and verb_lemma(head) in _TALK and _impersonal(head)


def _of_something(token) -> bool:
    """"de su relación", "sobre la cumbre": what a verb of talk is about."""
    return any(c.dep_ == "case" and fold(c.lower_) in _ABOUT for c in token.children)


def _impersonal(verb) -> bool:
    """"se habla", "se especula": "se" with no subject of its own."""
    return any(c.lower_ == "se" and c.i < verb.i for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("PROPN", "NOUN", "PRON") and
        folded_lemma(c) != "que" and c.i < verb.i for c in verb.children)
