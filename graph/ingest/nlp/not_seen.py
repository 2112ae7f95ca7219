"""One who tells of not having seen another ("Al presidente X no lo vi esta vez", "a ella no
la he visto nunca") did not meet them, when the one telling is the speaker (an interview's
answers, a quotation) and the one not seen a person, not on a screen nor as something ("no
lo vi cansado", "no lo veo como un aliado"). Having seen someone is no meeting ("vi a X en un
pasillo" may be a glimpse); told of another in the third person "ver" is mostly an opinion
("no ve a Sánchez capaz"); and "verse con" is read apart."""

from __future__ import annotations

from graph.ingest.nlp.words import first_person, folded_lemma
from graph.ingest.reading import fold

# Where one is seen without being met
_SCREENS = {"television", "tele", "pantalla", "video", "foto", "fotografia",
            "redes", "prensa", "periodico", "entrevista", "debate"}
# What says how the one seen is seen: "lo vi como", "lo vi muy", "lo vi cansado"
_PREDICATIVE = {"xcomp", "ccomp"}
_NEGATORS = {"no", "nunca", "jamas"}
# Perfective first-person forms of "ver": "vi", "vimos", and the participle of "he visto"
_FORMS = {"vi", "vimos", "visto"}


def unseen_in_person(verb) -> bool:
    """`verb` (of "ver") is the speaker not having seen someone: no meeting with them."""
    if not any(fold(c.lower_) in _NEGATORS for c in verb.children):
        return False
    if fold(verb.lower_) not in _FORMS or any(c.lower_ in ("se", "nos", "me", "te")
                                              for c in verb.children):
        return False  # "me vi con X", "nos vimos": the reflexive, read with its "con"
    if fold(verb.lower_) == "visto" and not any(
            c.dep_ == "aux" and folded_lemma(c) == "haber" and first_person(c)
            for c in verb.children):
        return False
    if any(c.dep_ in _PREDICATIVE or c.pos_ in ("ADJ", "VERB") and c.dep_ in (
            "obj", "amod", "advmod", "obl") for c in verb.children):
        return False
    if any(t.lower_ == "como" and verb in (t.head, t.head.head) for t in verb.subtree):
        return False  # "lo vi como un aliado"
    return not any(fold(t.lower_) in _SCREENS for c in verb.children if c.dep_ in ("obl", "nmod")
                   for t in c.subtree)
