"""Congratulations in public as support: "felicitó a X por su victoria", "lo felicita en
redes", "le ha felicitado en X: «Enhorabuena, ...»". What a congratulation is not: what a call
or a visit was for ("la llamó para felicitarla": the call is the fact, a contact), one not
given ("no lo ha felicitado", which withholds no support either), one the sentence sets
against support withheld ("lo felicitó, pero evitó pedir el voto para él") and one given on the
phone ("lo felicitó por teléfono": a contact, as the call it was)."""

from __future__ import annotations

from graph.ingest.nlp.phone_talks import by_phone
from graph.ingest.nlp.praise import denied
from graph.ingest.nlp.triggers import (
    CONGRATULATED_BY_PHONE,
    CONGRATULATED_IN_WORDS,
    NO_CONGRATULATION,
)
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_SUPPORTING = {"apoyar", "respaldar", "avalar", "endosar", "votar", "secundar", "pedir",
               "llegar", "dar", "expresar"}
# "evitó pedir el voto para él", "se negó a respaldarlo": support declined in so many words
_DECLINING = {"evitar", "negar", "rehusar", "declinar", "descartar", "eludir"}
_QUOTE_OPENERS = {":", "«", "\"", "“", "'"}


def congratulation_sense(verb, lemma: str) -> str:
    """The reading of "felicitar" (any other lemma as it is)."""
    if lemma != "felicitar":
        return lemma
    if _purpose(verb) or denied(verb) or _support_withheld(verb):
        return NO_CONGRATULATION
    if by_phone(verb):
        return CONGRATULATED_BY_PHONE  # a call between the two, whatever was said in it
    if any(c.dep_ == "obj" and c.i > verb.i and _quote_between(verb, c)
           for c in verb.children):
        # "le ha felicitado en X: «Enhorabuena, Janez»": the words said, not whom
        return CONGRATULATED_IN_WORDS
    return lemma


def _purpose(verb) -> bool:
    """"llamó a Kast para felicitarlo", "telefoneó a X a fin de felicitarla": an infinitive
    of purpose tells what the act was for."""
    return "Inf" in verb.morph.get("VerbForm") and any(
        c.dep_ in ("mark", "case") and fold(c.lower_) in ("para", "fin") for c in verb.children)


def _support_withheld(verb) -> bool:
    others = [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    if verb.dep_ == "conj":
        others.append(verb.head)
    for other in others:
        lemma = folded_lemma(other)
        if lemma in _SUPPORTING and denied(other):
            return True  # "lo felicitó, pero no lo apoyó"
        if lemma in _DECLINING and any(c.dep_ in ("xcomp", "ccomp", "obj") and
                                       folded_lemma(c) in _SUPPORTING for c in other.children):
            return True  # "pero evitó pedir el voto para él"
    return False


def _quote_between(verb, word) -> bool:
    return any(t.text in _QUOTE_OPENERS for t in verb.doc[verb.i + 1:word.left_edge.i + 1])
